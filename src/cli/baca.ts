/**
 * `kinerja baca <file.xlsx> [--mapping m.json] [--json]`: what the reader makes of a workbook, in plain words or
 * as JSON for other systems.
 */
import { formatAngka, formatRupiah } from "../core";
import { bacaWorkbook } from "../core/read";
import type { EntriNomenklatur } from "../core/read/nomenklatur";
import { Temuan, GayaTriwulan, Model, NodeInduk, jumlahAnggaran, realisasiDilaporkan, semuaNode } from "../core/model";
import { gridsPengguna } from "../xlsx/write";
import { rujukanSel } from "../core/grid";
import { bacaPemetaan, bukaBukuKerja } from "./berkas";
import { pesan, type Bahasa, type Dwibahasa } from "../core/bahasa";
import { jamak, LABEL_TINGKAT, TAHUN, TEMUAN } from "./teks";

export async function baca(
  file: string,
  mappingFile?: string,
  nomenklatur?: readonly EntriNomenklatur[],
  catat?: (d: Dwibahasa) => void,
  tahun?: number,
): Promise<Model> {
  const pemetaan = bacaPemetaan(mappingFile);
  const { grids, ours } = gridsPengguna(await bukaBukuKerja(file, catat));
  return bacaWorkbook(grids, {
    pemetaan,
    abaikan: ours,
    ...(nomenklatur ? { nomenklatur } : {}),
    ...(tahun !== undefined ? { tahun } : {}),
  });
}

export function diagnosticLine(d: Temuan, bahasa: Bahasa = "id"): string {
  const where = d.sheet ? `${rujukanSel(d.sheet, d.cell)}: ` : "";
  return `  [${LABEL_TINGKAT[bahasa][d.severity]}] ${where}${pesan(d, bahasa)}`;
}

const TW = ["I", "II", "III", "IV"] as const;

const KATA = {
  id: {
    lembar: (pk: string, realisasi: string, anggaran: string) =>
      `Lembar: PK "${pk}", realisasi "${realisasi}", anggaran "${anggaran}"`,
    jumlah: (s: number, i: number, r: number) => `${s} sasaran, ${i} indikator (${r} dengan realisasi)`,
    perangkatDaerah: "Perangkat daerah",
    urusan: (u: number, b: number) => [`${u} urusan/unsur`, `${b} bidang urusan`],
    anggaran: (p: number, k: number, s: number, pagu: string, realisasi: string) =>
      `${p} program, ${k} kegiatan, ${s} sub kegiatan; pagu ${pagu}, realisasi ${realisasi}`,
    triwulan: (sampai: number, gaya: string, tw: string[]) =>
      `Realisasi per triwulan (sampai TW ${TW[sampai - 1]}; ${gaya}): ${tw.map((v, q) => `TW ${TW[q]} ${v}`).join(", ")}`,
    indikator: (target: string, realisasi: string) => `target ${target}, realisasi ${realisasi}`,
    gaya: {
      tambahan: "K per TW sebagai tambahan",
      kumulatif_fraksi: "progres kumulatif sebagai pecahan 0–1",
      kumulatif_persen: "progres kumulatif dalam persen",
      kumulatif_dikurangi: "K = progres kumulatif × target − TW sebelumnya",
    } as Record<GayaTriwulan, string>,
  },
  en: {
    lembar: (pk: string, realisasi: string, anggaran: string) =>
      `Sheets: PK "${pk}", realisation "${realisasi}", budget "${anggaran}"`,
    jumlah: (s: number, i: number, r: number) =>
      `${s} ${jamak(s, "goal", "goals")}, ${i} ${jamak(i, "indicator", "indicators")} (${r} with realisation)`,
    perangkatDaerah: "Agency",
    urusan: (u: number, b: number) => [
      `${u} government ${jamak(u, "affair", "affairs")}`,
      `${b} ${jamak(b, "affair field", "affair fields")}`,
    ],
    anggaran: (p: number, k: number, s: number, pagu: string, realisasi: string) =>
      `${p} ${jamak(p, "program", "programs")}, ${k} ${jamak(k, "activity", "activities")}, ${s} ${jamak(s, "sub-activity", "sub-activities")}; budget ${pagu}, spent ${realisasi}`,
    triwulan: (sampai: number, gaya: string, tw: string[]) =>
      `Realisation per quarter (up to Q${sampai}; ${gaya}): ${tw.map((v, q) => `Q${q + 1} ${v}`).join(", ")}`,
    indikator: (target: string, realisasi: string) => `target ${target}, realisation ${realisasi}`,
    gaya: {
      tambahan: "each quarter's K as an increment",
      kumulatif_fraksi: "cumulative progress as a fraction 0–1",
      kumulatif_persen: "cumulative progress in percent",
      kumulatif_dikurangi: "K = cumulative progress × target − previous quarters",
    } as Record<GayaTriwulan, string>,
  },
} as const;

