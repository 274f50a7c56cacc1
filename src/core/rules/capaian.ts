/**
 * Capaian (achievement) as a ratio: 1 = 100%. Sources: PermenPANRB 8/2021 (negative polarity "kondisi khusus",
 * range targets); see docs/RULES.md for the formulas and worked examples.
 */
import { Hasil, isSakipError, sakipError } from "../errors";
import { Pilihan, pilih } from "./pilihan";

export type Polaritas = "positif" | "negatif" | "rentang";
export type MetodeNegatif = "selisih" | "rasio";

export const POLARITAS: Pilihan<Polaritas> = {
  nama: "Polaritas",
  namaEn: "Polarity",
  bawaan: "positif",
  sinonim: {
    positif: [
      "+",
      "positive",
      "naik",
      "meningkat",
      "maksimal",
      "maksimum",
      "max",
      "tinggi",
      "semakin tinggi semakin baik",
      "higher is better",
      "higher_is_better",
      "up",
      "maximize",
      "maximise",
      "maksimasi",
      "↑",
    ],
    negatif: [
      "-",
      "\u2212",
      "↓",
      "negative",
      "turun",
      "menurun",
      "minimal",
      "minimum",
      "min",
      "rendah",
      "semakin rendah semakin baik",
      "lower is better",
      "lower_is_better",
      "down",
      "minimize",
      "minimise",
      "minimasi",
    ],
    rentang: ["range", "stabil", "stabilisasi", "interval", "kisaran"],
  },
};

export const METODE_NEGATIF: Pilihan<MetodeNegatif> = {
  nama: "Metode polaritas negatif",
  namaEn: "Negative-polarity method",
  bawaan: "selisih",
  sinonim: {
    selisih: ["difference", "kondisi khusus", "permenpanrb", "2t-r", "(2t-r)/t"],
    rasio: ["ratio", "t/r", "tren negatif", "sipd"],
  },
};

/** Above this, a capaian is flagged as unrealistic ("tidak realistis") by readers and reports. */
export const BATAS_REALISTIS = 1.5;

export interface OpsiCapaian {
  polaritas?: Polaritas;
  metode?: MetodeNegatif;
  /** Upper bound b of a range target [target, targetAtas]. */
  targetAtas?: number | null;
  /** Optional cap on the result (ratio, e.g. 1.2 for 120%). */
  batas?: number | null;
}

/**
 * realisasi and target in the same unit; null = blank.
 * - positif: R / T
 * - negatif selisih: (2T − R) / T; negatif rasio: T / R
 * - rentang [a, b]: 1 inside; below a: R / a; above b: the negative formula against b (exceeding the range is bad)
 */
export function capaian(realisasi: number | null, target: number | null, opsi: OpsiCapaian = {}): Hasil<number> {
  const polaritas = opsi.polaritas ?? "positif";
  const metode = opsi.metode ?? "selisih";
  if (target === null)
    return sakipError("#N/A", {
      id: "Target kosong: capaian tidak dapat dihitung.",
      en: "Target is blank: achievement cannot be computed.",
    });
  if (realisasi === null)
    return sakipError("#N/A", {
      id: "Realisasi belum dilaporkan (sel kosong).",
      en: "Actual not reported yet (blank cell).",
    });
  let hasil: Hasil<number>;
  if (polaritas === "rentang") {
    const atas = opsi.targetAtas ?? null;
    if (atas === null)
      return sakipError("#VALUE!", {
        id: "Polaritas rentang memerlukan target_atas (batas atas rentang).",
        en: "Range polarity needs target_atas (the upper bound of the range).",
      });
    if (atas < target)
      return sakipError("#VALUE!", {
        id: `target_atas (${atas}) lebih kecil dari target (${target}).`,
        en: `target_atas (${atas}) is below the target (${target}).`,
      });
    if (realisasi < target) hasil = positif(realisasi, target);
    else if (realisasi > atas) hasil = negatif(realisasi, atas, metode);
    else hasil = 1;
  } else {
    hasil = polaritas === "negatif" ? negatif(realisasi, target, metode) : positif(realisasi, target);
  }
  if (isSakipError(hasil)) return hasil;
  const batas = opsi.batas ?? null;
  return batas !== null && hasil > batas ? batas : hasil;
}

function positif(r: number, t: number): Hasil<number> {
  if (t === 0)
    return sakipError("#DIV/0!", {
      id: "Target 0: capaian tidak dapat dihitung.",
      en: "Target 0: achievement cannot be computed.",
    });
  return r / t;
}

function negatif(r: number, t: number, metode: MetodeNegatif): Hasil<number> {
  if (metode === "rasio") {
    if (r === 0)
      return sakipError("#DIV/0!", {
        id: "Realisasi 0 dengan metode rasio (T/R): capaian tidak terdefinisi.",
        en: "Actual 0 with the ratio method (T/R): achievement is undefined.",
      });
    if (t === 0)
      return sakipError("#DIV/0!", {
        id: "Target 0: capaian tidak dapat dihitung.",
        en: "Target 0: achievement cannot be computed.",
      });
    return t / r;
  }
  if (t === 0)
    return sakipError("#DIV/0!", {
      id: "Target 0: capaian tidak dapat dihitung.",
      en: "Target 0: achievement cannot be computed.",
    });
  return (2 * t - r) / t;
}

