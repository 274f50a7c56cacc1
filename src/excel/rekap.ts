/**
 * Rekap Pemda in Excel: the rekap's sheets (built from the OPD files the user picked) written into the open workbook
 * by the same safe writer as the report (write.ts): a previous rekap of ours is replaced, the report and the audit
 * sheets are left alone, and a user's sheet is never renamed, written or deleted. When a user's own sheet already has
 * one of the rekap's names, nothing is written and the names are returned: the rekap's formulas name its sheets, so
 * they cannot take another name here.
 */
import type { SheetSpec } from "../core/report/spec";
import { bacaKeadaan, tulisLembarExcel } from "./write";

export interface HasilRekapExcel {
  /** The sheets written (none when `bentrok`). */
  readonly lembar: string[];
  /** The user's sheets that hold a rekap sheet's name. */
  readonly bentrok: string[];
  readonly syncs: number;
}

export async function tulisRekapExcel(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  signal?: AbortSignal,
): Promise<HasilRekapExcel> {
  const k = await bacaKeadaan(context);
  const milikKita = new Set([...k.ours.values()].map((s) => s.name.toLowerCase()));
  const pengguna = k.sheets.filter((s) => !milikKita.has(s.name.toLowerCase()));
  const bentrok = specs
    .map((s) => s.nama)
    .filter((n) => pengguna.some((s) => s.name.toLowerCase() === n.toLowerCase()));
  if (bentrok.length > 0) return { lembar: [], bentrok, syncs: 1 };
  if (signal?.aborted) throw new Error("Dibatalkan");
  const tulis = await tulisLembarExcel(context, specs, k, signal);
  return { lembar: specs.map((s) => s.nama), bentrok: [], syncs: 1 + tulis.syncs };
}
