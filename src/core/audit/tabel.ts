/**
 * The tables of a finished report as staff typed them: what each column states (target, realisasi, capaian,
 * pagu, serapan, sisa, efisiensi…, per year when the header names one) and each row's figures with the precision
 * they were written in. Headers are found by content, as in src/core/read; a column's meaning also depends on the
 * group above it ("%" under "Kinerja Keuangan" is a serapan, under "Kinerja Program" a capaian).
 */
import { CellValue, Grid, cell, columnCount, isBlank, lekukan, numberFormat, rowCount, text } from "../grid";
import { Ambigu } from "../numbers";
import type { DasarLevel } from "../model";
import { fieldOf, normalLabel, tahunTerakhir } from "../read/columns";
import { DaftarTemuan } from "../read/diagnostics";
import { barisDijumlah } from "../read/rumus";
import {
  JenisBaris,
  Tingkat,
  barisNomorSamping,
  candidateRow,
  dataRows,
  headerLabels,
  isNumberingRow,
  kepalaBertingkat,
  jenisBaris,
  kodeBaris,
  rowIsBlank,
} from "../tabel";
import { PutusanTingkat, tingkatBaris, tingkatIndentasi, tingkatNomor } from "../tabel/tingkat-baris";
import { columnStyle, readAngka } from "../read/values";
import { sifatNilai } from "../read/bukti";
import { cocok, EPS, terpotong } from "./temuan";

/** What a number column states. */
export type Isian =
  | "target"
  | "realisasi"
  /** Realisasi "s.d." a year: to date (cumulative for flows, the latest value for stocks). */
  | "realisasi_sd"
  | "capaian"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "target_renstra"
  | "capaian_renstra"
  | "target_nasional"
  | "realisasi_nasional"
  | "pagu"
  | "realisasi_anggaran"
  | "serapan"
  | "sisa"
  | "efisiensi";

/** Text columns a finding may be about. */
type KolomTeks = "indikator" | "uraian" | "sasaran" | "satuan" | "kode" | "keterangan" | "predikat" | "polaritas";

export const ISIAN_PERSEN: ReadonlySet<Isian> = new Set(["capaian", "capaian_renstra", "serapan", "efisiensi"]);
export const ISIAN_RUPIAH: ReadonlySet<Isian> = new Set(["pagu", "realisasi_anggaran", "sisa"]);

export interface KolomAngka {
  readonly isian: Isian;
  /** The year the header names ("Target 2022"); null: the report's year. */
  readonly tahun: number | null;
  readonly col: number;
  readonly label: string;
}

