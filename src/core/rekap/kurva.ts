/**
 * The Pemda's target curve (--target-kurva): the cumulative target of keuangan and fisik per month (12) or per
 * quarter (4), as the Bappeda sets it for the TEPRA meeting, read from a table in its own layout (a column of
 * months or quarters, and Keuangan and/or Fisik columns, through headerLabels and dataRows) and checked: every
 * period once, in order, each value 0–100 (points; a cell formatted as % is a ratio), and never falling (it is
 * cumulative). The rekap shows the target of its period and each OPD's deviasi against it.
 */
import type { Dwibahasa } from "../bahasa";
import { a1, columnCount, Grid, rowCount } from "../grid";
import { BULAN } from "../read/judul";
import { dataRows, headerLabels } from "../read/tables";
import { readTeks } from "../read/values";
import type { PitaKategori } from "./jenis";

export interface KurvaTarget {
  readonly satuan: "bulan" | "triwulan";
  /** Cumulative targets as ratios (0,75 = 75%), 12 months or 4 quarters; null: the column is not in the table. */
  readonly keuangan: readonly number[] | null;
  readonly fisik: readonly number[] | null;
}

/** The target of the rekap's month: a monthly curve's month, a quarterly curve's quarter (between two, a line). */
export interface TargetPeriode {
  readonly keuangan: number | null;
  readonly fisik: number | null;
  /** How it was found, for the sheet's note. */
  readonly dasar: "bulan" | "triwulan" | "antara";
}

const KOL_PERIODE = /\b(bulan|triwulan|tw|periode|month|quarter)\b/i;
const KOL_KEU = /\b(keuangan|anggaran|serapan|financial|budget)\b/i;
const KOL_FISIK = /\b(fisik|physical)\b/i;
const ROMAWI = ["i", "ii", "iii", "iv"];

/** A period's label → 1–12 (a month) or 1–4 (a quarter); undefined when it names neither. */
function nomorPeriode(teks: string, satuan: "bulan" | "triwulan"): number | undefined {
  const t = teks
    .toLowerCase()
    .replace(/\b(bulan|triwulan|tw|trw|s\.?\s*d\.?|sampai dengan)\b/g, " ")
    .trim();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= (satuan === "bulan" ? 12 : 4) ? n : undefined;
  }
  if (satuan === "triwulan") {
    const i = ROMAWI.indexOf(t);
    return i >= 0 ? i + 1 : undefined;
  }
  const i = BULAN.findIndex((b) => t === b || (t.length >= 3 && b.startsWith(t)));
  return i >= 0 ? i + 1 : undefined;
}

/** The curve of the first sheet that holds one, or why it cannot be used (bilingual, naming the cell). */
export function bacaKurvaTarget(grids: readonly Grid[]): { kurva: KurvaTarget } | { galat: Dwibahasa } {
  for (const g of grids) {
    const width = columnCount(g);
    const height = rowCount(g);
    for (let r = 0; r < Math.min(height, 30); r++) {
      const labels = headerLabels(g, [r], width);
      const periode = labels.findIndex((l) => KOL_PERIODE.test(l) && !KOL_KEU.test(l) && !KOL_FISIK.test(l));
      const keu = labels.findIndex((l) => KOL_KEU.test(l) && !KOL_FISIK.test(l));
      const fisik = labels.findIndex((l) => KOL_FISIK.test(l) && !KOL_KEU.test(l));
      if (periode < 0 || (keu < 0 && fisik < 0)) continue;
      const rows = dataRows(g, r, height, width, 2).filter((x) => readTeks(g, x, periode) !== null);
      const satuan: "bulan" | "triwulan" =
        /\b(triwulan|tw|quarter)\b/i.test(labels[periode]) || rows.length === 4 ? "triwulan" : "bulan";
      return periksa(g, rows, periode, keu < 0 ? undefined : keu, fisik < 0 ? undefined : fisik, satuan);
    }
  }
  return {
    galat: {
      id: "tidak ada tabel kurva target (kolom Bulan atau Triwulan, dan kolom target Keuangan dan/atau Fisik) yang dikenali.",
      en: "no target curve table (a Month or Quarter column, and a Keuangan (financial) and/or Fisik (physical) target column) was recognised.",
    },
  };
}

