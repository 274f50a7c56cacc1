/**
 * Predikat (rating) scales. Each scale states what it takes as input, so ratios and scores are never guessed:
 * - "rasio" scales take a capaian as a ratio (1 = 100%; a cell formatted as % holds 0,95 for 95%);
 * - "skor" scales take a 0–100 score (Nilai SAKIP, koperasi health score).
 * A value above 10 (1000%) on a ratio scale is rejected as a probable score typed in the wrong place.
 * Boundaries are compared with a tolerance (1e-9), so 0.1 + 0.2-style float noise never moves a value across a band.
 */
import { Hasil, isSakipError, kutip, sakipError } from "../errors";
import { parseAngka } from "../numbers";
import { Pilihan, pilih } from "./pilihan";

export interface Pita {
  /** Lower bound of the band; -Infinity for the lowest. */
  readonly min: number;
  /** true: value ≥ min; false: value > min. */
  readonly inklusif: boolean;
  readonly label: string;
  /** Fill colour (hex RGB) used for the band in generated sheets. */
  readonly warna: string;
}

export interface Skala {
  readonly id: string;
  readonly judul: string;
  readonly sumber: string;
  /** rasio: capaian ratio; skor: 0–100; bebas: a user table, in whatever unit the user chose. */
  readonly masukan: "rasio" | "skor" | "bebas";
  /** Bands from the highest lower bound down; the last has min -Infinity or the scale's floor. */
  readonly pita: readonly Pita[];
}

/**
 * Fills behind black text, each with a contrast of at least 7:1 (WCAG AAA; AA asks 4.5:1), light enough to print
 * and still told apart from green to red.
 */
export const WARNA_PREDIKAT = {
  HIJAU_TUA: "8FD19E",
  HIJAU: "C6E9B4",
  KUNING: "FFE699",
  JINGGA: "F9C38E",
  MERAH: "F4A6A6",
} as const;
const { HIJAU_TUA, HIJAU, KUNING, JINGGA, MERAH } = WARNA_PREDIKAT;

const pita = (min: number, inklusif: boolean, label: string, warna: string): Pita => ({ min, inklusif, label, warna });

