/**
 * The comparisons of Bab III items 2–4 and the budget per sasaran, as plain values: the generated sheets write them
 * as formulas and the narrative writes them as sentences, from the same numbers.
 */
import { Indikator, Model, NodeAnggaran, Pembanding, Sasaran } from "../model";
import { jenisAkumulasiIndikator } from "../rules/agregasi";
import { TOLERANSI } from "../rules/predikat";

/** The indicator's earlier years, Renstra end target and national standard, wherever the reader found them. */
export const pembanding = (i: Indikator): Pembanding => ({
  tahunLalu: i.tahunLalu ?? i.realisasi?.tahunLalu,
  targetRenstra: i.targetRenstra ?? i.realisasi?.targetRenstra,
  standarNasional: i.standarNasional ?? i.realisasi?.standarNasional,
});

/** Realisasi to date for the Renstra: a stock is this year's value; a flow adds up the years (percentages never). */
export function realisasiSampaiKini(i: Indikator): { stok: boolean; sdLalu: number | null; sd: number | null } {
  const stok =
    (i.realisasi?.jenisAkumulasi ?? jenisAkumulasiIndikator(i.satuan, i.nama) ?? "kumulatif") === "nilai_akhir";
  const lalu = (pembanding(i).tahunLalu ?? []).map((y) => y.realisasi.nilai).filter((v): v is number => v !== null);
  const kini = i.realisasi?.nilai ?? null;
  const sdLalu = stok || lalu.length === 0 ? null : lalu.reduce((a, b) => a + b, 0);
  return { stok, sdLalu, sd: kini === null ? null : stok ? kini : kini + (sdLalu ?? 0) };
}

/** This year's realisasi against the national standard, judged by the indicator's polarity. */
export function bandingNasional(i: Indikator): {
  selisih: number | null;
  arah: "lebihBaik" | "setara" | "kurang" | null;
} {
  const std = pembanding(i).standarNasional?.nilai ?? null;
  const kini = i.realisasi?.nilai ?? null;
  if (kini === null || std === null) return { selisih: null, arah: null };
  const selisih = kini - std;
  if (i.polaritas === "rentang") return { selisih, arah: null };
  const arah = i.polaritas === "negatif" ? -1 : 1;
  return {
    selisih,
    arah:
      Math.abs(selisih) <= TOLERANSI * Math.max(1, Math.abs(std))
        ? "setara"
        : arah * selisih > 0
          ? "lebihBaik"
          : "kurang",
  };
}

/** Programs grouped by the sasaran they support (from the PK's program table); unlinked programs last. */
export function programPerSasaran(model: Model): { sasaran: Sasaran | null; program: NodeAnggaran[] }[] {
  const groups: { sasaran: Sasaran | null; program: NodeAnggaran[] }[] = model.sasaran.map((s) => ({
    sasaran: s,
    program: model.anggaran.filter((p) => p.sasaranNo != null && p.sasaranNo === s.no),
  }));
  const rest = model.anggaran.filter((p) => !groups.some((g) => g.program.includes(p)));
  if (rest.length > 0) groups.push({ sasaran: null, program: rest });
  return groups.filter((g) => g.program.length > 0);
}
