/**
 * Fixtures for `kinerja rekap`, in the layout of a city's monthly RFK (one sheet per OPD, title rows naming the OPD
 * and "KONDISI <BULAN> <TAHUN>", the three-row header, one sub kegiatan per row, a TOTAL row of formulas) with the
 * real rekap's quirks planted: an empty OPD sheet (the template's formulas, no rows), a TOTAL SUM that stops a row
 * short, a fisik total written `=O…+0.01`, a serapan typed 0, an OPD of another month, an OPD in the list without a
 * file, a rekap sheet whose rows are formulas into the OPD sheets, and an OPD matched to the list by kode only. Every
 * name and figure is made up; the figures are round so the tests can check them by hand.
 *
 * Writes samples/fixtures/rekap/: rekap-kota.xlsx (every OPD a sheet), opd/*.xlsx (one file per OPD), daftar-opd.xlsx.
 * Run: npx tsx scripts/fixtures-rekap.ts
 */
import * as fs from "fs";
import * as path from "path";
import { KEPALA_RFK } from "./fixtures-rfk";
import { CellInput, SheetInput, writeWorkbook } from "./workbook-builder";

const RP = "#,##0";
const P2 = "0.00";

export interface SubFx {
  nama: string;
  pagu: number;
  /** Rencana keuangan to date; the pagu when omitted. */
  rencana?: number;
  realisasi: number;
  fisikRencana: number;
  fisik: number;
}

export interface OpdFx {
  lembar: string;
  /** The file name in opd/. */
  berkas: string;
  judul: string;
  kode?: string;
  kondisi: string;
  subs: SubFx[];
  /** Planted: the TOTAL of this column (letter) is its SUM stopping one row short. */
  jumlahPendek?: string;
  /** Planted: the TOTAL of this column is `=<weighted total>+konstanta`. */
  konstanta?: { kolom: "N" | "P"; nilai: number };
  /** Planted: the serapan (column I) of this sub kegiatan (0-based) typed 0. */
  serapanNol?: number;
  /** An empty template: this many rows of formulas, no names or figures. */
  kosong?: number;
}

const M = 1_000_000;

export const OPD_REKAP: OpdFx[] = [
  {
    lembar: "1 Disdik",
    berkas: "01-disdik.xlsx",
    judul: "DINAS ",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [],
    kosong: 6,
  },
  {
    lembar: "2 Dinkes",
    berkas: "02-dinkes.xlsx",
    judul: "DINAS KESEHATAN",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [
      { nama: "Sub Kegiatan Penyediaan Obat", pagu: 400 * M, realisasi: 360 * M, fisikRencana: 100, fisik: 95 },
      { nama: "Sub Kegiatan Imunisasi Dasar", pagu: 100 * M, realisasi: 80 * M, fisikRencana: 100, fisik: 80 },
    ],
    konstanta: { kolom: "N", nilai: 0.01 },
  },
  {
    lembar: "3 BPBD",
    berkas: "03-bpbd.xlsx",
    judul: "BADAN PENANGGULANGAN BENCANA DAERAH",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [
      { nama: "Sub Kegiatan Logistik Bencana", pagu: 200 * M, realisasi: 150 * M, fisikRencana: 100, fisik: 80 },
      { nama: "Sub Kegiatan Pelatihan Relawan", pagu: 50 * M, realisasi: 50 * M, fisikRencana: 100, fisik: 100 },
      {
        nama: "Sub Kegiatan Peta Rawan Bencana",
        pagu: 50 * M,
        rencana: 40 * M,
        realisasi: 30 * M,
        fisikRencana: 80,
        fisik: 60,
      },
    ],
    jumlahPendek: "E",
  },
  {
    lembar: "4 DPRKP",
    berkas: "04-dprkp.xlsx",
    judul: "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
    kode: "1.04.2.10.0.00.01.0000",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [
      { nama: "Sub Kegiatan Rumah Tidak Layak Huni", pagu: 100 * M, realisasi: 50 * M, fisikRencana: 100, fisik: 60 },
      { nama: "Sub Kegiatan Sanitasi Permukiman", pagu: 100 * M, realisasi: 70 * M, fisikRencana: 100, fisik: 70 },
    ],
    serapanNol: 0,
  },
  {
    lembar: "5 Dishub",
    berkas: "05-dishub.xlsx",
    judul: "DINAS PERHUBUNGAN",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [
      { nama: "Sub Kegiatan Rambu Lalu Lintas", pagu: 300 * M, realisasi: 285 * M, fisikRencana: 100, fisik: 100 },
      { nama: "Sub Kegiatan Uji Kendaraan", pagu: 20 * M, realisasi: 0, fisikRencana: 100, fisik: 100 },
      { nama: "Sub Kegiatan Terminal Tipe C", pagu: 80 * M, realisasi: 85 * M, fisikRencana: 100, fisik: 100 },
    ],
  },
  {
    lembar: "6 Bag Umum",
    berkas: "06-bag-umum.xlsx",
    judul: "BAGIAN UMUM",
    kondisi: "KONDISI NOVEMBER 2024",
    subs: [{ nama: "Sub Kegiatan Rumah Tangga Setda", pagu: 60 * M, realisasi: 30 * M, fisikRencana: 100, fisik: 50 }],
  },
  {
    lembar: "7 Kec Sukamaju",
    berkas: "07-kec-sukamaju.xlsx",
    judul: "KECAMATAN SUKAMAJU",
    kondisi: "KONDISI DESEMBER 2024",
    subs: [
      { nama: "Sub Kegiatan Pelayanan Kecamatan", pagu: 40 * M, realisasi: 30 * M, fisikRencana: 100, fisik: 75 },
      { nama: "Sub Kegiatan Musrenbang Kelurahan", pagu: 40 * M, realisasi: 20 * M, fisikRencana: 100, fisik: 50 },
      { nama: "Sub Kegiatan Ketertiban Umum", pagu: 20 * M, realisasi: 20 * M, fisikRencana: 100, fisik: 100 },
    ],
  },
];

