/**
 * Column synonyms: what a header cell may say for each field, in the words agencies use ("Target 2024", "Pagu
 * Anggaran (Rp)", "Realisasi s.d. TW IV", "Program/Kegiatan/Sub Kegiatan"…). A two-row header is matched on
 * "parent child" ("Anggaran Realisasi"), so the order of the rules below matters: the most specific first.
 */
export type Field =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "target"
  | "target_atas"
  | "target_tw1"
  | "target_tw2"
  | "target_tw3"
  | "target_tw4"
  | "polaritas"
  | "realisasi"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "jenis"
  | "capaian"
  | "target_renstra"
  | "nasional"
  | "kode"
  | "uraian"
  | "pagu"
  | "realisasi_anggaran"
  | "sisa"
  | "persen"
  | "keterangan";

export const FIELDS: readonly Field[] = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "target",
  "target_atas",
  "target_tw1",
  "target_tw2",
  "target_tw3",
  "target_tw4",
  "polaritas",
  "realisasi",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "jenis",
  "capaian",
  "kode",
  "uraian",
  "pagu",
  "realisasi_anggaran",
  "sisa",
  "persen",
  "keterangan",
  "target_renstra",
  "nasional",
];

/** Lower case, no accents, no years, punctuation to spaces: "Target 2024 (%)" → "target". */
export function normalLabel(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(19|20)\d{2}\b/g, " ")
    .replace(/\bs\s*[./]\s*d\b\.?/g, " sd ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const TW = ["i|1|satu", "ii|2|dua", "iii|3|tiga", "iv|4|empat"];
const twPattern = (n: number) => new RegExp(`\\b(tw|triwulan|trw|tri wulan|q)\\s*(${TW[n]})\\b`);
const MONEY = "(anggaran|keuangan|rp|rupiah|belanja|dana|biaya)";

interface Rule {
  readonly field: Field;
  readonly test: (label: string, raw: string) => boolean;
  /** The words of a label that made the rule match (evidence shown to the user). */
  readonly kata?: (label: string, raw: string) => string | undefined;
}
/** Every match of a pattern in a label, once each: "anggaran rp pagu" → "anggaran, rp, pagu". */
const cari = (pattern: RegExp) => {
  const semua = new RegExp(pattern.source, "g");
  return (label: string) => [...new Set(label.match(semua) ?? [])].join(", ") || undefined;
};
const re = (field: Field, pattern: RegExp): Rule => ({
  field,
  test: (label) => pattern.test(label),
  kata: cari(pattern),
});

const REALISASI_UANG = new RegExp(`\\brealisasi\\b.*\\b${MONEY}\\b|\\b${MONEY}\\b.*\\brealisasi\\b`);

/** Ordered: the first rule that matches a label decides its field. */
export const RULES: readonly Rule[] = [
  re("no", /^(no|nomor|no urut|nomor urut)$/),
  // Money realised, unless the label ends in its unit "%" ("REALISASI › Keuangan › %" is the serapan).
  {
    field: "realisasi_anggaran",
    test: (label, raw) => REALISASI_UANG.test(label) && !/%\s*\)?\s*$/.test(raw),
    kata: cari(REALISASI_UANG),
  },
  re("sisa", /\b(sisa|efisiensi anggaran|selisih anggaran|sisa anggaran|silpa)\b/),
  {
    field: "persen",
    test: (label, raw) =>
      /\b(serapan|persentase realisasi|persen)\b/.test(label) ||
      (/%/.test(raw) && /\b(realisasi|rp|anggaran|keuangan)\b/.test(label)),
    kata: (label) =>
      cari(/\b(serapan|persentase realisasi|persen)\b/)(label) ??
      `${cari(/\b(realisasi|rp|anggaran|keuangan)\b/)(label)} %`,
  },
  ...[0, 1, 2, 3].map((i): Rule => ({
    field: `target_tw${i + 1}` as Field,
    test: (label) => /\btarget\b/.test(label) && twPattern(i).test(label),
    kata: (label) => `target ${cari(twPattern(i))(label)}`,
  })),
  ...[0, 1, 2, 3].map((i): Rule => ({
    field: `tw${i + 1}` as Field,
    test: (label) => twPattern(i).test(label) && !/\bsd\b/.test(label),
    kata: cari(twPattern(i)),
  })),
  re("nasional", /\b(standar nasional|nasional|sdg|spm nasional)\b/),
  re("target_renstra", /\b(renstra|target akhir|akhir periode|jangka menengah|rpjmd)\b/),
  re("capaian", /\bcapaian\b/),
  re("target_atas", /\b(target atas|batas atas|target maksimal)\b/),
  re("pagu", new RegExp(`\\b(pagu|anggaran|alokasi|dpa|nilai anggaran|jumlah anggaran|${MONEY})\\b`)),
  re("realisasi", /\brealisasi\b/),
  re("target", /\btarget\b/),
  re("indikator", /\b(indikator|iku|indikator kinerja utama|ukuran keberhasilan)\b/),
  re("sasaran", /\b(sasaran|sasaran strategis|tujuan)\b/),
  re("satuan", /\b(satuan|satuan ukuran)\b|^(sat|unit)$/),
  re("polaritas", /\b(polaritas|sifat indikator|arah indikator|arah)\b|^sifat$/),
  re("jenis", /\b(jenis akumulasi|akumulasi|sifat data|jenis data|cara akumulasi)\b/),
  // "Kode Rekening / Uraian", "Kode dan Nama": one column of kode glued before the name, read as the name.
  {
    field: "uraian",
    test: (label, raw) => /\b(kode|kd)\b/.test(label) && /(\/|&|\bdan\b)\s*(uraian|nama|nomenklatur)\b/i.test(raw),
    kata: (label) => cari(/\b(kode|kd|rekening|uraian|nama|nomenklatur)\b/)(label),
  },
  re("kode", /\b(kode|kd|kode rekening|rekening|no rekening)\b/),
  re("uraian", /\b(uraian|program|kegiatan|sub kegiatan|nama program|nomenklatur)\b/),
  re("keterangan", /\b(ket|keterangan|catatan|penjelasan)\b/),
];

