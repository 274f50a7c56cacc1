/**
 * E.81 forms as other kabupaten keep them, over one set of figures known to the rupiah (DATA_VARIAN):
 * - e81-rkpd-ribuan.xlsx: the RKPD wording (E.79/E.80 as OPD use them: "Target RPJMD … akhir periode", "Target
 *   Kinerja dan Anggaran RKPD tahun berjalan", …), rupiah in thousands ("(dalam ribuan rupiah)" in the title),
 *   "Rata-rata capaian kinerja (%)" and "Predikat kinerja" under each program and a "Jumlah" row at the end, three
 *   header rows then the column numbers and K / Rp; titled "TAHUN ANGGARAN 2024" and "Triwulan III";
 * - e81-rpjmd-satuan.xlsx: the RPJMD wording, a satuan column inside the target blocks ("K | Satuan | Rp"), four
 *   header rows (group, block, TW "1 2 3 4", units) and no row of column numbers; titled "Tahun : 2021";
 * - e81-ta-2018.xlsx: the Renstra wording with no year in the header, titled "TA. 2018" only.
 * `sheetsTanpaTahun()` gives the 2018 form with its year line taken out: no year anywhere (for the clock tests).
 * The figures are made up; names of the penunjang sub kegiatan are the nomenclature's. Run:
 * npx tsx scripts/fixtures-e81-varian.ts
 */
import * as path from "path";
import { CellInput, SheetInput, writeWorkbook } from "./workbook-builder";

type TW = [number | null, number | null, number | null, number | null];

export interface SubVarian {
  kode: string;
  uraian: string;
  indikator: string;
  satuan: string;
  target: number;
  k: TW;
  pagu: number;
  rp: TW;
}
export interface KegiatanVarian {
  kode: string;
  uraian: string;
  sub: SubVarian[];
}
export interface ProgramVarian {
  kode: string;
  uraian: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  target: number;
  /** The program's own K per quarter (an outcome), where the form states it. */
  k?: TW;
  kegiatan: KegiatanVarian[];
}

const N: TW = [null, null, null, null];

/** Three programs; the second has a kegiatan, the third everything, without any realisasi (evaluated at TW III). */
export const DATA_VARIAN: ProgramVarian[] = [
  {
    kode: "1.01.01",
    uraian: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    sasaran: "Meningkatnya akuntabilitas kinerja perangkat daerah",
    indikator: "Nilai SAKIP perangkat daerah",
    satuan: "nilai",
    target: 72,
    kegiatan: [
      {
        kode: "1.01.01.2.01",
        uraian: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        sub: [
          {
            kode: "1.01.01.2.01.0001",
            uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            indikator: "Jumlah dokumen perencanaan perangkat daerah",
            satuan: "Dokumen",
            target: 4,
            k: [1, 1, 1, null],
            pagu: 150_250_500,
            rp: [20_000_000, 35_500_500, 40_250_000, null],
          },
          {
            kode: "1.01.01.2.01.0006",
            uraian: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            indikator: "Persentase laporan kinerja tepat waktu",
            satuan: "% (persen)",
            target: 100,
            k: [25, 50, 75, null],
            pagu: 80_000_000,
            rp: [10_000_000, 15_000_000, 20_000_000, null],
          },
        ],
      },
      {
        kode: "1.01.01.2.02",
        uraian: "Administrasi Keuangan Perangkat Daerah",
        sub: [
          {
            kode: "1.01.01.2.02.0001",
            uraian: "Penyediaan Gaji dan Tunjangan ASN",
            indikator: "Jumlah bulan gaji dibayarkan",
            satuan: "bulan",
            target: 12,
            k: [3, 3, 3, null],
            pagu: 2_400_000_000,
            rp: [590_000_000, 600_000_000, 605_500_000, null],
          },
        ],
      },
    ],
  },
  {
    kode: "1.01.02",
    uraian: "PROGRAM PENGELOLAAN PENDIDIKAN",
    sasaran: "Meningkatnya akses pendidikan dasar",
    indikator: "Angka partisipasi murni SD",
    satuan: "Persen (%)",
    target: 98,
    kegiatan: [
      {
        kode: "1.01.02.2.01",
        uraian: "Pengelolaan Pendidikan Sekolah Dasar",
        sub: [
          {
            kode: "1.01.02.2.01.0001",
            uraian: "Pembangunan Unit Sekolah Baru (USB)",
            indikator: "Jumlah unit sekolah baru",
            satuan: "unit",
            target: 2,
            k: [null, 1, null, null],
            pagu: 3_500_000_000,
            rp: [null, 1_250_000_000, 980_000_000, null],
          },
          {
            kode: "1.01.02.2.01.0009",
            uraian: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
            indikator: "Jumlah ruang kelas direhabilitasi",
            satuan: "ruang",
            target: 10,
            k: [null, null, 4, null],
            pagu: 1_200_000_000,
            rp: [null, null, 450_000_000, null],
          },
        ],
      },
      {
        kode: "1.01.02.2.02",
        uraian: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
        sub: [
          {
            kode: "1.01.02.2.02.0001",
            uraian: "Pembangunan Unit Sekolah Baru (USB) SMP",
            indikator: "Jumlah unit sekolah baru SMP",
            satuan: "unit",
            target: 1,
            k: N,
            pagu: 2_750_000_000,
            rp: N,
          },
        ],
      },
    ],
  },
  {
    kode: "1.01.03",
    uraian: "PROGRAM PENGEMBANGAN KURIKULUM",
    sasaran: "Meningkatnya mutu pendidikan dasar",
    indikator: "Persentase sekolah dengan kurikulum muatan lokal",
    satuan: "%",
    target: 60,
    kegiatan: [
      {
        kode: "1.01.03.2.01",
        uraian: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
        sub: [
          {
            kode: "1.01.03.2.01.0001",
            uraian: "Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar",
            indikator: "Jumlah dokumen kurikulum muatan lokal",
            satuan: "dokumen",
            target: 1,
            k: N,
            pagu: 125_500_000,
            rp: N,
          },
        ],
      },
    ],
  },
];

