// Согласия на обработку персональных данных (152-ФЗ), one place for every text and its version: the
// participant's (registration form) and the expert's (experts registry). Change a text → bump its version.
export const CONSENT_VERSION = "2026-01";

export const CONSENT_TEXT =
  "Я даю согласие оператору кадрового портала на обработку моих персональных данных (ФИО, e-mail, телефон, " +
  "место работы, должность, регион, категория участника, сведения об участии в мероприятиях и мои оценки) " +
  "в целях организации мероприятий межрегиональных проектов развития кадров и расчёта показателей проекта, " +
  "в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных». Согласие действует " +
  "до его отзыва; я могу выгрузить свои данные и запросить их удаление на странице «Мои данные».";

// Согласие эксперта: the registry stores the version and the date; a new version asks for consent again.
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
