import "server-only";

// One error type for expected failures. The code picks the HTTP status; the message is safe to show a person.
const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type TErrorCode = keyof typeof STATUS;

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: TErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }
  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what = "Not found") => new AppError("not_found", what);

// Route handlers end with this: expected errors keep their code and message; anything else becomes a generic 500
// with the detail in the server log only.
export function toResponse(err: unknown, headers?: HeadersInit): Response {
  if (err instanceof AppError) {
    return Response.json({ error: { code: err.code, message: err.message, details: err.details } }, { status: err.status, headers });
  }
  console.error("unexpected error", err);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side. Try again." } }, { status: 500 });
}
