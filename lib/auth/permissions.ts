// Who may do what (матрица прав). The one place that answers "may this user do this action in this
// region?" — server actions, route handlers and queries all ask it; the navigation only mirrors it.
import { AppError } from "../infra/errors/app-error";

export const ROLES = ["ADMIN", "MINISTRY", "COORDINATOR", "EXPERT", "PARTICIPANT"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as the domain sees it. `regionIds`: regions a coordinator manages. */
export type SessionUser = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  regionIds: string[];
  /** the server-side session behind the cookie (lib/auth/sessions) */
  sessionId?: string;
  /** staff without the second factor the policy requires: refused everything but enrolling */
  secondFactorMissing?: boolean;
};

/** all: any record; own-region: records of the user's regions; self: the user's own records. */
export type Scope = "all" | "own-region" | "self";

export const PERMISSIONS = {
  "user.manage": { ADMIN: "all" },
  "reference.manage": { ADMIN: "all" },
  "audit.read": { ADMIN: "all" },
  "outbox.read": { ADMIN: "all" },
  "bundle.import": { ADMIN: "all" },
  "bundle.export": { ADMIN: "all", MINISTRY: "all" },
  "kpi.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
  "dashboard.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
  "assessment.record": { ADMIN: "all", MINISTRY: "all" },
  "event.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all", EXPERT: "all", PARTICIPANT: "all" },
  "event.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  "registration.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  "registration.self": { PARTICIPANT: "self", EXPERT: "self", COORDINATOR: "self", MINISTRY: "self", ADMIN: "self" },
  "participant.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  "participant.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  /** обезличивание участника по его запросу (152-ФЗ) */
  "participant.anonymize": { ADMIN: "all" },
  /** журнал доступа к персональным данным */
  "personalData.log": { ADMIN: "all" },
  /** свои персональные данные: выгрузка и запрос на удаление */
  "personalData.self": { PARTICIPANT: "self", EXPERT: "self", COORDINATOR: "self", MINISTRY: "self", ADMIN: "self" },
  "expert.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  "publication.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  /** шаблон анкеты проекта */
  "survey.template": { ADMIN: "all" },
  /** результаты анкетирования мероприятия */
  "feedback.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  "feedback.submit": { PARTICIPANT: "self", EXPERT: "self", COORDINATOR: "self", MINISTRY: "self", ADMIN: "self" },
  "conclusion.write": { EXPERT: "self" },
  /** экспертные заключения мероприятия: its organizers, the ministry, the administrator */
  "conclusion.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  /** the expert's own profile (/expert/profile): own contacts and competences */
  "expert.profile": { EXPERT: "self" },
  /** информационные ресурсы проекта */
  "resource.manage": { ADMIN: "all" },
  /** совещания и протоколы: the federal centre schedules meetings and writes protocols (issues assignments) */
  "meeting.manage": { ADMIN: "all", MINISTRY: "all" },
  "meeting.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
  /** протокольные поручения: a coordinator sees own regions' items only */
  "assignment.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  /** отчёт региона по поручению */
  "assignment.report": { ADMIN: "all", COORDINATOR: "own-region" },
  /** ответственный координатор пункта поручения: the federal centre, or the region's own coordinators */
  "assignment.assign": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  /** приёмка отчёта или возврат на доработку: the issuer (federal centre) */
  "assignment.review": { ADMIN: "all", MINISTRY: "all" },
  /** рейтинг эффективности регионального управления: open to every region, as on the monitoring platform */
  "rating.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
  /** фиксация ежемесячного среза для рассылки региональным министрам */
  "rating.snapshot": { ADMIN: "all", MINISTRY: "all" },
  "roadmap.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
  "roadmap.manage": { ADMIN: "all", MINISTRY: "all" },
  /** кадровый резерв: reserves, candidates, plans, the dashboard (ministry reads) */
  "reserve.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  /** reserves, the candidate lifecycle, plans, mentors */
  "reserve.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  /** психолого-педагогическая диагностика: sensitive, its organizers only */
  "reserve.diagnostics": { ADMIN: "all", COORDINATOR: "own-region" },
  /** оценка компетенций: organizers record, an expert rates only the people assigned to them */
  "reserve.assess": { ADMIN: "all", COORDINATOR: "own-region", EXPERT: "self" },
  /** the reserve member's own plan, assessments and mentor */
  "reserve.self": { PARTICIPANT: "self" },
  /** the mentor comments the plan of their own mentees */
  "reserve.mentor": { EXPERT: "self" },
  /** наставничество: pairs, meetings and mentor effectiveness of the region's reserves */
  "mentoring.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  /** the mentor's own mentees: their list and the meetings log */
  "mentoring.log": { EXPERT: "self" },
  /** the mentee rates their own mentor */
  "mentoring.rate": { PARTICIPANT: "self" },
  /** циклограмма: the template, generated tasks and their status */
  "cyclogram.read": { ADMIN: "all", MINISTRY: "all", COORDINATOR: "own-region" },
  "cyclogram.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  /** самовыдвижение в резерв своего региона */
  "reserve.nominateSelf": { PARTICIPANT: "self" },
  /** матрица компетенций проекта */
  "competency.manage": { ADMIN: "all" },
  /** конкурс: stages, criteria, entries, jury, closing a stage */
  "competition.manage": { ADMIN: "all", COORDINATOR: "own-region" },
  /** a juror scores the entries assigned to them */
  "competition.score": { EXPERT: "self" },
  /** журнал безопасности, политика безопасности, сброс второго фактора и сеансов пользователя */
  "security.manage": { ADMIN: "all" },
  "security.read": { ADMIN: "all" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export type Target = {
  /** The region the record belongs to (event region, participant region…). */
  regionId?: string | null;
  /** The user a personal record belongs to. */
  ownerUserId?: string | null;
};

export function scopeOf(user: Pick<SessionUser, "role" | "secondFactorMissing">, action: Action): Scope | undefined {
  // staff still owing the second factor the policy requires have no scope at all, whichever path asks
  if (user.secondFactorMissing) return undefined;
  return (PERMISSIONS[action] as Partial<Record<Role, Scope>>)[user.role];
}

/**
 * May `user` perform `action` on `target`? Without a target it answers "may they do it somewhere"
 * (e.g. open the create form); the record itself must then be checked or scoped with `regionWhere`.
 */
export function can(user: SessionUser | null | undefined, action: Action, target?: Target): boolean {
  if (!user) return false;
  const scope = scopeOf(user, action);
  if (!scope) return false;
  if (scope === "all" || !target) return true;
  if (scope === "own-region") return !!target.regionId && user.regionIds.includes(target.regionId);
  return !!target.ownerUserId && target.ownerUserId === user.id;
}

/** Throws FORBIDDEN (or UNAUTHORIZED without a user) unless `can` allows it. */
export function authorize(user: SessionUser | null | undefined, action: Action, target?: Target): SessionUser {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  if (user.secondFactorMissing) {
    throw new AppError("SECOND_FACTOR_REQUIRED", "Подключите второй фактор входа: это обязательно для сотрудников");
  }
  if (!can(user, action, target)) throw new AppError("FORBIDDEN", "Недостаточно прав для этого действия");
  return user;
}

/**
 * The region scope as a Prisma `where` fragment, so a query can never reach records outside it:
 * `{}` for "all", `{ regionId: { in: [...] } }` for own-region. Throws FORBIDDEN when the role has no scope.
 */
export function regionWhere(user: SessionUser, action: Action, field = "regionId"): Record<string, unknown> {
  const scope = scopeOf(user, action);
  if (!scope) throw new AppError("FORBIDDEN", "Недостаточно прав для этого действия");
  if (scope === "all") return {};
  if (scope === "own-region") return { [field]: { in: user.regionIds } };
  throw new AppError("FORBIDDEN", "Недостаточно прав для этого действия");
}
