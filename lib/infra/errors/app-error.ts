// Typed errors of the domain: each code maps to one HTTP status and one kind of message for users.
export const APP_ERROR_STATUS = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  /** staff signed in without the second factor the policy requires */
  SECOND_FACTOR_REQUIRED: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  VALIDATION: 422,
  CONFLICT: 409,
  /** a write route handler was sent something other than JSON */
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Field errors keyed by form field (or JSON path), messages in Russian. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Prisma's unique-constraint violation (P2002), for turning it into a field error. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