/** Cheap pre-filter: could this cell be a header label at all? */
export const KEYWORD =
  /\b(no|nomor|sasaran|tujuan|indikator|iku|satuan|target|realisasi|tw|triwulan|capaian|kode|rekening|uraian|program|kegiatan|pagu|anggaran|alokasi|dpa|sisa|serapan|keterangan|polaritas|akumulasi|rp)\b/i;

export const MAX_HEADER_LABEL = 60;

const FISIK = /\bfisik\b/;
/** "Realisasi s.d. Tahun Lalu", "Target Tahun Sebelumnya": an earlier period's figure, not this report's. */
export const LALU = /\b(tahun lalu|tahun sebelumnya|periode lalu|tahun yang lalu)\b/;
const BUKAN_FISIK: ReadonlySet<Field> = new Set<Field>([
  "persen",
  "realisasi",
  "target",
  "capaian",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "target_tw1",
  "target_tw2",
  "target_tw3",
  "target_tw4",
]);

export function fieldOf(raw: string): Field | undefined {
  return kataKolom(raw)?.field;
}

/** Which field a header label names and the words that say so ("Realisasi Keuangan (Rp)" → "realisasi keuangan rp"). */
export function kataKolom(raw: string): { field: Field; kata: string } | undefined {
  if (raw.length === 0 || raw.length > MAX_HEADER_LABEL * 2) return undefined;
  const label = normalLabel(raw);
  if (label === "") return undefined;
  // "Sumber Dana" names where the money comes from (DAU, PAD), never an amount.
  if (/\bsumber dana\b/.test(label)) return undefined;
  const rule = RULES.find((r) => r.test(label, raw));
  // Physical progress ("REALISASI › Fisik › Target (%)", an RFK's) is neither a share of the budget nor an
  // indicator's target or realisasi: the RFK form reads it (formulir/rfk.ts).
  if (rule && FISIK.test(label) && BUKAN_FISIK.has(rule.field)) return undefined;
  return rule && { field: rule.field, kata: rule.kata?.(label, raw) ?? label };
}

/** A total row's label: "Jumlah", "Total", "JUMLAH TOTAL"… (not "Jumlah dokumen", which is an indicator). */
export const TOTAL_LABEL =
  /^(jumlah|total|sub\s*total|grand\s*total)(\s+(total|keseluruhan|seluruhnya|akhir|anggaran|belanja))?\s*:?$/i;
/** In a budget table without kode, any "Jumlah …"/"Total …" row is a total or subtotal, never a program. */
export const SUBTOTAL_LABEL = /^(jumlah|total|sub\s*total|grand\s*total)\b/i;

/** The latest year a text mentions ("Target 2024", "PK 2023-2024" → 2024); 0 when none. */
export function tahunTerakhir(s: string): number {
  return Math.max(0, ...[...s.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0])));
}