export type Varian = "rkpd" | "rpjmd" | "renstra";

export interface OpsiVarian {
  readonly varian: Varian;
  /** Rupiah written ÷ this (1000: thousands). */
  readonly skala?: number;
  /** The scale said in the units row ("Rp 000") instead of the title. */
  readonly skalaDiSatuan?: boolean;
  /** "Rata-rata capaian kinerja" and "Predikat kinerja" under each program, "Jumlah" at the end. */
  readonly ringkasan?: boolean;
  /** "K | Satuan | Rp" in the target blocks (6) and (8), no Satuan column among (1)–(5). */
  readonly satuanDiBlok?: boolean;
  /** A row of column numbers. */
  readonly nomor?: boolean;
  /** Header rows above the units row: 2 (blocks, TW) or 3 (a group row on top). */
  readonly kepala: 2 | 3;
  /** The quarters' sub-header: "I".."IV" or "1".."4". */
  readonly twAngka?: boolean;
  readonly judul: string[];
  readonly perangkatDaerah?: string;
  /** Other programs than DATA_VARIAN (another OPD's form). */
  readonly data?: ProgramVarian[];
  /** The unit penanggung jawab written on each row; "Sekretariat" when omitted. */
  readonly unit?: string;
}

const LABEL: Record<Varian, Record<6 | 7 | 8 | "tw" | 13 | 14 | 15, string>> = {
  rkpd: {
    6: "Target RPJMD Kabupaten pada Tahun 2026 (Akhir Periode RPJMD)",
    7: "Realisasi Capaian Kinerja RPJMD sampai dengan RKPD Tahun Lalu (2023)",
    8: "Target Kinerja dan Anggaran RKPD Tahun Berjalan (Tahun 2024) yang Dievaluasi",
    tw: "Realisasi Kinerja Pada Triwulan",
    13: "Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi",
    14: "Realisasi Kinerja dan Anggaran RPJMD s/d Tahun 2024 (Akhir Tahun Pelaksanaan RKPD Tahun 2024)",
    15: "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun 2024 (%)",
  },
  rpjmd: {
    6: "Target RPJMD pada akhir periode",
    7: "Realisasi capaian kinerja RPJMD s/d Renja SKPD tahun lalu",
    8: "Target Kinerja dan Anggaran RKPD tahun berjalan",
    tw: "Realisasi Kinerja pada Triwulan",
    13: "Realisasi kinerja RKPD",
    14: "Realisasi kinerja RPJMD s/d tahun berjalan",
    15: "Tingkat capaian kinerja RPJMD (%)",
  },
  renstra: {
    6: "Target Renstra PD pada Akhir Periode Renstra PD",
    7: "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu",
    8: "Target kinerja dan anggaran Renja PD Tahun Berjalan yang dievaluasi",
    tw: "Realisasi Kinerja Pada Triwulan",
    13: "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
    14: "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun Berjalan",
    15: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD (%)",
  },
};

