/**
 * Why a column was read as a field, as plain data: the header path it sits under, the words of that header that
 * named the field, what its values are (numbers, numbers typed as text, text, blanks) and what the arithmetic shows (a
 * % column equal to realisasi ÷ pagu, a sisa equal to pagu − realisasi). Each reading carries a confidence: `yakin`
 * when the header names the field, the values fit it and the arithmetic agrees; otherwise the doubts are listed. The
 * CLI (`kinerja baca`) and the task pane's Tinjau describe the same evidence with `teksBukti`.
 */
import { isSakipError } from "../errors";
import { CellValue, Grid, cell, columnCount, columnLetter, isBlank, isErrorCell, numberFormat } from "../grid";
import { parseAngka } from "../numbers";
import type { Bahasa } from "../bahasa";
import { Field, kataKolom, tahunTerakhir } from "./columns";
import { Table, headerLabels } from "./tables";
import { ditulisPersen } from "./values";

export type PeranTabel = "pk" | "pk_program" | "realisasi" | "anggaran";

/** What a column holds in the table's data rows. */
export interface IsiKolom {
  readonly angka: number;
  /** Numbers typed as text ("1.250.000", "80%"): read, but not live figures. */
  readonly angkaTeks: number;
  readonly teks: number;
  readonly kosong: number;
  /** Of the numbers, those a formula computes. */
  readonly rumus: number;
}

/** A column of the sheet, as the user sees it: its letter and its header path ("Realisasi › Rp"). */
export interface KolomLembar {
  readonly huruf: string;
  readonly judul: string;
  readonly isi: IsiKolom;
}

/** A check of a column against the others: how many rows agree of those where all the figures are there. */
export interface CekHitung {
  readonly jenis: "persen" | "sisa";
  readonly cocok: number;
  readonly dari: number;
}

export type Keraguan =
  /** The header does not name this field (a column chosen by letter, or by the mapping). */
  | "judul_lain"
  /** A figure column holding mostly text. */
  | "isi_teks"
  /** A name column holding mostly numbers. */
  | "isi_angka"
  /** An amount column (pagu, realisasi, sisa) whose values are mostly written as percentages: never an amount. */
  | "isi_persen"
  /** No value at all in the table's rows. */
  | "kosong"
  /** Another column's header names the same field, for the same year. */
  | "ganda"
  /** The arithmetic disagrees (persen ≠ realisasi ÷ pagu, sisa ≠ pagu − realisasi) in most rows. */
  | "hitung_tak_cocok";

export interface BuktiBidang {
  readonly field: Field;
  readonly huruf: string;
  readonly judul: string;
  /** The header words that named the field ("realisasi keuangan rp"); absent when the header names another. */
  readonly kata?: string;
  readonly isi: IsiKolom;
  readonly cek?: CekHitung;
  /** Other columns whose header names the same field (letters). */
  readonly lain: readonly string[];
  readonly keraguan: readonly Keraguan[];
  readonly yakin: boolean;
}

export interface BuktiTabel {
  readonly peran: PeranTabel;
  readonly sheet: string;
  /** 1-based, as the mapping writes them. */
  readonly barisJudul: readonly number[];
  /** Every column of the sheet that has a header or a value in the table's rows, left to right. */
  readonly kolom: readonly KolomLembar[];
  /** The fields read, the doubtful first, then in the table's order. */
  readonly bidang: readonly BuktiBidang[];
}

const ANGKA: ReadonlySet<Field> = new Set<Field>([
  "target",
  "target_atas",
  "target_tw1",
  "target_tw2",
  "target_tw3",
  "target_tw4",
  "realisasi",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "capaian",
  "target_renstra",
  "nasional",
  "pagu",
  "realisasi_anggaran",
  "sisa",
  "persen",
]);
/** Amounts in rupiah: a column of percentages is none of them. */
export const JUMLAH_RUPIAH: ReadonlySet<Field> = new Set<Field>(["pagu", "realisasi_anggaran", "sisa"]);
const TEKS: ReadonlySet<Field> = new Set<Field>([
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "jenis",
  "uraian",
  "keterangan",
]);

/** A budget table's lone "Realisasi" is its realisasi anggaran (tables.ts kindOf): the header names either. */
const SAMA: Partial<Record<Field, Field>> = { realisasi_anggaran: "realisasi" };

