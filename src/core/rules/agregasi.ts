/** Aggregations: capaian sasaran (mean of its indicators) and quarterly accumulation (jenis akumulasi). */
import { Hasil, SakipError, isSakipError, sakipError } from "../errors";
import { Pilihan, pilih } from "./pilihan";

/**
 * Mean of the indicators' capaian, or the weighted mean when weights are given. Blanks (null) are skipped; the
 * first error among the values is returned, so a broken indicator never silently drops out of the average.
 */
export function capaianSasaran(
  capaian: readonly (number | null | SakipError)[],
  bobot?: readonly (number | null | SakipError)[],
): Hasil<number> {
  if (bobot && bobot.length !== capaian.length) {
    return sakipError("#VALUE!", `Jumlah bobot (${bobot.length}) tidak sama dengan jumlah capaian (${capaian.length}).`);
  }
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < capaian.length; i++) {
    const c = capaian[i];
    if (isSakipError(c)) return sakipError(c.code, `Capaian ke-${i + 1}: ${c.message}`);
    if (c === null) continue;
    const w = bobot ? bobot[i] : 1;
    if (isSakipError(w)) return sakipError(w.code, `Bobot ke-${i + 1}: ${w.message}`);
    if (w === null) return sakipError("#VALUE!", `Bobot ke-${i + 1} kosong padahal capaiannya terisi.`);
    if (w < 0) return sakipError("#VALUE!", `Bobot ke-${i + 1} negatif (${w}).`);
    sum += c * w;
    weightSum += w;
  }
  if (weightSum === 0) {
    return bobot && capaian.some((c) => c !== null)
      ? sakipError("#DIV/0!", "Jumlah bobot 0.")
      : sakipError("#N/A", "Belum ada capaian indikator yang terisi.");
  }
  return sum / weightSum;
}

export type JenisAkumulasi = "kumulatif" | "nilai_akhir";

export const JENIS_AKUMULASI: Pilihan<JenisAkumulasi> = {
  nama: "Jenis akumulasi",
  bawaan: "kumulatif",
  sinonim: {
    kumulatif: ["akumulatif", "jumlah", "sum", "flow", "total", "dijumlahkan"],
    nilai_akhir: ["akhir", "nilai akhir", "terakhir", "posisi", "posisi akhir", "stock", "last", "tidak kumulatif", "persentase", "%"],
  },
};

/**
 * Realisasi to date from quarterly values: kumulatif (a flow: the sum of filled quarters) or nilai_akhir (a stock
 * such as a percentage or index: the last filled quarter). A 0 is a value; only a blank is "not filled". Never sum
 * percentages: that is what nilai_akhir is for.
 */
export function akumulasi(nilai: readonly (number | null | SakipError)[], jenis: JenisAkumulasi): Hasil<number | null> {
  let sum = 0;
  let last: number | null = null;
  for (const [i, v] of nilai.entries()) {
    if (isSakipError(v)) return sakipError(v.code, `Nilai ke-${i + 1}: ${v.message}`);
    if (v === null) continue;
    sum += v;
    last = v;
  }
  if (last === null) return null;
  return jenis === "kumulatif" ? sum : last;
}

export function parseJenisAkumulasi(value: unknown): Hasil<JenisAkumulasi> {
  return pilih(JENIS_AKUMULASI, value);
}
