// Answers of the JSON API (/api/v1): { status, body } from the domain, errors as
// { error: { code, message, details? } } — AppErrors with their own status, anything else a bare 500.
import { isAppError } from "../errors/app-error";
import { recordRefusal } from "../../security-log/record-refusal";

export type ApiErrorBody = { error: { code: string; message: string; details?: Record<string, string[]> } };
export type ApiAnswer<T> = { status: number; body: T | ApiErrorBody };

export function errorAnswer(error: unknown): { status: number; body: ApiErrorBody } {
  if (isAppError(error)) {
    void recordRefusal(error); // the answer does not wait for the log
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...(error.fieldErrors && { details: error.fieldErrors }) } },
    };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Внутренняя ошибка сервера" } } };
}

/** The answer as a Response (route handlers). */
export function toResponse<T>(answer: ApiAnswer<T>): Response {
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
