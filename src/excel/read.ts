/**
 * Office.js host, reading: every worksheet's used range (values and number formats) → Grids, in a bounded number
 * of syncs: one for the sheet names (unless known), one for the used-range extents, then the data in batches
 * whose size is measured, not assumed: the first batch reads each sheet's head within a pessimistic budget, and
 * every later batch is sized from the JSON bytes the sheet's cells really took, under the 5 MB payload limit of
 * Excel on the web. The read is bounded: no more than MAKS_KOLOM columns, and a sheet whose used range is larger
 * than BATAS_PENUH cells (one stray value at AZ100000 makes 5.2 million) is read block by block only while its
 * rows hold data: what lies past the table's end is not read, and said (Terpotong).
 */
import { CellValue, Grid, a1, columnLetter } from "../core/grid";
import { bytesJson } from "./write";

/** Request or response bytes a read batch may take: the limit is 5 MB, counted as JSON. */
export const BYTES_PER_SYNC = 4_000_000;
/** Bytes a cell is assumed to take (value and number format) before any of its sheet has been measured. */
export const BYTES_SEL_AWAL = 100;
/** Cells read from each sheet in the first batch, to measure it. */
export const SEL_CONTOH = 20_000;
/** A used range beyond this many cells is read only while its rows hold data. */
export const BATAS_PENUH = 1_000_000;
/** Columns read at most: no table of the domain is wider; a stray value further right is not read. */
export const MAKS_KOLOM = 256;

/** The prefix of the add-in's temporary sheets: never a user's input. */
export const SEMENTARA = "~sakip-";

/** A sheet whose used range runs past what was read: the read stopped at `sampai` (A1), the range ends at `ujung`. */
export interface Terpotong {
  readonly lembar: string;
  readonly sampai: string;
  readonly ujung: string;
}

/** A formula of a user's sheet that names another sheet (to bind it again after a rebuild). */
export interface RumusLembar {
  readonly lembar: string;
  readonly alamat: string;
  readonly rumus: string;
}

/** What a read learned besides the grids. */
export interface LaporanBaca {
  terpotong: Terpotong[];
  /** Filled when asked for (rumus: []): the sheets' formulas that name a sheet, up to MAKS_RUMUS cells a sheet. */
  rumus?: RumusLembar[];
  /** Sheets with more formula cells than MAKS_RUMUS: their formulas were not read (nor bound again after a rebuild). */
  rumusTakDibaca?: string[];
  syncs: number;
}

/** Formula cells of one sheet whose text is read to find the ones that name other sheets. */
export const MAKS_RUMUS = 20_000;

interface Sheet {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  rumus?: Excel.RangeAreas;
  /** Rows and columns to read, from the used range's top-left. */
  rows: number;
  cols: number;
  next: number;
  bytesSel?: number;
  values: CellValue[][];
  numberFormats: (string | null)[][];
  adaIsi: boolean;
  selesai: boolean;
}

/**
 * @param known sheet names already loaded by a previous sync (bacaKeadaan): saves the first sync.
 * @param laporan filled with what was cut and, when its `rumus` is an array, the formulas that name sheets.
 */
