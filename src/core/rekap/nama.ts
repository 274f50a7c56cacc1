/**
 * Matching an OPD's report to the Pemda's list: by kode SKPD, by name, by short name, by the sheet's or file's name,
 * each normalised (case, punctuation, spacing, "Dinas"/"Dinas …" kept; common abbreviations written out).
 */
import type { BacaanOpd, EntriDaftar } from "./jenis";

const SINGKAT: readonly [RegExp, string][] = [
  [/\bkec\.?\b/g, "kecamatan"],
  [/\bkel\.?\b/g, "kelurahan"],
  [/\bbag\.?\b/g, "bagian"],
  [/\bdis\b/g, "dinas"],
  [/\bsekret?\b/g, "sekretariat"],
  [/\brsud\b/g, "rumah sakit umum daerah"],
  [/\bdan\b/g, " "],
  [/&/g, " "],
];

/** Lower case, no punctuation, abbreviations written out, "dan" dropped: the key names are compared by. */
export function kunciNama(s: string): string {
  let t = s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9&]+/g, " ");
  for (const [re, ganti] of SINGKAT) t = t.replace(re, ganti);
  return t.replace(/\s+/g, " ").trim();
}

/** A kode SKPD without its spacing ("1.01.2.19.0.00.01.0000"). */
export const kunciKode = (s: string | null | undefined) => (s ? s.replace(/\s+/g, "").replace(/\.+$/, "") : "");

/** The sheet's (or file's) own name without its leading number or extension: "1 Disdik" → "disdik". */
export function kunciLembar(s: string): string {
  return kunciNama(s.replace(/\.(xlsx|xlsm|json)$/i, "").replace(/^\s*\d+[.)_-]?\s*/, ""));
}

/** The list entry a report belongs to, or undefined. Kode first, then the title's name, then the short names. */
export function cocokDaftar(b: BacaanOpd, daftar: readonly EntriDaftar[]): number | undefined {
  const kode = kunciKode(b.kode);
  if (kode) {
    const i = daftar.findIndex((e) => kunciKode(e.kode) === kode);
    if (i >= 0) return i;
  }
  if (b.nama) {
    const n = kunciNama(b.nama);
    const i = daftar.findIndex((e) => kunciNama(e.nama) === n);
    if (i >= 0) return i;
  }
  const calon = [kunciLembar(b.sheet), kunciLembar(b.berkas.replace(/^.*[\\/]/, ""))].filter((x) => x !== "");
  for (const c of calon) {
    const i = daftar.findIndex((e) => (e.singkatan && kunciNama(e.singkatan) === c) || kunciNama(e.nama) === c);
    if (i >= 0) return i;
  }
  return undefined;
}
