/**
 * Header blocks as real forms write them: a title over several rows, then a header over 2–4 rows with merged
 * groups, a row of column numbers ("1", "6a", "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100"), a row of units (K, Rp,
 * Rp., %), a "Perangkat Daerah : …" row; after the data, a signature block. The numbering and unit rows are header,
 * never data. A column's meaning comes from its whole header path: group › sub-header › unit.
 */
import { CellValue, Grid, isBlank, text } from "../grid";
import { jalurKepala } from "../tabel/kepala";

/**
 * "1", "(6)", "6a", "13 = 9 + 10 + 11 + 12", "15 = 14 / 9 x 100%", "(14)=(10)+(11)": the column number it states, or
 * undefined.
 */
export function nomorKolom(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 60 ? v : undefined;
  const t = text(v);
  const m = /^\(?(\d{1,2})[a-z]?\)?(?:\s*=\s*[\d\s+\-x×*/:().,%a-z]+)?$/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** A row of column numbers: at least three numbered cells, nothing else, rising from left to right. */
export function isBarisNomor(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  const nums: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const n = nomorKolom(v);
    if (n === undefined) return false;
    nums.push(n);
  }
  return nums.length >= 3 && nums.every((x, i) => i === 0 || x >= nums[i - 1]);
}

const UNIT =
  /^(k|rp\.?|rupiah|%|persen|fisik|keu|keuangan|vol|volume|target|realisasi|satuan|fisik %|keu %|(%\s*)?(kum|ttb|kumulatif|tertimbang|bobot))$/i;

/** A units cell with its scale or brackets taken off: "(Rp. 000)" → "rp", "% (persen)" → "%", "Persen (%)" → "%". */
function tanpaSkala(v: CellValue): string {
  const t = text(v)
    .toLowerCase()
    .replace(/\(\s*(dalam\s+)?(ribu(an)?|juta(an)?)(\s+rupiah)?\s*\)/g, "")
    .replace(/\brp\.?\s*\(?\s*000([.,]000)?\s*\)?/g, "rp")
    .replace(/[()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (/^(%|persen|prosen|persentase|prosentase)( (%|persen))?$/.test(t)) return "%";
  return t;
}

/**
 * A row of units: K, Rp, Rp., % (and their kin) in at least three cells, nothing else — but a number typed after a
 * gap of two blank columns or more, right of the units (a working total beside the table), is not the table's.
 */
export function isBarisSatuan(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  let hits = 0;
  let units = 0;
  let akhir = -1;
  for (const [c, v] of row.entries()) {
    if (isBlank(v)) continue;
    if (typeof v === "number" && hits >= 3 && c - akhir > 2) break;
    akhir = c;
    const t = tanpaSkala(v);
    if (!UNIT.test(t)) return false;
    hits++;
    // "% KUM", "% TTB": a percent, cumulative or weighted (the RFK's units row "Rp | % KUM | % TTB").
    if (/^(k|rp\.?|%)$|^% ?(kum|ttb|kumulatif|tertimbang)$/i.test(t)) units++;
  }
  return hits >= 3 && units >= 2;
}

export type Satuan = "k" | "rp" | "persen";

export function satuanDari(v: CellValue): Satuan | undefined {
  const t = tanpaSkala(v);
  if (t === "k" || t === "vol" || t === "volume") return "k";
  if (/^rp\.?$|^rupiah$/.test(t)) return "rp";
  if (t === "%" || t === "persen") return "persen";
  return undefined;
}

/** "Perangkat Daerah : Badan …", "SKPD : Dinas …", "OPD: …": the agency it names. */
export function perangkatDaerahDari(grid: Grid, r: number): string | undefined {
  for (const v of grid.values[r] ?? []) {
    if (typeof v !== "string" || !v.includes(":")) continue;
    const m = /^(?:nama\s+)?(?:perangkat\s+daerah|skpd|opd|unit\s+kerja|satuan\s+kerja|instansi)\s*:\s*(\S.*)$/i.exec(
      text(v),
    );
    if (m) return m[1].trim();
  }
  return undefined;
}

/** The start of a signature block: "Kota, tanggal 2025", "Kepala …", "NIP …", "Mengetahui", a rank line. */
export function isTandaTangan(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  if (row.some((v) => typeof v === "number")) return false;
  const texts = row.filter((v) => !isBlank(v));
  if (texts.length === 0 || texts.length > 3) return false;
  return texts.some((v) => {
    const t = text(v);
    return (
      /^(kepala|sekretaris|plt\.?|plh\.?|mengetahui|disetujui|ditetapkan|pejabat|nip\.?\b|pembina|penata)\b/i.test(t) ||
      /^[A-Z][A-Za-z .'-]+,\s*(\d{1,2}\s+)?(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(\s+(19|20)\d\d)?$/i.test(
        t,
      )
    );
  });
}

/**
 * Header path of each column over `rows`, each part once: "Realisasi Kinerja Pada Triwulan › II", every cell's text
 * a label (src/core/tabel/kepala.ts); a units row under the header names the columns of a group.
 */
export function jalurJudul(grid: Grid, rows: readonly number[], width: number, barisSatuan?: number): string[][] {
  return jalurKepala(grid, rows, width, { teks: text, satuan: barisSatuan });
}

/** The months, in Indonesian, lower case: the one list the titles are read with and the rekap names periods by. */
export const BULAN = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
] as const;
/** Other ways titles write a month: abbreviations, old spellings, English (each → its month, 1–12). */
const BULAN_LAIN: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  pebruari: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  october: 10,
  nop: 11,
  nopember: 11,
  nov: 11,
  des: 12,
  dec: 12,
  december: 12,
};
/** The month a word names (full Indonesian name or one of BULAN_LAIN), 1–12. */
function nomorBulan(w: string): number | undefined {
  const t = w.toLowerCase();
  const i = BULAN.indexOf(t as (typeof BULAN)[number]);
  return i >= 0 ? i + 1 : BULAN_LAIN[t];
}
/** Every month word, longest first (so "september" is tried before "sep"). */
const KATA_BULAN = [...BULAN, ...Object.keys(BULAN_LAIN)].sort((a, b) => b.length - a.length).join("|");
const TAHUN = "((?:19|20)\\d\\d)";
/** Not a span of years ("2021-2026", "2021 s/d 2026") nor a list ("2022, 2023 dan 2024"): not the year reported. */
const BUKAN_RENTANG =
  "(?!\\s*(?:[-–/]|s\\.?\\s?d\\.?|s\\/d|sampai)\\s*(?:19|20)?\\d\\d)(?!\\s*(?:[,&]|dan)\\s*(?:19|20)\\d\\d\\b)";

