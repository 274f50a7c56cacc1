/**
 * A small evaluator for the formulas staff write in report tables: numbers, cells and ranges of the same sheet,
 * + − × ÷ ^, comparisons, SUM, AVERAGE, MIN, MAX, ABS, ROUND, IF, IFERROR. Enough to say what a column's formula
 * pattern gives on another row; anything else (other sheets, text, unknown functions) gives undefined.
 */
import { cell, columnIndex, Grid, isBlank } from "../grid";

type Nilai = number | number[];

class TakBisa extends Error {}
class GalatHitung extends Error {}

const TOKEN =
  /\s*(?:(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(\d+(?:\.\d+)?(?:E[+-]?\d+)?%?)|([A-Z][A-Z0-9.]*)\s*\(|(<=|>=|<>|[-+*/^(),;=<>&]))/iy;

function tokens(f: string): string[] {
  const out: string[] = [];
  const s = f.replace(/^=/, "").trim();
  TOKEN.lastIndex = 0;
  let i = 0;
  while (i < s.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(s);
    if (!m) throw new TakBisa();
    if (m[1]) out.push(`@${m[1].replace(/\$/g, "").toUpperCase()}`);
    else if (m[2]) out.push(`#${m[2]}`);
    else if (m[3]) out.push(`${m[3].toUpperCase()}(`);
    else out.push(m[4] === ";" ? "," : m[4]);
    i = TOKEN.lastIndex;
    while (i < s.length && s[i] === " ") i++;
  }
  return out;
}

const skalar = (v: Nilai): number => {
  if (typeof v === "number") return v;
  if (v.length === 1) return v[0];
  throw new TakBisa();
};

/** The value of a formula on this sheet, or undefined when it cannot be computed here. */
export function hitungRumus(grid: Grid, formula: string): number | undefined {
  let t: string[];
  try {
    t = tokens(formula);
  } catch {
    return undefined;
  }
  let i = 0;
  const peek = () => t[i];
  const ambil = () => t[i++];
  const sel = (ref: string): Nilai => {
    const [a, b] = ref.split(":");
    const pos = (x: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x)!;
      return { col: columnIndex(m[1])!, row: Number(m[2]) - 1 };
    };
    const p = pos(a);
    const q = b ? pos(b) : p;
    const out: number[] = [];
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
        const v = cell(grid, r, c);
        if (typeof v === "number") out.push(v);
        else if (isBlank(v)) {
          if (!b) out.push(0);
        } else throw new TakBisa();
      }
    return b ? out : out[0];
  };
  const argumen = (): Nilai[] => {
    const args: Nilai[] = [];
    if (peek() === ")") {
      ambil();
      return args;
    }
    for (;;) {
      args.push(banding());
      const x = ambil();
      if (x === ")") return args;
      if (x !== ",") throw new TakBisa();
    }
  };
  const datar = (args: Nilai[]) => args.flatMap((a) => (typeof a === "number" ? [a] : a));
  const fungsi = (nama: string): Nilai => {
    if (nama === "IFERROR") {
      const mulai = i;
      try {
        const v = banding();
        if (ambil() !== ",") throw new TakBisa();
        lewatiArgumen();
        if (!Number.isFinite(skalar(v))) throw new GalatHitung();
        return v;
      } catch (e) {
        if (!(e instanceof GalatHitung)) throw e;
        i = mulai;
        lewatiSatu();
        ambil();
        const alt = banding();
        if (ambil() !== ")") throw new TakBisa();
        return alt;
      }
    }
    if (nama === "IF") {
      const c = skalar(banding());
      if (ambil() !== ",") throw new TakBisa();
      if (c !== 0) {
        const v = banding();
        lewatiArgumen();
        return v;
      }
      lewatiSatu();
      if (ambil() !== ",") return 0;
      const v = banding();
      if (ambil() !== ")") throw new TakBisa();
      return v;
    }
    const xs = datar(argumen());
    switch (nama) {
      case "SUM":
        return xs.reduce((s, x) => s + x, 0);
      case "AVERAGE":
        if (xs.length === 0) throw new GalatHitung();
        return xs.reduce((s, x) => s + x, 0) / xs.length;
      case "MIN":
        return xs.length ? Math.min(...xs) : 0;
      case "MAX":
        return xs.length ? Math.max(...xs) : 0;
      case "ABS":
        return Math.abs(xs[0]);
      case "ROUND": {
        const f = 10 ** (xs[1] ?? 0);
        return Math.round(xs[0] * f) / f;
      }
      default:
        throw new TakBisa();
    }
  };
  /** Skips one argument (up to the next "," or ")" at this depth). */
  const lewatiSatu = () => {
    let d = 0;
    while (i < t.length) {
      const x = t[i];
      if (d === 0 && (x === "," || x === ")")) return;
      if (x === "(" || x.endsWith("(")) d++;
      if (x === ")") d--;
      i++;
    }
  };
  /** Skips the remaining arguments and the closing ")". */
  const lewatiArgumen = () => {
    while (i < t.length && t[i] !== ")") {
      if (t[i] === ",") i++;
      lewatiSatu();
    }
    if (ambil() !== ")") throw new TakBisa();
  };
  const primer = (): Nilai => {
    const x = ambil();
    if (x === undefined) throw new TakBisa();
    if (x === "-") return -skalar(primer());
    if (x === "+") return primer();
    if (x === "(") {
      const v = banding();
      if (ambil() !== ")") throw new TakBisa();
      return v;
    }
    if (x.startsWith("@")) return sel(x.slice(1));
    if (x.startsWith("#")) return x.endsWith("%") ? Number(x.slice(1, -1)) / 100 : Number(x.slice(1));
    if (x.endsWith("(")) return fungsi(x.slice(0, -1));
    throw new TakBisa();
  };
  const pangkat = (): Nilai => {
    let v = primer();
    while (peek() === "^") {
      ambil();
      v = skalar(v) ** skalar(primer());
    }
    return v;
  };
  const kali = (): Nilai => {
    let v = pangkat();
    while (peek() === "*" || peek() === "/") {
      const op = ambil();
      const b = skalar(pangkat());
      if (op === "/" && b === 0) throw new GalatHitung();
      v = op === "*" ? skalar(v) * b : skalar(v) / b;
    }
    return v;
  };
  const tambah = (): Nilai => {
    let v = kali();
    while (peek() === "+" || peek() === "-") {
      const op = ambil();
      const b = skalar(kali());
      v = op === "+" ? skalar(v) + b : skalar(v) - b;
    }
    return v;
  };
  const banding = (): Nilai => {
    const v = tambah();
    const op = peek();
    if (op !== "=" && op !== "<>" && op !== "<" && op !== ">" && op !== "<=" && op !== ">=") return v;
    ambil();
    const [a, b] = [skalar(v), skalar(tambah())];
    const r = { "=": a === b, "<>": a !== b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b }[op];
    return r ? 1 : 0;
  };
  try {
    const v = skalar(banding());
    if (i !== t.length || !Number.isFinite(v)) return undefined;
    return v;
  } catch {
    return undefined;
  }
}