function angkaDari(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const n = parseAngka(v);
  return typeof n === "number" && !isSakipError(n) ? n : undefined;
}

/**
 * What a column's values are, counted once for the reader's evidence and the audit's column meaning: numbers, numbers
 * typed as text, text, blanks, formulas, and of the filled cells those written as a percentage ("85%", a %-formatted
 * number) and those of words ("URAIAN BELANJA"; not "165 Unit Usaha", a figure with its unit).
 */
export interface SifatNilai extends IsiKolom {
  /** Non-blank cells, errors included. */
  readonly terisi: number;
  readonly persen: number;
  readonly kata: number;
}

export function sifatNilai(grid: Grid, rows: readonly number[], col: number): SifatNilai {
  let angka = 0;
  let angkaTeks = 0;
  let teks = 0;
  let kosong = 0;
  let rumus = 0;
  let persen = 0;
  let kata = 0;
  for (const r of rows) {
    const v = cell(grid, r, col);
    if (isBlank(v)) {
      kosong++;
      continue;
    }
    if (ditulisPersen(v, numberFormat(grid, r, col) ?? "")) persen++;
    if (typeof v === "string" && /\p{L}{3,}/u.test(v) && !/^\s*(none|null|nihil|n\/?a)\s*$/i.test(v)) {
      // "165 Unit Usaha", "Rp 1.500.000" are figures with a unit; "5.1.02.01 Belanja …" is a kode and a name.
      const angkaSatuan = /^\s*[-+(]?\s*(rp\.?\s*)?[\d.,]+\s*%?\s*[\p{L} /.()]{0,30}$/iu.test(v);
      if (!angkaSatuan || /^\s*\d+(\.\d+){2,}\s/.test(v)) kata++;
    }
    if (typeof v === "number") {
      angka++;
      if (grid.formulas?.[r]?.[col]) rumus++;
    } else if (isErrorCell(v)) continue;
    else if (angkaDari(v) !== undefined) angkaTeks++;
    else teks++;
  }
  return { angka, angkaTeks, teks, kosong, rumus, terisi: rows.length - kosong, persen, kata };
}

export function isiKolom(grid: Grid, rows: readonly number[], col: number): IsiKolom {
  const { angka, angkaTeks, teks, kosong, rumus } = sifatNilai(grid, rows, col);
  return { angka, angkaTeks, teks, kosong, rumus };
}

/** Rows where `col` agrees with `rumus` of the other columns (persen as a fraction or in percent, to half a point). */
function cekHitung(
  grid: Grid,
  rows: readonly number[],
  jenis: CekHitung["jenis"],
  col: number,
  pagu: number,
  real: number,
): CekHitung {
  let cocok = 0;
  let dari = 0;
  for (const r of rows) {
    const [x, p, q] = [col, pagu, real].map((c) => angkaDari(cell(grid, r, c)));
    if (x === undefined || p === undefined || q === undefined || (jenis === "persen" && p === 0)) continue;
    dari++;
    if (jenis === "persen") {
      const e = q / p;
      if (Math.abs(x - e) <= 0.0051 || Math.abs(x - 100 * e) <= 0.51) cocok++;
    } else if (Math.abs(x - (p - q)) <= Math.max(1, Math.abs(p) * 1e-9)) cocok++;
  }
  return { jenis, cocok, dari };
}

/** The evidence for each column a table reads, from its sheet and the table the reader found (or the mapping set). */
export function buktiTabel(grid: Grid, table: Table, peran: PeranTabel): BuktiTabel {
  const width = columnCount(grid);
  const judul = headerLabels(grid, table.headerRows, width, undefined, " › ");
  const sifat = Array.from({ length: width }, (_, c) => sifatNilai(grid, table.rows, c));
  const isi = sifat.map(({ angka, angkaTeks, teks, kosong, rumus }): IsiKolom => ({
    angka,
    angkaTeks,
    teks,
    kosong,
    rumus,
  }));
  const kolom: KolomLembar[] = [];
  for (let c = 0; c < width; c++)
    if (judul[c] !== "" || isi[c].kosong < table.rows.length)
      kolom.push({ huruf: columnLetter(c), judul: judul[c], isi: isi[c] });
  const baca = judul.map((j) => (j === "" ? undefined : kataKolom(j)));
  const cols = table.columns;
  const bidang = (Object.entries(cols) as [Field, number][]).map(([field, c]): BuktiBidang => {
    const nama = baca[c];
    const sebut = (f: Field | undefined) => f !== undefined && (f === field || SAMA[field] === f);
    const kata = sebut(nama?.field) ? nama!.kata : undefined;
    const tahun = tahunTerakhir(judul[c]);
    // Rivals: other columns whose header names this field and that the table reads as nothing else.
    const dipakai = new Set(Object.values(cols));
    const lain = baca.flatMap((b, i) => (i !== c && !dipakai.has(i) && sebut(b?.field) ? [i] : []));
    const keraguan: Keraguan[] = [];
    if (kata === undefined) keraguan.push("judul_lain");
    const k = isi[c];
    const angka = k.angka + k.angkaTeks;
    if (angka + k.teks === 0) keraguan.push("kosong");
    else if (ANGKA.has(field) && k.teks > angka) keraguan.push("isi_teks");
    else if (TEKS.has(field) && k.angka > k.teks) keraguan.push("isi_angka");
    if (JUMLAH_RUPIAH.has(field) && sifat[c].persen * 2 > sifat[c].terisi) keraguan.push("isi_persen");
    // "Target 2023 | Target 2024": the latest year decides; two of the same year leave the choice open.
    if (kata !== undefined && lain.some((i) => tahunTerakhir(judul[i]) === tahun)) keraguan.push("ganda");
    let cek: CekHitung | undefined;
    if ((field === "persen" || field === "sisa") && cols.pagu !== undefined && cols.realisasi_anggaran !== undefined)
      cek = cekHitung(grid, table.rows, field, c, cols.pagu, cols.realisasi_anggaran);
    if (cek && cek.dari > 0 && cek.cocok < 0.8 * cek.dari) keraguan.push("hitung_tak_cocok");
    return {
      field,
      huruf: columnLetter(c),
      judul: judul[c],
      ...(kata !== undefined ? { kata } : {}),
      isi: k,
      ...(cek && cek.dari > 0 ? { cek } : {}),
      lain: lain.map(columnLetter),
      keraguan,
      yakin: keraguan.length === 0,
    };
  });
  bidang.sort((a, b) => Number(a.yakin) - Number(b.yakin));
  return {
    peran,
    sheet: table.sheet,
    barisJudul: table.headerRows.map((r) => r + 1),
    kolom,
    bidang,
  };
}

/** Each field's name in both languages, as the CLI and the pane show it. */
export const NAMA_BIDANG: Record<Field, Record<Bahasa, string>> = {
  no: { id: "No", en: "No." },
  sasaran: { id: "Sasaran", en: "Goal" },
  indikator: { id: "Indikator", en: "Indicator" },
  satuan: { id: "Satuan", en: "Unit" },
  target: { id: "Target", en: "Target" },
  target_atas: { id: "Target atas", en: "Upper target" },
  target_tw1: { id: "Target TW I", en: "Target Q1" },
  target_tw2: { id: "Target TW II", en: "Target Q2" },
  target_tw3: { id: "Target TW III", en: "Target Q3" },
  target_tw4: { id: "Target TW IV", en: "Target Q4" },
  polaritas: { id: "Polaritas", en: "Polarity" },
  realisasi: { id: "Realisasi", en: "Actual" },
  tw1: { id: "TW I", en: "Q1" },
  tw2: { id: "TW II", en: "Q2" },
  tw3: { id: "TW III", en: "Q3" },
  tw4: { id: "TW IV", en: "Q4" },
  jenis: { id: "Jenis akumulasi", en: "Accumulation" },
  capaian: { id: "Capaian", en: "Achievement" },
  target_renstra: { id: "Target Renstra", en: "Strategic plan target" },
  nasional: { id: "Standar nasional", en: "National standard" },
  kode: { id: "Kode rekening", en: "Account code" },
  uraian: { id: "Uraian", en: "Description" },
  pagu: { id: "Pagu", en: "Budget" },
  realisasi_anggaran: { id: "Realisasi anggaran", en: "Budget spent" },
  sisa: { id: "Sisa anggaran", en: "Remaining budget" },
  persen: { id: "Persen serapan", en: "Absorption %" },
  keterangan: { id: "Keterangan", en: "Remarks" },
};

/** A column as the user knows it: its header (quoted, the user's words) and its letter. */
export function teksKolom(k: { huruf: string; judul: string }, bahasa: Bahasa): string {
  const kolom = bahasa === "en" ? "column" : "kolom";
  return k.judul ? `"${k.judul}" (${kolom} ${k.huruf})` : `(${kolom} ${k.huruf})`;
}

export const KATA_YAKIN: Record<Bahasa, { yakin: string; ragu: string }> = {
  id: { yakin: "yakin", ragu: "perlu dicek" },
  en: { yakin: "confident", ragu: "needs checking" },
};

const KATA = {
  id: {
    kata: (k: string) => `judulnya memuat "${k}"`,
    judulLain: (f: string) => `judulnya tidak menyebut ${f}`,
    isi: (k: IsiKolom) =>
      [
        k.angka > 0 && `${k.angka} angka${k.rumus > 0 ? ` (${k.rumus} dari rumus)` : ""}`,
        k.angkaTeks > 0 && `${k.angkaTeks} angka tertulis sebagai teks`,
        k.teks > 0 && `${k.teks} teks`,
        k.kosong > 0 && `${k.kosong} kosong`,
      ].filter(Boolean),
    kosong: "tidak ada isinya",
    isiTeks: "isinya kebanyakan teks, bukan angka",
    isiAngka: "isinya kebanyakan angka, bukan nama",
    isiPersen: "isinya kebanyakan persentase, bukan rupiah",
    ganda: (h: string) => `kolom ${h} juga cocok`,
    cek: (c: CekHitung) =>
      c.jenis === "persen"
        ? `sama dengan realisasi ÷ pagu di ${c.cocok} dari ${c.dari} baris`
        : `sama dengan pagu − realisasi di ${c.cocok} dari ${c.dari} baris`,
  },
  en: {
    kata: (k: string) => `its header says "${k}"`,
    judulLain: (f: string) => `its header does not name ${f}`,
    isi: (k: IsiKolom) =>
      [
        k.angka > 0 &&
          `${k.angka} ${k.angka === 1 ? "number" : "numbers"}${k.rumus > 0 ? ` (${k.rumus} from formulas)` : ""}`,
        k.angkaTeks > 0 && `${k.angkaTeks} typed as text`,
        k.teks > 0 && `${k.teks} text`,
        k.kosong > 0 && `${k.kosong} blank`,
      ].filter(Boolean),
    kosong: "it holds nothing",
    isiTeks: "it holds mostly text, not numbers",
    isiAngka: "it holds mostly numbers, not names",
    isiPersen: "it holds mostly percentages, not amounts",
    ganda: (h: string) => `column ${h} matches too`,
    cek: (c: CekHitung) =>
      c.jenis === "persen"
        ? `equal to actual ÷ budget in ${c.cocok} of ${c.dari} rows`
        : `equal to budget − actual in ${c.cocok} of ${c.dari} rows`,
  },
} as const;

/** The evidence in one sentence: the header words, the values, the arithmetic, each doubt. */
export function teksBukti(b: BuktiBidang, bahasa: Bahasa): string {
  const k = KATA[bahasa];
  const out: string[] = [];
  out.push(b.kata !== undefined ? k.kata(b.kata) : k.judulLain(NAMA_BIDANG[b.field][bahasa].toLowerCase()));
  if (b.keraguan.includes("kosong")) out.push(k.kosong);
  else out.push((k.isi(b.isi) as string[]).join(", "));
  if (b.keraguan.includes("isi_teks")) out.push(k.isiTeks);
  if (b.keraguan.includes("isi_angka")) out.push(k.isiAngka);
  if (b.keraguan.includes("isi_persen")) out.push(k.isiPersen);
  if (b.cek) out.push(k.cek(b.cek));
  if (b.keraguan.includes("ganda")) out.push(...b.lain.map(k.ganda));
  return out.join("; ");
}

/** One line per field: "Realisasi anggaran ← "Realisasi › Rp" (kolom H), yakin: judulnya memuat …". */
export function barisBukti(b: BuktiBidang, bahasa: Bahasa): string {
  const y = KATA_YAKIN[bahasa];
  return `${NAMA_BIDANG[b.field][bahasa]} ← ${teksKolom(b, bahasa)}, ${b.yakin ? y.yakin : y.ragu}: ${teksBukti(b, bahasa)}`;
}
