/**
 * Finds the tables in a sheet: header row(s) by content, columns by synonyms, the numbering row "(1) (2) (3)"
 * skipped, data rows until the next header or a run of blank rows. One sheet may hold several tables (the PK and
 * its program–budget table).
 */
import { CellValue, Grid, cell, columnCount, columnIndex, isBlank, kolomBerisi, rowCount, text } from "../grid";
import { isSakipError } from "../errors";
import { parseAngka } from "../numbers";
import { jalurBerisi } from "../tabel/kepala";

import { Field, KEYWORD, LALU, MAX_HEADER_LABEL, fieldOf, normalLabel, tahunTerakhir } from "./columns";
import { isBarisNomor, isBarisSatuan, isTandaTangan, perangkatDaerahDari } from "./judul";

const MAX_HEADER_WORDS = 6;
/** Text that could be a number: digits, separators, signs, "%" and a currency prefix only. */
const NUMBERISH = /^(rp\.?|idr)?[\s\d.,%()+\-\u2212]*$/i;

/** The text of a cell if it can be a header label: short text, not a number ("Rp 9.384.257.538" is data). */
function headerText(v: CellValue): string {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100) return String(v); // a year under a group
  if (typeof v !== "string") return "";
  const t = text(v);
  if (t === "" || t.length > MAX_HEADER_LABEL || t.split(" ").length > MAX_HEADER_WORDS) return "";
  if (!NUMBERISH.test(t)) return t; // cheap: most labels have letters other than "Rp"
  const n = parseAngka(t);
  return n !== null && !isSakipError(n) ? "" : t;
}

export type TableKind = "pk" | "realisasi" | "anggaran" | "pk_program";

export interface Table {
  readonly kind: TableKind;
  readonly sheet: string;
  /** 0-based header rows (one or two). */
  readonly headerRows: readonly number[];
  readonly columns: Partial<Record<Field, number>>;
  /** 0-based data rows, blank rows excluded. */
  readonly rows: readonly number[];
  /** Year-labelled target and realisasi columns ("Target 2022", "Kinerja 2022 Realisasi"), by year. */
  readonly tahunan: Readonly<Record<number, { target?: number; realisasi?: number }>>;
}

export interface TableOverride {
  /** 1-based header rows as the user sees them. */
  headerRows?: number[];
  /** Field → column letter. */
  columns?: Partial<Record<Field, string>>;
}

const BLANK_RUN_ENDS_TABLE = 3;

interface Header {
  rows: number[];
  columns: Partial<Record<Field, number>>;
  /** The header label of each mapped column. */
  labels: Partial<Record<Field, string>>;
  tahunan: Record<number, { target?: number; realisasi?: number }>;
}

/**
 * Header text of each column for a header spanning `rows`: its path (src/core/tabel/kepala.ts: merges, labels
 * carried over blanks) joined by `pisah` (" › " shows the path to a user). `teks` reads a header cell.
 */
export function headerLabels(
  grid: Grid,
  rows: readonly number[],
  width: number,
  teks: (v: CellValue) => string = headerText,
  pisah = " ",
): string[] {
  const labels = new Array<string>(width).fill("");
  for (const [c, p] of jalurBerisi(grid, rows, width, { teks })) labels[c] = p.join(pisah);
  return labels;
}

function matchHeader(grid: Grid, rows: number[], width: number): Header {
  const columns: Partial<Record<Field, number>> = {};
  const named: Partial<Record<Field, string>> = {};
  const tahunan: Header["tahunan"] = {};
  for (const [c, jalur] of jalurBerisi(grid, rows, width, { teks: headerText })) {
    const label = jalur.join(" ");
    if (label === "" || label.length > MAX_HEADER_LABEL * 2) continue;
    const field = fieldOf(label);
    const year = tahunTerakhir(label);
    if ((field === "target" || field === "realisasi") && year > 0) (tahunan[year] ??= {})[field] ??= c;
    // "Target 2023 | Target 2024": the latest year wins; the mapping can choose another column.
    if (field && (columns[field] === undefined || lebihTepat(field, label, named[field]!))) {
      columns[field] = c;
      named[field] = label;
    }
  }
  return { rows, columns, labels: named, tahunan };
}

/** To date beats this month alone: "Realisasi › s.d. Bulan Ini" over "Realisasi › Bulan Ini". */
const KUMULATIF = /\b(sd|sampai dengan|kumulatif|akumulasi)\b/;
const PERIODE_INI = /\b(bulan|triwulan|periode|minggu) ini\b/;
const SATU_PERIODE =
  /\b(bulan lalu|bulan|tw|triwulan|jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|des|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember)\b/;

