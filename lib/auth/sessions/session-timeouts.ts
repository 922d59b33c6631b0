// Тайм-ауты сеанса: inactivity and absolute, from the environment (docs/operations.md).
const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function sessionTimeouts() {
  return {
    idleMs: positive(process.env.SESSION_IDLE_MINUTES, 30) * 60_000,
    absoluteMs: positive(process.env.SESSION_MAX_AGE_HOURS, 12) * 3_600_000,
  };
}

/** lastSeenAt is written at most this often: one UPDATE a minute per active session, not per request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
