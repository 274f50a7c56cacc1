/**
 * `kinerja baca <file.xlsx> [--mapping m.json] [--json]`: what the reader makes of a workbook, in plain words or
 * as JSON for other systems.
 */
import { formatAngka, formatRupiah } from "../core";
import { bacaWorkbook } from "../core/read";
import { Diagnostic, Model, jumlahAnggaran, semuaNode } from "../core/model";
import { gridsPengguna } from "../xlsx/write";
import { bacaPemetaan, bukaBukuKerja } from "./berkas";

export async function baca(file: string, mappingFile?: string): Promise<Model> {
  const pemetaan = bacaPemetaan(mappingFile);
  const { grids, ours } = gridsPengguna(await bukaBukuKerja(file));
  return bacaWorkbook(grids, { pemetaan, abaikan: ours });
}


/** How a severity is written in the CLI's lines. */
export const LABEL_TINGKAT = { error: "GALAT", warning: "PERINGATAN", info: "info" } as const;

export function diagnosticLine(d: Diagnostic): string {
  const where = d.sheet ? `${d.sheet}${d.cell ? `!${d.cell}` : ""}: ` : "";
  return `  [${LABEL_TINGKAT[d.severity]}] ${where}${d.message}`;
}

export function ringkasan(m: Model): string {
  const nodes = semuaNode(m.anggaran);
  const count = (level: string) => nodes.filter((n) => n.level === level).length;
  const ind = m.sasaran.flatMap((s) => s.indikator);
  const lines = [
    `Lembar: PK "${m.pemetaan.lembar.pk ?? "-"}", realisasi "${m.pemetaan.lembar.realisasi ?? "-"}", anggaran "${m.pemetaan.lembar.anggaran ?? "-"}"`,
    `${m.sasaran.length} sasaran, ${ind.length} indikator (${ind.filter((i) => i.realisasi?.nilai != null).length} dengan realisasi)`,
    `${m.anggaran.length} program, ${count("kegiatan")} kegiatan, ${count("sub_kegiatan")} sub kegiatan; pagu ${formatRupiah(jumlahAnggaran(m.anggaran).pagu)}, realisasi ${formatRupiah(jumlahAnggaran(m.anggaran).realisasi)}`,
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