/** Ways a title states the year reported, strongest first. */
const POLA_TAHUN: readonly RegExp[] = [
  new RegExp(`\\btahun\\s+anggaran\\s*:?\\s*${TAHUN}\\b${BUKAN_RENTANG}`, "i"),
  new RegExp(`(?:^|[\\s(,;])t\\.?\\s?a\\.?\\s*:?\\s*${TAHUN}\\b${BUKAN_RENTANG}`, "i"),
  new RegExp(`\\b(?:${KATA_BULAN})\\b\\.?\\s*,?\\s*${TAHUN}\\b${BUKAN_RENTANG}`, "i"),
  new RegExp(`\\btahun\\s*(?:berjalan\\s*)?(?:ke\\s*)?[:(]?\\s*${TAHUN}\\b${BUKAN_RENTANG}`, "i"),
  new RegExp(`\\bperiode(?:\\s+pelaksanaan)?\\s*:?\\s*${TAHUN}\\b${BUKAN_RENTANG}`, "i"),
  // "TW IV 2023", "Semester I 2025": a quarter or half with its year.
  new RegExp(
    `\\b(?:triwulan|tw|trw|semester)\\s*(?:ke\\s*-?\\s*)?(?:iv|i{1,3}|[1-4])\\s+${TAHUN}\\b${BUKAN_RENTANG}`,
    "i",
  ),
];