/** The Pemda's list: every OPD with its kode, name, short name, DPA and Asisten; DLH has no file. */
export const DAFTAR_REKAP = [
  {
    kode: "1.01.2.22.0.00.01.0000",
    nama: "Dinas Pendidikan",
    singkatan: "Disdik",
    dpa: 1000 * M,
    asisten: "Asisten I",
  },
  { kode: "1.02.0.00.0.00.01.0000", nama: "Dinas Kesehatan", singkatan: "Dinkes", dpa: 500 * M, asisten: "Asisten I" },
  {
    kode: "1.05.0.00.0.00.02.0000",
    nama: "Badan Penanggulangan Bencana Daerah",
    singkatan: "BPBD",
    dpa: 300 * M,
    asisten: "Asisten I",
  },
  // Named otherwise than its title: matched by kode.
  { kode: "1.04.2.10.0.00.01.0000", nama: "Dinas Perkim", singkatan: "Perkim", dpa: 200 * M, asisten: "Asisten II" },
  {
    kode: "2.15.0.00.0.00.01.0000",
    nama: "Dinas Perhubungan",
    singkatan: "Dishub",
    dpa: 400 * M,
    asisten: "Asisten II",
  },
  {
    kode: "2.11.0.00.0.00.01.0000",
    nama: "Dinas Lingkungan Hidup",
    singkatan: "DLH",
    dpa: 250 * M,
    asisten: "Asisten II",
  },
  { kode: "4.01.0.00.0.00.03.0000", nama: "Bagian Umum", singkatan: "Bag Umum", dpa: 60 * M, asisten: "Asisten III" },
  {
    kode: "7.01.0.00.0.00.07.0000",
    nama: "Kecamatan Sukamaju",
    singkatan: "Kec Sukamaju",
    dpa: 100 * M,
    asisten: "Asisten III",
  },
];

