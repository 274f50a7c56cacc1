/**
 * The user's mapping as JSON (a file for the CLI, workbook settings in Excel): parsed and checked here so a typo
 * becomes a message, not a silent mis-read.
 */
import { Pemetaan } from "../model";
import { FIELDS } from "./columns";

const PERAN = ["pk", "realisasi", "anggaran"] as const;
const TABEL = ["pk", "pk_program", "realisasi", "anggaran"] as const;

export type HasilPemetaan = { ok: true; pemetaan: Pemetaan } | { ok: false; kesalahan: string[] };

export function parsePemetaan(json: string): HasilPemetaan {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, kesalahan: [`Pemetaan bukan JSON yang sah: ${(e as Error).message}`] };
  }
  return validatePemetaan(raw);
}

export function validatePemetaan(raw: unknown): HasilPemetaan {
  const err: string[] = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, kesalahan: ["Pemetaan harus berupa objek JSON."] };
  const m = raw as Record<string, unknown>;
  if (m.versi !== 1) err.push(`versi harus 1 (tertulis ${JSON.stringify(m.versi)}).`);
  const lembar = (m.lembar ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(lembar)) {
    if (!(PERAN as readonly string[]).includes(k)) err.push(`lembar.${k} tidak dikenal; pilihan: ${PERAN.join(", ")}.`);
    else if (typeof v !== "string" || v.trim() === "") err.push(`lembar.${k} harus nama lembar.`);
  }
  const tabel = (m.tabel ?? {}) as Record<string, Record<string, unknown>>;
  for (const [k, t] of Object.entries(tabel)) {
    if (!(TABEL as readonly string[]).includes(k)) {
      err.push(`tabel.${k} tidak dikenal; pilihan: ${TABEL.join(", ")}.`);
      continue;
    }
    const rows = t.barisJudul;
    if (
      rows !== undefined &&
      (!Array.isArray(rows) || rows.length < 1 || rows.length > 4 || !rows.every((r) => Number.isInteger(r) && r >= 1))
    ) {
      err.push(`tabel.${k}.barisJudul harus satu sampai empat nomor baris (mulai 1).`);
    }
    for (const [field, col] of Object.entries((t.kolom ?? {}) as Record<string, unknown>)) {
      if (!(FIELDS as readonly string[]).includes(field))
        err.push(`tabel.${k}.kolom.${field} tidak dikenal; pilihan: ${FIELDS.join(", ")}.`);
      else if (typeof col !== "string" || !/^[A-Za-z]{1,3}$/.test(col))
        err.push(`tabel.${k}.kolom.${field} harus huruf kolom (mis. "C"), tertulis ${JSON.stringify(col)}.`);
    }
  }
  const alias = m.alias ?? {};
  if (typeof alias !== "object" || alias === null || Object.values(alias).some((v) => typeof v !== "string"))
    err.push("alias harus pasangan teks: ejaan lain → ejaan PK.");
  return err.length > 0 ? { ok: false, kesalahan: err } : { ok: true, pemetaan: raw as Pemetaan };
}
