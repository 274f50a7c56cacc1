/**
 * `kinerja baca <file.xlsx> [--mapping m.json] [--json]`: what the reader makes of a workbook, in plain words or
 * as JSON for other systems.
 */
import { formatAngka, formatRupiah } from "../core";
import { bacaWorkbook } from "../core/read";
import type { EntriNomenklatur } from "../core/read/nomenklatur";
import { Diagnostic, GayaTriwulan, Model, NodeInduk, jumlahAnggaran, semuaNode } from "../core/model";
import { gridsPengguna } from "../xlsx/write";
import { bacaPemetaan, bukaBukuKerja } from "./berkas";

export async function baca(file: string, mappingFile?: string, nomenklatur?: readonly EntriNomenklatur[]): Promise<Model> {
  const pemetaan = bacaPemetaan(mappingFile);
  const { grids, ours } = gridsPengguna(await bukaBukuKerja(file));
  return bacaWorkbook(grids, { pemetaan, abaikan: ours, ...(nomenklatur ? { nomenklatur } : {}) });
}


/** How a severity is written in the CLI's lines. */
export const LABEL_TINGKAT = { error: "GALAT", warning: "PERINGATAN", info: "info" } as const;

export function diagnosticLine(d: Diagnostic): string {
  const where = d.sheet ? `${d.sheet}${d.cell ? `!${d.cell}` : ""}: ` : "";
  return `  [${LABEL_TINGKAT[d.severity]}] ${where}${d.message}`;
}

const GAYA: Record<GayaTriwulan, string> = {
  tambahan: "K per TW sebagai tambahan",
  kumulatif_fraksi: "progres kumulatif sebagai pecahan 0–1",
  kumulatif_persen: "progres kumulatif dalam persen",
  kumulatif_dikurangi: "K = progres kumulatif × target − TW sebelumnya",
};

function tingkatAtas(m: Model): string[] {
  const all = (m.induk ?? []).flatMap(function walk(n: NodeInduk): NodeInduk[] {
    return [n, ...n.children.flatMap(walk)];
  });
  if (all.length === 0) return [];
  const names = (level: string) => all.filter((n) => n.level === level).map((n) => n.uraian);
  const urusan = names("urusan");
  const bidang = names("bidang_urusan");
  return [`${urusan.length} urusan/unsur${urusan.length ? ` (${urusan.join("; ")})` : ""}, ${bidang.length} bidang urusan${bidang.length ? ` (${bidang.join("; ")})` : ""}`];
}

function triwulanLine(m: Model): string {
  const subs = semuaNode(m.anggaran).filter((n) => n.children.length === 0);
  const tw = [0, 1, 2, 3].map((q) => subs.reduce((s, n) => s + (n.triwulan?.rp[q] ?? 0), 0));
  return `Realisasi per triwulan (sampai TW ${["I", "II", "III", "IV"][m.triwulan!.terakhir - 1]}; ${GAYA[m.triwulan!.gaya]}): ${tw.map((v, q) => `TW ${["I", "II", "III", "IV"][q]} ${formatRupiah(v)}`).join(", ")}`;
}

export function ringkasan(m: Model): string {
  const nodes = semuaNode(m.anggaran);
  const count = (level: string) => nodes.filter((n) => n.level === level).length;
  const ind = m.sasaran.flatMap((s) => s.indikator);
  const lines = [
    `Lembar: PK "${m.pemetaan.lembar.pk ?? "-"}", realisasi "${m.pemetaan.lembar.realisasi ?? "-"}", anggaran "${m.pemetaan.lembar.anggaran ?? "-"}"`,
    `${m.sasaran.length} sasaran, ${ind.length} indikator (${ind.filter((i) => i.realisasi?.nilai != null).length} dengan realisasi)`,
    ...(m.perangkatDaerah ? [`Perangkat daerah: ${m.perangkatDaerah}`] : []),
    ...tingkatAtas(m),
    `${m.anggaran.length} program, ${count("kegiatan")} kegiatan, ${count("sub_kegiatan")} sub kegiatan; pagu ${formatRupiah(jumlahAnggaran(m.anggaran).pagu)}, realisasi ${formatRupiah(jumlahAnggaran(m.anggaran).realisasi)}`,
    ...(m.triwulan ? [triwulanLine(m)] : []),
    "",
    ...m.sasaran.flatMap((s) => [
      `${s.no ? `${s.no}. ` : ""}${s.nama}`,
      ...s.indikator.map((i) => `    ${i.nama}: target ${i.target === null ? "-" : formatAngka(i.target, 4)}${i.satuan ? ` ${i.satuan}` : ""}, realisasi ${i.realisasi?.nilai == null ? "-" : formatAngka(i.realisasi.nilai, 4)}`),
    ]),
  ];
  const counts = (sev: string) => m.diagnostics.filter((d) => d.severity === sev).length;
  lines.push("", `Temuan: ${counts("error")} galat, ${counts("warning")} peringatan, ${counts("info")} info`, ...m.diagnostics.map(diagnosticLine));
  return lines.join("\n");
}
