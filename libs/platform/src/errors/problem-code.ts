/**
 * The stable `code` of every problem+json answer, with its HTTP status. The first eight are the
 * outside contract; the others extend it for cases the contract does not name.
 */
export const PROBLEM_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BOOKING_CONFLICT: 409,
  POLICY_VIOLATION: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  /** The request is valid but the current state of an object forbids it (a floor still in use). */
  CONFLICT: 409,
  /** An `Idempotency-Key` whose first request is still running. */
  IDEMPOTENCY_IN_PROGRESS: 409,
  /** An `Idempotency-Key` used again with a different request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
} as const;

export type ProblemCode = keyof typeof PROBLEM_STATUS;