function periksa(
  g: Grid,
  rows: readonly number[],
  kPeriode: number,
  kKeu: number | undefined,
  kFisik: number | undefined,
  satuan: "bulan" | "triwulan",
): { kurva: KurvaTarget } | { galat: Dwibahasa } {
  const n = satuan === "bulan" ? 12 : 4;
  const [kata, word] = satuan === "bulan" ? ["bulan", "months"] : ["triwulan", "quarters"];
  if (rows.length !== n)
    return {
      galat: {
        id: `kurva target '${g.name}': ${rows.length} baris ${kata}, harus tepat 12 bulan atau 4 triwulan.`,
        en: `target curve '${g.name}': ${rows.length} rows of ${word}, it must be exactly 12 months or 4 quarters.`,
      },
    };
  for (const [i, r] of rows.entries()) {
    const teks = readTeks(g, r, kPeriode) ?? "";
    if (nomorPeriode(teks, satuan) !== i + 1)
      return {
        galat: {
          id: `kurva target '${g.name}'!${a1(r, kPeriode)}: "${teks}" bukan ${kata} ke-${i + 1}; tulis ${kata} berurutan, satu baris masing-masing.`,
          en: `target curve '${g.name}'!${a1(r, kPeriode)}: "${teks}" is not ${satuan === "bulan" ? "month" : "quarter"} ${i + 1}; write the ${word} in order, one row each.`,
        },
      };
  }
  const kolom = (c: number | undefined, nama: string, name: string): number[] | Dwibahasa | null => {
    if (c === undefined) return null;
    const out: number[] = [];
    for (const r of rows) {
      const v = g.values[r]?.[c];
      const persen = /%/.test(g.numberFormats?.[r]?.[c] ?? "");
      const x =
        typeof v === "number"
          ? persen
            ? v * 100
            : v
          : typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*%?\s*$/.test(v)
            ? Number(v.replace("%", "").replace(",", ".").trim())
            : NaN;
      const sel = `'${g.name}'!${a1(r, c)}`;
      const ditulis = readTeks(g, r, c);
      if (!Number.isFinite(x) || x < 0 || x > 100)
        return {
          id: `kurva target ${sel}: target ${nama} ${ditulis === null ? "kosong" : `"${ditulis}"`}; harus angka 0–100 (persen kumulatif).`,
          en: `target curve ${sel}: ${name} target ${ditulis === null ? "blank" : `"${ditulis}"`}; it must be a number 0–100 (cumulative percent).`,
        };
      if (out.length > 0 && x < out[out.length - 1] - 1e-9)
        return {
          id: `kurva target ${sel}: target ${nama} ${x} lebih kecil dari periode sebelumnya (${out[out.length - 1]}); kurva kumulatif tidak boleh turun.`,
          en: `target curve ${sel}: ${name} target ${x} is below the previous period's (${out[out.length - 1]}); a cumulative curve cannot fall.`,
        };
      out.push(x);
    }
    return out.map((x) => x / 100);
  };
  const keuangan = kolom(kKeu, "keuangan", "financial");
  if (keuangan !== null && !Array.isArray(keuangan)) return { galat: keuangan };
  const fisik = kolom(kFisik, "fisik", "physical");
  if (fisik !== null && !Array.isArray(fisik)) return { galat: fisik };
  return { kurva: { satuan, keuangan, fisik } };
}

/** The target of month `bulan` (1–12); a quarterly curve between its quarter ends by a straight line from 0. */
export function targetPeriode(k: KurvaTarget, bulan: number): TargetPeriode {
  const di = (xs: readonly number[] | null): number | null => {
    if (xs === null) return null;
    if (k.satuan === "bulan") return xs[bulan - 1];
    const q = bulan / 3;
    if (Number.isInteger(q)) return xs[q - 1];
    const lo = Math.floor(q);
    const a = lo === 0 ? 0 : xs[lo - 1];
    return a + (xs[lo] - a) * (q - lo);
  };
  return {
    keuangan: di(k.keuangan),
    fisik: di(k.fisik),
    dasar: k.satuan === "bulan" ? "bulan" : bulan % 3 === 0 ? "triwulan" : "antara",
  };
}

