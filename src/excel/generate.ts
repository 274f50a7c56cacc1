/**
 * The task pane's "Buat": read the workbook, build the sheets, write them, in a bounded number of syncs:
 * 1 (names) + 2 (read) + data blocks + 2 (swap, delete). Office.js stays in src/excel; the job is core code.
 */
import { OpsiSusun, Susunan, susunLaporan } from "../core/report/susun";
import { readGrids } from "./read";
import { bacaKeadaan, tulisLembarExcel } from "./write";

export interface HasilExcel extends Susunan {
  readonly syncs: number;
}

export async function generateExcel(context: Excel.RequestContext, opsi: OpsiSusun = {}): Promise<HasilExcel> {
  const k = await bacaKeadaan(context);
  const ours = [...k.ours.values()].map((s) => s.name);
  const grids = await readGrids(context, ours, k.sheets.map((s) => s.name));
  const susunan = susunLaporan(grids, ours, opsi);
  const writeSyncs = await tulisLembarExcel(context, susunan.laporan.sheets, k);
  return { ...susunan, syncs: 1 + 2 + writeSyncs };
}
