/**
 * The form E.81 (Permendagri 86/2017, Evaluasi terhadap hasil Renja Perangkat Daerah) described once, as data: its
 * columns (1)–(17), the words that name each one in every wording variant, the rows that are not data (per-program
 * summaries), and the scale words of its rupiah. The reader (read/e81.ts) finds the form's columns by this table;
 * the wordings listed under `contoh` are what real copies write, and a test checks that each is taken.
 *
 * Wording variants: the form as E.81 writes it (Renstra PD / Renja PD), and as agencies fill E.79/E.80 (the RKPD
 * evaluation) for their own programs: RPJMD where E.81 says Renstra, RKPD where it says Renja. The columns are the
 * same. Adding a variant is adding its two words to VARIAN_E81 and its wordings to `contoh`.
 */

export type VarianE81 = "renstra" | "rpjmd";

/** The medium-term plan (Renstra / RPJMD) and the annual plan (Renja / RKPD) of each variant. */
export const VARIAN_E81: Record<
  VarianE81,
  { readonly menengah: RegExp; readonly tahunan: RegExp; readonly nama: string }
> = {
  renstra: { menengah: /\brenstra\b/i, tahunan: /\brenja\b/i, nama: "Renstra/Renja (E.81)" },
  rpjmd: { menengah: /\brpjmd?\b/i, tahunan: /\brkpd\b/i, nama: "RPJMD/RKPD (E.79/E.80)" },
};

/** Any variant's medium-term plan word, and annual plan word. */
export const MENENGAH = /\b(renstra|rpjmd?)\b/i;
export const TAHUNAN = /\b(renja|rkpd|rkp)\b/i;

/** The variant a header's words belong to: the one whose medium-term word it uses (Renstra when both). */
export function varianDari(words: string): VarianE81 | undefined {
  if (VARIAN_E81.renstra.menengah.test(words)) return "renstra";
  if (VARIAN_E81.rpjmd.menengah.test(words)) return "rpjmd";
  return undefined;
}

/** Keys of the columns: 1–5 and 16–17 by name, 6–15 by their number (each a K / Rp (/ %) block). */
export type KunciE81 =
  | "no"
  | "sasaran"
  | "kode"
  | "uraian"
  | "indikator"
  | "satuan"
  | "unit"
  | "keterangan"
  | "capaian_renja"
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15;

export interface KolomE81Def {
  /** The column's number in the form. */
  readonly nomor: number;
  readonly kunci: KunciE81;
  readonly nama: string;
  /** Every pattern must match the column's header path (lower case, parts joined by " › "). */
  readonly semua: readonly RegExp[];
  /** …and none of these. */
  readonly bukan?: readonly RegExp[];
  /** Before or after the quarter columns (7 and 14 have the same words). */
  readonly posisi?: "sebelum_tw" | "setelah_tw";
  /** Wordings real copies write, per variant. */
  readonly contoh: Partial<Record<VarianE81, readonly string[]>>;
}

const REALISASI = /\brealisasi\b/;
const TARGET = /\btarget\b/;
const BLOK = /renstra|rpjmd?|renja|rkpd|triwulan|\btw\b|realisasi|target|capaian/;

/**
 * The columns in the order they are tried: a column takes the first description that matches (so (14) before (13),
 * whose words it may share: "Realisasi … RPJMD s/d tahun 2023 (akhir tahun pelaksanaan RKPD)").
 */