function tingkatAtas(m: Model, bahasa: Bahasa): string[] {
  const all = (m.induk ?? []).flatMap(function walk(n: NodeInduk): NodeInduk[] {
    return [n, ...n.children.flatMap(walk)];
  });
  if (all.length === 0) return [];
  const names = (level: string) => all.filter((n) => n.level === level).map((n) => n.uraian);
  const urusan = names("urusan");
  const bidang = names("bidang_urusan");
  const [u, b] = KATA[bahasa].urusan(urusan.length, bidang.length);
  return [
    `${u}${urusan.length ? ` (${urusan.join("; ")})` : ""}, ${b}${bidang.length ? ` (${bidang.join("; ")})` : ""}`,
  ];
}

function triwulanLine(m: Model, bahasa: Bahasa): string {
  const subs = semuaNode(m.anggaran).filter((n) => n.children.length === 0);
  const tw = [0, 1, 2, 3].map((q) =>
    formatRupiah(
      subs.reduce((s, n) => s + (n.triwulan?.rp[q] ?? 0), 0),
      bahasa,
    ),
  );
  return KATA[bahasa].triwulan(m.triwulan!.terakhir, KATA[bahasa].gaya[m.triwulan!.gaya], tw);
}

export function ringkasan(m: Model, bahasa: Bahasa = "id"): string {
  const k = KATA[bahasa];
  const nodes = semuaNode(m.anggaran);
  const count = (level: string) => nodes.filter((n) => n.level === level).length;
  const ind = m.sasaran.flatMap((s) => s.indikator);
  const total = jumlahAnggaran(m.anggaran);
  const lines = [
    k.lembar(m.pemetaan.lembar.pk ?? "-", m.pemetaan.lembar.realisasi ?? "-", m.pemetaan.lembar.anggaran ?? "-"),
    TAHUN[bahasa](m.tahun ?? null),
    k.jumlah(m.sasaran.length, ind.length, ind.filter((i) => i.realisasi?.nilai != null).length),
    ...(m.perangkatDaerah ? [`${k.perangkatDaerah}: ${m.perangkatDaerah}`] : []),
    ...tingkatAtas(m, bahasa),
    k.anggaran(
      m.anggaran.length,
      count("kegiatan"),
      count("sub_kegiatan"),
      formatRupiah(total.pagu, bahasa),
      // A plan (an anggaran kas) reports no realisasi: "–", not Rp 0.
      realisasiDilaporkan(m.anggaran) === null ? "–" : formatRupiah(total.realisasi, bahasa),
    ),
    ...(m.triwulan ? [triwulanLine(m, bahasa)] : []),
    "",
    ...m.sasaran.flatMap((s) => [
      `${s.no ? `${s.no}. ` : ""}${s.nama}`,
      ...s.indikator.map((i) => {
        // Both figures rounded as a report prints them (two decimals), each with its unit.
        const angka = (n: number | null | undefined) =>
          n == null ? "-" : `${formatAngka(n, 2, 0, bahasa)}${i.satuan ? ` ${i.satuan}` : ""}`;
        return `    ${i.nama}: ${k.indikator(angka(i.target), angka(i.realisasi?.nilai))}`;
      }),
    ]),
  ];
  const counts = (sev: string) => m.diagnostics.filter((d) => d.severity === sev).length;
  lines.push(
    "",
    TEMUAN[bahasa](counts("error"), counts("warning"), counts("info")),
    ...m.diagnostics.map((d) => diagnosticLine(d, bahasa)),
  );
  return lines.join("\n");
}