export const SKALA: Readonly<Record<string, Skala>> = {
  tiga: {
    id: "tiga",
    judul: "Tiga kategori (Tidak Tercapai / Sesuai Target / Melebihi Target)",
    sumber: "LKIP DKUM Depok 2023, tabel predikat capaian",
    masukan: "rasio",
    pita: [
      pita(1, false, "Melebihi Target", HIJAU_TUA),
      pita(1, true, "Sesuai Target", HIJAU),
      pita(-Infinity, true, "Tidak Tercapai", MERAH),
    ],
  },
  lima: {
    id: "lima",
    judul: "Lima kategori (Sangat Baik … Sangat Kurang)",
    sumber: "LKIP DKUM Depok 2023 (mengutip Permendagri 54/2010); celah 89,99–90 ditutup: Baik = 75 ≤ x ≤ 90",
    masukan: "rasio",
    pita: [
      pita(0.9, false, "Sangat Baik", HIJAU_TUA),
      pita(0.75, true, "Baik", HIJAU),
      pita(0.65, true, "Cukup", KUNING),
      pita(0.5, true, "Kurang", JINGGA),
      pita(-Infinity, true, "Sangat Kurang", MERAH),
    ],
  },
  permendagri86: {
    id: "permendagri86",
    judul: "Permendagri 86/2017 (Sangat Tinggi … Sangat Rendah)",
    sumber: "Permendagri 86/2017, praktik evaluasi hasil Renja",
    masukan: "rasio",
    pita: [
      pita(0.91, true, "Sangat Tinggi", HIJAU_TUA),
      pita(0.76, true, "Tinggi", HIJAU),
      pita(0.66, true, "Sedang", KUNING),
      pita(0.51, true, "Rendah", JINGGA),
      pita(-Infinity, true, "Sangat Rendah", MERAH),
    ],
  },
  sakip: {
    id: "sakip",
    judul: "Nilai SAKIP AA–D (skor 0–100)",
    sumber: "PermenPANRB 88/2021",
    masukan: "skor",
    pita: [
      pita(90, false, "AA", HIJAU_TUA),
      pita(80, false, "A", HIJAU_TUA),
      pita(70, false, "BB", HIJAU),
      pita(60, false, "B", KUNING),
      pita(50, false, "CC", JINGGA),
      pita(30, false, "C", JINGGA),
      pita(0, true, "D", MERAH),
    ],
  },
  koperasi: {
    id: "koperasi",
    judul: "Kesehatan koperasi (skor 0–100)",
    sumber: "Permenkop UKM 9/2020",
    masukan: "skor",
    pita: [
      pita(80, true, "Sehat", HIJAU_TUA),
      pita(66, true, "Cukup Sehat", HIJAU),
      pita(51, true, "Dalam Pengawasan", JINGGA),
      pita(0, true, "Dalam Pengawasan Khusus", MERAH),
    ],
  },
  efisiensi_selisih: {
    id: "efisiensi_selisih",
    judul: "Efisiensi: capaian − serapan (poin persen)",
    sumber: "praktik LKIP: > 5 poin efisien, ±5 cukup efisien",
    masukan: "rasio",
    pita: [
      pita(0.05, false, "Efisien", HIJAU_TUA),
      pita(-0.05, true, "Cukup Efisien", KUNING),
      pita(-Infinity, true, "Tidak Efisien", MERAH),
    ],
  },
  efisiensi_rasio: {
    id: "efisiensi_rasio",
    judul: "Efisiensi: serapan ÷ capaian",
    sumber: "praktik LKIP: < 60% sangat efisien … > 100% tidak efisien",
    masukan: "rasio",
    pita: [
      pita(1, false, "Tidak Efisien", MERAH),
      pita(0.8, true, "Cukup Efisien", KUNING),
      pita(0.6, true, "Efisien", HIJAU),
      pita(-Infinity, true, "Sangat Efisien", HIJAU_TUA),
    ],
  },
};

export type IdSkala = keyof typeof SKALA;

export const PILIHAN_SKALA: Pilihan<string> = {
  nama: "Skala",
  namaEn: "Scale",
  bawaan: "tiga",
  sinonim: {
    tiga: ["3", "tiga kategori", "default", "capaian"],
    lima: ["5", "lima kategori", "permendagri 54", "permendagri54", "seed"],
    permendagri86: ["permendagri 86", "86", "renja", "e81", "e.81"],
    sakip: ["sakip grade", "aa", "aa-d", "permenpanrb 88", "nilai sakip"],
    koperasi: ["kesehatan koperasi", "ksp", "koperasi sehat"],
    efisiensi_selisih: ["efisiensi", "selisih"],
    efisiensi_rasio: ["rasio efisiensi"],
  },
};

/** The tolerance of every comparison with a bound (relative to the bound when it is above 1). */
export const TOLERANSI = 1e-9;
const BATAS_RASIO = 10;