/** Whether a later label names a field better than the one kept: a later year, or realisasi to date. */
function lebihTepat(field: Field, label: string, kept: string): boolean {
  if (tahunTerakhir(label) !== tahunTerakhir(kept)) return tahunTerakhir(label) > tahunTerakhir(kept);
  // This year's figure beats an earlier period's ("Realisasi s.d. Tahun Lalu"), kept only when there is no other.
  if (LALU.test(normalLabel(kept)) !== LALU.test(normalLabel(label))) return LALU.test(normalLabel(kept));
  if (field !== "realisasi" && field !== "realisasi_anggaran") return false;
  const [baru, lama] = [normalLabel(label), normalLabel(kept)];
  // To date beats a period's own figure: this month, last month, a month or a quarter.
  return KUMULATIF.test(baru) && !KUMULATIF.test(lama) && (PERIODE_INI.test(lama) || SATU_PERIODE.test(lama));
}

function kindOf(columns: Partial<Record<Field, number>>): TableKind | undefined {
  const has = (f: Field) => columns[f] !== undefined;
  // A budget table's lone "Realisasi" (no indicator or target beside it) is the budget's realisasi.
  if (has("pagu") && has("realisasi") && !has("realisasi_anggaran") && !has("target") && !has("indikator")) {
    columns.realisasi_anggaran = columns.realisasi;
    delete columns.realisasi;
  }
  const anyTw = has("tw1") || has("tw2") || has("tw3") || has("tw4");
  if (has("pagu") && (has("uraian") || has("kode"))) {
    if (!has("realisasi_anggaran") && !has("kode") && !has("indikator")) return "pk_program";
    return "anggaran";
  }
  if (has("indikator") && (has("realisasi") || anyTw)) return "realisasi";
  if (has("indikator") && has("target")) return "pk";
  return undefined;
}

export function isNumberingRow(grid: Grid, r: number, width: number): boolean {
  if (isBarisNomor(grid, r)) return true;
  let seen = 0;
  for (let c = 0; c < width; c++) {
    const t = text(cell(grid, r, c));
    if (t === "") continue;
    if (!/^\(?\d{1,2}\)?$|^\(?\d{1,2}\)?\s*=\s*\(?\d{1,2}\)?\s*[-+x/:]\s*\(?\d{1,2}\)?$/.test(t)) return false;
    seen++;
  }
  return seen >= 2;
}

export function rowIsBlank(grid: Grid, r: number): boolean {
  const row = grid.values[r];
  return !row || row.every(isBlank);
}

/** Cheap test run on every row: a header row has at least two header-like cells with a keyword. */
export function candidateRow(grid: Grid, r: number): boolean {
  const row = grid.values[r];
  if (!row) return false;
  let hits = 0;
  for (const v of row) if (typeof v === "string" && KEYWORD.test(v) && headerText(v) !== "" && ++hits >= 2) return true;
  return false;
}

/** The second row of a two-row header may hold a single keyword ("Pagu" under "Anggaran"). */
function headerLikeRow(grid: Grid, r: number): boolean {
  const row = grid.values[r];
  return !!row && row.some((v) => typeof v === "string" && KEYWORD.test(v) && headerText(v) !== "");
}

/**
 * The walk over a header of one to `maks` rows starting at row r, shared by the reader and the audit: each further
 * row joins while `lanjut` says it is header text (not data); at each depth `baca` reads the header over the rows so
 * far and `pilih` keeps the better of it and the best so far, told whether the row just added is a units row (K,
 * Rp, %), which belongs to the header even when it names no column.
 */
export function kepalaBertingkat<K>(
  grid: Grid,
  r: number,
  opsi: {
    readonly lanjut: (r: number) => boolean;
    readonly baca: (rows: number[]) => K | undefined;
    readonly pilih: (k: K | undefined, best: K | undefined, satuan: boolean) => K | undefined;
    readonly maks?: number;
  },
): K | undefined {
  let best: K | undefined;
  const rows = [r];
  for (let n = 1; n <= (opsi.maks ?? 3); n++) {
    if (n > 1) {
      const next = r + n - 1;
      if (next >= rowCount(grid) || !opsi.lanjut(next)) break;
      rows.push(next);
    }
    best = opsi.pilih(opsi.baca([...rows]), best, n > 1 && isBarisSatuan(grid, rows[n - 1]));
  }
  return best;
}

/** The best header starting at row r (one to three rows, a units row included), or undefined. */
function headerAt(grid: Grid, r: number, width: number): (Header & { kind: TableKind }) | undefined {
  const score = (h: Header) => Object.keys(h.columns).length;
  const tahunan = (h: Header) => Object.keys(h.tahunan).length;
  return kepalaBertingkat<Header & { kind: TableKind }>(grid, r, {
    // A further row belongs to the header only if it is header text itself (not data).
    // Numbers right of the header's last label (a working total typed beside the table) do not make it data.
    lanjut: (next) =>
      barisTahun(grid, next) ||
      ((headerLikeRow(grid, next) || isBarisSatuan(grid, next) || dalamGabungan(grid, r, next)) &&
        !rowHasNumbers(grid, next, ujungJudul(grid, r))),
    baca: (rows) => {
      const h = matchHeader(grid, rows, width);
      const kind = kindOf(h.columns);
      return kind ? { ...h, kind } : undefined;
    },
    // At least two fields; a units row under the header is part of it even when it adds no field.
    // A row of years under "Realisasi" adds no field but names each column's year: part of it too.
    pilih: (h, best, satuan) =>
      h &&
      (score(h) > (best ? score(best) : 1) ||
        (best &&
          score(h) === score(best) &&
          (satuan || dalamGabungan(grid, r, h.rows[h.rows.length - 1]) || tahunan(h) > tahunan(best))))
        ? h
        : best,
  });
}