type Kunci =
  | "no"
  | "sasaran"
  | "kode"
  | "uraian"
  | "indikator"
  | "satuan"
  | "unit"
  | "ket"
  | `${6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15}${"k" | "s" | "rp"}`;

const RP = "#,##0.##";

/** The form's sheet for these options. */
export function sheetsVarian(o: OpsiVarian): SheetInput[] {
  const skala = o.skala ?? 1;
  const kol: Kunci[] = ["no", "sasaran", "kode", "uraian", "indikator", ...(o.satuanDiBlok ? [] : ["satuan" as const])];
  for (const b of [6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const) {
    kol.push(`${b}k`);
    if (o.satuanDiBlok && (b === 6 || b === 8)) kol.push(`${b}s`);
    kol.push(`${b}rp`);
  }
  kol.push("unit", "ket");
  const at = (k: Kunci) => kol.indexOf(k);
  const L = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const width = kol.length;
  const blank = (): CellInput[] => new Array<CellInput>(width).fill(null);
  const rows: CellInput[][] = o.judul.map((t) => [t]);
  rows.push([]);
  const merges: string[] = [];
  const lab = LABEL[o.varian];
  const base: [Kunci, string][] = [
    ["no", "No"],
    ["sasaran", "Sasaran"],
    ["kode", "Kode"],
    [
      "uraian",
      o.varian === "renstra"
        ? "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"
        : "Program / Kegiatan / Sub Kegiatan",
    ],
    ["indikator", "Indikator Kinerja Program (outcome)/Kegiatan (output)"],
    ...(o.satuanDiBlok ? [] : [["satuan", "Satuan"] as [Kunci, string]]),
  ];
  const top = rows.length; // 0-based first header row
  // Group row (3-row headers): one label over all blocks.
  const blokCols = (b: number) =>
    kol
      .map((k, i) => [k, i] as const)
      .filter(([k]) => k.startsWith(`${b}`) && /^\d+(k|s|rp)$/.test(k) && parseInt(k, 10) === b)
      .map(([, i]) => i);
  const first6 = blokCols(6)[0];
  const last15 = blokCols(15).slice(-1)[0];
  if (o.kepala === 3) {
    const g = blank();
    for (const [k, label] of base) g[at(k)] = label;
    g[first6] = o.varian === "rkpd" ? "Capaian Kinerja dan Anggaran" : "Evaluasi Kinerja";
    g[at("unit")] = o.varian === "renstra" ? "Unit PD Penanggung Jawab" : "Perangkat Daerah Penanggung Jawab";
    g[at("ket")] = "Keterangan";
    rows.push(g);
    merges.push(`${L(first6)}${top + 1}:${L(last15)}${top + 1}`);
  }
  const rBlok = rows.length;
  const hb = blank();
  const htw = blank();
  if (o.kepala === 2) {
    for (const [k, label] of base) hb[at(k)] = label;
    hb[at("unit")] = "Unit PD Penanggung Jawab";
    hb[at("ket")] = "Keterangan";
  }
  for (const b of [6, 7, 8, 13, 14, 15] as const) {
    const cs = blokCols(b);
    hb[cs[0]] = lab[b];
    merges.push(`${L(cs[0])}${rBlok + 1}:${L(cs[cs.length - 1])}${rBlok + 2}`);
  }
  const tw0 = blokCols(9)[0];
  hb[tw0] = lab.tw;
  merges.push(`${L(tw0)}${rBlok + 1}:${L(blokCols(12)[1])}${rBlok + 1}`);
  for (const q of [0, 1, 2, 3]) {
    const cs = blokCols(9 + q);
    htw[cs[0]] = o.twAngka ? q + 1 : ["I", "II", "III", "IV"][q];
    merges.push(`${L(cs[0])}${rBlok + 2}:${L(cs[1])}${rBlok + 2}`);
  }
  rows.push(hb, htw);
  // Columns 1–5, unit and keterangan merged down over the header rows (not the numbering row).
  for (const k of [...base.map(([k]) => k), "unit" as Kunci, "ket" as Kunci])
    merges.push(`${L(at(k))}${top + 1}:${L(at(k))}${top + o.kepala}`);
  if (o.nomor) {
    const nr = blank();
    let n = 1;
    for (const [k] of base) if (k !== "satuan") nr[at(k)] = n++;
    if (!o.satuanDiBlok) nr[at("satuan")] = 5;
    for (const b of [6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
      nr[blokCols(b)[0]] = b === 13 ? "13 = 9+10+11+12" : b === 14 ? "14 = 7+13" : b === 15 ? "15 = 14/6 x 100" : b;
    nr[at("unit")] = 16;
    nr[at("ket")] = 17;
    // The numbering row comes before the units row.
    rows.push(nr);
  }
  const ur = blank();
  for (const b of [6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const) {
    ur[at(`${b}k`)] = "K";
    if (o.satuanDiBlok && (b === 6 || b === 8)) ur[at(`${b}s`)] = "Satuan";
    ur[at(`${b}rp`)] = o.skalaDiSatuan ? "Rp 000" : o.varian === "rkpd" ? "Rp" : "Rp.";
  }
  rows.push(ur);
  if (o.perangkatDaerah) rows.push([`Perangkat Daerah : ${o.perangkatDaerah}`]);

  const rp = (v: number | null): CellInput => (v === null ? null : { v: v / skala, fmt: RP });
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const ada = (xs: (number | null)[]) => xs.some((x) => x !== null);
  const rpCols = (["8rp", "9rp", "10rp", "11rp", "12rp", "13rp"] as Kunci[]).map(at);
  let no = 0;
  /** A parent's row: its Rp columns SUM over its children's rows (1-based), with the value Excel would cache. */
  const induk = (row: CellInput[], children: number[], values: Record<number, number>) => {
    for (const c of rpCols) {
      const refs = children.map((r) => `${L(c)}${r}`).join(",");
      row[c] = { f: `=SUM(${refs})`, v: (values[c] ?? 0) / skala, fmt: RP };
    }
  };
  const allSubs: { row: number; s: SubVarian }[] = [];
  for (const p of o.data ?? DATA_VARIAN) {
    const pr = blank();
    pr[at("no")] = ++no;
    pr[at("sasaran")] = p.sasaran;
    pr[at("kode")] = p.kode;
    pr[at("uraian")] = p.uraian;
    pr[at("indikator")] = p.indikator;
    if (o.satuanDiBlok) pr[at("8s")] = pr[at("6s")] = p.satuan;
    else pr[at("satuan")] = p.satuan;
    pr[at("8k")] = p.target;
    p.k?.forEach((v, q) => (pr[at(`${9 + q}k` as Kunci)] = v));
    pr[at("unit")] = o.unit ?? "Sekretariat";
    rows.push(pr);
    const prRow = rows.length;
    const kegRows: number[] = [];
    const pSubs: SubVarian[] = [];
    for (const kg of p.kegiatan) {
      const kr = blank();
      kr[at("kode")] = kg.kode;
      kr[at("uraian")] = kg.uraian;
      rows.push(kr);
      const krRow = rows.length;
      kegRows.push(krRow);
      const subRows: number[] = [];
      for (const s of kg.sub) {
        const sr = blank();
        sr[at("kode")] = s.kode;
        sr[at("uraian")] = s.uraian;
        sr[at("indikator")] = s.indikator;
        if (o.satuanDiBlok) sr[at("8s")] = sr[at("6s")] = s.satuan;
        else sr[at("satuan")] = s.satuan;
        sr[at("6k")] = s.target * 5;
        sr[at("6rp")] = rp(s.pagu * 5);
        sr[at("7k")] = s.target * 3;
        sr[at("7rp")] = rp(s.pagu * 3);
        sr[at("8k")] = s.target;
        sr[at("8rp")] = rp(s.pagu);
        s.k.forEach((v, q) => (sr[at(`${9 + q}k` as Kunci)] = v));
        s.rp.forEach((v, q) => (sr[at(`${9 + q}rp` as Kunci)] = rp(v)));
        rows.push(sr);
        const r = rows.length;
        const tw = [9, 10, 11, 12].map((b) => `${L(at(`${b}rp` as Kunci))}${r}`);
        sr[at("13rp")] = ada(s.rp) ? { f: `=SUM(${tw.join(",")})`, v: sum(s.rp) / skala, fmt: RP } : null;
        sr[at("unit")] = o.unit ?? "Sekretariat";
        subRows.push(r);
        allSubs.push({ row: r, s });
      }
      const v: Record<number, number> = {};
      v[at("8rp")] = sum(kg.sub.map((s) => s.pagu));
      [0, 1, 2, 3].forEach((q) => (v[at(`${9 + q}rp` as Kunci)] = sum(kg.sub.map((s) => s.rp[q]))));
      v[at("13rp")] = sum(kg.sub.flatMap((s) => s.rp));
      induk(kr, subRows, v);
      pSubs.push(...kg.sub);
    }
    const v: Record<number, number> = {};
    v[at("8rp")] = sum(pSubs.map((s) => s.pagu));
    [0, 1, 2, 3].forEach((q) => (v[at(`${9 + q}rp` as Kunci)] = sum(pSubs.map((s) => s.rp[q]))));
    v[at("13rp")] = sum(pSubs.flatMap((s) => s.rp));
    induk(rows[prRow - 1], kegRows, v);
    if (o.ringkasan) {
      const ra = blank();
      ra[0] = "Rata-rata capaian kinerja (%)";
      ra[at("15k")] = 62.5;
      rows.push(ra);
      merges.push(`A${rows.length}:${L(at("indikator"))}${rows.length}`);
      const pk = blank();
      pk[0] = "Predikat kinerja";
      pk[at("15k")] = "Sedang";
      rows.push(pk);
      merges.push(`A${rows.length}:${L(at("indikator"))}${rows.length}`);
    }
  }
  if (o.ringkasan) {
    const j = blank();
    j[0] = "Jumlah";
    const subs = allSubs.map((x) => x.s);
    j[at("8rp")] = rp(sum(subs.map((s) => s.pagu)));
    [0, 1, 2, 3].forEach((q) => (j[at(`${9 + q}rp` as Kunci)] = rp(sum(subs.map((s) => s.rp[q])))));
    j[at("13rp")] = rp(sum(subs.flatMap((s) => s.rp)));
    rows.push(j);
    merges.push(`A${rows.length}:${L(at("indikator"))}${rows.length}`);
  }
  rows.push([], ["Faktor pendorong keberhasilan pencapaian:"], ["Faktor penghambat pencapaian kinerja:"], []);
  rows.push([null, null, null, null, null, null, null, null, null, null, "Kepala Dinas Pendidikan"]);
  rows.push([null, null, null, null, null, null, null, null, null, null, "NIP. 19700101 199503 1 001"]);
  return [{ name: "Evaluasi Renja", rows, merges, widths: [5, 30, 18, 50, 40] }];
}

export const FIXTURES_E81_VARIAN: { file: string; kesulitan: string; opsi: OpsiVarian }[] = [
  {
    file: "e81-rkpd-ribuan.xlsx",
    kesulitan: "E.81 berkata RPJMD/RKPD, rupiah dalam ribuan, baris rata-rata/predikat per program dan Jumlah",
    opsi: {
      varian: "rkpd",
      skala: 1000,
      ringkasan: true,
      nomor: true,
      kepala: 3,
      judul: [
        "EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH",
        "DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN ANGGARAN 2024",
        "Periode Pelaksanaan : Triwulan III",
        "(dalam ribuan rupiah)",
      ],
    },
  },
  {
    file: "e81-rpjmd-satuan.xlsx",
    kesulitan: "E.81 berkata RPJMD, satuan di dalam blok target, empat baris judul tanpa baris nomor kolom",
    opsi: {
      varian: "rpjmd",
      satuanDiBlok: true,
      kepala: 3,
      twAngka: true,
      judul: ["EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH", "Tahun : 2021"],
      perangkatDaerah: "Dinas Pendidikan Kabupaten Contoh",
    },
  },
  {
    file: "e81-ta-2018.xlsx",
    kesulitan: "E.81 yang tahunnya hanya di judul: TA. 2018",
    opsi: {
      varian: "renstra",
      nomor: true,
      kepala: 2,
      judul: ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "DINAS PENDIDIKAN KABUPATEN CONTOH TA. 2018"],
    },
  },
];

/** The 2018 form with its year line taken out: no year anywhere. */
export function sheetsTanpaTahun(): SheetInput[] {
  const o = FIXTURES_E81_VARIAN[2].opsi;
  return sheetsVarian({
    ...o,
    judul: ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "DINAS PENDIDIKAN KABUPATEN CONTOH"],
  });
}

if (require.main === module) {
  void (async () => {
    const dir = path.resolve(__dirname, "../samples/fixtures");
    for (const f of FIXTURES_E81_VARIAN) {
      await writeWorkbook(sheetsVarian(f.opsi), path.join(dir, f.file));
      console.log(`ditulis: samples/fixtures/${f.file} — ${f.kesulitan}`);
    }
  })();
}