/** The band a value falls in. */
export function pitaUntuk(nilai: number, skala: Skala): Hasil<Pita> {
  if (!Number.isFinite(nilai))
    return sakipError("#NUM!", {
      id: `Nilai ${kutip(nilai)} bukan angka terhingga.`,
      en: `Value ${kutip(nilai)} is not a finite number.`,
    });
  if (skala.masukan === "rasio" && Math.abs(nilai) > BATAS_RASIO) {
    return sakipError("#VALUE!", {
      id: `Skala ${skala.id} memakai capaian sebagai rasio (95% = 0,95), tetapi nilainya ${nilai}. Jika ini persen, bagi dengan 100 atau format sel sebagai %.`,
      en: `Scale ${skala.id} takes the achievement as a ratio (95% = 0.95), but the value is ${nilai}. If it is a percent, divide by 100 or format the cell as %.`,
    });
  }
  if (skala.masukan === "skor" && (nilai < -TOLERANSI || nilai > 100 + TOLERANSI)) {
    return sakipError("#VALUE!", {
      id: `Skala ${skala.id} memakai skor 0–100, tetapi nilainya ${nilai}.`,
      en: `Scale ${skala.id} takes a score of 0–100, but the value is ${nilai}.`,
    });
  }
  for (const p of skala.pita) {
    const tol = TOLERANSI * Math.max(1, Math.abs(p.min));
    if (p.inklusif ? nilai >= p.min - tol : nilai > p.min + tol) return p;
  }
  return sakipError("#N/A", {
    id: `Nilai ${nilai} di bawah batas terendah skala ${skala.id}.`,
    en: `Value ${nilai} is below the lowest band of scale ${skala.id}.`,
  });
}

export function predikat(nilai: number, skala: Skala): Hasil<string> {
  const p = pitaUntuk(nilai, skala);
  return isSakipError(p) ? p : p.label;
}

export function parseSkala(value: unknown): Hasil<Skala> {
  const id = pilih(PILIHAN_SKALA, value);
  return typeof id === "string" ? SKALA[id] : id;
}

/**
 * A user's own table: rows of [lower bound, label]; a value takes the label of the highest bound it reaches
 * (bounds inclusive, in the same unit as the values). Bounds may be typed as text ("90%") and in any order.
 */
export function skalaPengguna(rows: readonly (readonly unknown[])[]): Hasil<Skala> {
  const bands: Pita[] = [];
  for (const [i, row] of rows.entries()) {
    const [rawMin, rawLabel] = row;
    const blankRow =
      (rawMin === null || rawMin === "") && (rawLabel === null || rawLabel === "" || rawLabel === undefined);
    if (blankRow) continue;
    const min = parseAngka(rawMin);
    if (min === null)
      return sakipError("#VALUE!", {
        id: `Tabel skala baris ${i + 1}: batas bawah kosong.`,
        en: `Scale table row ${i + 1}: lower bound is blank.`,
      });
    if (typeof min !== "number")
      return sakipError("#VALUE!", {
        id: `Tabel skala baris ${i + 1}: ${min.message}`,
        en: `Scale table row ${i + 1}: ${min.messageEn ?? min.message}`,
      });
    if (typeof rawLabel !== "string" || rawLabel.trim() === "") {
      return sakipError("#VALUE!", {
        id: `Tabel skala baris ${i + 1}: label kosong.`,
        en: `Scale table row ${i + 1}: label is blank.`,
      });
    }
    bands.push(pita(min, true, rawLabel.trim(), ""));
  }
  if (bands.length === 0)
    return sakipError("#VALUE!", {
      id: "Tabel skala kosong: isi dua kolom, batas bawah dan label.",
      en: "Scale table is empty: fill two columns, lower bound and label.",
    });
  const seen = new Set<number>();
  for (const b of bands) {
    if (seen.has(b.min))
      return sakipError("#VALUE!", {
        id: `Tabel skala: batas bawah ${b.min} muncul dua kali.`,
        en: `Scale table: lower bound ${b.min} appears twice.`,
      });
    seen.add(b.min);
  }
  bands.sort((a, b) => b.min - a.min);
  const palette = [HIJAU_TUA, HIJAU, KUNING, JINGGA, MERAH];
  const coloured = bands.map((b, i) => ({
    ...b,
    warna: palette[Math.round((i * (palette.length - 1)) / Math.max(1, bands.length - 1))],
  }));
  return {
    id: "tabel pengguna",
    judul: "Tabel pengguna",
    sumber: "lembar kerja pengguna",
    masukan: "bebas",
    pita: coloured,
  };
}
