/**
 * The one place that turns Excel arguments into core calls (after HyperFormula's runFunction): every custom function
 * declares how each argument is coerced and gets plain scalars. This module handles cells vs ranges (1×1 arguments
 * broadcast, equal-sized ranges go element by element, anything else is #VALUE!), blanks, Indonesian number text,
 * error values arriving in cells, and turns core errors into CustomFunctions.Error.
 */
import { Bahasa, bahasaDari, pesan } from "../core/bahasa";
import { Hasil, SakipError, isSakipError, sakipError } from "../core/errors";
import { parseAngka } from "../core/numbers";

export type Matrix = unknown[][];
/** Coerces one cell of an argument. */
export type Coercer<T> = (cell: unknown) => Hasil<T>;

/** A number or blank (null). */
export const angka: Coercer<number | null> = (cell) => parseAngka(cell);

interface ExcelErrorLike {
  code: string;
  message?: string;
}

/** An error value that came in through a cell (Excel passes CustomFunctions.Error objects). */
function isExcelError(x: unknown): x is ExcelErrorLike {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as ExcelErrorLike).code === "string" &&
    (x as ExcelErrorLike).code.startsWith("#")
  );
}

function toMatrix(arg: unknown): Matrix {
  if (arg === null || arg === undefined) return [[null]];
  if (Array.isArray(arg)) return Array.isArray(arg[0]) ? (arg as Matrix) : [arg];
  return [[arg]];
}

const ERROR_CODES: Record<string, CustomFunctions.ErrorCode> = {
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode,
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode,
};

/** Excel's display language, where the runtime shares Office.js with the pane; Indonesian otherwise. */
function bahasaExcel(): Bahasa {
  return bahasaDari(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/** Core error → Excel error, its message in Excel's language. Excel shows custom messages only for #VALUE! and #N/A. */
export function toExcelError(e: SakipError): CustomFunctions.Error {
  const code = ERROR_CODES[e.code];
  const withMessage = e.code === "#VALUE!" || e.code === "#N/A";
  return withMessage
    ? new CustomFunctions.Error(code, pesan(e, bahasaExcel()).slice(0, 255))
    : new CustomFunctions.Error(code);
}

function toCell(value: Hasil<unknown>): unknown {
  if (isSakipError(value)) return toExcelError(value);
  if (value === null || value === undefined)
    return toExcelError(sakipError("#N/A", { id: "Sel kosong: belum ada nilai.", en: "Blank cell: no value yet." }));
  return value;
}

type Coerced<C> = { [K in keyof C]: C[K] extends Coercer<infer T> ? T : never };

/**
 * Element-wise function over cells and ranges. `body` receives coerced scalars and returns a core result.
 * Shapes: every argument that is not 1×1 must have the same rows × columns; that shape is the spilled result.
 */
export function elementwise<C extends readonly Coercer<unknown>[]>(
  coercers: C,
  body: (...args: Coerced<C>) => Hasil<unknown>,
): (...args: unknown[]) => Matrix {
  const run = body as (...a: unknown[]) => Hasil<unknown>;
  return (...args: unknown[]) => {
    const matrices = coercers.map((_, i) => toMatrix(args[i]));
    const shape = commonShape(matrices);
    if (isSakipError(shape)) return [[toExcelError(shape)]];
    const [rows, cols] = shape;
    // A 1×1 argument is coerced once and broadcast; the others are coerced cell by cell.
    const n = coercers.length;
    const broadcast: boolean[] = matrices.map((m) => m.length === 1 && m[0].length === 1);
    const fixed: unknown[] = matrices.map((m, i) => (broadcast[i] ? coerce(coercers[i], m[0][0]) : undefined));
    const scalars: unknown[] = new Array(n);
    const out: Matrix = new Array<unknown[]>(rows);
    for (let r = 0; r < rows; r++) {
      const row: unknown[] = new Array(cols);
      cells: for (let c = 0; c < cols; c++) {
        for (let i = 0; i < n; i++) {
          const v = broadcast[i] ? fixed[i] : coerce(coercers[i], matrices[i][r][c]);
          if (v instanceof Failed) {
            row[c] = v.cell;
            continue cells;
          }
          scalars[i] = v;
        }
        row[c] = toCell(run(...scalars));
      }
      out[r] = row;
    }
    return out;
  };
}

/** A coercion that already produced the cell's error value. */
class Failed {
  constructor(readonly cell: unknown) {}
}

function coerce(coercer: Coercer<unknown>, raw: unknown): unknown {
  if (isExcelError(raw)) return new Failed(raw);
  const v = coercer(raw);
  return isSakipError(v) ? new Failed(toExcelError(v)) : v;
}

function commonShape(matrices: Matrix[]): Hasil<[number, number]> {
  let shape: [number, number] = [1, 1];
  for (const m of matrices) {
    const rows = m.length;
    const cols = rows > 0 ? m[0].length : 0;
    if (rows === 1 && cols === 1) continue;
    if (shape[0] === 1 && shape[1] === 1) shape = [rows, cols];
    else if (shape[0] !== rows || shape[1] !== cols) {
      return sakipError("#VALUE!", {
        id: `Ukuran rentang tidak sama: ${shape[0]}×${shape[1]} dan ${rows}×${cols}.`,
        en: `Ranges differ in size: ${shape[0]}×${shape[1]} and ${rows}×${cols}.`,
      });
    }
  }
  return shape;
}

/** All cells of a range, row by row, coerced; an error cell stays an error so aggregates can report it. */
export function flatten<T>(arg: unknown, coercer: Coercer<T>): (T | SakipError)[] {
  const out: (T | SakipError)[] = [];
  for (const row of toMatrix(arg)) {
    for (const raw of row) {
      out.push(
        isExcelError(raw)
          ? sakipError(
              coercible(raw.code),
              raw.message ?? { id: `Sel berisi ${raw.code}.`, en: `The cell holds ${raw.code}.` },
            )
          : coercer(raw),
      );
    }
  }
  return out;
}

function coercible(code: string): SakipError["code"] {
  return code in ERROR_CODES ? (code as SakipError["code"]) : "#VALUE!";
}

/** An aggregate over whole ranges (one result cell). */
export function aggregate(body: () => Hasil<unknown>): Matrix {
  return [[toCell(body())]];
}

/** Each row of a range, coerced, for row-wise functions (e.g. quarterly values → one value per indicator). */
export function rowwise<T>(
  arg: unknown,
  coercer: Coercer<T>,
  body: (row: (T | SakipError)[]) => Hasil<unknown>,
): Matrix {
  return toMatrix(arg).map((row) => [toCell(body(flatten([row], coercer)))]);
}

export function shapeOf(arg: unknown): [number, number] {
  const m = toMatrix(arg);
  return [m.length, m.length ? m[0].length : 0];
}