/** The year a title states ("TAHUN ANGGARAN 2024", "Tahun : 2021", "TA. 2018", "KONDISI DESEMBER 2023"). */
export function tahunDariJudul(s: string): number | undefined {
  for (const re of POLA_TAHUN) {
    const m = re.exec(s);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const ROMAWI: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * The quarter a title states: "Triwulan I", "TW III", "Triwulan ke-2", or a month the report runs to ("s.d. Bulan
 * Juni 2024", "KONDISI DESEMBER 2023": the quarter that month closes or falls in).
 */
export function triwulanDariJudul(s: string): { triwulan: 1 | 2 | 3 | 4; bulan?: number } | undefined {
  const tw = /\b(?:triwulan|tw|trw)\s*(?:ke\s*-?\s*)?\.?\s*(iv|i{1,3}|[1-4])\b/i.exec(s);
  if (tw) return { triwulan: ROMAWI[tw[1].toLowerCase()] };
  // "Semester I" runs to June, "Semester II" to December.
  const sm = /\bsemester\s*(?:ke\s*-?\s*)?(ii|i|[12])\b/i.exec(s);
  if (sm) return /^(ii|2)$/i.test(sm[1]) ? { triwulan: 4, bulan: 12 } : { triwulan: 2, bulan: 6 };
  const bulan = new RegExp(
    `\\b(?:s\\.?\\s?d\\.?|s\\/d|sampai\\s+dengan|sampai|kondisi|keadaan|per|posisi|bulan)\\s+(?:(?:bulan|tanggal|tgl\\.?)\\s+)?(?:\\d{1,2}\\s+)?(${KATA_BULAN})\\b`,
    "i",
  ).exec(s);
  if (bulan) {
    const m = nomorBulan(bulan[1])!;
    return { triwulan: Math.ceil(m / 3) as 1 | 2 | 3 | 4, bulan: m };
  }
  return undefined;
}

/**
 * The month a report runs to, with its year, both from one title line: "KONDISI DESEMBER 2023", "S/D TANGGAL 30
 * SEPTEMBER 2023", "Keadaan Okt 2022", "Triwulan III Tahun 2024" (a quarter is its last month, 9), "Semester I 2025"
 * (6). Undefined when the line lacks either ("TAHUN 2023").
 */
export function bulanTahunDariJudul(s: string): { tahun: number; bulan: number } | undefined {
  const tahun = tahunDariJudul(s);
  if (tahun === undefined) return undefined;
  const tw = triwulanDariJudul(s);
  if (tw) return { tahun, bulan: tw.bulan ?? tw.triwulan * 3 };
  // A month written right before its year, with no word before it ("Desember 2024").
  const m = new RegExp(`\\b(${KATA_BULAN})\\b\\.?\\s*,?\\s*${TAHUN}\\b`, "i").exec(s);
  return m ? { tahun, bulan: nomorBulan(m[1])! } : undefined;
}

/**
 * The month a sheet reports, as tahun × 12 + bulan, for choosing the latest of monthly copies ("April", "Mei", "Juni",
 * each titled "Keadaan s.d. 30 Juni 2023"): from its title rows (the first `baris` rows), else its name ("RFK Juni
 * 2023", or a bare "Juni" with the title's year). 0 when neither says.
 */
export function bulanLembar(grid: Grid, baris = 8): number {
  let tahun: number | undefined;
  for (let r = 0; r < Math.min(baris, grid.values.length); r++)
    for (const v of grid.values[r] ?? []) {
      if (typeof v !== "string") continue;
      const bt = bulanTahunDariJudul(text(v));
      if (bt) return bt.tahun * 12 + bt.bulan;
      tahun ??= tahunDariJudul(text(v));
    }
  const dariNama = bulanTahunDariJudul(grid.name);
  if (dariNama) return dariNama.tahun * 12 + dariNama.bulan;
  const bulan = nomorBulan(grid.name.trim());
  return bulan !== undefined && tahun !== undefined ? tahun * 12 + bulan : 0;
}

export interface PeriodeJudul {
  readonly tahun?: number;
  readonly triwulan?: 1 | 2 | 3 | 4;
  readonly bulan?: number;
  /** The cell each came from. */
  readonly selTahun?: { row: number; col: number };
  readonly selTriwulan?: { row: number; col: number };
}

/** The year and period stated in the given rows (a sheet's title block): the first statement of each. */
export function periodeDari(grid: Grid, rows: readonly number[]): PeriodeJudul {
  let hasil: PeriodeJudul = {};
  for (const r of rows) {
    (grid.values[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      const s = text(v);
      const tahun = hasil.tahun === undefined ? tahunDariJudul(s) : undefined;
      if (tahun !== undefined) hasil = { ...hasil, tahun, selTahun: { row: r, col: c } };
      const tw = hasil.triwulan === undefined ? triwulanDariJudul(s) : undefined;
      if (tw) hasil = { ...hasil, ...tw, selTriwulan: { row: r, col: c } };
    });
  }
  return hasil;
}

/**
 * The scale of rupiah a label states: "(dalam ribuan)", "Rp 000", "(Rp. 000)", "dalam ribuan rupiah" → 1,000;
 * "(juta rupiah)", "dalam jutaan", "Rp 000.000" → 1,000,000. Undefined for plain rupiah.
 */
export function skalaDari(s: string): 1_000 | 1_000_000 | undefined {
  const t = s.toLowerCase();
  if (
    /\b(dalam\s+)?juta(an)?\s+rupiah\b|\bdalam\s+juta(an)?\b|\(\s*juta(an)?\s*\)|\brp\.?\s*juta\b|\brp\.?\s*\(?\s*000[.,]000\s*\)?/.test(
      t,
    )
  )
    return 1_000_000;
  if (
    /\bdalam\s+ribu(an)?\b|\bribu(an)?\s+rupiah\b|\(\s*ribu(an)?\s*\)|\brp\.?\s*\(?\s*000\b(?![.,]\d)|\brp\.?\s*ribu(an)?\b/.test(
      t,
    )
  )
    return 1_000;
  return undefined;
}