/** A figure as written: value in the unit shown (percentage points for "%"), and its decimals. */
export interface AngkaTertulis {
  readonly nilai: number;
  readonly desimal: number;
  /** Written as a percentage ("21%", or a %-formatted cell). */
  readonly persen: boolean;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type { JenisBaris };

export interface BarisTabel {
  readonly row: number;
  readonly jenis: JenisBaris;
  /** The program/kegiatan name when the table has one, else the indicator. */
  readonly nama: string | null;
  readonly indikator: string | null;
  readonly sasaran: string | null;
  readonly satuan: string | null;
  readonly polaritas: string | null;
  /** Its level (organisasi for the agency's own row); null in a flat table. */
  readonly tingkat: Tingkat | null;
  /**
   * What decided the level: "kode" (its kode column(s): the rows a parent totals are proven by their kode), "label"
   * ("Program …"), "indentasi", or "posisi" (the rows' order: a guess); null without a level.
   */
  readonly dasarTingkat: DasarLevel | null;
  /** The row's figures, one per number column that states one (its column says what it is). */
  readonly angka: readonly AngkaTertulis[];
  readonly keterangan: { readonly teks: string; readonly col: number } | null;
  readonly predikat: { readonly teks: string; readonly col: number } | null;
  /** The row's kode (its kode column, or a kode glued before the name: "1.02.01 Program …"); null when none. */
  readonly kode: string | null;
  /** Hidden (a filter, or hidden by hand): no data to compare with other tables. */
  readonly tersembunyi: boolean;
  /** The level is a guess: an unnamed row below an unnamed leaf, taken for another leaf (it may be a parent). */
  readonly tingkatDitebak: boolean;
}

export interface TabelLaporan {
  readonly sheet: string;
  /** The text above the header ("Tabel 3.1 …"), for messages; else the sheet name. */
  readonly judul: string;
  /** The title lines above the header (down from the previous table): "LAPORAN …", "KECAMATAN BANJARMASIN TIMUR", … */
  readonly judulBaris: readonly string[];
  readonly headerRows: readonly number[];
  readonly kolom: readonly KolomAngka[];
  readonly teks: Partial<Record<KolomTeks, number>>;
  readonly baris: readonly BarisTabel[];
  /** Rows an item row's sum formula adds ("=SUM(D13:D19)" on a kegiatan row): children, whatever their names say. */
  readonly anakRumus: ReadonlySet<number>;
  /** Cells ("row:col") whose formula only adds cells of their column ("=SUM(G10:G12)", "=G8"). */
  readonly rumusJumlah: ReadonlySet<string>;
}

const MAX_HEADER_ROWS = 3;
const BLANK_RUN_ENDS_TABLE = 2;
const RUPIAH_GROUP = /\b(anggaran|keuangan|keu|rp|rupiah|belanja|dana|biaya|pagu|dpa)\b/;
/** Figures that are neither a budget's nor an indicator's own: progress fisik, a deviation, a weight (bobot). */
const BUKAN_ISIAN =
  /\b(fisik|deviasi|bobot|tertimbang|rata2|rata rata|rerata|kontrak|hps|tender|penawaran|pengadaan)\b/;

/** A header cell's text; a year typed as a number under "Target" counts ("2021"). */
function headerCell(v: CellValue): string {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2100 ? String(v) : "";
  if (typeof v !== "string") return "";
  const t = text(v);
  return t.length > 160 ? "" : t;
}

/** A label without the words of its group: "" for a bare "%" under "Kinerja Keuangan" or "Kinerja Program". */
const tanpaKelompok = (l: string) =>
  l
    .replace(
      /\b(kinerja|program|kegiatan|sub|subkegiatan|persen|persentase|tahun|anggaran|keuangan|keu|rp|rupiah|belanja|dana|biaya|pagu|dpa)\b/g,
      "",
    )
    .trim();

/** `lain`: a figure the audit understands and leaves alone (a plan, progress fisik, a deviation, a share of the total). */
type Arti = { angka: Isian } | { teks: KolomTeks } | { lain: true } | undefined;
const LAIN = { lain: true } as const;
const BULAN =
  /\b(bulan|jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|des|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember)\b/;
const BULAN_ATAU_TW = new RegExp(`${BULAN.source}|\\b(tw|triwulan)\\b`);

/** What a column label means in a report table. */
export function artiLabel(raw: string): Arti {
  const l = normalLabel(raw);
  const persen = /%/.test(raw) || /\b(persen|persentase)\b/.test(l);
  const has = (re: RegExp) => re.test(l);
  if (has(/\b(efisiensi|sisa|selisih|silpa)\b/)) return { angka: persen ? "efisiensi" : "sisa" };
  if (has(/\b(predikat|kategori|kat|kriteria)\b/)) return { teks: "predikat" };
  if (has(/\b(ket|keterangan|catatan|penjelasan)\b/)) return { teks: "keterangan" };
  if (has(/\bnasional\b/)) return { angka: has(/\brealisasi\b/) ? "realisasi_nasional" : "target_nasional" };
  // "Realisasi s.d. Tahun Lalu": a previous period's total, not a figure of this report's year.
  if (has(/\b(lalu|sebelumnya)\b/) && has(/\bsd\b|sampai/)) return undefined;
  if (has(BUKAN_ISIAN)) return LAIN;
  if (has(/\b(renstra|rpjmd|target akhir|kondisi akhir|jangka menengah|akhir periode)\b/))
    return { angka: has(/\bcapaian\b/) ? "capaian_renstra" : has(/\brealisasi\b/) ? "realisasi_sd" : "target_renstra" };
  // "Capaian s/d 2024", "Tingkat capaian kumulatif": the realisasi to date against the period's end target, never
  // this year's capaian.
  if (has(/\bcapaian\b/) && has(/\bsd\b|\bsampai\b|kumulatif/)) return { angka: "capaian_renstra" };
  if (RUPIAH_GROUP.test(l)) {
    // A plan ("Rencana Keuangan") is neither the pagu nor the realisasi.
    if (has(/\brencana\b/)) return LAIN;
    // A "%" is a serapan only when the header says realisasi/serapan/capaian; "Nilai Anggaran %" is a share of the total.
    if (has(/\b(serapan|penyerapan|capaian)\b/) || (persen && has(/\brealisasi\b/))) return { angka: "serapan" };
    if (persen && !has(/\brp\b/)) return tanpaKelompok(l) === "" ? { angka: "serapan" } : LAIN;
    if (has(/\brealisasi\b/)) return { angka: "realisasi_anggaran" };
    return { angka: "pagu" };
  }
  if (has(/\bserapan\b/)) return { angka: "serapan" };
  const field = fieldOf(raw);
  // A quarter's target ("Target TW I") or capaian ("Capaian TW IV") is not the year's, nor a quarter's realisasi.
  if (field?.startsWith("target_tw") || (field?.startsWith("tw") && has(/\bcapaian\b/))) return LAIN;
  if (field === "tw1" || field === "tw2" || field === "tw3" || field === "tw4") return { angka: field };
  // "% Capaian", or a bare "%" under "Kinerja Program/Kegiatan".
  if (has(/\bcapaian\b/) || (persen && tanpaKelompok(l) === "")) return { angka: "capaian" };
  if (has(/\brealisasi\b/)) {
    // "Realisasi s.d. Desember", "… s.d. TW III": this year's to date. A month's own column ("Realisasi Bulan › Jan")
    // is neither the year's nor a quarter's.
    const sd = has(/\bsd\b|\bsampai\b|kumulatif/);
    if (sd && has(BULAN_ATAU_TW)) return { angka: "realisasi" };
    if (!sd && has(BULAN)) return LAIN;
    return { angka: sd ? "realisasi_sd" : "realisasi" };
  }
  if (has(/\btarget\b/)) return { angka: "target" };
  switch (field) {
    case "indikator":
    case "uraian":
    case "sasaran":
    case "satuan":
    case "kode":
    case "polaritas":
      return { teks: field };
    default:
      return undefined;
  }
}

const PERSEN = /%|\bpersen(tase)?\b/i;

interface Kepala {
  rows: number[];
  /** Columns whose label the audit understands but does not check. */
  lain: number;
  /** Other indicator columns ("Indikator 2016–2021"), for rows the preferred one leaves blank. */
  indikatorLain: number[];
  /** Every column under a "Kode" label: a kode split over columns (urusan | bidang | program | …) is read whole. */
  kodeKolom: number[];
  kolom: KolomAngka[];
  teks: Partial<Record<KolomTeks, number>>;
}

function kepalaDari(grid: Grid, rows: number[], width: number): Kepala {
  const label = headerLabels(grid, rows, width, headerCell);
  const kolom: KolomAngka[] = [];
  const teks: Partial<Record<KolomTeks, number>> = {};
  const tahunTeks: Partial<Record<KolomTeks, number>> = {};
  let setelahPagu = false;
  const lain = new Set<string>();
  for (let c = 0; c < width; c++) {
    if (label[c] === "") continue;
    const arti = artiLabel(label[c]);
    if (arti && "lain" in arti) lain.add(label[c]);
    const tahun = tahunTerakhir(label[c]) || null;
    if (arti && "angka" in arti) {
      let isian = arti.angka;
      // "Anggaran | Realisasi | %": after a budget column, a bare Realisasi and % are the budget's.
      // "% Total Realisasi" after "Total Anggaran | Total Realisasi" is the serapan, not a second realisasi.
      if (setelahPagu && isian === "realisasi") isian = PERSEN.test(label[c]) ? "serapan" : "realisasi_anggaran";
      if (setelahPagu && isian === "capaian" && !/capaian/i.test(label[c])) isian = "serapan";
      if (isian === "pagu") setelahPagu = true;
      // "Pagu | Target | Realisasi | Capaian": a target opens an indicator's figures; its realisasi is no rupiah.
      if (isian === "target") setelahPagu = false;
      kolom.push({ isian, tahun, col: c, label: label[c] });
    }
    // "Indikator 2016–2021 | Indikator 2021–2026": the latest period names the row.
    else if (arti && "teks" in arti && (teks[arti.teks] === undefined || (tahun ?? 0) > (tahunTeks[arti.teks] ?? 0))) {
      teks[arti.teks] = c;
      tahunTeks[arti.teks] = tahun ?? 0;
    }
  }
  // Beside a plan ("Rencana Keuangan"), a "Capaian Keuangan" is realisasi ÷ plan, not a serapan of the pagu.
  const adaRencana = label.some((l) => RUPIAH_GROUP.test(normalLabel(l)) && /\brencana\b/.test(normalLabel(l)));
  if (adaRencana)
    for (let i = kolom.length - 1; i >= 0; i--)
      if (kolom[i].isian === "serapan" && !/\b(serapan|penyerapan|realisasi)\b/.test(normalLabel(kolom[i].label)))
        lain.add(kolom.splice(i, 1)[0].label);
  // A "Capaian %" in a budget table with no target or realisasi of an indicator (the RFK's fisik or deviasi
  // columns): nothing it could be a capaian of.
  if (
    kolom.some((c) => c.isian === "pagu") &&
    !kolom.some((c) => c.isian === "target" || c.isian === "realisasi" || c.isian === "realisasi_sd")
  )
    for (let i = kolom.length - 1; i >= 0; i--) if (kolom[i].isian === "capaian") lain.add(kolom.splice(i, 1)[0].label);
  const indikatorLain = label.flatMap((l, c) =>
    c !== teks.indikator && l !== "" && (artiLabel(l) as { teks?: string } | undefined)?.teks === "indikator"
      ? [c]
      : [],
  );
  const kodeKolom = label.flatMap((l, c) =>
    l !== "" && (artiLabel(l) as { teks?: string } | undefined)?.teks === "kode" ? [c] : [],
  );
  return { rows, kolom, teks, indikatorLain, kodeKolom, lain: lain.size };
}

const usable = (k: Kepala) =>
  (k.teks.indikator !== undefined || k.teks.uraian !== undefined || k.teks.sasaran !== undefined) &&
  k.kolom.length >= 1;
// Distinct labels: a group label merged over ten columns ("KEUANGAN") is one label, not ten columns.
const skor = (k: Kepala) => (new Set(k.kolom.map((c) => c.label)).size + k.lain) * 2 + Object.keys(k.teks).length;

/** Rows below r that are header text: no numbers other than years, at least one label. */
function headerRowBelow(grid: Grid, r: number, width: number): boolean {
  if (r >= rowCount(grid) || rowIsBlank(grid, r) || isNumberingRow(grid, r, width)) return false;
  const row = grid.values[r] ?? [];
  const labels = row.filter((v) => typeof v === "string" && v.trim() !== "" && v.trim().length <= 60).length;
  // A units row may carry one stray figure (a row counter "=SUM(A10:A31)" in the No column) among its labels.
  const angka = row.filter((v) => typeof v === "number" && !(Number.isInteger(v) && v >= 1990 && v <= 2100)).length;
  // A row of years under a group ("Target Kinerja Tahun" over 2021 … 2026) names its columns too.
  const tahun = row.filter((v) => typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100).length;
  if (labels === 0 && angka === 0 && tahun >= 2) return true;
  return labels > 0 && (angka === 0 || (angka === 1 && labels >= 5));
}

function kepalaDi(grid: Grid, r: number, width: number): Kepala | undefined {
  // A header holds labels (and years), never figures: "1 | (tanpa sasaran) | … | 14 | 12" is data.
  if ((grid.values[r] ?? []).some((v) => typeof v === "number" && !(Number.isInteger(v) && v >= 1990 && v <= 2100)))
    return undefined;
  return kepalaBertingkat<Kepala>(grid, r, {
    maks: MAX_HEADER_ROWS,
    lanjut: (next) => headerRowBelow(grid, next, width),
    baca: (rows) => kepalaDari(grid, rows, width),
    // A units row (Rp, %, K) under the header is part of it: the header without it is not the table's.
    pilih: (k, best, satuan) =>
      satuan ? (k && usable(k) ? k : undefined) : k && usable(k) && (!best || skor(k) > skor(best)) ? k : best,
  });
}

function judulDi(grid: Grid, headerRow: number): string {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 3); r--) {
    const t = (grid.values[r] ?? []).map((v) => (typeof v === "string" ? text(v) : "")).find((s) => s !== "");
    if (t) return t.length > 80 ? `${t.slice(0, 79)}…` : t;
  }
  return grid.name;
}