export const KOLOM_E81: readonly KolomE81Def[] = [
  {
    nomor: 1,
    kunci: "no",
    nama: "No",
    semua: [/^(no|nomor)\b\.?/],
    bukan: [BLOK],
    contoh: { renstra: ["No", "No."], rpjmd: ["NO", "Nomor"] },
  },
  {
    nomor: 2,
    kunci: "sasaran",
    nama: "Sasaran",
    semua: [/^sasaran\b/],
    bukan: [/indikator/],
    contoh: { renstra: ["Sasaran"], rpjmd: ["Sasaran"] },
  },
  {
    nomor: 3,
    kunci: "kode",
    nama: "Kode",
    semua: [/^kode\b/],
    contoh: { renstra: ["Kode"], rpjmd: ["Kode"] },
  },
  {
    nomor: 4,
    kunci: "uraian",
    nama: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
    semua: [/(urusan|program|kegiatan)/],
    bukan: [/indikator|renstra|rpjmd?|renja|rkpd|triwulan|realisasi|target/],
    contoh: {
      renstra: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Program/ Kegiatan"],
      rpjmd: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "Program / Kegiatan / Sub Kegiatan"],
    },
  },
  {
    nomor: 5,
    kunci: "indikator",
    nama: "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    semua: [/indikator/],
    bukan: [/realisasi|target|triwulan/],
    contoh: {
      renstra: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      rpjmd: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)", "Indikator Kinerja"],
    },
  },
  {
    nomor: 5,
    kunci: "satuan",
    nama: "Satuan",
    semua: [/^satuan\b/],
    contoh: { renstra: ["Satuan"], rpjmd: ["Satuan"] },
  },
  {
    nomor: 6,
    kunci: 6,
    nama: "Target Renstra PD pada Tahun … (Akhir Periode Renstra PD)",
    semua: [TARGET, /\b(renstra|rpjmd?)\b|akhir\s+periode/],
    posisi: "sebelum_tw",
    contoh: {
      renstra: [
        "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)",
        "Target Renstra PD pada Tahun 2026 (akhir periode Renstra PD)",
      ],
      rpjmd: [
        "Target RPJMD pada akhir periode",
        "Target RPJMD Kabupaten pada Tahun 2026 (Akhir Periode RPJMD)",
        "Target Kinerja pada Akhir Periode RPJMD",
      ],
    },
  },
  {
    nomor: 7,
    kunci: 7,
    nama: "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu",
    semua: [REALISASI, MENENGAH],
    posisi: "sebelum_tw",
    contoh: {
      renstra: ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2024)"],
      rpjmd: [
        "Realisasi capaian kinerja RPJMD s/d Renja SKPD tahun lalu",
        "Realisasi Capaian Kinerja RPJMD sampai dengan RKPD Tahun Lalu (n-2)",
      ],
    },
  },
  {
    nomor: 8,
    kunci: 8,
    nama: "Target Kinerja dan Anggaran Renja PD Tahun Berjalan yang Dievaluasi",
    semua: [TARGET, /\b(renja|rkpd|rkp)\b|tahun\s+berjalan|dievaluasi|di\s+evaluasi/],
    posisi: "sebelum_tw",
    contoh: {
      renstra: ["Target kinerja dan anggaran Renja PD Tahun Berjalan (2025) yang dievaluasi"],
      rpjmd: [
        "Target Kinerja dan Anggaran RKPD tahun berjalan",
        "Target Kinerja dan Anggaran RKPD Tahun Berjalan (Tahun 2024) yang Dievaluasi",
      ],
    },
  },
  ...[9, 10, 11, 12].map((n): KolomE81Def => ({
    nomor: n,
    kunci: n as 9 | 10 | 11 | 12,
    nama: `Realisasi Kinerja pada Triwulan ${["I", "II", "III", "IV"][n - 9]}`,
    // Matched by triwulanDari (the quarter's number is in the path's last part).
    semua: [/\b(triwulan|tw|trw)\b/],
    contoh: {
      renstra: [`Realisasi Kinerja Pada Triwulan › ${["I", "II", "III", "IV"][n - 9]}`],
      rpjmd: [`Realisasi Kinerja pada Triwulan › ${n - 8}`, `TW ${["I", "II", "III", "IV"][n - 9]}`],
    },
  })),
  {
    // Not in the Permendagri 86 E.81, but many copies (and the E.79/E.80 as OPD fill them) put it after (13): the
    // year's achievement, (13) ÷ (8). Known, so that it is never taken for (15) and its number shifts the ones after.
    nomor: 14,
    kunci: "capaian_renja",
    nama: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)",
    semua: [
      /tingkat\s+capaian|capaian\s+kinerja\s+dan\s+realisasi\s+anggaran/,
      /\b(renja|rkpd|rkp)\b|dievaluasi|di\s+evaluasi/,
    ],
    bukan: [/\b(renstra|rpjmd?)\b/],
    posisi: "setelah_tw",
    contoh: {
      renstra: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)"],
      rpjmd: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD yang Dievaluasi (%)"],
    },
  },
  {
    nomor: 15,
    kunci: 15,
    nama: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun … (%)",
    semua: [/tingkat\s+capaian|capaian\s+kinerja\s+dan\s+realisasi\s+anggaran/],
    posisi: "setelah_tw",
    contoh: {
      renstra: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d tahun 2025 (%)"],
      rpjmd: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun 2024 (%)"],
    },
  },
  {
    nomor: 14,
    kunci: 14,
    nama: "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun …",
    semua: [REALISASI, MENENGAH],
    posisi: "setelah_tw",
    contoh: {
      renstra: ["Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2025"],
      rpjmd: [
        "Realisasi Kinerja dan Anggaran RPJMD s/d tahun 2024 (Akhir Tahun Pelaksanaan RKPD Tahun 2024)",
        "Realisasi kinerja RPJMD s/d tahun berjalan",
      ],
    },
  },
  {
    nomor: 13,
    kunci: 13,
    nama: "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
    semua: [REALISASI, /\b(renja|rkpd|rkp)\b|dievaluasi|di\s+evaluasi|tahun\s+berjalan/],
    posisi: "setelah_tw",
    contoh: {
      renstra: ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      rpjmd: ["Realisasi kinerja RKPD", "Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi"],
    },
  },
  {
    nomor: 16,
    kunci: "unit",
    nama: "Unit PD Penanggung Jawab",
    semua: [/\bunit\b|penanggung\s*jawab|\bpj\b|perangkat\s+daerah\s+penanggung/],
    contoh: {
      renstra: ["Unit PD Penanggung Jawab"],
      rpjmd: ["Perangkat Daerah Penanggung Jawab", "SKPD Penanggung Jawab"],
    },
  },
  {
    nomor: 17,
    kunci: "keterangan",
    nama: "Keterangan",
    semua: [/^(ket|keterangan)\b/],
    contoh: { renstra: ["Keterangan"], rpjmd: ["Ket."] },
  },
];

