/**
 * Named choices typed by users (polaritas, metode, skala…): one matcher so every option accepts its synonyms,
 * ignores case, spacing and punctuation, and rejects unknown words with the list of valid ones.
 */
import { Hasil, SakipError, kutip, sakipError } from "../errors";

export interface Pilihan<T extends string> {
  /** What the option is called in messages, e.g. "polaritas". */
  readonly nama: string;
  readonly namaEn: string;
  readonly bawaan: T;
  /** Canonical value → accepted spellings (the canonical name is always accepted). */
  readonly sinonim: Readonly<Record<T, readonly string[]>>;
}

export function normalKata(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_\-./]+/g, " ")
    .trim();
}

const memo = new WeakMap<Pilihan<string>, Map<string, Hasil<string>>>();

/** Resolve a typed option. Blank → the default. "+"/"-" survive normalisation because they are matched first. */
export function pilih<T extends string>(p: Pilihan<T>, value: unknown): Hasil<T> {
  if (value === null || value === undefined) return p.bawaan;
  if (typeof value !== "string") return tidakDikenal(p, kutip(value));
  let cache = memo.get(p);
  if (!cache) memo.set(p, (cache = new Map<string, Hasil<string>>()));
  let hasil = cache.get(value);
  if (hasil === undefined) {
    hasil = resolve(p, value);
    if (cache.size < 1000) cache.set(value, hasil);
  }
  return hasil as Hasil<T>;
}

function resolve<T extends string>(p: Pilihan<T>, value: string): Hasil<T> {
  const raw = value.trim();
  if (raw === "") return p.bawaan;
  const key = normalKata(raw);
  for (const canonical of Object.keys(p.sinonim) as T[]) {
    const spellings = [canonical, ...p.sinonim[canonical]];
    if (spellings.some((s) => s === raw || normalKata(s) === key)) return canonical;
  }
  // "Negatif (↓)", "Positif (↑)", "Kumulatif (dijumlahkan)": the word without its gloss or arrow.
  const inti = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/[↑↓⬆⬇▲▼]/g, " ")
    .trim();
  if (inti !== "" && inti !== raw) {
    const h = resolve(p, inti);
    if (typeof h === "string") return h;
  }
  return tidakDikenal(p, kutip(raw));
}

function tidakDikenal<T extends string>(p: Pilihan<T>, dikutip: string): SakipError {
  const daftar = Object.keys(p.sinonim).join(", ");
  return sakipError("#VALUE!", {
    id: `${p.nama} ${dikutip} tidak dikenal. Pilihan: ${daftar}.`,
    en: `${p.namaEn} ${dikutip} is not known. Choices: ${daftar}.`,
  });
}
