/**
 * Fixtures in the layout of SIPD's RKA/DPA-SKPD 2.2.1 (rincian belanja per sub kegiatan) as agencies keep the prints
 * (issue 20, point 3), from a model whose truth is known: 3 programs, 5 kegiatan, 8 sub kegiatan of a Dinas
 * Kesehatan, each sub kegiatan a document (title rows, the header block "Urusan Pemerintahan : … Alokasi Tahun 2024
 * : Rp …", the kegiatan's indicator table, the "Sub Kegiatan : …" lines, the rincian table Kode Rekening | Uraian |
 * Koefisien | Satuan | Harga | PPN | Jumlah with rekening rows 5 … 5.1.02.01.01.0024 and items without kode, "Jumlah
 * Anggaran Sub Kegiatan", the DPA's Rencana Penarikan Dana per month, a signature). Workbooks: one sheet per sub
 * kegiatan with and without the summary "DPA-SKPD 2.2" sheet, one sheet per program, the RKA for 2025, and one with a
 * planted error. Every name and figure here is made up; the totals are summed by hand in test/read/rka-dpa.test.ts.
 * Run: npx tsx scripts/fixtures-dpa.ts (scripts/build-sample.ts writes them too).
 */
import * as path from "path";
import type { FixtureNyata } from "./fixtures-nyata";
import { CellInput, SheetInput, writeWorkbook } from "./workbook-builder";

/** An item of the rincian perhitungan: name, koefisien, satuan, harga, PPN (%). Jumlah = koef × harga × (1 + PPN). */
export type ItemDpa = readonly [string, number, string, number, number];
export interface RekeningDpa {
  readonly kode: string;
  readonly nama: string;
  readonly item: readonly ItemDpa[];
}
export interface SubDpa {
  readonly kode: string;
  readonly nama: string;
  readonly rekening: readonly RekeningDpa[];
}
export interface KegiatanDpa {
  readonly kode: string;
  readonly nama: string;
  readonly sub: readonly SubDpa[];
}
export interface ProgramDpa {
  readonly kode: string;
  readonly nama: string;
  readonly kegiatan: readonly KegiatanDpa[];
}

