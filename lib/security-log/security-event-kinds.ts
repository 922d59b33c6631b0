// Виды записей журнала безопасности, with the Russian label the admin page shows.
export const SECURITY_EVENT_KINDS = {
  sign_in_success: "Успешный вход",
  sign_in_failure: "Неудачный вход",
  second_factor_failure: "Неверный код второго фактора",
  recovery_code_used: "Вход по резервному коду",
  lockout: "Блокировка после неудачных попыток",
  sign_out: "Выход",
  session_expired: "Сеанс истёк",
  sessions_revoked: "Сеансы завершены",
  permission_denied: "Отказ в доступе",
  role_changed: "Изменение роли или регионов",
  user_disabled: "Пользователь отключён",
  user_enabled: "Пользователь включён",
  password_changed: "Смена пароля",
  password_reset_requested: "Запрос ссылки для сброса пароля",
  password_reset: "Пароль сброшен по ссылке",
  password_reset_by_admin: "Пароль сброшен администратором",
  second_factor_enabled: "Второй фактор подключён",
  second_factor_disabled: "Второй фактор отключён",
  second_factor_reset: "Второй фактор сброшен администратором",
  policy_changed: "Изменение политики безопасности",
} as const;

export type SecurityEventKind = keyof typeof SECURITY_EVENT_KINDS;
export const SECURITY_EVENT_KIND_LIST = Object.keys(SECURITY_EVENT_KINDS) as SecurityEventKind[];
