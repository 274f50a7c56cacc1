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
    return sakipError("#VALUE!", {
      id: `Jumlah bobot (${bobot.length}) tidak sama dengan jumlah capaian (${capaian.length}).`,
      en: `${bobot.length} weights for ${capaian.length} achievements.`,
    });
  }
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < capaian.length; i++) {
    const c = capaian[i];
    if (isSakipError(c))
      return sakipError(c.code, {
        id: `Capaian ke-${i + 1}: ${c.message}`,
        en: `Achievement ${i + 1}: ${c.messageEn ?? c.message}`,
      });
    if (c === null) continue;
    const w = bobot ? bobot[i] : 1;
    if (isSakipError(w))
      return sakipError(w.code, {
        id: `Bobot ke-${i + 1}: ${w.message}`,
        en: `Weight ${i + 1}: ${w.messageEn ?? w.message}`,
      });
    if (w === null)
      return sakipError("#VALUE!", {
        id: `Bobot ke-${i + 1} kosong padahal capaiannya terisi.`,
        en: `Weight ${i + 1} is blank while its achievement is filled.`,
      });
    if (w < 0)
      return sakipError("#VALUE!", {
        id: `Bobot ke-${i + 1} negatif (${w}).`,
        en: `Weight ${i + 1} is negative (${w}).`,
      });
    sum += c * w;
    weightSum += w;
  }
  if (weightSum === 0) {
    return bobot && capaian.some((c) => c !== null)
      ? sakipError("#DIV/0!", { id: "Jumlah bobot 0.", en: "The weights sum to 0." })
      : sakipError("#N/A", {
          id: "Belum ada capaian indikator yang terisi.",
          en: "No indicator has an achievement yet.",
        });
  }
  return sum / weightSum;
}

/**
 * A sasaran's capaian in the generated report (docs/RULES.md): the mean of *all* its indicators, so "belum dapat
 * dihitung" (#N/A, naming the first indicator without one and why) until every indicator has a capaian.
 */
export function capaianSasaranLengkap(capaian: readonly Hasil<number>[]): Hasil<number> {
  const i = capaian.findIndex(isSakipError);
  if (i >= 0) {
    const c = capaian[i] as SakipError;
    return sakipError("#N/A", {
      id: `Capaian sasaran belum dapat dihitung: indikator ke-${i + 1}: ${c.message}`,
      en: `The goal's achievement cannot be computed yet: indicator ${i + 1}: ${c.messageEn ?? c.message}`,
    });
  }
  return capaianSasaran(capaian);
}

export type JenisAkumulasi = "kumulatif" | "nilai_akhir";

export const JENIS_AKUMULASI: Pilihan<JenisAkumulasi> = {
  nama: "Jenis akumulasi",
  namaEn: "Accumulation type",
  bawaan: "kumulatif",
  sinonim: {
    kumulatif: ["akumulatif", "jumlah", "sum", "flow", "total", "dijumlahkan"],
    nilai_akhir: [
      "akhir",
      "nilai akhir",
      "terakhir",
      "posisi",
      "posisi akhir",
      "stock",
      "last",
      "tidak kumulatif",
      "persentase",
      "%",
    ],
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
    if (isSakipError(v))
      return sakipError(v.code, {
        id: `Nilai ke-${i + 1}: ${v.message}`,
        en: `Value ${i + 1}: ${v.messageEn ?? v.message}`,
      });
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
