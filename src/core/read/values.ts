/**
 * Reading cell values inside a table: numbers (typed or as Indonesian/English text), percentages, names. Every
 * problem becomes a diagnostic at the cell; nothing unreadable turns into 0.
 */
import { isSakipError, kutip } from "../errors";
import { Grid, cell, isErrorCell, numberFormat, text } from "../grid";
import { Ambigu, parseAngka } from "../numbers";
import type { SelRef } from "../model";
import { DaftarTemuan } from "./diagnostics";

export interface AngkaSel {
  readonly value: number | null;
  /** Typed as a percentage ("21%" or a %-formatted cell): value is then a ratio (0,21). */
  readonly percent: boolean;
  /** blank: the cell is empty; bad: it held something unreadable (already diagnosed). */
  readonly status: "ok" | "blank" | "bad";
  /** The cell holds a real number (typed, or a formula's result), so generated sheets may reference it. */
  readonly typed?: boolean;
  /** The unit typed after the number in the same cell ("68,5 poin" → "poin"). */
  readonly satuanDiSel?: string;
}

const BLANK: AngkaSel = { value: null, percent: false, status: "blank" };
const BAD: AngkaSel = { value: null, percent: false, status: "bad" };

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
  readonly diag: DaftarTemuan;
}

/** The smallest normal double: below it (a subnormal, "1e-308") a ratio overflows to ∞, so such a cell is refused. */
const MIN_NORMAL = 2.2250738585072014e-308;
const luarJangkauan = (x: number) => !Number.isFinite(x) || (x !== 0 && Math.abs(x) < MIN_NORMAL);

/** A number from a cell; `label` names the column in messages ("target", "pagu"). */
export function readAngka(
  ctx: Konteks,
  row: number,
  col: number | undefined,
  label: string,
  style: Ambigu = "id",
): AngkaSel {
  if (col === undefined) return BLANK;
  const { grid, diag } = ctx;
  // The common case first, without helpers: this runs for every figure of every row.
  const v = grid.values[row]?.[col] ?? null;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0 && (v === 0 || v >= MIN_NORMAL))
    return { value: v, percent: grid.numberFormats?.[row]?.[col]?.includes("%") ?? false, status: "ok", typed: true };
  const where = { sheet: grid.name, row, col };
  if (v === null || (typeof v === "string" && v.trim() === "")) {
    const formula = grid.formulas?.[row]?.[col];
    return formula ? rumusTanpaNilai(ctx, where, formula, label) : BLANK;
  }
  if (typeof v === "number" && luarJangkauan(v)) {
    const kecil = Number.isFinite(v);
    diag.error(
      "ANGKA_LUAR_JANGKAUAN",
      {
        id: `${capital(label)} terlalu ${kecil ? "kecil" : "besar"} untuk dihitung (${v}); nilainya tidak dipakai.`,
        en: `${capital(labelEn(label))} is too ${kecil ? "small" : "large"} to compute (${v}); its value is not used.`,
      },
      where,
      String(v),
      "angka terhingga",
    );
    return BAD;
  }
  if (typeof v === "string" && /^\s*[-–—]{1,3}\s*$/.test(v)) return tanda(ctx, where, v, label);
  if (typeof v === "string" && /^\s*(none|null|nil|n\/a|na|#n\/a)\s*$/i.test(v)) {
    diag.info(
      "TEKS_SEBAGAI_KOSONG",
      {
        id: `${capital(label)} berisi teks ${kutip(v.trim())}; dibaca kosong.`,
        en: `${capital(labelEn(label))} holds the text ${kutip(v.trim())}; read as blank.`,
      },
      where,
      v.trim(),
      "angka atau kosong",
    );
    return BLANK;
  }
  if (isErrorCell(v)) {
    diag.error(
      "SEL_GALAT",
      {
        id: `Sel ${label} berisi galat ${v.error}; nilainya tidak dipakai.`,
        en: `The ${labelEn(label)} cell holds the error ${v.error}; its value is not used.`,
      },
      where,
      v.error,
      "angka",
    );
    return BAD;
  }
  let a = angkaDari(v, numberFormat(grid, row, col) ?? "", style);
  // "2 dokumen", "34 Org/bln": the number with its unit typed in the cell.
  const withUnit =
    a === undefined && typeof v === "string"
      ? /^([-\d.,%\s]*\d[\d.,%]*)\s+([A-Za-z][A-Za-z/. ]{0,20})$/.exec(v.trim())
      : null;
  if (withUnit) {
    a = angkaDari(withUnit[1], "", style);
    if (a) a = { ...a, satuanDiSel: withUnit[2].trim() };
    if (a)
      diag.info(
        "ANGKA_DENGAN_SATUAN",
        {
          id: `${capital(label)} ${kutip(v)} dibaca ${withUnit[1].trim()} (satuan "${withUnit[2].trim()}" ditulis di sel).`,
          en: `${capital(labelEn(label))} ${kutip(v)} is read as ${withUnit[1].trim()} (the unit "${withUnit[2].trim()}" is written in the cell).`,
        },
        where,
        withUnit[0],
        "angka saja",
      );
  }
  if (a === undefined) {
    diag.error(
      "ANGKA_TAK_TERBACA",
      {
        id: `${capital(label)} ${kutip(text(v))} bukan angka yang dikenali.`,
        en: `${capital(labelEn(label))} ${kutip(text(v))} is not a recognised number.`,
      },
      where,
      text(v).slice(0, 200),
      "angka",
    );
    return BAD;
  }
  if (a.value !== null && a.value < 0 && /\b(target|realisasi)\b/i.test(label) && !RUPIAH_LABEL.test(label)) {
    diag.warning(
      "NILAI_NEGATIF",
      {
        id: `${capital(label)} ${kutip(text(v))} negatif; periksa tandanya (indikator yang makin kecil makin baik ditulis positif dengan polaritas negatif).`,
        en: `${capital(labelEn(label))} ${kutip(text(v))} is negative; check its sign (an indicator where smaller is better is written positive, with negative polarity).`,
      },
      where,
      text(v),
      "angka ≥ 0",
    );
  }
  if (a.value !== null && luarJangkauan(a.value)) {
    const kecil = Number.isFinite(a.value);
    diag.error(
      "ANGKA_LUAR_JANGKAUAN",
      {
        id: `${capital(label)} ${kutip(text(v))} terlalu ${kecil ? "kecil" : "besar"} untuk dihitung; nilainya tidak dipakai.`,
        en: `${capital(labelEn(label))} ${kutip(text(v))} is too ${kecil ? "small" : "large"} to compute; its value is not used.`,
      },
      where,
      text(v).slice(0, 200),
      "angka terhingga",
    );
    return BAD;
  }
  return a;
}

