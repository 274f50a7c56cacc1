/**
 * Fixtures in the layouts of SIPD exports as agencies keep them (issue 20), from a model whose truth is known:
 * - the "Rekapitulasi Realisasi Belanja menurut Urusan, Organisasi, Program, Kegiatan, Sub Kegiatan" of a Dinas
 *   Kesehatan with two units (the Dinas and its RSUD), title rows, "Kode" merged over the kode split into columns
 *   (or one glued kode column), Belanja Operasi / Modal × Anggaran / Realisasi then TOTAL (Anggaran / Realisasi /
 *   %), rekening rows under each sub kegiatan, a row of column numbers, the agency's own working columns, a hidden
 *   filtered copy of the sheet, and a dropdown list sheet of program names;
 * - an anggaran kas (RAK) kept one sub kegiatan per sheet: five sheets, quarters or months, a two-row header on one.
 * `tataLetak` varies one layout property at a time for the property test. Every name and figure here is made up.
 */
import { BULAN as BULAN_KECIL } from "../src/core/read/judul";
import * as path from "path";
import ExcelJS from "exceljs";
import { CellInput, SheetInput, buildWorkbook } from "./workbook-builder";

export interface RekeningSipd {
  readonly kode: string;
  readonly nama: string;
  readonly anggaran: number;
  readonly realisasi: number;
}
export interface SubSipd {
  readonly kode: string;
  readonly nama: string;
  /** Operasi and modal, anggaran and realisasi. */
  readonly operasi: readonly [number, number];
  readonly modal?: readonly [number, number];
}
export interface KegiatanSipd {
  readonly kode: string;
  readonly nama: string;
  readonly sub: readonly SubSipd[];
}
export interface ProgramSipd {
  readonly kode: string;
  readonly nama: string;
  readonly kegiatan: readonly KegiatanSipd[];
}
export interface UnitSipd {
  readonly kode: string;
  readonly nama: string;
  readonly program: readonly ProgramSipd[];
}

