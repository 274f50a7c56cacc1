/**
 * Reading cell values inside a table: numbers (typed or as Indonesian/English text), percentages, names. Every
 * problem becomes a diagnostic at the cell; nothing unreadable turns into 0.
 */
import { isSakipError, kutip } from "../errors";
import { Grid, cell, isErrorCell, numberFormat, text } from "../grid";
import { Ambigu, parseAngka } from "../numbers";
import type { SelRef } from "../model";
import { Diagnostics } from "./diagnostics";

export interface Angka {
  readonly value: number | null;
  /** Typed as a percentage ("21%" or a %-formatted cell): value is then a ratio (0,21). */
  readonly percent: boolean;
  /** blank: the cell is empty; bad: it held something unreadable (already diagnosed). */
  readonly status: "ok" | "blank" | "bad";
  /** The cell holds a real number (typed, or a formula's result), so generated sheets may reference it. */
  readonly typed?: boolean;
}

const BLANK: Angka = { value: null, percent: false, status: "blank" };
const BAD: Angka = { value: null, percent: false, status: "bad" };

/**
 * How this column writes ambiguous numbers ("1.234"): English when its other text numbers are unambiguously
 * English ("32,300,612,788", "90.50%") and none are unambiguously Indonesian; otherwise Indonesian.
 */
export function columnStyle(grid: Grid, rows: readonly number[], col: number | undefined): Ambigu {
  if (col === undefined) return "id";
  let en = 0;
  let id = 0;
  for (const r of rows) {
    const v = cell(grid, r, col);
    if (typeof v !== "string") continue;
    const s = v.replace(/[\s%]|rp\.?/gi, "");
    if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$|^\d+\.\d{1,2}$/.test(s)) en++;
    else if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$|^\d{1,3}(\.\d{3})+,\d+$|^\d+,\d{1,2}$/.test(s)) id++;
  }
  return en > 0 && id === 0 ? "en" : "id";
}

export interface Konteks {
  readonly grid: Grid;
  readonly diag: Diagnostics;
}

/** A number from a cell; `label` names the column in messages ("target", "pagu"). */
export function readAngka(ctx: Konteks, row: number, col: number | undefined, label: string, style: Ambigu = "id"): Angka {
  if (col === undefined) return BLANK;
  const { grid, diag } = ctx;
  const v = cell(grid, row, col);
  const where = { sheet: grid.name, row, col };
  if (isErrorCell(v)) {
    diag.error("CELL_ERROR", `Sel ${label} berisi galat ${v.error}; nilainya tidak dipakai.`, where, v.error, "angka");
    return BAD;
  }
  let a = angkaDari(v, numberFormat(grid, row, col) ?? "", style);
  // "2 dokumen", "34 Org/bln": the number with its unit typed in the cell.
  const withUnit = a === undefined && typeof v === "string" ? /^([-\d.,%\s]*\d[\d.,%]*)\s+([A-Za-z][A-Za-z/. ]{0,20})$/.exec(v.trim()) : null;
  if (withUnit) {
    a = angkaDari(withUnit[1], "", style);
    if (a) diag.info("NUMBER_WITH_UNIT", `${capital(label)} ${kutip(v)} dibaca ${withUnit[1].trim()} (satuan "${withUnit[2].trim()}" ditulis di sel).`, where, withUnit[0], "angka saja");
  }
  if (a === undefined) {
    diag.error("NUMBER_UNREADABLE", `${capital(label)} ${kutip(text(v))} bukan angka yang dikenali.`, where, text(v).slice(0, 200), "angka");
    return BAD;
  }
  return a;
}

/** A typed number or number text as an Angka; undefined when unreadable. */
export function angkaDari(v: unknown, fmt: string, style: Ambigu): Angka | undefined {
  const parsed = parseAngka(v, { ambigu: style });
  if (isSakipError(parsed)) return undefined;
  if (parsed === null) return BLANK;
  return { value: parsed, percent: ditulisPersen(v, fmt), status: "ok", typed: typeof v === "number" };
}

/** Typed as a percentage: text ending in "%", or a number in a %-formatted cell. */
export function ditulisPersen(v: unknown, fmt: string): boolean {
  return (typeof v === "string" && /%\s*$/.test(v.trim())) || (typeof v === "number" && fmt.includes("%"));
}

/** Text of a name cell, or null; a name that looks like a formula stays text. */
export function readTeks(grid: Grid, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const v = cell(grid, row, col);
  if (isErrorCell(v)) return null;
  const t = text(v);
  return t === "" ? null : t;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The cell of a typed number, with the factor that converts it to the model's unit. */
export function refOf(a: Angka, sheet: string, row: number, col: number | undefined, kali = 1): SelRef | undefined {
  if (!a.typed || col === undefined) return undefined;
  return kali === 1 ? { sheet, row, col } : { sheet, row, col, kali };
}

export function isPercentUnit(satuan: string | null): boolean {
  return satuan !== null && /^(%|persen|persentase|prosen)$/i.test(satuan.trim());
}

/**
 * A value in the indicator's own unit. For "%" indicators, a value typed as a percentage ("21%", or 0,21 in a
 * %-formatted cell) becomes 21, so target and realisasi agree however each was typed.
 */
export function inUnit(a: Angka, satuan: string | null): number | null {
  if (a.value === null) return null;
  return unitFactor(a, satuan) === 100 ? Number((a.value * 100).toPrecision(15)) : a.value;
}

export function unitFactor(a: Angka, satuan: string | null): number {
  return a.percent && isPercentUnit(satuan) ? 100 : 1;
}

/** Units whose quarterly values are positions, not additions: percentages, indices, ratios, scores. */
export function isStockUnit(satuan: string | null): boolean {
  return isPercentUnit(satuan) || (satuan !== null && /^(indeks|index|rasio|nilai|skor|poin|predikat|level|tingkat)\b/i.test(satuan.trim()));
}
