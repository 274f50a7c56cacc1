/**
 * A budget table whose realisasi is a group of quarters under one heading ("Realisasi (Rp) › Triwulan I … IV", beside
 * "Rencana Anggaran Kas (Rp) › Triwulan I … IV"): money is a flow, so the realisasi to the last reported quarter is
 * the sum of that group's quarters, never its first column alone.
 */
import { Grid, columnLetter } from "../grid";
import { kutip } from "../errors";
import { DaftarTemuan } from "./diagnostics";
import { Table, headerLabels } from "./tables";
import { AngkaSel, readAngka } from "./values";
import type { Ambigu } from "../numbers";

const TRIWULAN = /^(?:tw|triwulan|trw|tri\s*wulan)\s*-?\s*(i{1,3}|iv|[1-4])$/i;
const KE: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

/** The columns of the realisasi's quarter group, by quarter; undefined when its column is not one of such a group. */
export function kolomRealisasiTw(grid: Grid, table: Table): (number | undefined)[] | undefined {
  const c = table.columns.realisasi_anggaran;
  if (c === undefined || table.headerRows.length < 2) return undefined;
  const width = Math.max(c + 1, ...table.headerRows.map((r) => grid.values[r]?.length ?? 0));
  const labels = headerLabels(grid, table.headerRows, width, undefined, " › ");
  const bagian = (l: string) => {
    const p = l.split(" › ");
    const m = TRIWULAN.exec((p[p.length - 1] ?? "").trim());
    return m && p.length >= 2 ? { grup: p.slice(0, -1).join(" › "), ke: KE[m[1].toLowerCase()] } : undefined;
  };
  const sendiri = bagian(labels[c] ?? "");
  if (!sendiri) return undefined;
  const kolom: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let k = 0; k < width; k++) {
    const b = bagian(labels[k] ?? "");
    if (!b || b.grup !== sendiri.grup) continue;
    if (kolom[b.ke] !== undefined) return undefined;
    kolom[b.ke] = k;
  }
  return kolom.filter((k) => k !== undefined).length >= 2 ? kolom : undefined;
}

/** A row's realisasi: the sum of its group's filled quarters (not a cell of its own, so never referenced). */
export function jumlahTriwulan(
  ctx: { grid: Grid; diag: DaftarTemuan },
  row: number,
  kolom: readonly (number | undefined)[],
  style: Ambigu,
): AngkaSel {
  const isi = kolom.map((k) => (k === undefined ? undefined : readAngka(ctx, row, k, "realisasi anggaran", style)));
  const ok = isi.filter((a): a is AngkaSel => a?.status === "ok" && a.value !== null);
  if (ok.length === 0) return isi.find((a) => a?.status === "bad") ?? { value: null, percent: false, status: "blank" };
  return { value: ok.reduce((s, a) => s + a.value!, 0), percent: false, status: "ok" };
}

/** Said once: which columns make the realisasi. */
export function laporRealisasiTw(
  grid: Grid,
  table: Table,
  kolom: readonly (number | undefined)[],
  diag: DaftarTemuan,
): void {
  const isi = kolom.flatMap((k, i) =>
    k !== undefined && table.rows.some((r) => typeof grid.values[r]?.[k] === "number") ? [[i, k]] : [],
  );
  if (isi.length === 0) return;
  const ROMAWI = ["I", "II", "III", "IV"];
  const sd = ROMAWI[isi[isi.length - 1][0]];
  const cols = isi.map(([, k]) => columnLetter(k)).join(", ");
  diag.info(
    "REALISASI_ANGGARAN_DARI_TW",
    {
      id: `Realisasi anggaran s.d. triwulan ${sd} dijumlahkan dari kolom triwulan kelompok realisasinya (${cols}): lembar ${kutip(grid.name, 40)} tidak memuat kolom realisasi kumulatif. Tentukan kolom lain di pemetaan bila keliru.`,
      en: `The budget's actual to quarter ${sd} is the sum of its realisation group's quarter columns (${cols}): sheet ${kutip(grid.name, 40)} has no cumulative realisation column. Choose another column in the mapping if that is wrong.`,
    },
    { sheet: grid.name, row: table.headerRows[0], col: isi[0][1] },
  );
}
