/**
 * Periksa Konsistensi: checks a finished report's tables against their own arithmetic and against each other.
 * Every stated capaian, serapan, sisa and efisiensi is recomputed from its own row; parents and totals from their
 * parts; the same indicator or program is compared across tables; percentages must not be summed; capaian above
 * 150% and words that contradict their number are flagged. A stated figure that is the exact one truncated, or the
 * result of computing from a rounded intermediate, is information, not an error.
 *
 * tabel.ts reads the tables; kelompok.ts turns rows into statements about items; cek-baris.ts, cek-susunan.ts and
 * cek-antar.ts hold the checks; temuan.ts the findings and the tolerance; lembar.ts the Pemeriksaan sheet.
 */
import { Grid } from "../grid";
import type { Severity } from "../model";
import { Diagnostics } from "../read/diagnostics";
import { periksaAntarTabel, periksaTinggi, periksaUraian } from "./cek-antar";
import { cariE81 } from "../read/e81";
import { periksaBaris } from "./cek-baris";
import { periksaE81 } from "./cek-e81";
import { periksaJumlahLain } from "./cek-jumlah";
import { periksaSusunan } from "./cek-susunan";
import { kelompokkan, susunBaris, tahunLaporan } from "./kelompok";
import { tabelLaporan } from "./tabel";
import { HasilPeriksa, KodeTemuan, OpsiPeriksa, Pemeriksa, Temuan } from "./temuan";

export { ATURAN, rujukan } from "./temuan";
export type { HasilPeriksa, KodeTemuan, OpsiPeriksa, RingkasanTabel, SelTemuan, Temuan } from "./temuan";

export function periksaLaporan(grids: readonly Grid[], opsi: OpsiPeriksa = {}): HasilPeriksa {
  const diag = new Diagnostics();
  // An E.81 form (or a working file in its layout) is read as the reader reads it and checked through its formulas.
  const e81 = new Map(grids.map((g) => [g, cariE81(g)] as const).filter(([, ts]) => ts.length > 0));
  const tables = grids.filter((g) => !e81.has(g)).flatMap((g) => tabelLaporan(g, diag));
  const tahun = opsi.tahun ?? tahunLaporan(tables) ?? ([...e81.values()].flat().find((t) => t.tahun)?.tahun ?? null);
  const semua = susunBaris(tables, tahun);
  const grup = kelompokkan(semua);
  const p = new Pemeriksa();
  for (const baris of semua) periksaBaris(p, baris, grup);
  tables.forEach((_, i) => periksaSusunan(p, semua.filter((b) => b.tabel === i)));
  periksaAntarTabel(p, grup);
  periksaTinggi(p, semua, grup);
  periksaUraian(p, grids, semua, tahun);
  for (const [g, ts] of e81) for (const t of ts) periksaE81(p, g, t);
  periksaJumlahLain(p, grids.filter((g) => !e81.has(g)), tables);
  const jumlah: Partial<Record<KodeTemuan, number>> = {};
  for (const x of p.temuan) jumlah[x.code] = (jumlah[x.code] ?? 0) + 1;
  return {
    tahun,
    tabel: [
      ...tables.map((t) => ({ sheet: t.sheet, judul: t.judul, baris: t.baris.length, isian: [...new Set(t.kolom.map((c) => c.isian))] })),
      ...[...e81.values()].flat().map((t) => ({ sheet: t.sheet, judul: "Evaluasi Renja (E.81)", baris: t.rows.length, isian: ["target", "tw1", "tw2", "tw3", "tw4", "realisasi", "pagu", "realisasi_anggaran"] })),
    ],
    temuan: urutkan(p.temuan),
    diagnostik: diag.list.filter((d) => d.severity !== "info"),
    diperiksa: p.diperiksa,
    jumlah,
  };
}

const URUT_TINGKAT: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
function urutkan(t: Temuan[]): Temuan[] {
  return [...t].sort((a, b) => URUT_TINGKAT[a.severity] - URUT_TINGKAT[b.severity]);
}