export async function readGrids(
  context: Excel.RequestContext,
  exclude: readonly string[] = [],
  known?: readonly string[],
  laporan: LaporanBaca = { terpotong: [], syncs: 0 },
): Promise<Grid[]> {
  const sync = async () => {
    laporan.syncs++;
    await context.sync();
  };
  const worksheets = context.workbook.worksheets;
  let names = known;
  if (!names) {
    worksheets.load("items/name");
    await sync();
    names = worksheets.items.map((ws) => ws.name);
  }
  const sheets: Sheet[] = names
    .filter((n) => !exclude.includes(n) && !n.startsWith(SEMENTARA))
    .map((name) => {
      const ws = worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      let rumus: Excel.RangeAreas | undefined;
      if (laporan.rumus) {
        rumus = ws.getRange().getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType);
        rumus.load("cellCount");
      }
      return {
        name,
        ws,
        used,
        rumus,
        rows: 0,
        cols: 0,
        next: 0,
        values: [],
        numberFormats: [],
        adaIsi: false,
        selesai: false,
      };
    });
  await sync();
  for (const s of sheets) {
    if (s.used.isNullObject) {
      s.selesai = true;
      continue;
    }
    s.rows = s.used.rowCount;
    s.cols = Math.min(s.used.columnCount, MAKS_KOLOM);
    s.values = Array.from({ length: s.used.rowIndex }, () => []);
    s.numberFormats = Array.from({ length: s.used.rowIndex }, () => []);
  }
  const rumusDimuat = sheets.filter((s) => s.rumus && !s.rumus.isNullObject && s.rumus.cellCount <= MAKS_RUMUS);
  if (laporan.rumus)
    laporan.rumusTakDibaca = sheets
      .filter((s) => s.rumus && !s.rumus.isNullObject && s.rumus.cellCount > MAKS_RUMUS)
      .map((s) => s.name);
  for (const s of rumusDimuat) s.rumus!.areas.load("items/address,items/formulas");

  // Batches: each sheet's next rows, as many as its measured bytes a cell allow within the batch's budget.
  let pertama = true;
  while (sheets.some((s) => !s.selesai)) {
    let budget = BYTES_PER_SYNC;
    const batch: { s: Sheet; range: Excel.Range; first: number; rows: number }[] = [];
    for (const s of sheets) {
      if (s.selesai || budget <= 0) continue;
      const perBaris = (s.bytesSel ?? BYTES_SEL_AWAL) * s.cols + 4;
      let rows = Math.floor(budget / perBaris);
      if (s.bytesSel === undefined) rows = Math.min(rows, Math.max(1, Math.floor(SEL_CONTOH / s.cols)));
      rows = Math.min(rows, s.rows - s.next);
      if (rows < 1) {
        if (batch.length > 0) continue;
        rows = 1;
      }
      const range = s.ws.getRangeByIndexes(s.used.rowIndex + s.next, s.used.columnIndex, rows, s.cols);
      range.load("values,numberFormat");
      batch.push({ s, range, first: s.next, rows });
      s.next += rows;
      budget -= rows * perBaris;
    }
    await sync();
    if (pertama) {
      laporan.rumus?.push(...rumusDari(rumusDimuat));
      pertama = false;
    }
    for (const { s, range, rows } of batch) {
      const values = range.values;
      const formats = range.numberFormat as string[][];
      // Measured: the JSON this block took, a quarter more for rows to come that may be wordier.
      const diukur = (bytesJson(values) + bytesJson(formats)) / (rows * s.cols);
      s.bytesSel = Math.max(s.bytesSel ?? 0, diukur * 1.25);
      const pad = new Array<null>(s.used.columnIndex).fill(null);
      let blokBerisi = false;
      values.forEach((row, r) => {
        const cells = row.map(toCellValue);
        if (cells.some((v) => v !== null)) blokBerisi = true;
        s.values.push([...pad, ...cells]);
        s.numberFormats.push([...pad, ...formats[r].map((f) => (f && f !== "General" ? f : null))]);
      });
      const besar = s.used.rowCount * Math.min(s.used.columnCount, MAKS_KOLOM) > BATAS_PENUH;
      // A large used range: a block without any value after the data is the table's end.
      if (besar && !blokBerisi && s.adaIsi) {
        while (s.values.length > 0 && s.values[s.values.length - 1].every((v) => v === null)) {
          s.values.pop();
          s.numberFormats.pop();
        }
        s.selesai = true;
      }
      s.adaIsi ||= blokBerisi;
      if (s.next >= s.rows) s.selesai = true;
      const ujungKolom = s.used.columnIndex + s.used.columnCount - 1;
      if (s.selesai && (s.next < s.rows || s.cols < s.used.columnCount))
        laporan.terpotong.push({
          lembar: s.name,
          sampai: a1(Math.max(s.used.rowIndex, s.values.length - 1), s.used.columnIndex + s.cols - 1),
          ujung: `${columnLetter(ujungKolom)}${s.used.rowIndex + s.used.rowCount}`,
        });
    }
  }
  return sheets.map((s) =>
    s.used.isNullObject
      ? { name: s.name, values: [] }
      : { name: s.name, values: s.values, numberFormats: s.numberFormats },
  );
}

/** The loaded formulas of each sheet that name a sheet (a "!" outside their strings). */
function rumusDari(sheets: readonly Sheet[]): RumusLembar[] {
  const out: RumusLembar[] = [];
  for (const s of sheets)
    for (const area of s.rumus!.areas.items) {
      const alamat = area.address.slice(area.address.lastIndexOf("!") + 1);
      const [kiri, atas] = awal(alamat);
      (area.formulas as unknown[][]).forEach((row, r) =>
        row.forEach((f, c) => {
          if (typeof f === "string" && f.startsWith("=") && f.replace(/"(?:[^"]|"")*"/g, "").includes("!"))
            out.push({ lembar: s.name, alamat: a1(atas + r, kiri + c), rumus: f });
        }),
      );
    }
  return out;
}

/** The top-left (column, row) of an A1 area, 0-based. */
function awal(alamat: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(alamat)!;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return [c - 1, Number(m[2]) - 1];
}

/** Office.js gives "" for blank cells and "#N/A"-style strings for errors. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (
    typeof v === "string" &&
    /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/.test(
      v,
    )
  ) {
    return { error: v };
  }
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null; // Office gives numbers, text and booleans only: nothing else reaches here
}