const RUPIAH_LABEL = /\b(pagu|anggaran|rp|rupiah|sisa)\b/i;

/**
 * "-", "–", "—": in a rupiah column the accounting zero; anywhere else "not reported", never a silent 0.
 */
function tanda(ctx: Konteks, where: { sheet: string; row: number; col: number }, v: string, label: string): AngkaSel {
  if (RUPIAH_LABEL.test(label)) {
    ctx.diag.info(
      "STRIP_SEBAGAI_NOL",
      {
        id: `${capital(label)} ditulis "${v.trim()}"; dibaca Rp 0 (nol gaya akuntansi).`,
        en: `${capital(labelEn(label))} is written "${v.trim()}"; read as Rp 0 (an accounting-style zero).`,
      },
      where,
      v.trim(),
      "angka",
    );
    return { value: 0, percent: false, status: "ok" };
  }
  ctx.diag.warning(
    "STRIP_BELUM_DILAPORKAN",
    {
      id: `${capital(label)} ditulis "${v.trim()}"; dibaca belum dilaporkan (kosong), bukan 0. Isi angkanya, atau 0 bila memang nol.`,
      en: `${capital(labelEn(label))} is written "${v.trim()}"; read as not reported (blank), not 0. Fill in the figure, or 0 if it is zero.`,
    },
    where,
    v.trim(),
    "angka",
  );
  return BLANK;
}

/**
 * A formula whose result was never stored (a file written by a program that does not calculate): a constant
 * expression ("=1200+300") is computed; anything else is reported at the cell and left blank.
 */
function rumusTanpaNilai(
  ctx: Konteks,
  where: { sheet: string; row: number; col: number },
  formula: string,
  label: string,
): AngkaSel {
  const value = hitungKonstan(formula);
  if (value !== undefined) {
    ctx.diag.info(
      "RUMUS_DIHITUNG",
      {
        id: `${capital(label)} berisi rumus ${kutip(formula, 60)} tanpa nilai tersimpan; dihitung ${value}.`,
        en: `${capital(labelEn(label))} holds the formula ${kutip(formula, 60)} without a stored value; computed as ${value}.`,
      },
      where,
      formula,
      String(value),
    );
    return { value, percent: false, status: "ok" };
  }
  ctx.diag.warning(
    "RUMUS_BELUM_DIHITUNG",
    {
      id: `${capital(label)} berisi rumus ${kutip(formula, 60)} tanpa nilai tersimpan (berkas belum dihitung ulang); dibaca kosong. Buka dan simpan di Excel atau LibreOffice, lalu baca lagi.`,
      en: `${capital(labelEn(label))} holds the formula ${kutip(formula, 60)} without a stored value (the file was not recalculated); read as blank. Open and save it in Excel or LibreOffice, then read again.`,
    },
    where,
    formula,
    "nilai tersimpan",
  );
  return { value: null, percent: false, status: "bad" };
}