const NOMOR_TW: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

/**
 * The quarter (0–3) a header path names: "… Triwulan › II", "TW III", "Triwulan 4", and the official form's
 * "Realisasi Kinerja Pada Triwulan › I › K" (the group over bare numerals, a units part below them).
 */
export function triwulanDari(p: string): number | undefined {
  if (!/\b(triwulan|tw|trw)\b/i.test(p)) return undefined;
  const m =
    /(?:^|›|\s)(i{1,3}|iv|[1-4])\s*$/i.exec(p.trim()) ??
    /\b(?:tw|trw|triwulan)\s*(?:ke\s*-?\s*)?(i{1,3}|iv|[1-4])\b/i.exec(p);
  if (m) return NOMOR_TW[m[1].toLowerCase()];
  // A bare numeral as a whole part, after the part that says "triwulan".
  const parts = p.split("›").map((x) => x.trim().toLowerCase());
  const grup = parts.findIndex((x) => /\b(triwulan|tw|trw)\b/.test(x));
  const nomor = parts.slice(grup + 1).find((x) => /^(i{1,3}|iv|[1-4])$/.test(x));
  return nomor !== undefined ? NOMOR_TW[nomor] : undefined;
}

/**
 * The column a header path names, given whether the quarter columns are already behind it; undefined when none.
 * Quarter columns are told by triwulanDari.
 */
export function kolomDari(path: string, setelahTw: boolean): KolomE81Def | undefined {
  const p = path.toLowerCase();
  if (p === "") return undefined;
  const tw = triwulanDari(p);
  if (tw !== undefined) return KOLOM_E81.find((k) => k.kunci === 9 + tw);
  return KOLOM_E81.find((k) =>
    typeof k.kunci !== "number" || !(k.kunci >= 9 && k.kunci <= 12)
      ? k.semua.every((re) => re.test(p)) &&
        !(k.bukan ?? []).some((re) => re.test(p)) &&
        (k.posisi === undefined || (k.posisi === "setelah_tw") === setelahTw)
      : false,
  );
}

// Rows inside the table that are not data, the summaries some copies put under each program or at the end
// ("Rata-rata capaian kinerja (%)", "Predikat kinerja", "Jumlah", "Total"), are the table layer's summary rows
// (src/core/tabel/baris.ts, `jenisBaris`); a "Jumlah"/"Total" after the last data row is the form's total.

/** Rows that end the table: the factors and follow-up the form asks for below it. */
export const BARIS_PENUTUP = /^(faktor\s+(pendorong|penghambat)|tindak\s+lanjut|catatan\s*:)/i;