/** The levels a report table gives by the rows' order: the agency's own row, then program, kegiatan, sub kegiatan. */
const URUT: readonly Tingkat[] = ["organisasi", "program", "kegiatan", "sub_kegiatan"];

/** A table's levels, decided by the table layer's one rule (`tingkatBaris`) for the rows it decides. */
interface TingkatTetap {
  readonly putusan: Map<number, PutusanTingkat>;
  /** The levels are the kode's: a row without kode has none (a detail line among them). */
  readonly kode: boolean;
}

/**
 * Levels from the kode (the table layer's `kodeBaris`: its own column, or split over the columns under "Kode"),
 * or else from numbering, label words and indentation (`tingkatBaris`), when the table numbers or indents its rows
 * meaningfully; null otherwise (label words and the rows' order, row by row: `bacaBaris`).
 * Rule KODE_SAJA: a table whose kode gives two or more rows a level below urusan takes its levels from the kode
 * alone; a kode of one segment ("1") is an urusan only beside deeper kode, alone it may be a row number.
 */
function tingkatTabel(
  grid: Grid,
  k: { teks: Partial<Record<string, number>>; kodeKolom: readonly number[]; kolom: readonly KolomAngka[] },
  rows: readonly number[],
  namaCol: number | undefined,
): TingkatTetap | null {
  if (namaCol !== undefined) {
    // Its own column(s), or glued before the name ("3.27.01.2.01 Perencanaan …", an LRA's "Kode Rekening / Uraian").
    // Glued, only a kode of a program or deeper counts: "1.1 Persentase …" numbers an indicator.
    const menempel = k.kodeKolom.length === 0;
    const dariKode = new Map<number, PutusanTingkat>();
    let dalam = 0;
    for (const r of rows) {
      const kb = kodeBaris(grid, r, k.kodeKolom, namaCol);
      const kode = kb.tingkat && ((kb.kode ?? "").includes(".") || kb.tingkat === "urusan") ? kb.tingkat : undefined;
      const p = tingkatBaris({ kode });
      if (p) dariKode.set(r, p);
      if (p && (kb.kode ?? "").split(".").length >= 3) dalam++;
    }
    // Glued, the kode must name (nearly) every row: a list where some names carry one and others none (an RFK's
    // sub kegiatan typed either way) is flat, not a tree whose unnamed rows would be its top.
    const bernama = rows.filter((r) => {
      const t = text(cell(grid, r, namaCol));
      return t !== "" && jenisBaris(t) === "item";
    }).length;
    const cukup = !menempel || (dalam >= 2 && dariKode.size >= 0.8 * bernama);
    if ([...dariKode.values()].filter((p) => p.tingkat !== "urusan").length >= 2 && cukup)
      return { putusan: dariKode, kode: true };
  }
  if (namaCol === undefined) return null;
  const nama = rows.map((r) => text(cell(grid, r, namaCol)));
  // The cells of each column left of the name: a No column numbering 1 / 1.1 / 1.1.1, or counting 1, 2, 3.
  const kolomKiri = Array.from({ length: namaCol }, (_, c) => rows.map((r) => cell(grid, r, c)));
  const nomor = kolomKiri.map((kol) => tingkatNomor(kol)).find((t) => t.some((x) => x !== undefined));
  const indentasi = tingkatIndentasi(
    rows.map((r, i) => ({ nama: nama[i], lekuk: lekukan(grid, r, namaCol) })),
    kolomKiri,
  );
  // A row whose sum formula adds rows below it (in any number column): one level above them.
  const indeks = new Map(rows.map((r, i) => [r, i]));
  const anak = rows.map((r, i) =>
    // A total row ("JUMLAH" over everything) names no level.
    jenisBaris(nama[i]) !== "item" || nama[i] === ""
      ? undefined
      : k.kolom
          .map((kol) => barisDijumlah(grid.formulas?.[r]?.[kol.col], kol.col)?.filter((x) => x > r && indeks.has(x)))
          .find((xs) => xs !== undefined && xs.length > 0)
          ?.map((x) => indeks.get(x)!),
  );
  const putusanDi = (i: number, dilihat: Set<number>): PutusanTingkat | undefined => {
    const kids = anak[i] && !dilihat.has(i) ? anak[i] : undefined;
    dilihat.add(i);
    return tingkatBaris({
      nomor: nomor?.[i],
      nama: nama[i],
      anak: kids?.map((j) => putusanDi(j, dilihat)?.tingkat),
      indentasi: indentasi?.[i],
    });
  };
  const putusan = new Map<number, PutusanTingkat>();
  rows.forEach((r, i) => {
    const p = putusanDi(i, new Set());
    if (p) putusan.set(r, p);
  });
  // Label words alone are read row by row with the rows' order (`bacaBaris`).
  if (![...putusan.values()].some((p) => p.dasar !== "label")) return null;
  return { putusan, kode: false };
}

