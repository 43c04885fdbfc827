// What every server action returns: forms render `message` and `fieldErrors` as they are.
export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string>; details?: Record<string, unknown> };
