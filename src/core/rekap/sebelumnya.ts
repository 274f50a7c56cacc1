/**
 * Month on month: the previous rekap this command wrote (its "Rekap per OPD" sheet, found by its tag), read back for
 * each OPD's DPA, realisasi and fisik. Its data cells are values (the percentages beside them are formulas, which a
 * file never opened in Excel holds without results), so the percentages are recomputed from them.
 */
import { Grid, text } from "../grid";
import { kunciNama } from "./nama";

export interface AngkaSebelumnya {
  readonly dpa: number;
  readonly realisasi: number;
  readonly fisik: number | null;
  readonly bobotFisik: number;
}

export interface RekapSebelumnya {
  /** The subtitle as written ("Kondisi November 2024 · 5 dari 8 OPD melapor"). */
  readonly judul: string | null;
  /** By the OPD's normalised name. */
  readonly opd: ReadonlyMap<string, AngkaSebelumnya>;
  readonly total: { persen: number | null; fisik: number | null };
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The previous rekap's rows: under the header whose B and C say "Perangkat Daerah"/"Agency" and "DPA (Rp)". */
export function bacaRekapSebelumnya(g: Grid): RekapSebelumnya | undefined {
  const kepala = g.values.findIndex(
    (r) => /^(perangkat daerah|agency)$/i.test(text(r?.[1] ?? null)) && /^dpa \(rp\)$/i.test(text(r?.[2] ?? null)),
  );
  if (kepala < 0) return undefined;
  const opd = new Map<string, AngkaSebelumnya>();
  for (let r = kepala + 2; r < g.values.length; r++) {
    const row = g.values[r] ?? [];
    if (typeof row[0] !== "number") break;
    const dpa = num(row[2]);
    const realisasi = num(row[4]);
    if (dpa === null || realisasi === null || typeof row[1] !== "string") continue;
    opd.set(kunciNama(row[1]), { dpa, realisasi, fisik: num(row[8]), bobotFisik: num(row[12]) ?? 0 });
  }
  const xs = [...opd.values()];
  const dpa = xs.reduce((s, x) => s + x.dpa, 0);
  const realisasi = xs.reduce((s, x) => s + x.realisasi, 0);
  const berfisik = xs.filter((x) => x.fisik !== null);
  const bobot = berfisik.reduce((s, x) => s + x.bobotFisik, 0);
  return {
    judul: typeof g.values[1]?.[0] === "string" ? text(g.values[1][0]) : null,
    opd,
    total: {
      persen: dpa === 0 ? null : realisasi / dpa,
      fisik: bobot > 0 ? berfisik.reduce((s, x) => s + x.bobotFisik * (x.fisik ?? 0), 0) / bobot : null,
    },
  };
}