/** The level a name's label words state (`tingkatBaris`), on the scale of `URUT` (program 1 … sub kegiatan 3). */
function urutLabel(nama: string): number | null {
  const n = URUT.indexOf(tingkatBaris({ nama })?.tingkat ?? "organisasi");
  return n > 0 ? n : null;
}

/** Decimals as written: counted in the text, or from the number format of a typed number. */
function desimalDari(v: unknown, fmt: string, style: Ambigu, nilai: number): number {
  if (typeof v === "string") {
    const s = v.replace(/[^\d.,]/g, "");
    const sep = style === "id" ? "," : ".";
    const other = style === "id" ? "." : ",";
    const i = s.lastIndexOf(sep);
    // A lone "." in an Indonesian column with 1–2 digits after it is a decimal point typed the English way.
    if (i < 0) {
      const j = s.lastIndexOf(other);
      return j >= 0 && s.length - j - 1 !== 3 && s.indexOf(other) === j ? s.length - j - 1 : 0;
    }
    return s.length - i - 1;
  }
  const section = fmt.split(";")[0].replace(/"[^"]*"/g, "");
  let sendiri = 10;
  for (let d = 0; d <= 10; d++)
    if (Math.abs(Math.round(nilai * 10 ** d) / 10 ** d - nilai) < EPS * Math.max(1, Math.abs(nilai))) {
      sendiri = d;
      break;
    }
  if (section === "" || /general/i.test(section)) return sendiri;
  // "0.00" always shows two decimals; "#,##0.##" shows up to two.
  const m = /\.([0#]+)/.exec(section);
  if (!m) return 0;
  const wajib = /^0*/.exec(m[1])![0].length;
  return Math.max(wajib, Math.min(m[1].length, sendiri));
}

function bacaBaris(
  grid: Grid,
  k: Kepala,
  r: number,
  diag: DaftarTemuan,
  styles: Map<number, Ambigu>,
  belumDihitung: { kosong: number; berisi: number },
  carry: {
    sasaran: string | null;
    tingkat: number | null;
    hierarki: boolean;
    tingkatTetap: TingkatTetap | null;
    tersembunyi: ReadonlySet<number>;
    /** The level of the row above, when guessed from the rows' order. */
    sebelum?: number | null;
  },
): BarisTabel | undefined {
  const t = (c: number | undefined) => (c === undefined ? null : text(cell(grid, r, c)) || null);
  const uraian = t(k.teks.uraian);
  const indikator = t(k.teks.indikator) ?? k.indikatorLain.map(t).find((x) => x !== null) ?? null;
  const sasaranCell = t(k.teks.sasaran);
  if (sasaranCell) carry.sasaran = sasaranCell;
  const nama =
    uraian ?? indikator ?? (k.teks.uraian === undefined && k.teks.indikator === undefined ? sasaranCell : null);
  // "JUMLAH" may stand in any column, the No column included.
  const label =
    nama ??
    sasaranCell ??
    (grid.values[r] ?? []).map((v) => (typeof v === "string" ? text(v) : "")).find((x) => x !== "") ??
    "";
  const jenis = jenisBaris(label, {
    satuan: t(k.teks.satuan),
    rumus: k.kolom.map((kol) => grid.formulas?.[r]?.[kol.col] ?? "").filter((f) => f !== ""),
  });
  const angka: AngkaTertulis[] = [];
  const ctx = { grid, diag };
  for (const kol of k.kolom) {
    const v = cell(grid, r, kol.col);
    // Blank, a dash, words without a digit ("belum tercapai" in a summary row) or a range target ("2 - 4"): no
    // single figure stated.
    if (
      isBlank(v) ||
      (typeof v === "string" && (!/\d/.test(v) || /^\s*[\d.,]+\s*%?\s*[-–—]\s*[\d.,]+\s*%?\s*$/.test(v)))
    ) {
      if (isBlank(v) && grid.formulas?.[r]?.[kol.col]) belumDihitung.kosong++;
      continue;
    }
    const style = styles.get(kol.col) ?? "id";
    const a = readAngka(ctx, r, kol.col, kol.label.toLowerCase(), style);
    if (a.status !== "ok" || a.value === null) continue;
    const nilai = a.percent ? Number((a.value * 100).toPrecision(15)) : a.value;
    const fmt = numberFormat(grid, r, kol.col) ?? "";
    const desimal = desimalDari(v, fmt, style, nilai);
    if (grid.formulas?.[r]?.[kol.col]) belumDihitung.berisi++;
    angka.push({ nilai, desimal, persen: a.percent, sheet: grid.name, row: r, col: kol.col });
  }
  const ket = k.teks.keterangan !== undefined ? t(k.teks.keterangan) : null;
  const pred = k.teks.predikat !== undefined ? t(k.teks.predikat) : null;
  if (!nama && !sasaranCell && angka.length === 0) return undefined;
  let tingkat: Tingkat | null = null;
  let dasar: DasarLevel = "posisi";
  let ditebak = false;
  const tetap = nama && jenis === "item" ? carry.tingkatTetap?.putusan.get(r) : undefined;
  if (tetap) {
    tingkat = tetap.tingkat;
    dasar = tetap.dasar;
    // Rows the rule leaves open (no number, label word or indentation) follow the rows it decides.
    const n = URUT.indexOf(tingkat);
    if (n >= 0 && n < 3) carry.tingkat = n;
    if (n >= 0) carry.sebelum = n;
  } else if (carry.tingkatTetap?.kode) {
    // Rule KODE_SAJA: a row without kode in a table whose levels are its kode's has none.
  } else if (carry.hierarki && nama && jenis === "item") {
    const label = urutLabel(nama);
    if (label !== null) dasar = "label";
    // Unnamed levels follow the row above: the agency row first, then one level down; sub kegiatan are leaves.
    const n = label ?? (carry.tingkat === null ? 0 : Math.min(carry.tingkat + 1, 3));
    // An unnamed row after a leaf is taken for another leaf: a guess (it may be the next kegiatan).
    ditebak = label === null && n === 3 && carry.sebelum === 3;
    if (n < 3) carry.tingkat = n;
    carry.sebelum = n;
    tingkat = URUT[n];
  }
  // A kode split over columns is read whole by the table layer; a unit's items keep its organisasi kode in front
  // (two units both have a program 1.02.01).
  const namaCol = k.teks.uraian ?? k.teks.indikator;
  const kb = k.kodeKolom.length > 1 && namaCol !== undefined ? kodeBaris(grid, r, k.kodeKolom, namaCol) : undefined;
  const kodeKolom = kb
    ? kb.kode && kb.organisasi && kb.tingkat !== "organisasi"
      ? `${kb.organisasi}.${kb.kode}`
      : kb.kode
    : k.kodeKolom
        .map(t)
        .filter((x) => x !== null)
        .join(".") || null;
  const kodeTeks = kodeKolom ?? (nama ? (/^(\d+(?:\.[\dA-Za-z]+)+)\s/.exec(nama)?.[1] ?? null) : null);
  return {
    row: r,
    jenis,
    // One segment ("1", an urusan, or a row number) names no single item.
    kode: kodeTeks && /^\d+(\.[\dA-Za-z]+)+$/.test(kodeTeks.replace(/\s+/g, "")) ? kodeTeks.replace(/\s+/g, "") : null,
    tersembunyi: carry.tersembunyi.has(r),
    tingkatDitebak: ditebak,
    nama: nama ?? (jenis === "item" ? null : label),
    indikator: uraian ? indikator : null,
    sasaran: carry.sasaran,
    satuan: t(k.teks.satuan),
    polaritas: t(k.teks.polaritas),
    tingkat,
    dasarTingkat: tingkat === null ? null : dasar,
    angka,
    keterangan: ket ? { teks: ket, col: k.teks.keterangan! } : null,
    predikat: pred ? { teks: pred, col: k.teks.predikat! } : null,
  };
}

/** Most non-blank cells hold words (three letters or more in a row): a text column. */
function kolomKata(grid: Grid, rows: readonly number[], col: number): boolean {
  const s = sifatNilai(grid, rows, col);
  return s.terisi > 0 && s.kata * 2 > s.terisi;
}

/** Most non-blank cells are written as a percentage ("85%", a %-formatted number). */
function kolomPersen(grid: Grid, rows: readonly number[], col: number): boolean {
  const s = sifatNilai(grid, rows, col);
  return s.terisi > 0 && s.persen * 2 > s.terisi;
}

/** Every figure of the column is a ratio's size (0–1000 percentage points; a share of 0–1 as written with "%"). */
function nilaiRasio(baris: readonly BarisTabel[], col: number): boolean {
  const xs = baris.flatMap((b) => b.angka.filter((a) => a.col === col).map((a) => a.nilai));
  return xs.length > 0 && xs.every((x) => Math.abs(x) <= 1000);
}

/**
 * A column's meaning from its values, as the reader's evidence (bukti.ts) reads them: a column of percentages (written
 * with "%", or under a "%" label with figures of a ratio's size) is never an amount. An amount's label over it
 * ("Realisasi" merged over Rp and %, "% REALISASI" before the pagu) makes it a serapan to be proven by the
 * arithmetic (realisasi ÷ pagu of its own row, `buktiTurunan`); a sisa in % is an efisiensi; a pagu in % is a share
 * of the total. A realisasi of an indicator in % stays one where the table has a target. `uji`: columns whose new
 * meaning stands only if the arithmetic proves it; otherwise they state nothing the audit checks.
 */
function artiNilai(
  grid: Grid,
  rows: readonly number[],
  kolom: readonly KolomAngka[],
  baris: readonly BarisTabel[],
): { kolom: KolomAngka[]; uji: Set<number> } {
  const uji = new Set<number>();
  const anggaran = kolom.some((c) => c.isian === "pagu" || c.isian === "realisasi_anggaran");
  const target = kolom.some((c) => c.isian === "target");
  const out: KolomAngka[] = [];
  for (const kol of kolom) {
    const persen = kolomPersen(grid, rows, kol.col) || (PERSEN.test(kol.label) && nilaiRasio(baris, kol.col));
    if (persen && kol.isian === "sisa") out.push({ ...kol, isian: "efisiensi" });
    else if (persen && kol.isian === "pagu") continue;
    else if (
      persen &&
      (kol.isian === "realisasi_anggaran" ||
        (anggaran && !target && (kol.isian === "realisasi" || kol.isian === "realisasi_sd")))
    ) {
      uji.add(kol.col);
      out.push({ ...kol, isian: "serapan" });
    } else out.push(kol);
  }
  return { kolom: out, uji };
}

const RUMUS_TURUNAN: Partial<Record<Isian, (pagu: number, realisasi: number) => number>> = {
  serapan: (p, r) => (r / p) * 100,
  sisa: (p, r) => p - r,
  efisiensi: (p, r) => ((p - r) / p) * 100,
};

/**
 * Serapan, sisa and efisiensi columns whose figures are not what their header takes them for: a column is kept only
 * when at least half of the rows that state it with a pagu and a realisasi agree with realisasi/pagu (p − r, …) of
 * their own row, and of two columns claiming the same figure ("Realisasi %" and a weighted "Realisasi %" beside it)
 * only the one that agrees best. The rows that disagree in a kept column are the audit's findings; a column that
 * mostly disagrees is some other figure (a share, a deviation) and says nothing. `dasar`: the pagu and realisasi
 * columns the kept figures agree with, when a year has several ("Laporan RFK | LRA SIPKD").
 */
function buktiTurunan(
  kolom: readonly KolomAngka[],
  baris: readonly BarisTabel[],
): { bukan: Set<number>; dasar: Set<number>; terbukti: Set<number> } {
  const bukan = new Set<number>();
  const dasar = new Set<number>();
  const terbukti = new Set<number>();
  const nilai = baris.map((b) => new Map(b.angka.map((a) => [a.col, a] as const)));
  const uji = (c: KolomAngka, f: (p: number, r: number) => number) => {
    let best = { cocok: 0, diuji: 0, p: -1, r: -1 };
    for (const p of kolom.filter((x) => x.isian === "pagu" && x.tahun === c.tahun))
      for (const r of kolom.filter((x) => x.isian === "realisasi_anggaran" && x.tahun === c.tahun)) {
        let n = 0;
        let diuji = 0;
        for (const m of nilai) {
          const [a, pa, ra] = [m.get(c.col), m.get(p.col), m.get(r.col)];
          if (!a || !pa || !ra || pa.nilai === 0) continue;
          diuji++;
          const exact = f(pa.nilai, ra.nilai);
          if (cocok(a, exact) || terpotong(a, exact)) n++;
        }
        if (n > best.cocok || (n === best.cocok && diuji > best.diuji)) best = { cocok: n, diuji, p: p.col, r: r.col };
      }
    return { c, ...best };
  };
  for (const [isian, f] of Object.entries(RUMUS_TURUNAN) as [Isian, (p: number, r: number) => number][])
    for (const tahun of new Set(kolom.filter((c) => c.isian === isian).map((c) => c.tahun))) {
      // Nothing to test a column against: nothing will be checked either.
      const teruji = kolom
        .filter((c) => c.isian === isian && c.tahun === tahun)
        .map((c) => uji(c, f))
        .filter((s) => s.diuji > 0);
      const terbaik = teruji
        .filter((s) => s.cocok > 0 && s.cocok * 2 >= s.diuji)
        .reduce<(typeof teruji)[number] | undefined>((b, s) => (!b || s.cocok > b.cocok ? s : b), undefined);
      for (const s of teruji) if (s !== terbaik) bukan.add(s.c.col);
      if (terbaik) terbukti.add(terbaik.c.col);
      const lebihDariSatu = (isianDasar: Isian) =>
        kolom.filter((x) => x.isian === isianDasar && x.tahun === tahun).length > 1;
      if (terbaik && lebihDariSatu("pagu")) dasar.add(terbaik.p);
      if (terbaik && lebihDariSatu("realisasi_anggaran")) dasar.add(terbaik.r);
    }
  return { bukan, dasar, terbukti };
}

/**
 * A capaian column whose header does not say "capaian" (a bare "%" or "Persen" under the indicator's figures) is a
 * guess: kept only when at least half of its rows with a target and a realisasi agree with realisasi ÷ target (or a
 * negative indicator's 2 − r/t, t/r) of their own row. Otherwise it is some other percentage (a weight, a share) and
 * its rows are no findings. Returns the columns to drop.
 */
function capaianDitebak(kolom: readonly KolomAngka[], baris: readonly BarisTabel[]): Set<number> {
  const bukan = new Set<number>();
  for (const c of kolom) {
    if (c.isian !== "capaian" || /capaian/i.test(c.label)) continue;
    const tk = kolom.filter((x) => x.isian === "target" && x.tahun === c.tahun).map((x) => x.col);
    const rk = kolom.filter((x) => x.isian === "realisasi" && x.tahun === c.tahun).map((x) => x.col);
    let cocokN = 0;
    let diuji = 0;
    for (const b of baris) {
      const a = b.angka.find((x) => x.col === c.col);
      // The row's figure of each kind is its last column's (bacaBaris order).
      const t = b.angka.filter((x) => tk.includes(x.col)).at(-1);
      const r = b.angka.filter((x) => rk.includes(x.col)).at(-1);
      if (!a || !t || !r || t.nilai === 0) continue;
      diuji++;
      const q = r.nilai / t.nilai;
      const cara = [q * 100, (2 - q) * 100, ...(r.nilai !== 0 ? [(t.nilai / r.nilai) * 100] : [])];
      if (cara.some((x) => cocok(a, x) || terpotong(a, x))) cocokN++;
    }
    if (diuji > 0 && cocokN * 2 < diuji) bukan.add(c.col);
  }
  return bukan;
}

/** All report tables of a sheet, top to bottom. */
export function tabelLaporan(grid: Grid, diag: DaftarTemuan): TabelLaporan[] {
  const width = columnCount(grid);
  const height = rowCount(grid);
  const heads: Kepala[] = [];
  for (let r = 0; r < height; r++) {
    if (!candidateRow(grid, r)) continue;
    const k = kepalaDi(grid, r, width);
    if (!k) continue;
    heads.push(k);
    r = k.rows[k.rows.length - 1];
  }
  const belumDihitung = { kosong: 0, berisi: 0 };
  const barisTersembunyi = new Set(grid.hiddenRows ?? []);
  const tables = heads.map((k, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].rows[0] : height;
    // A title line of the next table ("Tabel 3.2 …") ends this one.
    const judulBerikut = (r: number, rows: readonly number[]) => {
      const filled = (grid.values[r] ?? []).filter((v) => !isBlank(v));
      return (
        filled.length === 1 &&
        typeof filled[0] === "string" &&
        rows.length > 0 &&
        i + 1 < heads.length &&
        heads[i + 1].rows[0] - r <= 3
      );
    };
    // A row of column numbers beside a side form ("1 2 3 4 | NAMA PROGRAM : …") is no data either.
    const namaKolom = k.teks.uraian ?? k.teks.indikator ?? k.teks.sasaran;
    const rows = dataRows(grid, k.rows[k.rows.length - 1], end, width, BLANK_RUN_ENDS_TABLE, judulBerikut).filter(
      (r) => !barisNomorSamping(grid, r, namaKolom),
    );
    // A column whose cells are mostly words ("URAIAN BELANJA", a definition) states no figures, whatever its label.
    k.kolom = k.kolom.filter((kol) => !kolomKata(grid, rows, kol.col));
    const styles = new Map(k.kolom.map((kol) => [kol.col, columnStyle(grid, rows, kol.col)] as const));
    const namaCol = k.teks.uraian ?? k.teks.indikator;
    // Names prefixed "Sub Kegiatan" and nothing above them: one sub kegiatan per row, no hierarchy to infer.
    const awalan = new Set(
      namaCol === undefined ? [] : rows.map((r) => urutLabel(text(cell(grid, r, namaCol)))).filter((t) => t !== null),
    );
    const tingkatTetap = tingkatTabel(grid, k, rows, namaCol);
    // A table numbered or indented at several depths is a hierarchy too: rows the rule leaves open follow its rows.
    const hierarki = awalan.size > 1 || (awalan.size === 1 && !awalan.has(3)) || tingkatTetap?.kode === false;
    const carry = {
      sasaran: null as string | null,
      tingkat: null as number | null,
      hierarki,
      tingkatTetap,
      tersembunyi: barisTersembunyi,
    };
    let baris = rows
      .map((r) => bacaBaris(grid, k, r, diag, styles, belumDihitung, carry))
      .filter((b): b is BarisTabel => b !== undefined);
    // What the values say: "Efisiensi Anggaran" written as "15,87%" is a percentage, not rupiah; "% REALISASI" is
    // a serapan where the arithmetic proves it, else nothing the audit checks.
    const arti = artiNilai(grid, rows, k.kolom, baris);
    k.kolom = arti.kolom;
    const { bukan, dasar, terbukti } = buktiTurunan(k.kolom, baris);
    for (const col of arti.uji) if (!terbukti.has(col)) bukan.add(col);
    for (const col of capaianDitebak(k.kolom, baris)) bukan.add(col);
    // The verified pagu and realisasi come last: a row's figure of each kind is its last column's.
    const urut = (col: number) => (dasar.has(col) ? 1 : 0);
    k.kolom = k.kolom.filter((c) => !bukan.has(c.col)).sort((x, y) => urut(x.col) - urut(y.col));
    const ada = new Set(k.kolom.map((c) => c.col));
    baris = baris.map((b) => ({
      ...b,
      angka: b.angka.filter((a) => ada.has(a.col)).sort((x, y) => urut(x.col) - urut(y.col)),
    }));
    const atas = i > 0 ? heads[i - 1].rows[heads[i - 1].rows.length - 1] + 1 : 0;
    const judulBaris = Array.from({ length: Math.max(0, k.rows[0] - atas) }, (_, j) =>
      (grid.values[atas + j] ?? [])
        .filter((v): v is string => typeof v === "string")
        .map(text)
        .join(" ")
        .trim(),
    ).filter((t) => t !== "");
    const anakRumus = new Set<number>();
    const barisItem = new Set(baris.filter((b) => b.jenis === "item").map((b) => b.row));
    const rumusJumlah = new Set<string>();
    for (const r of barisItem)
      for (const kol of k.kolom) {
        const dijumlah = barisDijumlah(grid.formulas?.[r]?.[kol.col], kol.col);
        if (dijumlah) rumusJumlah.add(`${r}:${kol.col}`);
        for (const x of dijumlah ?? []) if (x !== r && barisItem.has(x)) anakRumus.add(x);
      }
    return {
      sheet: grid.name,
      judul: judulDi(grid, k.rows[0]),
      anakRumus,
      rumusJumlah,
      judulBaris,
      headerRows: k.rows,
      kolom: k.kolom,
      teks: k.teks,
      baris,
    };
  });
  // A file never opened in a spreadsheet program has formulas without results: none of them has a value.
  if (belumDihitung.kosong > 0 && belumDihitung.berisi === 0)
    diag.warning(
      "RUMUS_BELUM_DIHITUNG",
      {
        id: `${belumDihitung.kosong} sel rumus di lembar ini belum punya nilai hasil hitung (berkas belum pernah dibuka dan disimpan di Excel); sel itu tidak diperiksa. Buka dan simpan berkasnya di Excel atau LibreOffice, lalu periksa lagi.`,
        en: `${belumDihitung.kosong} formula cells in this sheet have no computed value yet (the file was never opened and saved in Excel); they are not checked. Open and save the file in Excel or LibreOffice, then check again.`,
      },
      { sheet: grid.name },
    );
  return tables;
}