/**
 * Row `next` is inside the header that starts at row r: a cell merged down from the header's rows covers it ("No"
 * and "Uraian" merged over two rows, "Bulan Ini | s.d. Bulan Ini" under a merged "Realisasi"), whatever its words.
 */
function dalamGabungan(grid: Grid, r: number, next: number): boolean {
  return (grid.merges ?? []).some((m) => m.top >= r && m.top < next && m.bottom >= next);
}

/** A header row whose only numbers are years ("Realisasi" over 2021 | 2022 | 2023): header, not data. */
function barisTahun(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  const n = row.filter((v): v is number => typeof v === "number");
  // Consecutive years (steps of 1–5, rising), and no text but header words: never a data row of two figures.
  return (
    n.length >= 2 &&
    n.every(
      (v, i) => Number.isInteger(v) && v >= 1990 && v <= 2100 && (i === 0 || (v > n[i - 1] && v - n[i - 1] <= 5)),
    ) &&
    row.every((v) => typeof v !== "string" || v.trim() === "" || KEYWORD.test(v))
  );
}

/** Whether row r holds a number (in columns 0..sampai when given). */
export function rowHasNumbers(grid: Grid, r: number, sampai = Infinity): boolean {
  return (grid.values[r] ?? []).some((v, c) => c <= sampai && typeof v === "number");
}

/** The last column of a header row: its last label, or the right edge of a merge it starts. */
function ujungJudul(grid: Grid, r: number): number {
  let ujung = -1;
  for (const c of kolomBerisi(grid, r)) if (typeof cell(grid, r, c) === "string") ujung = Math.max(ujung, c);
  for (const m of grid.merges ?? [])
    if (m.top <= r && m.bottom >= r && m.left <= ujung) ujung = Math.max(ujung, m.right);
  return ujung;
}

/** All tables of a sheet, top to bottom. */
export function findTables(grid: Grid, override?: TableOverride): Table[] {
  const width = columnCount(grid);
  const height = rowCount(grid);
  const headers: (Header & { kind: TableKind })[] = [];
  if (override?.headerRows?.length) {
    const rows = override.headerRows.map((n) => n - 1);
    const h = matchHeader(grid, rows, width);
    applyColumnOverride(h, override);
    headers.push({ ...h, kind: kindOf(h.columns) ?? "anggaran" });
  } else {
    for (let r = 0; r < height; r++) {
      if (!candidateRow(grid, r) || isBarisSatuan(grid, r)) continue;
      const h = headerAt(grid, r, width);
      if (!h) continue;
      if (override) applyColumnOverride(h, override);
      headers.push(h);
      r = h.rows[h.rows.length - 1];
    }
  }
  return headers.map((h, i) => {
    const end = i + 1 < headers.length ? headers[i + 1].rows[0] : height;
    const rows = dataRows(grid, h.rows[h.rows.length - 1], end, width, BLANK_RUN_ENDS_TABLE);
    return { kind: h.kind, sheet: grid.name, headerRows: h.rows, columns: h.columns, rows, tahunan: h.tahunan };
  });
}

/**
 * A table's data rows: after the header's last row, the numbering row "(1) (2) (3)" skipped (and any row of
 * column numbers further down), blank rows left out,
 * until `end`, a run of `blankRun` blank rows, or a row `ends` says belongs to what follows.
 */
export function dataRows(
  grid: Grid,
  headerEnd: number,
  end: number,
  width: number,
  blankRun: number,
  ends?: (r: number, rows: readonly number[]) => boolean,
): number[] {
  const rows: number[] = [];
  let blanks = 0;
  let first = headerEnd + 1;
  while (
    first < end &&
    (isNumberingRow(grid, first, width) || isBarisSatuan(grid, first) || perangkatDaerahDari(grid, first) !== undefined)
  )
    first++;
  for (let r = first; r < end; r++) {
    if (rowIsBlank(grid, r)) {
      if (++blanks >= blankRun && rows.length > 0) break;
      continue;
    }
    if (ends?.(r, rows) || isTandaTangan(grid, r)) break;
    blanks = 0;
    // A row of column numbers is never data, wherever it stands (under a sub-header the header did not take).
    if (isBarisNomor(grid, r)) continue;
    rows.push(r);
  }
  return rows;
}

function applyColumnOverride(h: Header, override: TableOverride): void {
  for (const [field, letter] of Object.entries(override.columns ?? {})) {
    const col = letter ? columnIndex(letter) : undefined;
    if (col !== undefined) {
      h.columns[field as Field] = col;
      h.labels[field as Field] = `kolom ${letter.toUpperCase()}`;
    }
  }
}
