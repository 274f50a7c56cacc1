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

/**
 * The words that name a level, in the order they are tried (a sub kegiatan before a kegiatan). `singkat`: SIPD's
 * short forms ("giat", "sub_giat"), taken in a column header ("kode_sub_giat") but not at the start of a name.
 */
const KATA: readonly { readonly re: string; readonly tingkat: TingkatKode; readonly singkat?: boolean }[] = [
  { re: "sub\\s*[-_]?\\s*kegiatan", tingkat: "sub_kegiatan" },
  { re: "sub\\s*[-_]?\\s*giat", tingkat: "sub_kegiatan", singkat: true },
  { re: "kegiatan", tingkat: "kegiatan" },
  { re: "giat", tingkat: "kegiatan", singkat: true },
  { re: "program", tingkat: "program" },
  { re: "bidang(?:\\s+urusan)?", tingkat: "bidang_urusan" },
  { re: "urusan|unsur", tingkat: "urusan" },
  { re: "belanja", tingkat: "rincian" },
];
const AWAL = KATA.filter((k) => !k.singkat).map((k) => ({
  re: new RegExp(`^(?:${k.re})\\b`, "i"),
  tingkat: k.tingkat,
}));
const KOLOM = KATA.map((k) => ({ re: new RegExp(`^(?:${k.re})$`, "i"), tingkat: k.tingkat }));

/** "Program …", "Kegiatan :", "1. Sub Kegiatan …", "a. Kegiatan …", "Urusan …", "Unsur …", "Bidang Urusan …". */
export function tingkatLabel(nama: string): TingkatKode | undefined {
  if (!/^\s*(?:\S{1,4}\s*)?(sub|keg|prog|bid|uru|uns|bel)/i.test(nama)) return undefined;
  const s = nama.replace(/^\s*(?:\d+[a-z]?|[a-z]|[ivx]+)[.)]\s*|^\s*[-•·]\s*/i, "").trim();
  return AWAL.find((k) => k.re.test(s))?.tingkat;
}

/**
 * The level a column header names, as SIPD exports write it ("kode_program", "nama_sub_kegiatan", "kd_giat",
 * "sub_giat", already lower case with "_" between words): the level, and whether the column holds its kode.
 */
export function tingkatKolom(label: string): { tingkat: TingkatKode; kode: boolean } | undefined {
  const m = /^(kode_|kd_|nama_|nm_)?(.*)$/.exec(label)!;
  const kata = m[2].replace(/_/g, " ");
  const tingkat = KOLOM.find((k) => k.re.test(kata) || k.re.test(m[2]))?.tingkat;
  return tingkat ? { tingkat, kode: m[1] === "kode_" || m[1] === "kd_" } : undefined;
}
