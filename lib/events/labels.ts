// Russian names of event formats and statuses (seed 000's list of формы мероприятий).
import type { EventFormat, EventStatus, ExpertRole } from "@prisma/client";

export const EVENT_FORMAT_NAMES: Record<EventFormat, string> = {
  business_meeting: "Деловая встреча",
  master_class: "Мастер-класс",
  training: "Тренинг",
  site_visit: "Посещение производственной площадки / социально значимого объекта",
  mentoring: "Работа с наставником",
  informal_meeting: "Неформальная встреча с успешными людьми",
  expert_discussion: "Дискуссия с независимыми экспертами",
  internship: "Стажировка",
  seminar: "Семинар",
  webinar: "Вебинар",
  competition: "Конкурс",
};

export const EVENT_STATUS_NAMES: Record<EventStatus, string> = {
  planned: "Запланировано",
  held: "Проведено",
  cancelled: "Отменено",
};

/** Роль эксперта на мероприятии */
export const EXPERT_ROLE_NAMES: Record<ExpertRole, string> = {
  speaker: "спикер",
  moderator: "модератор",
  assessor: "эксперт-оценщик",
};
