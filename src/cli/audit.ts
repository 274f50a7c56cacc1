/**
 * `kinerja audit <laporan.xlsx> [-o keluaran.xlsx] [--json] [--tahun 2023]`: Periksa Konsistensi on a finished
 * report's tables. Prints every finding with its cells, and writes a copy of the workbook with the "Pemeriksaan"
 * sheet (the input is never written).
 */
import { HasilPeriksa, rujukan, Temuan } from "../core/audit";
import { periksaBukuKerja } from "../xlsx/write";
import { diagnosticLine, LABEL_TINGKAT } from "./baca";
import { bukaBukuKerja, cekAkhiran, namaKeluaran, tulisBukuKerja } from "./berkas";

export interface HasilAudit {
  readonly hasil: HasilPeriksa;
  readonly output: string;
  readonly lembar: string;
}

export async function audit(input: string, output: string, opsi: { tahun?: number; termasukBuatan?: boolean } = {}): Promise<HasilAudit> {
  const paket = await bukaBukuKerja(input);
  cekAkhiran(paket, output);
  const { hasil, lembar, isi } = periksaBukuKerja(paket, opsi);
  tulisBukuKerja(isi, input, output);
  return { hasil, output, lembar };
}

export function defaultAuditOutput(input: string): string {
  return namaKeluaran(input, "pemeriksaan");
}

export function temuanLine(t: Temuan): string {
  const lain = t.sel.length > 1 ? `\n      sel lain: ${t.sel.slice(1).map(rujukan).join(", ")}` : "";
  return `  [${LABEL_TINGKAT[t.severity]}] ${rujukan(t.sel[0])} ${t.code}: ${t.message}${t.penyebab && !t.message.includes(t.penyebab) ? `\n      → ${t.penyebab}` : ""}${lain}`;
}

export function ringkasanAudit(r: HasilAudit): string {
  const { hasil } = r;
  const n = (sev: string) => hasil.temuan.filter((t) => t.severity === sev).length;
  const perKode = Object.entries(hasil.jumlah).map(([k, v]) => `${k} ${v}`).join(", ");
  return [
    `Diperiksa: ${hasil.tabel.length} tabel${hasil.tahun ? `, tahun ${hasil.tahun}` : ""}; ${hasil.diperiksa} angka dihitung ulang atau dibandingkan`,
    `Temuan: ${n("error")} galat, ${n("warning")} peringatan, ${n("info")} info${perKode ? ` (${perKode})` : ""}`,
    ...hasil.temuan.map(temuanLine),
    ...(hasil.diagnostik.length ? ["Tidak dapat dibaca:", ...hasil.diagnostik.map(diagnosticLine)] : []),
    `Ditulis: ${r.output} (lembar "${r.lembar}")`,
    "",
  ].join("\n");
}
