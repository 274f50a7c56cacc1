/**
 * The two languages of every output. Core text the user reads (diagnostics, findings, messages) is written in both at
 * the place it is made, as a `Dwibahasa`; hosts pick one with `pilih`. Indonesian is the default.
 */
export type Bahasa = "id" | "en";

/** Office display language (or the browser's) → the output's language: English for any en-*, Indonesian otherwise. */
export function bahasaDari(displayLanguage: string | undefined): Bahasa {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
}

/** One sentence in both languages. */
export interface Dwibahasa {
  readonly id: string;
  readonly en: string;
}

export function pilihBahasa(teks: string | Dwibahasa, bahasa: Bahasa): string {
  return typeof teks === "string" ? teks : teks[bahasa];
}

/** A message (diagnostic, audit finding, rule error) in the output's language (its Indonesian when no English was written). */
export function pesan(d: { readonly message: string; readonly messageEn?: string }, bahasa: Bahasa): string {
  return bahasa === "en" ? (d.messageEn ?? d.message) : d.message;
}
