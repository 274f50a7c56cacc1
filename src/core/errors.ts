/**
 * The one error value of the core. Rules never throw for bad input: they return a SakipError whose code is the
 * Excel error it becomes in a cell and whose message says what was found and what was expected, in Indonesian
 * (`message`) and English (`messageEn`).
 */
import type { Dwibahasa } from "./bahasa";

export type ErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export interface SakipError {
  readonly kind: "sakip-error";
  readonly code: ErrorCode;
  readonly message: string;
  readonly messageEn?: string;
}

export function sakipError(code: ErrorCode, message: string | Dwibahasa): SakipError {
  return typeof message === "string"
    ? { kind: "sakip-error", code, message }
    : { kind: "sakip-error", code, message: message.id, messageEn: message.en };
}

/** An error's sentence in both languages, to pass on into a diagnostic. */
export function duaBahasa(e: SakipError): Dwibahasa {
  return { id: e.message, en: e.messageEn ?? e.message };
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
