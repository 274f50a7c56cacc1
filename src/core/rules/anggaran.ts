/**
 * Budget rules: serapan = realisasi / pagu; sisa = pagu − realisasi; efisiensi by a named method (DOMAIN: the seed's
 * "Efisiensi Anggaran" Rupiah column is exactly sisa).
 */
import { Hasil, sakipError } from "../errors";
import { Pilihan, pilih } from "./pilihan";
import { TOLERANSI } from "./predikat";

export type MetodeEfisiensi = "sisa" | "bersyarat" | "selisih" | "rasio";

export const METODE_EFISIENSI: Pilihan<MetodeEfisiensi> = {
  nama: "Metode efisiensi",
  namaEn: "Efficiency method",
  bawaan: "sisa",
  sinonim: {
    sisa: ["sisa anggaran", "sisa/pagu", "default", "standar"],
    bersyarat: ["target tercapai", "jika tercapai", "conditional"],
    selisih: ["capaian-serapan", "capaian - serapan", "poin", "difference"],
    rasio: ["serapan/capaian", "serapan : capaian", "ratio"],
  },
};

/** What each method returns, for sheet captions and docs. */
export const PENJELASAN_EFISIENSI: Readonly<Record<MetodeEfisiensi, string>> = {
  sisa: "Efisiensi = (pagu − realisasi anggaran) ÷ pagu",
  bersyarat: "Efisiensi = (pagu − realisasi) ÷ pagu bila capaian ≥ 100%, selain itu 0",
  selisih: "Efisiensi = capaian − serapan (poin persen; > 5 poin efisien)",
  rasio: "Efisiensi = serapan ÷ capaian (< 60% sangat efisien; > 100% tidak efisien)",
};

function cekPagu(pagu: number | null): Hasil<number> {
  if (pagu === null) return sakipError("#N/A", { id: "Pagu kosong.", en: "Budget (pagu) is blank." });
  if (pagu < 0)
    return sakipError("#VALUE!", {
      id: `Pagu negatif (${pagu}): periksa angka anggaran.`,
      en: `Budget (pagu) is negative (${pagu}): check the budget figure.`,
    });
  return pagu;
}

export function serapan(realisasi: number | null, pagu: number | null): Hasil<number> {
  const p = cekPagu(pagu);
  if (typeof p !== "number") return p;
  if (realisasi === null)
    return sakipError("#N/A", {
      id: "Realisasi anggaran belum dilaporkan (sel kosong).",
      en: "Budget realisation not reported yet (blank cell).",
    });
  if (p === 0)
    return sakipError("#DIV/0!", {
      id: "Pagu 0: serapan tidak dapat dihitung.",
      en: "Budget (pagu) is 0: absorption cannot be computed.",
    });
  return realisasi / p;
}

export function sisa(pagu: number | null, realisasi: number | null): Hasil<number> {
  const p = cekPagu(pagu);
  if (typeof p !== "number") return p;
  if (realisasi === null)
    return sakipError("#N/A", {
      id: "Realisasi anggaran belum dilaporkan (sel kosong).",
      en: "Budget realisation not reported yet (blank cell).",
    });
  return p - realisasi;
}

export function efisiensi(
  pagu: number | null,
  realisasi: number | null,
  capaian: number | null,
  metode: MetodeEfisiensi = "sisa",
): Hasil<number> {
  const s = serapan(realisasi, pagu);
  if (typeof s !== "number") return s;
  // sisa ÷ pagu, not 1 − serapan: 1 − 0,9 is 0,09999999999999998.
  const sisaRasio = (pagu! - realisasi!) / pagu!;
  if (metode === "sisa") return sisaRasio;
  if (capaian === null)
    return sakipError("#VALUE!", {
      id: `Metode efisiensi "${metode}" memerlukan capaian kinerja.`,
      en: `Efficiency method "${metode}" needs the performance achievement.`,
    });
  switch (metode) {
    case "bersyarat":
      return capaian >= 1 - TOLERANSI ? sisaRasio : 0;
    case "selisih":
      return capaian - s;
    case "rasio":
      return capaian === 0
        ? sakipError("#DIV/0!", {
            id: "Capaian 0: rasio serapan ÷ capaian tidak terdefinisi.",
            en: "Achievement 0: absorption ÷ achievement is undefined.",
          })
        : s / capaian;
  }
}

export function persentase(pembilang: number | null, penyebut: number | null): Hasil<number> {
  if (pembilang === null) return sakipError("#N/A", { id: "Pembilang kosong.", en: "Numerator is blank." });
  if (penyebut === null) return sakipError("#N/A", { id: "Penyebut kosong.", en: "Denominator is blank." });
  if (penyebut === 0) return sakipError("#DIV/0!", { id: "Penyebut 0.", en: "Denominator is 0." });
  return pembilang / penyebut;
}

export function parseMetodeEfisiensi(value: unknown): Hasil<MetodeEfisiensi> {
  return pilih(METODE_EFISIENSI, value);
}
