/**
 * `kinerja generate <input.xlsx> [-o output.xlsx]`: reads the workbook, computes, and writes the Pengukuran Kinerja
 * and LKIP sheets into a copy. The input file is never written; the output appears only when complete.
 */
import * as path from "path";
import { Model } from "../core/model";
import { Laporan } from "../core/report";
import { hitung, HasilPerhitungan } from "../core/report/hasil";
import { OpsiSusun, susunLaporan } from "../core/report/susun";
import { SKALA } from "../core/rules/predikat";
import { gridsPengguna, tulisLembar, OpsiTulis } from "../xlsx/write";
import { bukaBukuKerja, tulisBukuKerja } from "./berkas";

export interface HasilGenerate {
  readonly output: string;
  readonly model: Model;
  readonly laporan: Laporan;
  readonly nama: Record<string, string>;
  readonly bentrok: string[];
  readonly hasil: HasilPerhitungan;
}

export async function generate(
  input: string,
  output: string,
  opsi: OpsiSusun,
  progress: (msg: string) => void = () => undefined,
  tulis: OpsiTulis = {},
): Promise<HasilGenerate> {
  const t0 = Date.now();
  const wb = await bukaBukuKerja(input);
  progress(`dibaca ${input} (${Date.now() - t0} ms)`);
  const { grids, ours, lama } = gridsPengguna(wb);
  const { model, laporan, nama, bentrok } = susunLaporan(grids, ours, { lembarLama: lama, ...opsi });
  progress(`dihitung (${Date.now() - t0} ms)`);
  tulisLembar(wb, laporan.sheets, tulis);
  await tulisBukuKerja(wb, input, output);
  progress(`ditulis ${output} (${Date.now() - t0} ms)`);
  return { output, model, laporan, nama, bentrok, hasil: hitung(model, SKALA[laporan.opsi.skala], laporan.opsi.metodeNegatif) };
}

export function defaultOutput(input: string): string {
  return path.resolve(`${path.basename(input, path.extname(input))}-kinerja.xlsx`);
}
