/**
 * A sheet as any host reads it: 2-D cell values with their A1 addresses, plus what the host can tell about
 * formulas, number formats, merged areas and hidden rows/columns. Rows and columns are 0-based in code and
 * printed 1-based ("B5") in messages.
 */
export interface ErrorCell {
  /** An Excel error value as shown in the cell: "#N/A", "#DIV/0!", … */
  readonly error: string;
}

export type CellValue = string | number | boolean | null | ErrorCell;

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly name: string;
  /** values[r][c] is the cell at row r, column c (A1 = [0][0]). Rows may be ragged; missing cells are blank. */
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly merges?: readonly Area[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  /** indents[r][c]: a cell's indent level (Excel's alignment indent), where the host reads it. */
  readonly indents?: readonly (readonly (number | null)[])[];
  /** The sheet is hidden (or very hidden) in its workbook, where the host tells. */
  readonly tersembunyi?: boolean;
  /** Sources of the sheet's list validations (dropdowns) as written: "Daftar!$A$2:$A$226", a name. */
  readonly sumberDaftar?: readonly string[];
}

export function isErrorCell(v: unknown): v is ErrorCell {
  return typeof v === "object" && v !== null && typeof (v as ErrorCell).error === "string";
}

export function columnLetter(col: number): string {
  const ada = HURUF_KOLOM[col];
  if (ada !== undefined) return ada;
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (col >= 0 && col < 1024 && Number.isInteger(col)) HURUF_KOLOM[col] = s;
  return s;
}
/** Column names already made (a report names the same few columns a million times). */
const HURUF_KOLOM: string[] = [];

/** "AB" → 27 (0-based); undefined when not a column name. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "A1:C3" → Area (0-based). */
export function parseArea(ref: string): Area | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = columnIndex(m[1])!;
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3])! : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** 'Sheet name'!B5, quoted the way Excel quotes it. */
export function cellRef(sheet: string, row: number, col: number): string {
  return rujukanSel(sheet, a1(row, col));
}

/**
 * A place as every message, line and sheet writes it: 'PK 2023'!C19, Realisasi!B5, 'Cetak'… quoted the way Excel
 * quotes it (quoteSheet); a range ("K13:K46") alike; the sheet's name alone when there is no cell.
 */
export function rujukanSel(sheet: string, cell?: string): string {
  return cell ? `${quoteSheet(sheet)}!${cell}` : sheet;
}

/**
 * A sheet name as a formula writes it, Excel's rule: quoted unless it is letters, digits, "_" and "." only, starts
 * with a letter or "_", and could not be read as something else — a cell (TW4, PK2023, DPA2023), an R1C1
 * reference (R1C1, R2, C, RC3) or a boolean (TRUE, FALSE). Quoting is always safe, so when in doubt it quotes.
 */
export function quoteSheet(sheet: string): string {
  const ada = KUTIPAN.get(sheet);
  if (ada !== undefined) return ada;
  const polos =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+/.test(sheet) &&
    !/^[Rr]\d*([Cc]\d*)?$/.test(sheet) &&
    !/^[Cc]\d*$/.test(sheet) &&
    !/^(true|false)$/i.test(sheet);
  const q = polos ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  if (KUTIPAN.size < 1000) KUTIPAN.set(sheet, q);
  return q;
}
/** Sheet names already quoted: a report's formulas name the same few sheets hundreds of thousands of times. */
const KUTIPAN = new Map<string, string>();

export function cell(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/**
 * How far a name is indented, in spaces: typed spaces (a tab as four) plus four per indent level of the cell's
 * format. A budget tree without kode rekening shows its levels this way, whichever way it was indented.
 */
export function lekukan(grid: Grid, row: number, col: number): number {
  const v = cell(grid, row, col);
  const spasi = typeof v === "string" && /^\s/.test(v) ? /^\s*/.exec(v.replace(/\t/g, "    "))![0].length : 0;
  return spasi + 4 * (grid.indents?.[row]?.[col] ?? 0);
}

export function numberFormat(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row]?.[col] ?? null;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

/**
 * The columns of row r that hold a cell (not null), left to right; worked out once per row. A row with a value at
 * XFD is 16,384 wide: a scan that need not see blanks walks these instead (issue 21).
 */
export function kolomBerisi(grid: Grid, r: number): readonly number[] {
  const row = grid.values[r];
  if (!row) return [];
  let k = KOLOM_BERISI.get(row);
  if (!k) {
    k = [];
    for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) k.push(c);
    KOLOM_BERISI.set(row, k);
  }
  return k;
}
const KOLOM_BERISI = new WeakMap<readonly CellValue[], number[]>();

export function columnCount(grid: Grid): number {
  let n = 0;
  for (const row of grid.values) if (row.length > n) n = row.length;
  return n;
}

/** Text of a cell for matching headers and names: trimmed, inner whitespace collapsed; "" for blanks. */
export function text(v: CellValue): string {
  if (v === null) return "";
  if (isErrorCell(v)) return v.error;
  return String(v).replace(/\s+/g, " ").trim();
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}
