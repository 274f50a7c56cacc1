/**
 * The one error value of the core. Rules never throw for bad input: they return a SakipError whose code is the
 * Excel error it becomes in a cell and whose message (Indonesian) says what was found and what was expected.
 */
export type ErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export interface SakipError {
  readonly kind: "sakip-error";
  readonly code: ErrorCode;
  readonly message: string;
}

export function sakipError(code: ErrorCode, message: string): SakipError {
  return { kind: "sakip-error", code, message };
}

export function isSakipError(x: unknown): x is SakipError {
  return typeof x === "object" && x !== null && (x as SakipError).kind === "sakip-error";
}

/** A rule's result: a value, or an error that explains itself. */
export type Hasil<T> = T | SakipError;

/** Quote a user's value inside a message, shortened so a 10,000-character cell cannot flood it. */
export function kutip(value: unknown, max = 40): string {
  const text = typeof value === "string" ? value : String(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}
