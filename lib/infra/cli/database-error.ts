// Database failures as one Russian line for the command line: Prisma's messages start with a blank
// line and a code excerpt, which tell an operator nothing about the unreachable server.
import { isAppError } from "../errors/app-error";

const REASONS: Record<string, string> = {
  P1001: "база данных недоступна: сервер не отвечает (проверьте DATABASE_URL и что PostgreSQL запущен)",
  P1000: "база данных отклонила подключение: неверное имя пользователя или пароль в DATABASE_URL",
  P1003: "база данных из DATABASE_URL не существует",
  P1002: "база данных не ответила вовремя",
  P1017: "сервер базы данных закрыл соединение",
  P2021: "в базе нет таблиц портала: выполните npm run db:migrate",
  P2024: "база данных занята: нет свободного соединения",
};

/** An error with a one-line message fit for `runCli`; AppErrors pass unchanged. */
export function cliError(error: unknown): Error {
  if (isAppError(error) || !(error instanceof Error)) return error instanceof Error ? error : new Error(String(error));
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && REASONS[code]) return new Error(REASONS[code]);
  if (typeof code === "string" && ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH"].includes(code)) {
    return new Error(`база данных недоступна (${code}): проверьте DATABASE_URL`);
  }
  const lines = error.message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return new Error(lines[lines.length - 1] ?? error.name);
}