const KOL_KATEGORI = /\b(kategori|predikat|category)\b/i;
const KOL_BATAS = /(\b(batas|minimal|min|paling rendah|lower|from|dari)\b|≥|>=)/i;
/** Green to red, the highest band first. */
const WARNA = ["8FD19E", "C6E9B4", "FFE699", "F9C38E", "F4A6A6"];

/**
 * The category bands of a Kategori table (--kategori): a label column and a lower bound in points (a % cell as a
 * ratio), highest first; the last band takes everything below the one above it (its bound blank or 0). Undefined
 * when no sheet holds such a table; why it cannot be used, with the cell, in both languages.
 */
export function bacaPita(grids: readonly Grid[]): { pita: PitaKategori[] } | { galat: Dwibahasa } | undefined {
  for (const g of grids) {
    const width = columnCount(g);
    const height = rowCount(g);
    for (let r = 0; r < Math.min(height, 30); r++) {
      const labels = headerLabels(g, [r], width);
      const kLabel = labels.findIndex((l) => KOL_KATEGORI.test(l) && !KOL_BATAS.test(l));
      const kBatas = labels.findIndex((l) => KOL_BATAS.test(l));
      if (kLabel < 0 || kBatas < 0) continue;
      const rows = dataRows(g, r, height, width, 1).filter((x) => readTeks(g, x, kLabel) !== null);
      const galat = (x: number, id: string, en: string) => ({
        galat: {
          id: `kategori '${g.name}'!${a1(x, kBatas)}: ${id}`,
          en: `categories '${g.name}'!${a1(x, kBatas)}: ${en}`,
        },
      });
      if (rows.length < 2) return galat(r, "perlu sedikitnya dua kategori.", "at least two categories are needed.");
      const pita: PitaKategori[] = [];
      for (const [i, x] of rows.entries()) {
        const label = readTeks(g, x, kLabel)!.trim();
        const v = g.values[x]?.[kBatas];
        const ditulis = readTeks(g, x, kBatas);
        const terakhir = i === rows.length - 1;
        const n =
          typeof v === "number"
            ? /%/.test(g.numberFormats?.[x]?.[kBatas] ?? "")
              ? v * 100
              : v
            : ditulis !== null && /^\s*-?\d+([.,]\d+)?\s*%?\s*$/.test(ditulis)
              ? Number(ditulis.replace("%", "").replace(",", ".").trim())
              : null;
        if (pita.some((p) => p.label === label))
          return galat(x, `kategori "${label}" tertulis dua kali.`, `category "${label}" is written twice.`);
        if (terakhir) {
          if (n !== null && n !== 0)
            return galat(
              x,
              `kategori terakhir "${label}" mengambil semua di bawah kategori di atasnya; batasnya kosongkan atau 0 (tertulis ${ditulis}).`,
              `the last category "${label}" takes everything below the one above it; leave its bound blank or 0 (written ${ditulis}).`,
            );
        } else if (n === null || !(n > 0 && n <= 100))
          return galat(
            x,
            `batas bawah "${label}" ${ditulis === null ? "kosong" : `"${ditulis}"`}; harus angka di atas 0 s.d. 100 (persen).`,
            `lower bound of "${label}" ${ditulis === null ? "blank" : `"${ditulis}"`}; it must be a number above 0 up to 100 (percent).`,
          );
        else if (pita.length > 0 && !(n < pita[pita.length - 1].min * 100))
          return galat(
            x,
            `batas bawah "${label}" (${n}) harus lebih kecil dari kategori di atasnya (${pita[pita.length - 1].min * 100}): tulis dari yang tertinggi.`,
            `lower bound of "${label}" (${n}) must be below the category above it (${pita[pita.length - 1].min * 100}): write the highest first.`,
          );
        const w = WARNA[Math.round((i * (WARNA.length - 1)) / (rows.length - 1))];
        pita.push({ min: terakhir ? -Infinity : n! / 100, label, warna: w });
      }
      return { pita };
    }
  }
  return undefined;
}
