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
import { barisBukti, type PeranTabel } from "../core/read/bukti";
import { hitungTingkat, kelompokkanTemuan } from "../core/temuan-kelompok";

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

/** The model as `baca --json` prints it: its diagnostics repeated cell by cell grouped, as every output shows them. */
export function modelJson(m: Model): Model {
  return { ...m, diagnostics: kelompokkanTemuan(m.diagnostics) };
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
    kolom: 'Kolom yang dibaca, dengan buktinya ("perlu dicek" lebih dulu):',
    tabel: { pk: "PK", pk_program: "Program PK", realisasi: "Realisasi", anggaran: "Anggaran" } as Record<
      PeranTabel,
      string
    >,
    barisJudul: (b: readonly number[]) => `baris judul ${b.join(", ")}`,
    perbaiki:
      "Bila ada yang keliru: simpan pemetaan ini sebagai pemetaan.json, ubah kolomnya, lalu pakai --mapping pemetaan.json:",
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
    kolom: 'Columns read, with their evidence ("needs checking" first):',
    tabel: { pk: "PK", pk_program: "PK programs", realisasi: "Actuals", anggaran: "Budget" } as Record<
      PeranTabel,
      string
    >,
    barisJudul: (b: readonly number[]) => `header ${b.length > 1 ? "rows" : "row"} ${b.join(", ")}`,
    perbaiki:
      "If a reading is wrong: save this mapping as mapping.json, change its columns, and pass --mapping mapping.json:",
  },
} as const;

/** How each column was read and why, from the core's evidence (the pane's Tinjau shows the same sentences). */
function kolomLines(m: Model, bahasa: Bahasa): string[] {
  const k = KATA[bahasa];
  const tabel = m.buktiKolom ?? [];
  if (tabel.length === 0) return [];
  const ragu = tabel.some((t) => t.bidang.some((b) => !b.yakin));
  const { versi, lembar, tabel: kolom } = m.pemetaan;
  return [
    "",
    k.kolom,
    ...tabel.flatMap((t) => [
      `  ${k.tabel[t.peran]} "${t.sheet}" (${k.barisJudul(t.barisJudul)}):`,
      ...t.bidang.map((b) => `    ${barisBukti(b, bahasa)}`),
    ]),
    ...(ragu ? [k.perbaiki, `  ${JSON.stringify({ versi, lembar, tabel: kolom })}`] : []),
  ];
}

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
  lines.push(...kolomLines(m, bahasa));
  // A diagnostic repeated cell by cell is one line with its ranges and count, as in --json.
  const diagnostics = kelompokkanTemuan(m.diagnostics);
  const h = hitungTingkat(diagnostics);
  lines.push(
    "",
    TEMUAN[bahasa](h.error.temuan, h.warning.temuan, h.info.temuan, [h.error.sel, h.warning.sel, h.info.sel]),
    ...diagnostics.map((d) => diagnosticLine(d, bahasa)),
  );
  return lines.join("\n");
}
