/** A model in a few lines, for pinning what a workbook reads to. */
import { Model, NodeAnggaran } from "../../src/core/model";

export function ringkas(m: Model) {
  const walk = (n: NodeAnggaran): string[] => [
    `${n.level} ${n.kode ?? "-"} ${n.uraian}: ${n.pagu} / ${n.realisasi}`,
    ...n.children.flatMap(walk),
  ];
  return {
    indikator: m.sasaran.flatMap((s) =>
      s.indikator.map(
        (i) =>
          `${s.nama} | ${i.nama} [${i.satuan ?? "-"}] ${i.polaritas} target ${i.target}${i.targetAtas !== undefined ? `–${i.targetAtas}` : ""} realisasi ${i.realisasi?.nilai ?? "-"}`,
      ),
    ),
    anggaran: m.anggaran.flatMap(walk),
    diagnostics: m.diagnostics.map((d) => `${d.severity} ${d.code}${d.sheet ? ` ${d.sheet}!${d.cell ?? ""}` : ""}`),
  };
}