/** The planted inconsistencies, each at its sheet and cell. */
export const TANAM_REKAP = {
  konstanta: { lembar: "2 Dinkes", sel: "N15" },
  jumlahPendek: { lembar: "3 BPBD", sel: "E16" },
  serapanNol: { lembar: "4 DPRKP", sel: "I12" },
  /** On the hand-kept rekap: BPBD's row takes its DPA from the Dinkes sheet. */
  rekapSalahOpd: { lembar: "Cetak", sel: "C9" },
  /** On the hand-kept rekap: Dishub's realisasi written ='5 Dishub'!H16-1. */
  konstantaRekap: { lembar: "Cetak", sel: "D11" },
} as const;

const FIRST = 12;

export function lembarOpd(o: OpdFx): SheetInput {
  const n = o.kosong ?? o.subs.length;
  const T = FIRST + n + 1;
  const last = FIRST + n - 1;
  const totalPagu = o.subs.reduce((s, x) => s + x.pagu, 0);
  const rows: CellInput[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    [o.judul],
    ["TAHUN ANGGARAN 2024"],
    [o.kondisi],
    o.kode ? [`KODE SKPD : ${o.kode}`] : [],
    [],
    [],
    ...KEPALA_RFK,
  ];
  const s = { pagu: 0, rencana: 0, realisasi: 0, g: 0, j: 0, o: 0, q: 0 };
  if (o.kosong) {
    // The template left unfilled: formulas over blank cells, their results #DIV/0! or 0 as Excel shows them.
    const div = { error: "#DIV/0!" } as const;
    for (let i = 0; i < o.kosong; i++) {
      const r = FIRST + i;
      rows.push([
        null,
        null,
        null,
        div,
        null,
        div,
        div,
        null,
        div,
        div,
        { f: `=IF(E${r}=0,0,H${r}/E${r}*100)`, v: 0 },
        div,
        { f: `=C${r}-H${r}`, v: 0 },
      ]);
    }
  }
  o.subs.forEach((x, i) => {
    const r = FIRST + i;
    const ren = x.rencana ?? x.pagu;
    const d = (x.pagu / totalPagu) * 100;
    const f = (ren / x.pagu) * 100;
    const iv = (x.realisasi / x.pagu) * 100;
    s.pagu += x.pagu;
    s.rencana += ren;
    s.realisasi += x.realisasi;
    s.g += (f * d) / 100;
    s.j += (iv * d) / 100;
    s.o += (x.fisikRencana * d) / 100;
    s.q += (x.fisik * d) / 100;
    rows.push([
      i + 1,
      x.nama,
      { v: x.pagu, fmt: RP },
      { f: `=C${r}/$C$${T}*100`, v: d, fmt: P2 },
      { v: ren, fmt: RP },
      { f: `=E${r}/C${r}*100`, v: f, fmt: P2 },
      { f: `=F${r}*D${r}/100`, v: (f * d) / 100, fmt: P2 },
      { v: x.realisasi, fmt: RP },
      o.serapanNol === i ? { v: 0, fmt: P2 } : { f: `=H${r}/C${r}*100`, v: iv, fmt: P2 },
      { f: `=I${r}*D${r}/100`, v: ((o.serapanNol === i ? 0 : iv) * d) / 100, fmt: P2 },
      { f: `=IF(E${r}=0,0,H${r}/E${r}*100)`, v: (x.realisasi / ren) * 100, fmt: P2 },
      { f: `=J${r}-G${r}`, v: ((o.serapanNol === i ? 0 : iv) * d) / 100 - (f * d) / 100, fmt: P2 },
      { f: `=C${r}-H${r}`, v: x.pagu - x.realisasi, fmt: RP },
      { v: x.fisikRencana, fmt: P2 },
      { f: `=N${r}*D${r}/100`, v: (x.fisikRencana * d) / 100, fmt: P2 },
      { v: x.fisik, fmt: P2 },
      { f: `=P${r}*D${r}/100`, v: (x.fisik * d) / 100, fmt: P2 },
      { f: `=IF(N${r}=0,0,P${r}/N${r}*100)`, v: (x.fisik / x.fisikRencana) * 100, fmt: P2 },
      { f: `=Q${r}-O${r}`, v: ((x.fisik - x.fisikRencana) * d) / 100, fmt: P2 },
    ]);
  });
  rows.push([]);
  const pendek = (col: string) => o.jumlahPendek === col;
  const sum = (col: string, total: number, lastVal: number) =>
    ({
      f: `=SUM(${col}${FIRST}:${col}${pendek(col) ? last - 1 : last})`,
      v: pendek(col) ? total - lastVal : total,
      fmt: col === "C" || col === "E" || col === "H" || col === "M" ? RP : P2,
    }) as const;
  const lastSub = o.subs[o.subs.length - 1];
  const lastRen = lastSub ? (lastSub.rencana ?? lastSub.pagu) : 0;
  const k = o.konstanta;
  rows.push([
    null,
    "TOTAL",
    sum("C", s.pagu, lastSub?.pagu ?? 0),
    o.kosong ? { f: `=SUM(D${FIRST}:D${last})`, v: 0 } : { f: `=SUM(D${FIRST}:D${last})`, v: 100, fmt: P2 },
    sum("E", s.rencana, lastRen),
    { f: `=G${T}`, v: s.g, fmt: P2 },
    { f: `=SUM(G${FIRST}:G${last})`, v: s.g, fmt: P2 },
    sum("H", s.realisasi, lastSub?.realisasi ?? 0),
    { f: `=J${T}+0`, v: s.j, fmt: P2 },
    { f: `=SUM(J${FIRST}:J${last})`, v: s.j, fmt: P2 },
    null,
    null,
    { f: `=SUM(M${FIRST}:M${last})`, v: s.pagu - s.realisasi, fmt: RP },
    k?.kolom === "N" ? { f: `=O${T}+${k.nilai}`, v: s.o + k.nilai, fmt: P2 } : { f: `=O${T}`, v: s.o, fmt: P2 },
    { f: `=SUM(O${FIRST}:O${last})`, v: s.o, fmt: P2 },
    k?.kolom === "P" ? { f: `=Q${T}+${k.nilai}`, v: s.q + k.nilai, fmt: P2 } : { f: `=Q${T}`, v: s.q, fmt: P2 },
    { f: `=SUM(Q${FIRST}:Q${last})`, v: s.q, fmt: P2 },
  ]);
  return {
    name: o.lembar,
    rows,
    merges: ["A8:A10", "B8:B10", "C8:D8", "E8:M8", "N8:S8", "T8:W8", "C9:C10", "D9:D10", "E9:G9", "H9:J9"],
    widths: [5, 44, 16, 8, 16, 8, 8, 16, 8, 8, 8, 8, 16, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
    boldRows: [1, 2, 3, 4, 8, 9, 10, T],
  };
}

/**
 * The hand-kept rekap sheet of the real file: each OPD's row formulas into its sheet (the reader sets it aside).
 * Planted as in the real file: BPBD's DPA taken from the Dinkes sheet, and Dishub's realisasi written `…-1`.
 */
function lembarCetak(): SheetInput {
  const rows: CellInput[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["PEMERINTAH KOTA SUKAMAJU"],
    ["KONDISI DESEMBER 2024"],
    [],
    ["NO", "URAIAN KEGIATAN", "NILAI ANGGARAN", "REALISASI KEUANGAN", "FISIK"],
    [null, null, "Rp", "Rp", "%"],
  ];
  const total = (o: OpdFx) => FIRST + (o.kosong ?? o.subs.length) + 1;
  OPD_REKAP.forEach((o, i) => {
    const T = total(o);
    const r = 7 + i;
    const dpaDari = `C${r}` === TANAM_REKAP.rekapSalahOpd.sel ? OPD_REKAP[1] : o;
    const p = dpaDari.subs.reduce((s, x) => s + x.pagu, 0);
    const real = o.subs.reduce((s, x) => s + x.realisasi, 0);
    const minus = `D${r}` === TANAM_REKAP.konstantaRekap.sel;
    const fisik = p ? o.subs.reduce((s, x) => s + x.fisik * x.pagu, 0) / o.subs.reduce((s, x) => s + x.pagu, 0) : 0;
    rows.push([
      i + 1,
      o.judul.trim(),
      { f: `='${dpaDari.lembar}'!C${total(dpaDari)}`, v: p, fmt: RP },
      { f: `='${o.lembar}'!H${T}${minus ? "-1" : ""}`, v: real - (minus ? 1 : 0), fmt: RP },
      { f: `='${o.lembar}'!Q${T}`, v: fisik, fmt: P2 },
    ]);
  });
  return { name: "Cetak", rows, widths: [5, 44, 18, 18, 10] };
}

function lembarDaftar(): SheetInput {
  const rows: CellInput[][] = [
    ["DAFTAR PERANGKAT DAERAH DAN PAGU APBD 2024"],
    ["PEMERINTAH KOTA SUKAMAJU"],
    [],
    ["No", "Kode SKPD", "Nama Perangkat Daerah", "Singkatan", "Pagu DPA (Rp)", "Asisten"],
  ];
  DAFTAR_REKAP.forEach((d, i) => rows.push([i + 1, d.kode, d.nama, d.singkatan, { v: d.dpa, fmt: RP }, d.asisten]));
  const n = DAFTAR_REKAP.length;
  rows.push([
    null,
    null,
    "JUMLAH",
    null,
    { f: `=SUM(E5:E${4 + n})`, v: DAFTAR_REKAP.reduce((s, d) => s + d.dpa, 0), fmt: RP },
  ]);
  return { name: "Daftar OPD", rows, widths: [5, 24, 44, 14, 18, 12] };
}

export const DIR_REKAP = path.join(__dirname, "../samples/fixtures/rekap");

/**
 * Two quirks of a real city's RFK: a kecamatan writing each sub kegiatan once per kelurahan, its place appended to
 * the name ("Penyediaan … Kantor (Kelurahan Melati)") with no kode and no "Sub Kegiatan" label; and a sheet with
 * stray working figures beside its header (Z9, Z10, and formulas over them in row 11). Figures round, in millions.
 */
export const OPD_KELURAHAN: OpdFx = {
  lembar: "8 Kec Sukadamai",
  berkas: "kec-kelurahan.xlsx",
  judul: "KECAMATAN SUKADAMAI",
  kondisi: "KONDISI DESEMBER 2024",
  subs: [
    ["Peningkatan Sarana dan Prasarana Disiplin Pegawai (Kecamatan Sukadamai)", 10, 8, 80],
    ["Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor (Kecamatan Sukadamai)", 6, 6, 100],
    ["Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor (Kelurahan Melati)", 2, 1, 50],
    ["Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor (Kelurahan Mawar)", 2, 2, 100],
    ["Penyediaan Peralatan Rumah Tangga (Kecamatan Sukadamai)", 20, 15, 75],
    ["Pemberdayaan Masyarakat di Kelurahan (Kelurahan Melati)", 30, 24, 80],
    ["Pemberdayaan Masyarakat di Kelurahan (Kelurahan Mawar)", 30, 0, 0],
  ].map(([nama, pagu, realisasi, fisik]) => ({
    nama: nama as string,
    pagu: (pagu as number) * M,
    realisasi: (realisasi as number) * M,
    fisikRencana: 100,
    fisik: fisik as number,
  })),
};

export const OPD_ANGKA_LIAR: OpdFx = {
  lembar: "10 DLH",
  berkas: "dlh-angka-liar.xlsx",
  judul: "DINAS LINGKUNGAN HIDUP",
  kondisi: "KONDISI DESEMBER 2024",
  subs: [
    {
      nama: "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah",
      pagu: 5 * M,
      realisasi: 4 * M,
      fisikRencana: 100,
      fisik: 80,
    },
    {
      nama: "Sub Kegiatan Pengamanan Barang Milik Daerah SKPD",
      pagu: 60 * M,
      realisasi: 60 * M,
      fisikRencana: 100,
      fisik: 100,
    },
    { nama: "Sub Kegiatan Pengelolaan Persampahan", pagu: 135 * M, realisasi: 90 * M, fisikRencana: 100, fisik: 70 },
  ],
};

/** The DLH-like sheet: stray figures beside the header, as the real one has them (Z9, Z10, row 11). */
export function lembarAngkaLiar(): SheetInput {
  const s = lembarOpd(OPD_ANGKA_LIAR);
  const rows = s.rows.map((r) => [...r]);
  const at = (r: number, c: number, v: CellInput) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = v;
  };
  at(9, 26, 277015);
  at(10, 26, 373056);
  at(11, 26, { f: "=Z9*18", v: 277015 * 18 });
  at(11, 27, { f: "=Z11-Z10", v: 277015 * 18 - 373056 });
  at(11, 28, 182400);
  at(11, 29, { f: "=Z11-AB11", v: 277015 * 18 - 182400 });
  return { ...s, rows };
}

