/** Earlier years, the Renstra end target and the national standard of an indicator row, where the table has them. */
import { Pembanding, TahunLalu } from "../model";
import { DaftarTemuan } from "./diagnostics";
import { Table } from "./tables";
import { Grid } from "../grid";
import { inUnit, readAngka, refOf, unitFactor } from "./values";

export function readPembanding(
  grid: Grid,
  diag: DaftarTemuan,
  table: Table,
  row: number,
  satuan: string | null,
): Pembanding {
  const ctx = { grid, diag };
  const sel = (col: number | undefined, label: string) => {
    const a = readAngka(ctx, row, col, label);
    const ref = refOf(a, grid.name, row, col, unitFactor(a, satuan));
    return { nilai: inUnit(a, satuan), ...(ref ? { ref } : {}) };
  };
  const years = Object.keys(table.tahunan)
    .map(Number)
    .sort((a, b) => a - b);
  const current = years[years.length - 1];
  const tahunLalu: TahunLalu[] = years
    .filter((y) => y !== current)
    .map((tahun) => ({
      tahun,
      target: sel(table.tahunan[tahun].target, `target ${tahun}`),
      realisasi: sel(table.tahunan[tahun].realisasi, `realisasi ${tahun}`),
    }))
    .filter((t) => t.target.nilai !== null || t.realisasi.nilai !== null);
  const c = table.columns;
  const targetRenstra = c.target_renstra !== undefined ? sel(c.target_renstra, "target Renstra") : undefined;
  const standarNasional = c.nasional !== undefined ? sel(c.nasional, "standar nasional") : undefined;
  return {
    ...(tahunLalu.length > 0 ? { tahunLalu } : {}),
    ...(targetRenstra && targetRenstra.nilai !== null ? { targetRenstra } : {}),
    ...(standarNasional && standarNasional.nilai !== null ? { standarNasional } : {}),
  };
}
