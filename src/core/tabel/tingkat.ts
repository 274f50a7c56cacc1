/**
 * The level of a row, one type for the reader, the audit and the rekap: urusan › bidang urusan › organisasi (a
 * unit: Dinas, RSUD, Puskesmas) › program › kegiatan › sub kegiatan › rincian (rekening belanja and any deeper
 * detail). A row's level comes from its kode (glued, or split over columns: `kodeBaris`), from a label word
 * ("Program …", "1. Sub Kegiatan …"), from the sheet's own parent formulas, indentation, or the rows' order.
 */
export type Tingkat = "urusan" | "bidang_urusan" | "organisasi" | "program" | "kegiatan" | "sub_kegiatan" | "rincian";

/** The levels a kode's shape or a label word gives: all but organisasi (a unit's kode is read apart, by `kodeBaris`). */
export type TingkatKode = Exclude<Tingkat, "organisasi">;

/** Top to bottom. */
export const TINGKAT: readonly Tingkat[] = [
  "urusan",
  "bidang_urusan",
  "organisasi",
  "program",
  "kegiatan",
  "sub_kegiatan",
  "rincian",
];

/** A level's depth: 0 urusan … 6 rincian. Deeper is larger; levels a table skips leave gaps. */
export function kedalaman(t: Tingkat): number {
  return TINGKAT.indexOf(t);
}

/** "Program …", "Kegiatan :", "1. Sub Kegiatan …", "a. Kegiatan …", "Urusan …", "Unsur …", "Bidang Urusan …". */
export function tingkatLabel(nama: string): TingkatKode | undefined {
  if (!/^\s*(?:\S{1,4}\s*)?(sub|keg|prog|bid|uru|uns|bel)/i.test(nama)) return undefined;
  const s = nama.replace(/^\s*(?:\d+[a-z]?|[a-z]|[ivx]+)[.)]\s*|^\s*[-•·]\s*/i, "").trim();
  if (/^sub\s*-?\s*kegiatan\b/i.test(s)) return "sub_kegiatan";
  if (/^kegiatan\b/i.test(s)) return "kegiatan";
  if (/^program\b/i.test(s)) return "program";
  if (/^bidang(\s+urusan)?\b/i.test(s)) return "bidang_urusan";
  if (/^(urusan|unsur)\b/i.test(s)) return "urusan";
  if (/^belanja\b/i.test(s)) return "rincian";
  return undefined;
}