/** The Pemda's cumulative target curve per month (points), keuangan and fisik. */
export const KURVA_BULANAN = {
  keuangan: [5, 10, 18, 25, 32, 40, 48, 56, 65, 75, 85, 100],
  fisik: [8, 15, 22, 30, 38, 46, 55, 63, 72, 82, 92, 100],
};
/** …and per quarter. */
export const KURVA_TRIWULAN = { keuangan: [20, 45, 70, 100], fisik: [25, 50, 75, 100] };

/**
 * A target curve as a Bappeda keeps it: a title, a header "Bulan | Target Keuangan (%) | Target Fisik (%)" (or
 * "Triwulan"), one row per period; the fisik column written as Excel percentages (0,08 formatted 0%).
 */
export function lembarKurva(
  bulanan: boolean,
  kurva: { keuangan: (number | string | null)[]; fisik: (number | string | null)[] } = bulanan
    ? KURVA_BULANAN
    : KURVA_TRIWULAN,
  label?: string[],
): SheetInput {
  const bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"];
  const nama =
    label ?? (bulanan ? [...bulan, "Oktober", "November", "Desember"] : ["TW I", "TW II", "TW III", "TW IV"]);
  return {
    name: "Kurva Target",
    rows: [
      ["KURVA TARGET REALISASI KUMULATIF PEMERINTAH KABUPATEN CONTOH 2024"],
      [],
      [bulanan ? "Bulan" : "Triwulan", "Target Keuangan (%)", "Target Fisik (%)"],
      ...nama.map((n, i): CellInput[] => {
        const f = kurva.fisik[i];
        return [n, kurva.keuangan[i], typeof f === "number" ? { v: f / 100, fmt: "0%" } : f];
      }),
    ],
    widths: [16, 20, 20],
  };
}

