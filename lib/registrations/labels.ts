// Russian names of registration statuses, one list for every page and export.
export const REGISTRATION_STATUS_NAMES = {
  pending: "Заявка на рассмотрении",
  registered: "Записан(а)",
  waitlisted: "Лист ожидания",
  cancelled: "Запись отменена",
  declined: "Заявка отклонена",
} as const;