/** "=1200+300*2", "=(10-4)/3": numbers, + − × ÷ and parentheses only; undefined for anything else. */
export function hitungKonstan(formula: string): number | undefined {
  const src = formula.replace(/^=/, "").replace(/\s+/g, "");
  if (src === "" || src.length > 200 || !/^[-+*/().\d]+$/.test(src)) return undefined;
  let i = 0;
  const num = (): number | undefined => {
    if (src[i] === "(") {
      i++;
      const v = sum();
      if (src[i] !== ")") return undefined;
      i++;
      return v;
    }
    if (src[i] === "-" || src[i] === "+") {
      const sign = src[i++] === "-" ? -1 : 1;
      const v = num();
      return v === undefined ? undefined : sign * v;
    }
    const m = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  const product = (): number | undefined => {
    let v = num();
    while (v !== undefined && (src[i] === "*" || src[i] === "/")) {
      const op = src[i++];
      const w = num();
      v = w === undefined ? undefined : op === "*" ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (v !== undefined && (src[i] === "+" || src[i] === "-")) {
      const op = src[i++];
      const w = product();
      v = w === undefined ? undefined : op === "+" ? v + w : v - w;
    }
    return v;
  };
  const v = sum();
  return v !== undefined && i === src.length && Number.isFinite(v) ? v : undefined;
}

/** A typed number or number text as an Angka; undefined when unreadable. */
export function angkaDari(v: unknown, fmt: string, style: Ambigu): AngkaSel | undefined {
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
  const v = grid.values[row]?.[col] ?? null;
  if (v === null || isErrorCell(v)) return null;
  const t = typeof v === "string" && !/\s\s|[\t\n\r]|^\s|\s$/.test(v) ? v : text(v);
  return t === "" ? null : t;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A column label ("realisasi anggaran", "target TW2") as English messages name it. */
const LABEL_EN: [RegExp, string][] = [
  [/realisasi anggaran/, "budget realisation"],
  [/realisasi kinerja/, "performance actual"],
  [/target atas/, "upper target"],
  [/standar nasional/, "national standard"],
  [/realisasi/, "actual"],
  [/pagu/, "budget (pagu)"],
  [/anggaran/, "budget"],
  [/progres/, "progress"],
  [/\bTW ?/, "Q"],
];
export function labelEn(label: string): string {
  return LABEL_EN.reduce((s, [re, en]) => s.replace(re, en), label);
}

/** The cell of a typed number, with the factor that converts it to the model's unit. */
export function refOf(a: AngkaSel, sheet: string, row: number, col: number | undefined, kali = 1): SelRef | undefined {
  if (!a.typed || col === undefined) return undefined;
  return kali === 1 ? { sheet, row, col } : { sheet, row, col, kali };
}

/** A percentage unit however written: "%", "persen", "% (persen)", "Persen (%)", "(%)", "Prosentase", "percent". */
export function isPercentUnit(satuan: string | null): boolean {
  if (satuan === null) return false;
  const t = satuan.replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  return /^(%|persen|persentase|prosentase|prosen|percent|percentage)( (%|persen|percent))?$/i.test(t);
}

/**
 * A value in the indicator's own unit. For "%" indicators, a value typed as a percentage ("21%", or 0,21 in a
 * %-formatted cell) becomes 21, so target and realisasi agree however each was typed.
 */
export function inUnit(a: AngkaSel, satuan: string | null): number | null {
  if (a.value === null) return null;
  return unitFactor(a, satuan) === 100 ? Number((a.value * 100).toPrecision(15)) : a.value;
}

export function unitFactor(a: AngkaSel, satuan: string | null): number {
  return a.percent && isPercentUnit(satuan) ? 100 : 1;
}

/** Units whose quarterly values are positions, not additions: percentages, indices, ratios, scores. */
export function isStockUnit(satuan: string | null): boolean {
  return (
    isPercentUnit(satuan) ||
    (satuan !== null && /^(indeks|index|rasio|nilai|skor|poin|predikat|level|tingkat)\b/i.test(satuan.trim()))
  );
}
