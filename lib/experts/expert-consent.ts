// Согласие эксперта на обработку персональных данных (152-ФЗ): the one text and its version. The registry
// stores the version and the date with the expert; a new version of the text asks for consent again.
// (Move to lib/personal-data/consent.ts if a shared consent module appears.)
export const EXPERT_CONSENT_VERSION = "expert-2026-1";

export const EXPERT_CONSENT_TEXT =
  "Эксперт дал согласие на обработку его персональных данных (ФИО, организация, контакты, компетенции) " +
  "оператором портала для организации мероприятий проекта и отчётности по нему (Федеральный закон № 152-ФЗ).";

/** The consent fields to store when consent is confirmed now: keeps the date of an unchanged version. */
export function consentFields(current: { consentAt: Date | null; consentVersion: string | null } | null, now = new Date()) {
  if (current?.consentAt && current.consentVersion === EXPERT_CONSENT_VERSION) {
    return { consentAt: current.consentAt, consentVersion: current.consentVersion };
  }
  return { consentAt: now, consentVersion: EXPERT_CONSENT_VERSION };
}
