/**
 * The task pane's "Baca", "Buat" and "Periksa Konsistensi" in Excel, in a bounded number of syncs: 1 (names) +
 * 2 (read: extents, data batches sized by measured bytes) + data blocks + 2 (swap, delete). Office.js stays in
 * src/excel; the job is core code.
 */
import { HasilPeriksa, OpsiPeriksa } from "../core/audit";
import { susunPemeriksaan } from "../core/audit/lembar";
import { Grid } from "../core/grid";
import { ID_PEMERIKSAAN, ID_TRIWULAN } from "../core/report/spec";
import { OpsiSusun, Susunan, susunLaporan } from "../core/report/susun";
import { rumusUntukBahasa } from "./fungsi";
import { LaporanBaca, Terpotong, readGrids } from "./read";
import { Keadaan, bacaKeadaan, tulisLembarExcel } from "./write";

export interface HasilExcel extends Susunan {
  readonly syncs: number;
  /** The user's formulas that name a rebuilt sheet, bound to it again ('Sheet'!A1). */
  readonly disambung: string[];
  /** Temporary sheets an interrupted run had left, deleted. */
  readonly dibersihkan: string[];
  /** Sheets whose used range runs past what was read (a stray value far below or right of the table). */
  readonly terpotong: Terpotong[];
  /** User sheets with too many formulas to read: theirs that point into a rebuilt sheet are not bound again. */
  readonly rumusTakDibaca: string[];
}

/** The user's sheets (ours excluded) as Grids, with what the first sync learned. */
export async function bacaExcel(
  context: Excel.RequestContext,
): Promise<{ k: Keadaan; ours: string[]; grids: Grid[]; terpotong: Terpotong[] }> {
  const k = await bacaKeadaan(context);
  const ours = [...k.ours.values()].map((s) => s.name);
  const laporan: LaporanBaca = { terpotong: [], syncs: 0 };
  const grids = await readGrids(
    context,
    ours,
    k.sheets.map((s) => s.name),
    laporan,
  );
  return { k, ours, grids, terpotong: laporan.terpotong };
}

export async function generateExcel(
  context: Excel.RequestContext,
  opsi: OpsiSusun = {},
  progres: (langkah: "membaca" | "menghitung" | "menulis") => void = () => undefined,
  signal?: AbortSignal,
  /** Excel's display language: SAKIP.* formulas are written with the names Excel registered for it. */
  lokal?: string,
): Promise<HasilExcel> {
  progres("membaca");
  const k = await bacaKeadaan(context);
  const ours = [...k.ours.values()].map((s) => s.name);
  // Our earlier sheets the user writes into (the E.81's notes, the monitoring threshold) are read in the same sync.
  const lamaNama = new Map(ID_TRIWULAN.flatMap((id) => (k.ours.get(id) ? [[k.ours.get(id)!.name, id] as const] : [])));
  const laporan: LaporanBaca = { terpotong: [], syncs: 0, rumus: [] };
  const semua = await readGrids(
    context,
    ours.filter((n) => !lamaNama.has(n)),
    k.sheets.map((s) => s.name),
    laporan,
  );
  const grids = semua.filter((g) => !lamaNama.has(g.name));
  const lembarLama = Object.fromEntries(
    semua.filter((g) => lamaNama.has(g.name)).map((g) => [lamaNama.get(g.name)!, g]),
  );
  if (signal?.aborted) throw new Error("Dibatalkan");
  progres("menghitung");
  const susunan = susunLaporan(grids, ours, { lembarLama, ...opsi });
  progres("menulis");
  const specs = rumusUntukBahasa(susunan.laporan.sheets, lokal);
  const tulis = await tulisLembarExcel(context, specs, k, signal, laporan.rumus);
  return {
    ...susunan,
    syncs: 1 + laporan.syncs + tulis.syncs,
    disambung: tulis.disambung,
    dibersihkan: tulis.dibersihkan,
    terpotong: laporan.terpotong,
    rumusTakDibaca: laporan.rumusTakDibaca ?? [],
  };
}

/**
 * Periksa Konsistensi: the user's sheets are read (with `termasukBuatan`, our generated report too; never an earlier
 * audit result or our quarterly forms); the Pemeriksaan sheet replaces the earlier one.
 */
export async function periksaExcel(
  context: Excel.RequestContext,
  progres: (langkah: "membaca" | "memeriksa" | "menulis") => void = () => undefined,
  signal?: AbortSignal,
  opsi: OpsiPeriksa = {},
): Promise<{ hasil: HasilPeriksa; lembar: string; syncs: number; terpotong: Terpotong[] }> {
  progres("membaca");
  const k = await bacaKeadaan(context);
  const lama = k.ours.get(ID_PEMERIKSAAN)?.name;
  const names = k.sheets.map((s) => s.name);
  const triwulan = ID_TRIWULAN.flatMap((id) => k.ours.get(id)?.name ?? []);
  const buatan = opsi.termasukBuatan ? [] : [...k.ours.values()].map((s) => s.name);
  const laporan: LaporanBaca = { terpotong: [], syncs: 0, rumus: [] };
  const grids = await readGrids(
    context,
    [...new Set([...(lama ? [lama] : []), ...triwulan, ...buatan])],
    names,
    laporan,
  );
  if (signal?.aborted) throw new Error("Dibatalkan");
  progres("memeriksa");
  const { hasil, spec } = susunPemeriksaan(
    grids,
    names.filter((n) => n !== lama),
    opsi,
  );
  progres("menulis");
  const tulis = await tulisLembarExcel(context, [spec], k, signal, laporan.rumus);
  return { hasil, lembar: spec.nama, syncs: 1 + laporan.syncs + tulis.syncs, terpotong: laporan.terpotong };
}