/** 3 programs, 5 kegiatan, 8 sub kegiatan. */
export const MODEL_DPA: readonly ProgramDpa[] = [
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
            rekening: [
              {
                kode: "5.1.02.01.01.0024",
                nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                item: [
                  ["Kertas HVS A4 80 gr", 100, "Rim", 60_000, 11],
                  ["Tinta Printer", 20, "Buah", 150_000, 11],
                ],
              },
              {
                kode: "5.1.02.02.01.0026",
                nama: "Belanja Jasa Tenaga Administrasi",
                item: [["Tenaga Administrasi Perencanaan", 12, "OB", 2_500_000, 0]],
              },
              {
                kode: "5.1.02.04.01.0001",
                nama: "Belanja Perjalanan Dinas Biasa",
                item: [["Perjalanan Dinas Konsultasi ke Provinsi", 10, "OK", 1_500_000, 0]],
              },
            ],
          },
          {
            kode: "1.02.01.2.01.0006",
            nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            rekening: [
              {
                kode: "5.1.02.01.01.0026",
                nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
                item: [["Penggandaan Laporan Kinerja", 200, "Eksemplar", 25_000, 11]],
              },
              {
                kode: "5.1.02.01.01.0052",
                nama: "Belanja Makanan dan Minuman Rapat",
                item: [["Makan dan Minum Rapat Koordinasi", 150, "Kotak", 40_000, 0]],
              },
            ],
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
            rekening: [
              {
                kode: "5.1.01.01.01.0001",
                nama: "Belanja Gaji Pokok PNS",
                item: [["Gaji Pokok PNS", 14, "Bulan", 350_000_000, 0]],
              },
              {
                kode: "5.1.01.01.02.0001",
                nama: "Belanja Tunjangan Keluarga PNS",
                item: [["Tunjangan Keluarga PNS", 14, "Bulan", 35_000_000, 0]],
              },
            ],
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
            rekening: [
              {
                kode: "5.1.02.01.01.0004",
                nama: "Belanja Bahan-Bahan Kimia",
                item: [["Reagen Laboratorium", 50, "Paket", 1_000_000, 11]],
              },
              {
                kode: "5.2.02.05.01.0001",
                nama: "Belanja Modal Alat Kedokteran Umum",
                item: [["Bed Pasien Elektrik", 5, "Unit", 180_000_000, 11]],
              },
            ],
          },
          {
            kode: "1.02.02.2.01.0020",
            nama: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
            rekening: [
              {
                kode: "5.1.02.03.02.0121",
                nama: "Belanja Pemeliharaan Alat Kedokteran-Alat Kedokteran Umum",
                item: [["Kalibrasi dan Servis Alat", 12, "Kali", 10_000_000, 11]],
              },
            ],
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
            rekening: [
              {
                kode: "5.1.02.02.01.0003",
                nama: "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
                item: [["Narasumber Kelas Ibu Hamil", 24, "OJ", 900_000, 0]],
              },
              {
                kode: "5.1.02.01.01.0052",
                nama: "Belanja Makanan dan Minuman Rapat",
                item: [["Makan dan Minum Peserta", 300, "Kotak", 35_000, 0]],
              },
            ],
          },
          {
            kode: "1.02.02.2.02.0040",
            nama: "Pengelolaan Pelayanan Kesehatan Dasar Melalui Pendekatan Keluarga",
            rekening: [
              {
                kode: "5.1.02.04.01.0001",
                nama: "Belanja Perjalanan Dinas Biasa",
                item: [["Kunjungan Keluarga", 40, "OK", 300_000, 0]],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    kode: "1.02.03",
    nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
    kegiatan: [
      {
        kode: "1.02.03.2.02",
        nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
        sub: [
          {
            kode: "1.02.03.2.02.0001",
            nama: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
            rekening: [
              {
                kode: "5.1.02.02.01.0013",
                nama: "Belanja Jasa Tenaga Kesehatan",
                item: [["Tenaga Kesehatan Kontrak (10 Orang x 12 Bulan)", 120, "OB", 4_000_000, 0]],
              },
            ],
          },
        ],
      },
    ],
  },
];

export type Jenis = "dpa" | "rka";

export interface TataDokumen {
  readonly jenis: Jenis;
  readonly tahun: number;
  /** A planted error: this sub kegiatan's Jumlah typed short of its rincian by Rp 10.000.000. */
  readonly pendek?: string;
  // Layout properties the layout generator varies (test/support/tata-letak.ts); the fixtures keep the defaults.
  /** One header row: Kode Rekening | Uraian | Koefisien | Satuan | Harga | PPN | Jumlah. */
  readonly kepalaSatu?: boolean;
  /** The header block's key and value in one cell: "Program : 1.02.01 …". */
  readonly judulSatuSel?: boolean;
  /** The total as "JUMLAH" in the Uraian column, not "Jumlah Anggaran Sub Kegiatan :" merged over the left. */
  readonly jumlahDiUraian?: boolean;
  /** Rupiah in thousands: "(dalam ribuan rupiah)" under the year. */
  readonly ribuan?: boolean;
  /** No item rows ([#], [-]) under the rekening. */
  readonly tanpaItem?: boolean;
}

const RP = "#,##0";
const item = (x: ItemDpa) => Math.round(x[1] * x[3] * (1 + x[4] / 100));
export const jumlahRekening = (r: RekeningDpa): number => r.item.reduce((s, x) => s + item(x), 0);
export const jumlahSub = (s: SubDpa): number => s.rekening.reduce((t, r) => t + jumlahRekening(r), 0);
const jumlahKegiatan = (k: KegiatanDpa) => k.sub.reduce((t, s) => t + jumlahSub(s), 0);

/** The rekening groups above a rekening (5, 5.1, 5.1.02, 5.1.02.01, 5.1.02.01.01) with their names. */
const NAMA_KELOMPOK: Record<string, string> = {
  "5": "BELANJA DAERAH",
  "5.1": "BELANJA OPERASI",
  "5.2": "BELANJA MODAL",
  "5.1.01": "Belanja Pegawai",
  "5.1.02": "Belanja Barang dan Jasa",
  "5.2.02": "Belanja Modal Peralatan dan Mesin",
};
const namaKelompok = (k: string) => NAMA_KELOMPOK[k] ?? `Kelompok ${k}`;

/** One document (one sub kegiatan): its rows from a given 1-based row, and its merges. */
export function dokumen(
  p: ProgramDpa,
  k: KegiatanDpa,
  s: SubDpa,
  tata: TataDokumen,
  mulai: number,
): { rows: CellInput[][]; merges: string[] } {
  const dpa = tata.jenis === "dpa";
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  const at = () => mulai + rows.length; // the 1-based row the next push writes
  const rp = (n: number): CellInput => ({ v: tata.ribuan ? n / 1000 : n, fmt: RP });
  const teksRp = (n: number) => `Rp ${n.toLocaleString("id-ID")},00`;
  const kv = (k: string, v: string): CellInput[] => (tata.judulSatuSel ? [`${k} : ${v}`] : [k, ":", v]);
  rows.push(
    [dpa ? "DOKUMEN PELAKSANAAN ANGGARAN" : "RENCANA KERJA DAN ANGGARAN", null, null, null, null, "Formulir"],
    ["SATUAN KERJA PERANGKAT DAERAH", null, null, null, null, dpa ? "DPA-SKPD 2.2.1" : "RKA-SKPD 2.2.1"],
    ["PEMERINTAH KABUPATEN CONTOH"],
    [`TAHUN ANGGARAN ${tata.tahun}`],
    tata.ribuan ? ["(dalam ribuan rupiah)"] : [],
    kv("Urusan Pemerintahan", "1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
    kv("Bidang Urusan", "1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
    kv("Program", `${p.kode} ${p.nama}`),
    kv("Kegiatan", `${k.kode} ${k.nama}`),
    kv("Organisasi", "1.02.0.00.0.00.01.0000 DINAS KESEHATAN"),
    kv("Unit", "1.02.0.00.0.00.01.0000 DINAS KESEHATAN"),
    [`Alokasi Tahun ${tata.tahun - 1}`, ":", teksRp(0)],
    [`Alokasi Tahun ${tata.tahun}`, ":", teksRp(jumlahSub(s))],
    [`Alokasi Tahun ${tata.tahun + 1}`, ":", teksRp(Math.round(jumlahSub(s) * 1.1))],
    [],
    ["Indikator & Tolok Ukur Kinerja Kegiatan"],
    ["Indikator", "Tolok Ukur Kinerja", null, null, null, "Target Kinerja"],
    ["Capaian Kegiatan", "Persentase pelaksanaan kegiatan", null, null, null, "100 %"],
    ["Masukan", "Dana yang Dibutuhkan", null, null, null, teksRp(jumlahKegiatan(k))],
    ["Keluaran", "Jumlah sub kegiatan terlaksana", null, null, null, `${k.sub.length} Sub Kegiatan`],
    ["Hasil", "Persentase capaian kinerja", null, null, null, "100 %"],
    ["Kelompok Sasaran Kegiatan", ":", "Masyarakat dan Aparatur"],
    [],
    kv("Sub Kegiatan", `${s.kode} ${s.nama}`),
    ["Sumber Pendanaan", ":", "PAD"],
    ["Lokasi", ":", "Kabupaten Contoh"],
    ["Keluaran Sub Kegiatan", ":", `${s.nama} (1 Dokumen)`],
    ["Waktu Pelaksanaan", ":", "Januari s.d. Desember"],
    [],
  );
  const h = at();
  if (tata.kepalaSatu) rows.push(["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"]);
  else {
    rows.push(
      ["Kode Rekening", "Uraian", "Rincian Perhitungan", null, null, null, "Jumlah"],
      [null, null, "Koefisien", "Satuan", "Harga", "PPN", null],
    );
    merges.push(`A${h}:A${h + 1}`, `B${h}:B${h + 1}`, `C${h}:F${h}`, `G${h}:G${h + 1}`);
  }
  // Rekening groups, each once, before the first rekening under them.
  const ditulis = new Set<string>();
  const kelompok = (kode: string) => {
    const x = kode.split(".");
    return [1, 2, 3, 4, 5].map((n) => x.slice(0, n).join("."));
  };
  const jumlahKelompok = (g: string) =>
    s.rekening.filter((r) => r.kode.startsWith(`${g}.`)).reduce((t, r) => t + jumlahRekening(r), 0);
  for (const r of s.rekening) {
    for (const g of kelompok(r.kode)) {
      if (ditulis.has(g)) continue;
      ditulis.add(g);
      rows.push([g, namaKelompok(g), null, null, null, null, rp(jumlahKelompok(g))]);
    }
    rows.push([r.kode, r.nama, null, null, null, null, rp(jumlahRekening(r))]);
    if (tata.tanpaItem) continue;
    rows.push([null, `[#] ${r.nama.replace(/^Belanja\s+/, "")}`, null, null, null, null, rp(jumlahRekening(r))]);
    for (const x of r.item)
      rows.push([
        null,
        `[-] ${x[0]}`,
        `${x[1].toLocaleString("id-ID")} ${x[2]}`,
        x[2],
        rp(x[3]),
        x[4] ? `${x[4]}%` : "0%",
        rp(item(x)),
      ]);
  }
  const j = at();
  const nyata = jumlahSub(s);
  const tertulis = rp(tata.pendek === s.kode ? nyata - 10_000_000 : nyata);
  if (tata.jumlahDiUraian) rows.push([null, "JUMLAH", null, null, null, null, tertulis]);
  else {
    rows.push(["Jumlah Anggaran Sub Kegiatan :", null, null, null, null, null, tertulis]);
    merges.push(`A${j}:F${j}`);
  }
  rows.push([]);
  if (dpa) {
    // The plan per month: a quarter of the year in March, June, September and December.
    const q = Math.floor(nyata / 4000) * 1000;
    const bulan = [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ];
    rows.push(["Rencana Penarikan Dana per Bulan"]);
    for (let b = 0; b < 12; b += 2) {
      const v = (i: number) => ((i + 1) % 3 === 0 ? (i === 11 ? nyata - 3 * q : q) : 0);
      rows.push([bulan[b], null, rp(v(b)), null, bulan[b + 1], null, rp(v(b + 1))]);
    }
    rows.push(["Jumlah", null, null, null, null, null, rp(nyata)], []);
  }
  rows.push(
    [null, null, null, null, "Kabupaten Contoh, 2 Januari " + tata.tahun],
    [null, null, null, null, "Kepala Dinas Kesehatan"],
    [],
    [null, null, null, null, "dr. CONTOH NAMA, M.Kes"],
    [null, null, null, null, "NIP. 19700101 199803 1 001"],
    [],
  );
  return { rows, merges };
}

type Letak = [ProgramDpa, KegiatanDpa, SubDpa];
const semua = (m: readonly ProgramDpa[]): Letak[] =>
  m.flatMap((p) => p.kegiatan.flatMap((k) => k.sub.map((s) => [p, k, s] as Letak)));

/** Documents stacked on one sheet. */
function lembar(name: string, docs: readonly Letak[], tata: TataDokumen): SheetInput {
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  for (const [p, k, s] of docs) {
    const d = dokumen(p, k, s, tata, rows.length + 1);
    rows.push(...d.rows);
    merges.push(...d.merges);
  }
  return { name, rows, merges, widths: [22, 60, 14, 10, 16, 8, 18] };
}

/** One sheet per sub kegiatan, named by the kode's tail (SIPD's print files are named so). */
export function perSub(m: readonly ProgramDpa[], tata: TataDokumen): SheetInput[] {
  return semua(m).map((x) => lembar(x[2].kode.slice(5), [x], tata));
}

/** One sheet per program, its sub kegiatan's documents one after another. */
export function perProgram(m: readonly ProgramDpa[], tata: TataDokumen): SheetInput[] {
  return m.map((p) => lembar(`Program ${p.kode}`, semua([p]), tata));
}

/**
 * The summary "DPA-SKPD 2.2" (Rekapitulasi … Belanja Berdasarkan Program dan Kegiatan): the kode split over Urusan |
 * Bidang Urusan | Program | Kegiatan | Sub Kegiatan under a merged "Kode", Uraian, Sumber Dana, Lokasi, the year before,
 * the year's Belanja Operasi | Modal | Tidak Terduga | Transfer | Jumlah, the year after; a row of column numbers;
 * the JUMLAH row. `beda` types one sub kegiatan's Jumlah off by that amount (its Operasi with it).
 */
export function ringkasan(m: readonly ProgramDpa[], tata: TataDokumen, beda?: [string, number]): SheetInput {
  const dpa = tata.jenis === "dpa";
  const rows: CellInput[][] = [
    [
      dpa
        ? "REKAPITULASI DOKUMEN PELAKSANAAN ANGGARAN BELANJA BERDASARKAN PROGRAM DAN KEGIATAN"
        : "REKAPITULASI RENCANA KERJA DAN ANGGARAN BELANJA BERDASARKAN PROGRAM DAN KEGIATAN",
    ],
    [
      "SATUAN KERJA PERANGKAT DAERAH",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Formulir",
      dpa ? "DPA-SKPD 2.2" : "RKA-SKPD 2.2",
    ],
    ["PEMERINTAH KABUPATEN CONTOH"],
    [`TAHUN ANGGARAN ${tata.tahun}`],
    ["Organisasi", null, ":", "1.02.0.00.0.00.01.0000 DINAS KESEHATAN"],
    tata.ribuan ? ["(dalam ribuan rupiah)"] : [],
    [
      "Kode",
      null,
      null,
      null,
      null,
      "Uraian",
      "Sumber Dana",
      "Lokasi",
      `Jumlah Tahun ${tata.tahun - 1}`,
      `Jumlah Tahun ${tata.tahun}`,
      null,
      null,
      null,
      null,
      `Jumlah Tahun ${tata.tahun + 1}`,
    ],
    [
      "Urusan",
      "Bidang Urusan",
      "Program",
      "Kegiatan",
      "Sub Kegiatan",
      null,
      null,
      null,
      null,
      "Belanja Operasi",
      "Belanja Modal",
      "Belanja Tidak Terduga",
      "Belanja Transfer",
      "Jumlah",
      null,
    ],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  ];
  const merges = ["A7:E7", "F7:F8", "G7:G8", "H7:H8", "I7:I8", "J7:N7", "O7:O8"];
  const rp = (n: number): CellInput => ({ v: tata.ribuan ? n / 1000 : n, fmt: RP });
  const modal = (s: SubDpa) =>
    s.rekening.filter((r) => r.kode.startsWith("5.2")).reduce((t, r) => t + jumlahRekening(r), 0);
  const row = (kode: string[], uraian: string, subs: readonly SubDpa[], sumber = "", lokasi = "") => {
    const off = subs.reduce((t, s) => t + (beda && s.kode === beda[0] ? beda[1] : 0), 0);
    const mo = subs.reduce((t, s) => t + modal(s), 0);
    const jml = subs.reduce((t, s) => t + jumlahSub(s), 0) + off;
    rows.push([
      ...kode,
      ...Array(5 - kode.length).fill(null),
      uraian,
      sumber || null,
      lokasi || null,
      rp(0),
      rp(jml - mo),
      rp(mo),
      rp(0),
      rp(0),
      rp(jml),
      rp(Math.round(jml * 1.1)),
    ]);
  };
  const all = semua(m).map((x) => x[2]);
  row(["1"], "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", all);
  row(["1", "02"], "URUSAN PEMERINTAHAN BIDANG KESEHATAN", all);
  for (const p of m) {
    const pk = p.kode.split(".")[2];
    row(
      ["1", "02", pk],
      p.nama,
      p.kegiatan.flatMap((k) => k.sub),
    );
    for (const k of p.kegiatan) {
      const kk = k.kode.split(".").slice(3).join(".");
      row(["1", "02", pk, kk], k.nama, k.sub);
      for (const s of k.sub) row(["1", "02", pk, kk, s.kode.split(".")[5]], s.nama, [s], "PAD", "Kabupaten Contoh");
    }
  }
  const r = rows.length + 1;
  row([], "JUMLAH", all);
  merges.push(`A${r}:E${r}`);
  rows.push(
    [],
    [null, null, null, null, null, null, null, null, null, null, "Kabupaten Contoh, 2 Januari " + tata.tahun],
  );
  return { name: dpa ? "DPA-SKPD 2.2" : "RKA-SKPD 2.2", rows, merges };
}

const DPA: TataDokumen = { jenis: "dpa", tahun: 2024 };
const RKA: TataDokumen = { jenis: "rka", tahun: 2025 };
/** The planted error: the Jumlah of 1.02.02.2.01.0020 typed Rp 10.000.000 short of its rincian (133.200.000). */
export const SUB_PENDEK = "1.02.02.2.01.0020";

export const FIXTURES_DPA: FixtureNyata[] = [
  {
    file: "dpa-per-sub.xlsx",
    kesulitan:
      "DPA-SKPD 2.2.1 satu lembar per sub kegiatan (8 lembar): blok judul Urusan … Alokasi Tahun, tabel indikator, baris Sub Kegiatan, tabel rincian berjudul dua baris (Rincian Perhitungan di atas Koefisien | Satuan | Harga | PPN), rekening 5 sampai 5.1.02.01.01.0024, item tanpa kode, Jumlah Anggaran Sub Kegiatan, rencana penarikan dana per bulan, tanda tangan",
    sheets: perSub(MODEL_DPA, DPA),
  },
  {
    file: "dpa-per-sub-ringkasan.xlsx",
    kesulitan:
      "Buku yang sama dengan lembar ringkasan DPA-SKPD 2.2 di depan (kode terpisah lima kolom, Belanja Operasi/Modal/Tidak Terduga/Transfer/Jumlah, tahun sebelum dan sesudah): uang yang sama dua kali, tidak boleh dijumlahkan dua kali",
    sheets: [ringkasan(MODEL_DPA, DPA), ...perSub(MODEL_DPA, DPA)],
  },
  {
    file: "dpa-per-program.xlsx",
    kesulitan:
      "DPA-SKPD 2.2.1 satu lembar per program (3 lembar): dokumen tiap sub kegiatan ditumpuk satu di bawah yang lain, masing-masing dengan blok judul, tabel rincian dan jumlahnya sendiri",
    sheets: perProgram(MODEL_DPA, DPA),
  },
  {
    file: "rka-per-sub.xlsx",
    kesulitan:
      "RKA-SKPD 2.2.1 tahun 2025 satu lembar per sub kegiatan dengan ringkasan RKA-SKPD 2.2: judul Rencana Kerja dan Anggaran, tanpa rencana penarikan dana",
    sheets: [ringkasan(MODEL_DPA, RKA), ...perSub(MODEL_DPA, RKA)],
  },
  {
    file: "dpa-per-sub-tanam.xlsx",
    kesulitan:
      "DPA per sub kegiatan dengan ringkasan, satu galat ditanam: Jumlah Anggaran Sub Kegiatan 1.02.02.2.01.0020 diketik Rp 10.000.000 kurang dari rinciannya (ringkasan mengikuti rinciannya)",
    sheets: [ringkasan(MODEL_DPA, DPA), ...perSub(MODEL_DPA, { ...DPA, pendek: SUB_PENDEK })],
  },
];

export const DIR_DPA = path.resolve(__dirname, "../samples/fixtures/dpa");

async function main(): Promise<void> {
  const fs = await import("fs");
  fs.mkdirSync(DIR_DPA, { recursive: true });
  for (const f of FIXTURES_DPA) {
    await writeWorkbook(f.sheets, path.join(DIR_DPA, f.file));
    console.log(`ditulis: samples/fixtures/dpa/${f.file} — ${f.kesulitan}`);
  }
}

if (require.main === module) void main();
