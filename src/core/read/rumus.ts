/**
 * What a cell's formula refers to, for the hierarchy and the audit: the cells of its own sheet it reads, whether it
 * only adds (SUM, +), and the traps real sheets hold (a range intersection "T56:T64:T67", AVERAGE across levels).
 */
import { columnIndex } from "../grid";

export interface Rujukan {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

export interface IsiRumus {
  /** References to cells of the same sheet (0-based); references to other sheets are left out. */
  readonly rujukan: readonly Rujukan[];
  readonly keLembarLain: boolean;
  /** Function names used, upper case. */
  readonly fungsi: readonly string[];
  /** Only SUM and +: the formula is a sum of what it refers to. */
  readonly penjumlahan: boolean;
  /** "A1:A5:A9": a range chained to another (Excel intersects or spans them; never what was meant). */
  readonly irisan: boolean;
}

const REF =
  /(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?::\$?[A-Z]{1,3}\$?\d+)?/g;

export function bacaRumus(formula: string): IsiRumus {
  const body = formula.replace(/^=/, "").replace(/"(?:[^"]|"")*"/g, '""');
  const rujukan: Rujukan[] = [];
  let keLembarLain = false;
  let irisan = false;
  let rest = body;
  for (const m of body.matchAll(REF)) {
    const whole = m[0];
    if (whole.includes("!")) {
      keLembarLain = true;
      rest = rest.replace(whole, " ");
      continue;
    }
    const [c1, r1] = [columnIndex(m[1])!, Number(m[2]) - 1];
    const [c2, r2] = m[3] ? [columnIndex(m[3])!, Number(m[4]) - 1] : [c1, r1];
    if ((whole.match(/:/g) ?? []).length > 1) irisan = true;
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++)
      rujukan.push({ col: c, top: Math.min(r1, r2), bottom: Math.max(r1, r2) });
    rest = rest.replace(whole, " ");
  }
  const fungsi = [...rest.matchAll(/([A-Z][A-Z0-9.]*)\s*\(/gi)].map((m) => m[1].toUpperCase());
  const penjumlahan =
    fungsi.every((f) => f === "SUM") &&
    !/[-*/^&<>=]/.test(rest.replace(/[\s()+,;]/g, "").replace(/SUM/gi, "")) &&
    !/\d/.test(rest.replace(/SUM/gi, ""));
  return { rujukan, keLembarLain, fungsi, penjumlahan, irisan };
}

/** The rows a sum formula in column `col` adds, when it adds only cells of that column; undefined otherwise. */
export function barisDijumlah(formula: string | null | undefined, col: number): number[] | undefined {
  if (!formula) return undefined;
  const fast = sumCepat(formula, col);
  if (fast !== null) return fast;
  const isi = bacaRumus(formula);
  if (!isi.penjumlahan || isi.keLembarLain || isi.rujukan.length === 0 || isi.rujukan.some((r) => r.col !== col))
    return undefined;
  const rows: number[] = [];
  for (const r of isi.rujukan) for (let i = r.top; i <= r.bottom; i++) rows.push(i);
  return rows;
}

const SUM_RANGE = /^=?\s*SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)\s*$/i;
const SUM_LIST = /^=?\s*(?:SUM\()?\$?[A-Z]{1,3}\$?\d+(?:\s*\+\s*\$?[A-Z]{1,3}\$?\d+)*\)?\s*$/i;

/** The two shapes parents nearly always have, SUM(O15:O21) and SUM(O14+O22+…) or O14+O22: read without the parser. */
function sumCepat(formula: string, col: number): number[] | undefined | null {
  const range = SUM_RANGE.exec(formula);
  if (range) {
    if (columnIndex(range[1]) !== col || columnIndex(range[3]) !== col) return undefined;
    const [a, b] = [Number(range[2]) - 1, Number(range[4]) - 1];
    const rows: number[] = [];
    for (let r = Math.min(a, b); r <= Math.max(a, b); r++) rows.push(r);
    return rows;
  }
  if (!SUM_LIST.test(formula) || (formula.includes("(") && !/SUM\(/i.test(formula))) return null;
  const rows: number[] = [];
  for (const m of formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+)/gi)) {
    if (m[1].toUpperCase() === "SUM") continue;
    if (columnIndex(m[1]) !== col) return undefined;
    rows.push(Number(m[2]) - 1);
  }
  return rows.length > 0 ? rows : undefined;
}