/** Two units, 3 programs, 6 kegiatan, 9 sub kegiatan. */
export const MODEL_SIPD: readonly UnitSipd[] = [
  {
    kode: "1.02.0.00.0.00.01.0000",
    nama: "DINAS KESEHATAN",
    program: [
      {
        kode: "1.02.01",
        nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        kegiatan: [
          {
            kode: "1.02.01.2.01",
            nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            sub: [
              {
                kode: "1.02.01.2.01.0001",
                nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
                operasi: [150_000_000, 142_500_000],
              },
              {
                kode: "1.02.01.2.01.0006",
                nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
                operasi: [75_250_000, 70_100_500],
              },
            ],
          },
          {
            kode: "1.02.01.2.02",
            nama: "Administrasi Keuangan Perangkat Daerah",
            sub: [
              {
                kode: "1.02.01.2.02.0001",
                nama: "Penyediaan Gaji dan Tunjangan ASN",
                operasi: [12_500_000_000, 11_987_654_321],
              },
            ],
          },
        ],
      },
      {
        kode: "1.02.02",
        nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        kegiatan: [
          {
            kode: "1.02.02.2.01",
            nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
            sub: [
              {
                kode: "1.02.02.2.01.0014",
                nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                operasi: [200_000_000, 180_000_000],
                modal: [1_750_000_000, 1_690_000_000],
              },
              {
                kode: "1.02.02.2.01.0020",
                nama: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                operasi: [120_000_000, 118_750_000],
              },
            ],
          },
          {
            kode: "1.02.02.2.02",
            nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
            sub: [
              {
                kode: "1.02.02.2.02.0001",
                nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                operasi: [95_000_000, 0],
              },
              {
                kode: "1.02.02.2.02.0040",
                nama: "Pengelolaan Jaminan Kesehatan Masyarakat",
                operasi: [3_400_000_000, 3_399_999_999],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.0.00.0.00.01.0002",
    nama: "RUMAH SAKIT UMUM DAERAH",
    program: [
      {
        kode: "1.02.01",
        nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        kegiatan: [
          {
            kode: "1.02.01.2.10",
            nama: "Peningkatan Pelayanan BLUD",
            sub: [
              {
                kode: "1.02.01.2.10.0001",
                nama: "Pelayanan dan Penunjang Pelayanan BLUD",
                operasi: [8_000_000_000, 7_456_123_456],
                modal: [900_000_000, 875_000_000],
              },
            ],
          },
          {
            kode: "1.02.01.2.06",
            nama: "Administrasi Umum Perangkat Daerah",
            sub: [
              {
                kode: "1.02.01.2.06.0001",
                nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                operasi: [35_000_000, 34_250_000],
              },
            ],
          },
        ],
      },
    ],
  },
];

/** One layout of the rekap; each property varies on its own in the property test. */
export interface TataLetak {
  /** Header rows: 1 (group and measure in one label), 2 (group over measure), 3 (Kelompok Belanja over both). */
  readonly barisJudul: 1 | 2 | 3;
  /** The kode split over columns (urusan | bidang | organisasi | program | kegiatan | sub kegiatan | rekening), or glued in one. */
  readonly kode: "pisah" | "gabung";
  readonly rekening: boolean;
  readonly salinanTersembunyi: boolean;
  readonly barisNomor: boolean;
  /** The agency's own columns to the right (its own %, notes). */
  readonly kolomKerja: boolean;
  /** Amounts typed as Indonesian text ("1.234.567"). */
  readonly teks: boolean;
  /** Kode parts typed as numbers, as Excel stores them when typed by hand (02 → 2, 2.10 → 2.1). */
  readonly kodeAngka?: boolean;
}

export const TATA_DASAR: TataLetak = {
  barisJudul: 3,
  kode: "pisah",
  rekening: true,
  salinanTersembunyi: true,
  barisNomor: true,
  kolomKerja: true,
  teks: false,
};

const jumlah = (xs: readonly (readonly [number, number])[]): [number, number] => [
  xs.reduce((s, x) => s + x[0], 0),
  xs.reduce((s, x) => s + x[1], 0),
];
const subOp = (s: SubSipd) => s.operasi;
const subMo = (s: SubSipd): [number, number] => [s.modal?.[0] ?? 0, s.modal?.[1] ?? 0];
const semuaSub = (u: { program: readonly ProgramSipd[] }) => u.program.flatMap((p) => p.kegiatan.flatMap((k) => k.sub));

/** A sub kegiatan's rekening rows: a group row (5.1.02 / 5.2.02) over two detail rows splitting it. */
function rekeningDari(s: SubSipd): { kode: string; nama: string; op: [number, number]; mo: [number, number] }[] {
  const rows: { kode: string; nama: string; op: [number, number]; mo: [number, number] }[] = [];
  const belah = (x: readonly [number, number]): [[number, number], [number, number]] => {
    const a: [number, number] = [Math.round(x[0] * 0.6), Math.round(x[1] * 0.6)];
    return [a, [x[0] - a[0], x[1] - a[1]]];
  };
  const nol: [number, number] = [0, 0];
  const [o1, o2] = belah(s.operasi);
  rows.push({ kode: "5.1.02", nama: "Belanja Barang dan Jasa", op: [...s.operasi], mo: nol });
  rows.push({
    kode: "5.1.02.01.01.0024",
    nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
    op: o1,
    mo: nol,
  });
  rows.push({ kode: "5.1.02.04.01.0001", nama: "Belanja Perjalanan Dinas Biasa", op: o2, mo: nol });
  if (s.modal) {
    const [m1, m2] = belah(s.modal);
    rows.push({ kode: "5.2.02", nama: "Belanja Modal Peralatan dan Mesin", op: nol, mo: [...s.modal] });
    rows.push({ kode: "5.2.02.05.01.0001", nama: "Belanja Modal Alat Kedokteran Umum", op: nol, mo: m1 });
    rows.push({ kode: "5.2.02.05.01.0005", nama: "Belanja Modal Alat Laboratorium", op: nol, mo: m2 });
  }
  return rows;
}

const URUSAN = ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"] as const;
const BIDANG = ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"] as const;
export const NAMA_LEMBAR_REKAP = "Rekap Belanja";

/** The rekap sheet (and its hidden filtered copy and the list sheet, when the layout has them). */
export function lembarRekap(model: readonly UnitSipd[], tata: TataLetak): SheetInput[] {
  const nKode = tata.kode === "pisah" ? 7 : 1;
  const cu = nKode; // uraian column
  const c0 = cu + 1; // first money column: op A, op R, mo A, mo R, total A, total R, %
  const width = c0 + 7 + (tata.kolomKerja ? 2 : 0);
  const rp = (n: number): CellInput => (tata.teks ? n.toLocaleString("de-DE") : { v: n, fmt: "#,##0" });
  const persen = (a: number, r: number): CellInput =>
    a === 0 ? null : { v: Math.round((r / a) * 10000) / 100, fmt: "0.00" };
  const rows: CellInput[][] = [
    ["PEMERINTAH KABUPATEN CONTOH"],
    ["LAPORAN REALISASI ANGGARAN"],
    ["REKAPITULASI REALISASI BELANJA MENURUT URUSAN PEMERINTAHAN DAERAH, ORGANISASI, PROGRAM, KEGIATAN, SUB KEGIATAN"],
    ["TAHUN ANGGARAN 2024"],
    [],
  ];
  const merges: string[] = [];
  const L = (c: number) => String.fromCharCode(65 + c);
  const h0 = rows.length + 1; // 1-based first header row
  const kerja = ["% Capaian (hitung sendiri)", "Keterangan"];
  if (tata.barisJudul === 3) {
    const r1: CellInput[] = ["Kode"];
    r1[cu] = "Uraian Urusan, Organisasi, Program, Kegiatan dan Sub Kegiatan";
    r1[c0] = "Kelompok Belanja";
    r1[c0 + 4] = "TOTAL";
    const r2: CellInput[] = [];
    r2[c0] = "Operasi";
    r2[c0 + 2] = "Modal";
    const r3: CellInput[] = [];
    for (let i = 0; i < 3; i++) [r3[c0 + 2 * i], r3[c0 + 2 * i + 1]] = ["Anggaran", "Realisasi"];
    r3[c0 + 6] = "%";
    if (tata.kolomKerja) kerja.forEach((k, i) => (r1[c0 + 7 + i] = k));
    rows.push(r1, r2, r3);
    merges.push(`A${h0}:${L(nKode - 1)}${h0 + 2}`, `${L(cu)}${h0}:${L(cu)}${h0 + 2}`);
    merges.push(`${L(c0)}${h0}:${L(c0 + 3)}${h0}`, `${L(c0 + 4)}${h0}:${L(c0 + 6)}${h0 + 1}`);
    merges.push(`${L(c0)}${h0 + 1}:${L(c0 + 1)}${h0 + 1}`, `${L(c0 + 2)}${h0 + 1}:${L(c0 + 3)}${h0 + 1}`);
    if (tata.kolomKerja) kerja.forEach((_, i) => merges.push(`${L(c0 + 7 + i)}${h0}:${L(c0 + 7 + i)}${h0 + 2}`));
  } else if (tata.barisJudul === 2) {
    const r1: CellInput[] = ["Kode"];
    r1[cu] = "Uraian";
    [r1[c0], r1[c0 + 2], r1[c0 + 4]] = ["Belanja Operasi", "Belanja Modal", "TOTAL"];
    const r2: CellInput[] = [];
    for (let i = 0; i < 3; i++) [r2[c0 + 2 * i], r2[c0 + 2 * i + 1]] = ["Anggaran", "Realisasi"];
    r2[c0 + 6] = "%";
    if (tata.kolomKerja) kerja.forEach((k, i) => (r1[c0 + 7 + i] = k));
    rows.push(r1, r2);
    merges.push(`A${h0}:${L(nKode - 1)}${h0 + 1}`, `${L(cu)}${h0}:${L(cu)}${h0 + 1}`);
    merges.push(
      `${L(c0)}${h0}:${L(c0 + 1)}${h0}`,
      `${L(c0 + 2)}${h0}:${L(c0 + 3)}${h0}`,
      `${L(c0 + 4)}${h0}:${L(c0 + 6)}${h0}`,
    );
    if (tata.kolomKerja) kerja.forEach((_, i) => merges.push(`${L(c0 + 7 + i)}${h0}:${L(c0 + 7 + i)}${h0 + 1}`));
  } else {
    const r1: CellInput[] = ["Kode"];
    r1[cu] = "Uraian";
    const labels = [
      "Anggaran Belanja Operasi",
      "Realisasi Belanja Operasi",
      "Anggaran Belanja Modal",
      "Realisasi Belanja Modal",
      "Total Anggaran",
      "Total Realisasi",
      "% Total Realisasi",
    ];
    labels.forEach((l, i) => (r1[c0 + i] = l));
    if (tata.kolomKerja) kerja.forEach((k, i) => (r1[c0 + 7 + i] = k));
    rows.push(r1);
    if (nKode > 1) merges.push(`A${h0}:${L(nKode - 1)}${h0}`);
  }
  if (tata.barisNomor) {
    // "1" under Kode (all its columns), "2" under Uraian, then one number a column.
    const nomor: CellInput[] = [1];
    for (let c = cu; c < width; c++) nomor[c] = c - cu + 2;
    rows.push(nomor);
  }
  const baris = (
    parts: string[],
    nama: string,
    op: [number, number],
    mo: [number, number],
    kerjaTeks?: string,
  ): CellInput[] => {
    const row: CellInput[] = [];
    if (tata.kode === "pisah")
      parts.forEach((p, i) => (row[i] = tata.kodeAngka && /^\d+(\.\d+)?$/.test(p) ? Number(p) : p));
    else row[0] = gabung(parts);
    row[cu] = nama;
    const tot: [number, number] = [op[0] + mo[0], op[1] + mo[1]];
    [row[c0], row[c0 + 1], row[c0 + 2], row[c0 + 3], row[c0 + 4], row[c0 + 5]] = [
      rp(op[0]),
      rp(op[1]),
      rp(mo[0]),
      rp(mo[1]),
      rp(tot[0]),
      rp(tot[1]),
    ];
    row[c0 + 6] = persen(tot[0], tot[1]);
    if (tata.kolomKerja) {
      row[c0 + 7] = persen(tot[0], tot[1]);
      row[c0 + 8] = kerjaTeks ?? null;
    }
    return row;
  };
  const semua = model.flatMap((u) => semuaSub(u));
  const all = [jumlah(semua.map(subOp)), jumlah(semua.map(subMo))];
  rows.push(baris([URUSAN[0]], URUSAN[1], all[0], all[1]));
  rows.push(baris(["1", "02"], BIDANG[1], all[0], all[1]));
  for (const u of model) {
    const subs = semuaSub(u);
    rows.push(baris(["1", "02", u.kode], u.nama, jumlah(subs.map(subOp)), jumlah(subs.map(subMo))));
    for (const p of u.program) {
      const ps = p.kegiatan.flatMap((k) => k.sub);
      const pk = p.kode.split(".")[2];
      rows.push(baris(["1", "02", u.kode, pk], p.nama, jumlah(ps.map(subOp)), jumlah(ps.map(subMo))));
      for (const k of p.kegiatan) {
        const kk = k.kode.split(".").slice(3).join(".");
        rows.push(baris(["1", "02", u.kode, pk, kk], k.nama, jumlah(k.sub.map(subOp)), jumlah(k.sub.map(subMo))));
        for (const s of k.sub) {
          const sk = s.kode.split(".")[5];
          rows.push(
            baris(
              ["1", "02", u.kode, pk, kk, sk],
              s.nama,
              [...s.operasi],
              subMo(s),
              s.operasi[1] === 0 ? "belum terealisasi" : undefined,
            ),
          );
          if (tata.rekening)
            for (const rk of rekeningDari(s))
              rows.push(baris(["1", "02", u.kode, pk, kk, sk, rk.kode], rk.nama, rk.op, rk.mo));
        }
      }
    }
  }
  const jumlahRow = baris([], "JUMLAH", all[0], all[1]);
  rows.push(jumlahRow);
  rows.push([], [null, null, null, null, null, null, null, null, "Kabupaten Contoh, 31 Desember 2024"]);
  const out: SheetInput[] = [{ name: NAMA_LEMBAR_REKAP, rows, merges, boldRows: [h0] }];
  if (tata.salinanTersembunyi) {
    // The same sheet filtered to the Dinas's rows and hidden: rows of the other unit hidden, nothing else changed.
    const rsud = rows.findIndex((r) => r[cu] === model[model.length - 1].nama) + 1;
    const hidden = Array.from({ length: rows.length - 3 - rsud + 1 }, (_, i) => rsud + i);
    out.push({ name: `${NAMA_LEMBAR_REKAP} (2)`, rows, merges, hiddenRows: hidden });
  }
  return out;
}

/** "1" + "02" + org + "01" + "2.01" + "0001": the glued kode as one column writes it (organisasi rows their own). */
function gabung(parts: string[]): string | null {
  if (parts.length === 0) return null;
  if (parts.length === 3) return parts[2];
  if (parts.length === 7) return parts[6];
  const without = parts.filter((_, i) => i !== 2);
  return without.slice(1).reduce((acc, p) => `${acc}.${p}`, without[0]);
}

/** The dropdown list of program names (what the agency's data validation points to). */
export const DAFTAR_PROGRAM = Array.from({ length: 30 }, (_, i) => `PROGRAM CONTOH NOMOR ${i + 1} BIDANG KESEHATAN`);
export const NAMA_LEMBAR_DAFTAR = "Daftar Program";

/** The whole rekap workbook: the rekap, its hidden copy, the list sheet, and the dropdown that points to it. */
export function bukuRekap(model: readonly UnitSipd[], tata: TataLetak, daftar = true): ExcelJS.Workbook {
  const sheets = lembarRekap(model, tata);
  if (daftar) sheets.push({ name: NAMA_LEMBAR_DAFTAR, rows: [["PROGRAM"], ...DAFTAR_PROGRAM.map((p) => [p])] });
  const wb = buildWorkbook(sheets);
  const copy = wb.getWorksheet(`${NAMA_LEMBAR_REKAP} (2)`);
  if (copy) copy.state = "hidden";
  if (daftar) {
    const ws = wb.getWorksheet(NAMA_LEMBAR_REKAP)!;
    const ket = String.fromCharCode(65 + (tata.kode === "pisah" ? 7 : 1) + 1 + 8);
    for (let r = 10; r <= 60; r++)
      ws.getCell(`${ket}${r}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`'${NAMA_LEMBAR_DAFTAR}'!$A$2:$A$${DAFTAR_PROGRAM.length + 1}`],
      };
  }
  return wb;
}

// ---- Anggaran kas, one sub kegiatan per sheet ----

export interface SubKas {
  readonly lembar: string;
  readonly program: readonly [string, string];
  readonly kegiatan: readonly [string, string];
  readonly sub: readonly [string, string];
  /** Rekening rows: kode, name, plan per quarter. */
  readonly rekening: readonly (readonly [string, string, readonly [number, number, number, number]])[];
  readonly gaya: "triwulan" | "triwulan2" | "bulan";
}

const P_PENUNJANG = ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"] as const;
const P_UPAYA = ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"] as const;

/** 5 sub kegiatan, 3 kegiatan, 2 programs. */
export const MODEL_KAS: readonly SubKas[] = [
  {
    lembar: "0001 Perencanaan",
    program: P_PENUNJANG,
    kegiatan: ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
    sub: ["1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"],
    rekening: [
      [
        "5.1.02.01.01.0024",
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
        [3_000_000, 4_500_000, 4_500_000, 3_000_000],
      ],
      ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", [10_000_000, 25_000_000, 25_000_000, 15_000_000]],
    ],
    gaya: "triwulan",
  },
  {
    lembar: "0006 Laporan Kinerja",
    program: P_PENUNJANG,
    kegiatan: ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
    sub: ["1.02.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"],
    rekening: [
      [
        "5.1.02.01.01.0026",
        "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
        [1_250_000, 2_000_000, 2_000_000, 4_750_000],
      ],
    ],
    gaya: "bulan",
  },
  {
    lembar: "0001 Gaji",
    program: P_PENUNJANG,
    kegiatan: ["1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah"],
    sub: ["1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"],
    rekening: [
      ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", [1_500_000_000, 1_500_000_000, 1_500_000_000, 1_500_000_000]],
      ["5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", [150_000_000, 150_000_000, 150_000_000, 150_000_000]],
    ],
    gaya: "triwulan2",
  },
  {
    lembar: "0014 Alkes",
    program: P_UPAYA,
    kegiatan: [
      "1.02.02.2.01",
      "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ],
    sub: ["1.02.02.2.01.0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan"],
    rekening: [
      ["5.1.02.01.01.0004", "Belanja Bahan-Bahan Kimia", [0, 50_000_000, 50_000_000, 0]],
      ["5.2.02.05.01.0001", "Belanja Modal Alat Kedokteran Umum", [0, 0, 1_000_000_000, 750_000_000]],
    ],
    gaya: "triwulan",
  },
  {
    lembar: "0020 Pemeliharaan",
    program: P_UPAYA,
    kegiatan: [
      "1.02.02.2.01",
      "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ],
    sub: [
      "1.02.02.2.01.0020",
      "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
    ],
    rekening: [
      ["5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Kedokteran", [30_000_000, 30_000_000, 30_000_000, 30_000_000]],
    ],
    gaya: "bulan",
  },
];

const BULAN = BULAN_KECIL.map((b) => b[0].toUpperCase() + b.slice(1));

/** One sub kegiatan's cash plan sheet: title rows with kode, rekening rows (a group row over them), a JUMLAH row. */
export function lembarKas(s: SubKas): SheetInput {
  const rp = (n: number): CellInput => ({ v: n, fmt: "#,##0" });
  const rows: CellInput[][] = [
    ["RENCANA ANGGARAN KAS SATUAN KERJA PERANGKAT DAERAH"],
    ["PEMERINTAH KABUPATEN CONTOH"],
    ["TAHUN ANGGARAN 2024"],
    [],
    ["Urusan Pemerintahan", ": 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN"],
    ["Organisasi", ": 1.02.0.00.0.00.01.0000 DINAS KESEHATAN"],
    ["Program", `: ${s.program.join(" ")}`],
    ["Kegiatan", `: ${s.kegiatan.join(" ")}`],
    ["Sub Kegiatan", `: ${s.sub.join(" ")}`],
    [],
  ];
  const merges: string[] = [];
  const per = (q: readonly number[]): number[] =>
    s.gaya === "bulan" ? q.flatMap((x) => [Math.round(x / 3), Math.round(x / 3), x - 2 * Math.round(x / 3)]) : [...q];
  if (s.gaya === "bulan") rows.push(["Kode Rekening", "Uraian", "Anggaran Tahun Ini", ...BULAN]);
  else if (s.gaya === "triwulan")
    rows.push([
      "Kode Rekening",
      "Uraian",
      "Anggaran Tahun Ini",
      "Triwulan I",
      "Triwulan II",
      "Triwulan III",
      "Triwulan IV",
    ]);
  else {
    rows.push(
      ["Kode Rekening", "Uraian", "Anggaran Tahun Ini", "Rencana Penarikan Dana per Triwulan"],
      [null, null, null, "I", "II", "III", "IV"],
    );
    merges.push("A11:A12", "B11:B12", "C11:C12", "D11:G11");
  }
  const total = (q: readonly number[]) => q.reduce((a, b) => a + b, 0);
  const sumQ = s.rekening.reduce<number[]>((acc, r) => acc.map((x, i) => x + r[2][i]), [0, 0, 0, 0]);
  const kelompok = s.rekening[0][0].slice(0, 6);
  rows.push([kelompok, "Belanja", rp(total(sumQ)), ...per(sumQ).map(rp)]);
  for (const [kode, nama, q] of s.rekening) rows.push([kode, nama, rp(total(q)), ...per(q).map(rp)]);
  rows.push([null, "JUMLAH", rp(total(sumQ)), ...per(sumQ).map(rp)]);
  rows.push([], [null, null, null, "Kabupaten Contoh, 2 Januari 2024"]);
  return { name: s.lembar, rows, merges };
}

export function bukuKas(model: readonly SubKas[] = MODEL_KAS): ExcelJS.Workbook {
  return buildWorkbook(model.map(lembarKas));
}

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../samples/fixtures");
  await bukuRekap(MODEL_SIPD, TATA_DASAR).xlsx.writeFile(path.join(dir, "sipd-rekap-belanja.xlsx"));
  await bukuRekap(MODEL_SIPD, { ...TATA_DASAR, kode: "gabung", barisJudul: 2, teks: true }).xlsx.writeFile(
    path.join(dir, "sipd-rekap-belanja-kode-gabung.xlsx"),
  );
  await bukuKas().xlsx.writeFile(path.join(dir, "sipd-anggaran-kas-per-sub.xlsx"));
}

if (require.main === module) void main();
