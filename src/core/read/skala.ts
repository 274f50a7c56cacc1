/**
 * Rupiah written in thousands or millions, for every reader (issue 20): the scale a title line or a header cell
 * states ("(dalam ribuan rupiah)", "Anggaran (Rp 000)", "Rp juta", words read by judul.ts's skalaDari), the columns
 * it covers, figures multiplied back to rupiah, and one info finding per cell that states a scale.
 */
import { kutip } from "../errors";
import { AngkaSel } from "./values";
import { Grid, columnLetter, isBlank, text } from "../grid";
import { DaftarTemuan } from "./diagnostics";
import { skalaDari } from "./judul";

/** A column's rupiah scale and the cell that states it ("(dalam ribuan)" in A3). */
export interface SkalaKolom {
  readonly kali: number;
  readonly row: number;
  readonly col: number;
  readonly teks: string;
}

/** The scale a cell of the given rows states over a column (its own cell, a merged group, or a label carried right). */
export function cariSkala(
  grid: Grid,
  rows: readonly number[],
  covers: (col: number) => boolean,
): SkalaKolom | undefined {
  for (const r of rows) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const kali = skalaDari(v);
      if (kali === undefined) continue;
      const merge = grid.merges?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      let right = merge ? merge.right : c;
      if (!merge) while (right + 1 < row.length && isBlank(row[right + 1]) && right - c < 40) right++;
      for (let x = c; x <= right; x++) if (covers(x)) return { kali, row: r, col: c, teks: text(v) };
    }
  }
  return undefined;
}

/** Title lines read for a scale: up to this many rows above the header. */
const BARIS_JUDUL = 10;

/**
 * The scale of each rupiah column of a table: stated over the column in its header rows (a units row included),
 * else in a title line above the header for all of them. Columns in plain rupiah are left out.
 */
export function skalaTabel(
  grid: Grid,
  headerRows: readonly number[],
  kolomRupiah: readonly (number | undefined)[],
): Record<number, SkalaKolom> {
  const out: Record<number, SkalaKolom> = {};
  const cols = kolomRupiah.filter((c): c is number => c !== undefined);
  if (cols.length === 0 || headerRows.length === 0) return out;
  const top = Math.min(...headerRows);
  const judul = Array.from({ length: Math.min(top, BARIS_JUDUL) }, (_, i) => top - Math.min(top, BARIS_JUDUL) + i);
  const dariJudul = cariSkala(grid, judul, () => true);
  for (const c of cols) {
    const s = cariSkala(grid, headerRows, (x) => x === c) ?? dariJudul;
    if (s) out[c] = s;
  }
  return out;
}

/** A figure in rupiah, to the sen. */
export function dikali(v: number | null, kali: number): number | null {
  return v === null || kali === 1 ? v : Math.round(v * kali * 100) / 100;
}

/** A figure read from a column with a scale, in rupiah. */
export function angkaDikali(a: AngkaSel, kali: number): AngkaSel {
  return kali === 1 || a.value === null ? a : { ...a, value: dikali(a.value, kali) };
}

/** One info finding per cell that states a scale: which columns it multiplies. */
export function laporSkala(grid: Grid, skala: Readonly<Record<number, SkalaKolom>>, diag: DaftarTemuan): void {
  const perSel = new Map<string, { s: SkalaKolom; cols: number[] }>();
  for (const [c, s] of Object.entries(skala)) {
    const key = `${s.row}:${s.col}`;
    const e = perSel.get(key) ?? { s, cols: [] };
    e.cols.push(Number(c));
    perSel.set(key, e);
  }
  for (const { s, cols } of perSel.values()) {
    const kata = s.kali === 1_000 ? { id: "ribuan", en: "thousands" } : { id: "jutaan", en: "millions" };
    const kolom = cols.map(columnLetter).join(", ");
    diag.info(
      "SKALA_RUPIAH",
      {
        id: `Rupiah di kolom ${kolom} ditulis dalam ${kata.id} (${kutip(s.teks, 60)}); dibaca × ${s.kali.toLocaleString("id-ID")} agar model memuat rupiah.`,
        en: `The rupiah in columns ${kolom} are written in ${kata.en} (${kutip(s.teks, 60)}); read × ${s.kali.toLocaleString("en-US")} so the model holds rupiah.`,
      },
      { sheet: grid.name, row: s.row, col: s.col },
    );
  }
}
