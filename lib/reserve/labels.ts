// Russian names of the reserve's codes, shared by pages, forms and errors.
import type { CompetencyRater, NominationSource, PlanItemKind, PlanItemStatus, ReserveStatus } from "@prisma/client";

export const RESERVE_STATUS_NAMES: Record<ReserveStatus, string> = {
  nominated: "Выдвинут",
  documents_checked: "Документы проверены",
  assessed: "Оценён",
  included: "Включён в резерв",
  in_development: "Проходит развитие (ИОМ)",
  appointed: "Назначен на должность",
  excluded: "Исключён",
};

export const NOMINATION_SOURCE_NAMES: Record<NominationSource, string> = {
  self: "Самовыдвижение",
  employer: "Работодатель",
  organizer: "Организатор",
};

export const RATER_NAMES: Record<CompetencyRater, string> = {
  self: "Самооценка",
  expert: "Эксперт",
  supervisor: "Руководитель",
  mentor: "Наставник",
};

export const PLAN_ITEM_KIND_NAMES: Record<PlanItemKind, string> = {
  event: "Мероприятие портала",
  internship: "Стажировка",
  mentoring: "Встреча с наставником",
  course: "Курс",
  task: "Задание",
};

export const PLAN_ITEM_STATUS_NAMES: Record<PlanItemStatus, string> = {
  planned: "Запланировано",
  done: "Выполнено",
  cancelled: "Отменено",
};

/** Причины исключения из резерва (regulation of seed 004). */
export const EXCLUSION_REASONS = {
  moved: "Переезд или смена места работы",
  declined: "Отказ кандидата",
  expired: "Истёк срок пребывания в резерве",
  failed_plan: "Не выполнен индивидуальный план развития",
  health: "Состояние здоровья",
  other: "Иное",
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;
export const EXCLUSION_REASON_CODES = Object.keys(EXCLUSION_REASONS) as [ExclusionReason, ...ExclusionReason[]];