export function parsePolaritas(value: unknown): Hasil<Polaritas> {
  return pilih(POLARITAS, value);
}

/**
 * The polarity an indicator's own name states, only in so many words: "(semakin kecil semakin baik)", "makin rendah
 * makin baik", "lower is better". A name that only sounds negative ("angka kemiskinan") says nothing: undefined.
 */
export function polaritasDariNama(nama: string): Polaritas | undefined {
  const s = nama.toLowerCase();
  if (/\b(semakin|makin)\s+(kecil|rendah|sedikit)\s+(semakin|makin)\s+baik\b|\blower is better\b/.test(s))
    return "negatif";
  if (/\b(semakin|makin)\s+(besar|tinggi|banyak)\s+(semakin|makin)\s+baik\b|\bhigher is better\b/.test(s))
    return "positif";
  return undefined;
}

/**
 * The polarity a note states (a Keterangan/Sifat cell, a note under the table): "indikator negatif", "polaritas
 * negatif", "negatif", "(-)", "semakin kecil semakin baik", "minimize"; or the positive counterparts. Trend words
 * ("meningkat", "menurun", "membaik") describe the figures, not the indicator: undefined.
 */
export function polaritasDariKeterangan(teks: string | null | undefined): Polaritas | undefined {
  if (!teks?.trim()) return undefined;
  const dariNama = polaritasDariNama(teks);
  if (dariNama) return dariNama;
  const s = teks.toLowerCase();
  const neg =
    /(^|[^\p{L}])(indikator\s+|polaritas\s+|sifat\s+)?negatif\b|\(\s*[-\u2212]\s*\)|\bminimi[sz]e\b|\bminimasi\b/u;
  const pos = /(^|[^\p{L}])(indikator\s+|polaritas\s+|sifat\s+)?positif\b|\(\s*\+\s*\)|\bmaximi[sz]e\b|\bmaksimasi\b/u;
  const n = neg.test(s);
  const p = pos.test(s);
  if (n && !p) return "negatif";
  if (p && !n) return "positif";
  return undefined;
}

/**
 * Indicator names that are lower-is-better in Indonesian government practice, whatever the sheet says: a guess, so
 * a generated capaian that uses it says so (peringatan) and the audit never calls a capaian wrong on it alone. Kept
 * short and conservative: "persentase penurunan …", "… yang ditangani/diselesaikan", "cakupan …" are positive.
 */
const NEGATIF_MENURUT_NAMA: readonly RegExp[] = [
  /\bangka\s+kematian\b/,
  /\bprevalensi\s+(balita\s+)?(stunting|gizi\s+(buruk|kurang)|wasting|underweight)\b/,
  /\bangka\s+kesakitan\b/,
  /\btingkat\s+pengangguran(\s+terbuka)?\b/,
  /\b(persentase|jumlah|angka|tingkat)\s+(penduduk\s+)?(miskin|kemiskinan)\b/,
  /\b(persentase|jumlah)\s+penduduk\s+rawan\s+pangan\b/,
  /\bangka\s+putus\s+sekolah\b/,
  /\b(jumlah|angka)\s+(kasus\s+)?kecelakaan\b/,
  /\bjumlah\s+kasus\s+pencemaran\b/,
  /\brata\s*-?\s*rata\s+(waktu|lama)\s+(penyelesaian|pelayanan|layanan|proses|pengurusan|penerbitan)\b/,
  /\bjumlah\s+temuan\b/,
  /\b(jumlah|persentase|nilai)\s+tunggakan\b/,
  /\b(luas|jumlah|persentase)\s+(kawasan\s+)?(permukiman\s+)?kumuh\b/,
  /\bluas\s+(wilayah\s+|kawasan\s+)?genangan\b/,
  /\bindeks\s+gini\b|\bgini\s+rasio\b|\brasio\s+gini\b/,
];
/** Names that say the opposite of what a phrase inside them sounds like: "penurunan angka kematian" goes up. */
const BUKAN_NEGATIF =
  /\b(penurunan|berkurangnya|turunnya|pengurangan)\b|\byang\s+(di\p{L}*tangani|ditindaklanjuti|diselesaikan|terselesaikan|tertangani|dientaskan)\b|^\s*cakupan\b/u;

/** The polarity an indicator's name suggests by the list above: "negatif" or undefined (no guess). */
export function polaritasTebakan(nama: string): Polaritas | undefined {
  const s = nama.toLowerCase();
  if (BUKAN_NEGATIF.test(s)) return undefined;
  return NEGATIF_MENURUT_NAMA.some((re) => re.test(s)) ? "negatif" : undefined;
}

/** A program's or kegiatan's indicator, which has no polarity column: its name's words, else the list, else positif. */
export function polaritasDariNamaSaja(nama: string | null | undefined): Polaritas {
  return polaritasDariNama(nama ?? "") ?? polaritasTebakan(nama ?? "") ?? "positif";
}

export function parseMetodeNegatif(value: unknown): Hasil<MetodeNegatif> {
  return pilih(METODE_NEGATIF, value);
}