/** The Pemda's own category bands, in the curve's workbook: lower bounds in points, the last one open. */
export function lembarKategori(): SheetInput {
  return {
    name: "Kategori",
    rows: [
      ["KATEGORI REALISASI KEUANGAN OPD"],
      [],
      ["No", "Kategori", "Batas Bawah (%)"],
      [1, "Sangat Tinggi", 95],
      [2, "Tinggi", 85],
      [3, "Sedang", 70],
      [4, "Rendah", 50],
      [5, "Sangat Rendah", null],
    ],
    widths: [5, 20, 16],
  };
}

export async function tulisFixturesRekap(dir = DIR_REKAP): Promise<void> {
  fs.mkdirSync(path.join(dir, "opd"), { recursive: true });
  await writeWorkbook([...OPD_REKAP.map(lembarOpd), lembarCetak()], path.join(dir, "rekap-kota.xlsx"));
  for (const o of OPD_REKAP) await writeWorkbook([lembarOpd(o)], path.join(dir, "opd", o.berkas));
  await writeWorkbook([lembarDaftar()], path.join(dir, "daftar-opd.xlsx"));
  await writeWorkbook([lembarOpd(OPD_KELURAHAN)], path.join(dir, OPD_KELURAHAN.berkas));
  await writeWorkbook([lembarAngkaLiar()], path.join(dir, OPD_ANGKA_LIAR.berkas));
  await writeWorkbook([lembarKurva(true), lembarKategori()], path.join(dir, "kurva-bulanan.xlsx"));
  await writeWorkbook([lembarKurva(false)], path.join(dir, "kurva-triwulan.xlsx"));
}

if (require.main === module) {
  tulisFixturesRekap().then(
    () => console.log(`ditulis: ${DIR_REKAP}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
