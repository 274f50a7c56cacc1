/**
 * Fixtures in the layout of a city's monthly RFK (laporan realisasi fisik dan keuangan): one sheet per SKPD with
 * the same three-row header (NILAI ANGGARAN Rp | % share of the total; KEUANGAN rencana Rp, %, weighted %;
 * realisasi Rp, % (= realisasi ÷ pagu), weighted %; capaian against the plan and its deviasi; sisa; FISIK rencana,
 * realisasi, capaian, deviasi; CAPAIAN KEU, FISIK, RATA2, KAT), the units row under it, one sub kegiatan per row
 * without program or kegiatan rows (some prefixed "Sub Kegiatan", one with its kode, a stray space before one
 * name), the same sub kegiatan names in two SKPD with their own figures, formulas with cached values, a TOTAL row.
 * Planted: a serapan typed 0 on a row with realisasi, and a TOTAL whose SUM stops a row short. A second workbook
 * has the rekap layout with the pagu and realisasi from two sources side by side (Laporan RFK | LRA SIPKD) and a
 * typed sisa that is wrong. The layouts follow real files; every name and figure here is made up.
 */
import { CellInput, SheetInput } from "./workbook-builder";
import type { FixtureNyata } from "./fixtures-nyata";

const RP = "#,##0";
const P2 = "0.00";

export interface SubRfk {
  nama: string;
  pagu: number;
  /** The plan to date (Rp); the pagu when omitted. */
  rencana?: number;
  realisasi: number;
  fisikRencana: number;
  fisikRealisasi: number;
}

export interface SkpdRfk {
  lembar: string;
  nama: string;
  subs: SubRfk[];
}

export const SKPD_RFK: SkpdRfk[] = [
  {
    lembar: "1 Dinkop",
    nama: "DINAS KOPERASI DAN USAHA MIKRO",
    subs: [
      {
        nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        pagu: 45_000_000,
        realisasi: 43_875_000,
        fisikRencana: 100,
        fisikRealisasi: 100,
      },
      {
        nama: "Sub Kegiatan Penyediaan Peralatan Rumah Tangga",
        pagu: 12_500_000,
        realisasi: 10_000_000,
        fisikRencana: 100,
        fisikRealisasi: 80,
      },
      {
        nama: " Penyediaan Bahan Logistik Kantor",
        pagu: 30_000_000,
        rencana: 27_000_000,
        realisasi: 24_300_000,
        fisikRencana: 90,
        fisikRealisasi: 81,
      },
      {
        nama: "Sub Kegiatan Fasilitasi Kunjungan Tamu",
        pagu: 8_000_000,
        realisasi: 6_000_000,
        fisikRencana: 100,
        fisikRealisasi: 75,
      },
      {
        nama: "2.17.01.2.06.05 Subkegiatan Penyediaan Barang Cetakan dan Penggandaan",
        pagu: 20_000_000,
        realisasi: 19_000_000,
        fisikRencana: 100,
        fisikRealisasi: 95,
      },
      { nama: "Pencegahan Covid-19 di Tingkat Kelurahan", pagu: 0, realisasi: 0, fisikRencana: 0, fisikRealisasi: 0 },
    ],
  },
  {
    lembar: "2 Kec Sukamaju",
    nama: "KECAMATAN SUKAMAJU",
    subs: [
      {
        nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        pagu: 60_000_000,
        realisasi: 54_000_000,
        fisikRencana: 100,
        fisikRealisasi: 90,
      },
      {
        nama: "Sub Kegiatan Penyediaan Peralatan Rumah Tangga",
        pagu: 15_000_000,
        realisasi: 15_000_000,
        fisikRencana: 100,
        fisikRealisasi: 100,
      },
      {
        nama: "Pemberdayaan Lembaga Kemasyarakatan Kelurahan",
        pagu: 250_000_000,
        rencana: 240_000_000,
        realisasi: 216_000_000,
        fisikRencana: 96,
        fisikRealisasi: 90,
      },
      {
        nama: "Sub Kegiatan Evaluasi Kelurahan",
        pagu: 40_000_000,
        realisasi: 36_800_000,
        fisikRencana: 100,
        fisikRealisasi: 92,
      },
    ],
  },
];

/** The planted errors, as (sheet, cell). */
export const TANAM_RFK = {
  /** Realisasi % typed 0 where realisasi is Rp 10.000.000 of a pagu of Rp 12.500.000 (80%). */
  serapan: { lembar: "1 Dinkop", sel: "I13" },
  /** TOTAL realisasi =SUM(H12:H14): the last sub kegiatan (row 15, Rp 36.800.000) left out. */
  jumlah: { lembar: "2 Kec Sukamaju", sel: "H17" },
} as const;

const FIRST = 12;

/** The header rows of an RFK sheet (groups, sub-headers, units, a blank row), as the city's sheets have them. */
export const KEPALA_RFK: CellInput[][] = [
  [
    "NO",
    "URAIAN KEGIATAN",
    "NILAI ANGGARAN",
    null,
    "KEUANGAN",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "FISIK",
    null,
    null,
    null,
    null,
    null,
    "CAPAIAN",
  ],
  [
    null,
    null,
    "Rp",
    "%",
    "RENCANA",
    null,
    null,
    "REALISASI",
    null,
    null,
    "CAPAIAN",
    null,
    "SISA ANGGARAN",
    "REN",
    null,
    "REAL",
    null,
    "CAP",
    null,
    "KEU",
    "FISIK",
    "RATA2",
    "KAT",
  ],
  [null, null, null, null, "Rp", "%", "%", "Rp", "%", "%", "%", "%", "Rp", "%", "%", "%", "%", "%", "%", "%", "%", "%"],
  [],
];

function rfkSheet(skpd: SkpdRfk): SheetInput {
  const n = skpd.subs.length;
  const totalRow = FIRST + n + 1;
  const last = FIRST + n - 1;
  const totalPagu = skpd.subs.reduce((s, x) => s + x.pagu, 0);
  const rows: CellInput[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    [skpd.nama],
    ["TAHUN ANGGARAN 2024"],
    ["KONDISI DESEMBER 2024"],
    [],
    [],
    [],
    ...KEPALA_RFK,
  ];
  const planted = skpd.lembar === TANAM_RFK.serapan.lembar;
  const sums = { pagu: 0, rencana: 0, realisasi: 0, sisa: 0, g: 0, j: 0, l: 0, o: 0, q: 0, s: 0 };
  skpd.subs.forEach((x, i) => {
    const r = FIRST + i;
    const rencana = x.rencana ?? x.pagu;
    const d = totalPagu ? (x.pagu / totalPagu) * 100 : 0;
    const f = x.pagu ? (rencana / x.pagu) * 100 : 0;
    const g = (f * d) / 100;
    const serapanSalah = planted && `I${r}` === TANAM_RFK.serapan.sel;
    const iv = serapanSalah ? 0 : x.pagu ? (x.realisasi / x.pagu) * 100 : 0;
    const j = (iv * d) / 100;
    const k = rencana ? (x.realisasi / rencana) * 100 : 0;
    const o = (x.fisikRencana * d) / 100;
    const q = (x.fisikRealisasi * d) / 100;
    const rr = x.fisikRencana ? (x.fisikRealisasi / x.fisikRencana) * 100 : 0;
    const t = f > 0 ? (iv / f) * 100 : iv;
    const u = x.fisikRencana > 0 ? (x.fisikRealisasi / x.fisikRencana) * 100 : x.fisikRealisasi;
    Object.assign(sums, {
      pagu: sums.pagu + x.pagu,
      rencana: sums.rencana + rencana,
      realisasi: sums.realisasi + x.realisasi,
      sisa: sums.sisa + x.pagu - x.realisasi,
      g: sums.g + g,
      j: sums.j + j,
      l: sums.l + j - g,
      o: sums.o + o,
      q: sums.q + q,
      s: sums.s + q - o,
    });
    rows.push([
      i + 1,
      x.nama,
      { v: x.pagu, fmt: RP },
      { f: `=C${r}/$C$${totalRow}*100`, v: d, fmt: P2 },
      { v: rencana, fmt: RP },
      { f: `=E${r}/C${r}*100`, v: f, fmt: P2 },
      { f: `=F${r}*D${r}/100`, v: g, fmt: P2 },
      { v: x.realisasi, fmt: RP },
      serapanSalah ? { v: 0, fmt: P2 } : { f: `=H${r}/C${r}*100`, v: iv, fmt: P2 },
      { f: `=I${r}*D${r}/100`, v: j, fmt: P2 },
      { f: `=IF(E${r}=0,0,H${r}/E${r}*100)`, v: k, fmt: P2 },
      { f: `=J${r}-G${r}`, v: j - g, fmt: P2 },
      { f: `=C${r}-H${r}`, v: x.pagu - x.realisasi, fmt: RP },
      { v: x.fisikRencana, fmt: P2 },
      { f: `=N${r}*D${r}/100`, v: o, fmt: P2 },
      { v: x.fisikRealisasi, fmt: P2 },
      { f: `=P${r}*D${r}/100`, v: q, fmt: P2 },
      { f: `=IF(N${r}=0,0,P${r}/N${r}*100)`, v: rr, fmt: P2 },
      { f: `=Q${r}-O${r}`, v: q - o, fmt: P2 },
      { f: `=IF(F${r}>0,I${r}/F${r}*100,I${r})`, v: t, fmt: P2 },
      { f: `=IF(N${r}>0,P${r}/N${r}*100,P${r})`, v: u, fmt: P2 },
      { f: `=AVERAGE(T${r}:U${r})`, v: (t + u) / 2, fmt: P2 },
      { f: `=V${r}`, v: (t + u) / 2, fmt: P2 },
    ]);
  });
  rows.push([]);
  // The planted short SUM: TOTAL realisasi stops a row before the last sub kegiatan.
  const pendek = skpd.lembar === TANAM_RFK.jumlah.lembar;
  const realisasiTotal = pendek ? sums.realisasi - skpd.subs[n - 1].realisasi : sums.realisasi;
  const T = totalRow;
  const serapanTotal = sums.j;
  rows.push([
    null,
    "TOTAL",
    { f: `=SUM(C${FIRST}:C${last})`, v: sums.pagu, fmt: RP },
    { f: `=SUM(D${FIRST}:D${last})`, v: 100, fmt: P2 },
    { f: `=SUM(E${FIRST}:E${last})`, v: sums.rencana, fmt: RP },
    { f: `=G${T}`, v: sums.g, fmt: P2 },
    { f: `=SUM(G${FIRST}:G${last})`, v: sums.g, fmt: P2 },
    { f: `=SUM(H${FIRST}:H${pendek ? last - 1 : last})`, v: realisasiTotal, fmt: RP },
    { f: `=J${T}+0`, v: serapanTotal, fmt: P2 },
    { f: `=SUM(J${FIRST}:J${last})`, v: serapanTotal, fmt: P2 },
    { f: `=IF(E${T}=0,0,H${T}/E${T}*100)`, v: (realisasiTotal / sums.rencana) * 100, fmt: P2 },
    { f: `=SUM(L${FIRST}:L${last})`, v: sums.l, fmt: P2 },
    { f: `=SUM(M${FIRST}:M${last})`, v: sums.sisa, fmt: RP },
    { f: `=O${T}`, v: sums.o, fmt: P2 },
    { f: `=SUM(O${FIRST}:O${last})`, v: sums.o, fmt: P2 },
    { f: `=Q${T}`, v: sums.q, fmt: P2 },
    { f: `=SUM(Q${FIRST}:Q${last})`, v: sums.q, fmt: P2 },
    { f: `=IF(N${T}=0,0,P${T}/N${T}*100)`, v: sums.o ? (sums.q / sums.o) * 100 : 0, fmt: P2 },
    { f: `=SUM(S${FIRST}:S${last})`, v: sums.s, fmt: P2 },
  ]);
  return {
    name: skpd.lembar,
    rows,
    merges: [
      "A8:A10",
      "B8:B10",
      "C8:D8",
      "E8:M8",
      "N8:S8",
      "T8:W8",
      "C9:C10",
      "D9:D10",
      "E9:G9",
      "H9:J9",
      "K9:L9",
      "M9:M10",
      "N9:O9",
      "P9:Q9",
      "R9:S9",
      "W9:W10",
    ],
    widths: [5, 48, 16, 8, 16, 8, 8, 16, 8, 8, 8, 8, 16, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
    boldRows: [1, 2, 3, 4, 8, 9, 10, totalRow],
  };
}

export interface SkpdRekap {
  nama: string;
  pagu: number;
  realisasi: number;
}

export const REKAP_RFK: SkpdRekap[] = [
  { nama: "Dinas Koperasi dan Usaha Mikro", pagu: 115_500_000, realisasi: 103_175_000 },
  { nama: "Kecamatan Sukamaju", pagu: 365_000_000, realisasi: 321_800_000 },
  { nama: "Dinas Perhubungan", pagu: 2_400_000_000, realisasi: 2_160_500_000 },
  { nama: "Badan Kesatuan Bangsa dan Politik", pagu: 950_000_000, realisasi: 901_250_000 },
];

/** The rekap's planted error: the sisa of Dinas Perhubungan typed, Rp 1.000.000 off. */
export const TANAM_REKAP = { sel: "J13", tertulis: 240_500_000, seharusnya: 239_500_000 } as const;

/**
 * The rekap layout (sheet "Input" of the real file): NILAI ANGGARAN and REALISASI KEUANGAN each from two sources,
 * the RFK reports and the accounting system (LRA SIPKD, left blank until it is input), their differences, the
 * share of the total, the serapan, the sisa.
 */
function rekapSheet(): SheetInput {
  const FIRST_R = 11;
  const n = REKAP_RFK.length;
  const T = FIRST_R + n + 1;
  const total = REKAP_RFK.reduce((s, x) => s + x.pagu, 0);
  const totalReal = REKAP_RFK.reduce((s, x) => s + x.realisasi, 0);
  const rows: CellInput[][] = [
    ["REKAPITULASI REALISASI FISIK DAN KEUANGAN"],
    ["PEMERINTAH KOTA SUKAMAJU"],
    ["KONDISI DESEMBER 2024"],
    [],
    [null, "Sumber Data : Laporan RFK SKPD dan LRA SIPKD"],
    [],
    [
      "NO",
      "URAIAN KEGIATAN",
      "NILAI ANGGARAN",
      null,
      null,
      null,
      "REALISASI KEUANGAN",
      null,
      null,
      "SISA ANGGARAN",
      "SERAPAN",
    ],
    [null, null, "Laporan RFK", "LRA SIPKD", "Selisih", "%", "Laporan RFK", "LRA SIPKD", "Selisih", null, null],
    [null, null, "Rp", "Rp", "Rp", "%", "Rp", "Rp", "Rp", "Rp", "%"],
    [],
  ];
  REKAP_RFK.forEach((x, i) => {
    const r = FIRST_R + i;
    const planted = `J${r}` === TANAM_REKAP.sel;
    const sisa = planted ? TANAM_REKAP.tertulis : x.pagu - x.realisasi;
    rows.push([
      i + 1,
      x.nama,
      { v: x.pagu, fmt: RP },
      null,
      { f: `=D${r}-C${r}`, v: -x.pagu, fmt: RP },
      { f: `=C${r}/$C$${T}*100`, v: (x.pagu / total) * 100, fmt: P2 },
      { v: x.realisasi, fmt: RP },
      null,
      { f: `=H${r}-G${r}`, v: -x.realisasi, fmt: RP },
      planted ? { v: sisa, fmt: RP } : { f: `=C${r}-G${r}`, v: sisa, fmt: RP },
      { f: `=G${r}/C${r}*100`, v: (x.realisasi / x.pagu) * 100, fmt: P2 },
    ]);
  });
  rows.push([]);
  const last = FIRST_R + n - 1;
  rows.push([
    null,
    "TOTAL",
    { f: `=SUM(C${FIRST_R}:C${last})`, v: total, fmt: RP },
    { f: `=SUM(D${FIRST_R}:D${last})`, v: 0, fmt: RP },
    { f: `=SUM(E${FIRST_R}:E${last})`, v: -total, fmt: RP },
    { f: `=SUM(F${FIRST_R}:F${last})`, v: 100, fmt: P2 },
    { f: `=SUM(G${FIRST_R}:G${last})`, v: totalReal, fmt: RP },
    { f: `=SUM(H${FIRST_R}:H${last})`, v: 0, fmt: RP },
    { f: `=SUM(I${FIRST_R}:I${last})`, v: -totalReal, fmt: RP },
    { f: `=SUM(J${FIRST_R}:J${last})`, v: total - totalReal + TANAM_REKAP.tertulis - TANAM_REKAP.seharusnya, fmt: RP },
    { f: `=G${T}/C${T}*100`, v: (totalReal / total) * 100, fmt: P2 },
  ]);
  return {
    name: "Input",
    rows,
    merges: ["A7:A9", "B7:B9", "C7:F7", "G7:I7", "J7:J8", "K7:K8"],
    widths: [5, 40, 16, 16, 16, 8, 16, 16, 16, 16, 8],
    boldRows: [1, 2, 3, 7, 8, 9, T],
  };
}

export const FIXTURES_RFK: FixtureNyata[] = [
  {
    file: "rfk-per-skpd.xlsx",
    kesulitan:
      "Laporan RFK kota, satu lembar per SKPD dengan judul kolom tiga baris: % porsi pagu, rencana, realisasi % dan % tertimbang, capaian terhadap rencana dan deviasi, fisik; satu sub kegiatan per baris tanpa induk, nama sub kegiatan yang sama di dua SKPD; ditanam: serapan diketik 0 dan TOTAL realisasi yang SUM-nya kurang satu baris",
    sheets: SKPD_RFK.map(rfkSheet),
  },
  {
    file: "rfk-rekap-dua-sumber.xlsx",
    kesulitan:
      "Rekap RFK: nilai anggaran dan realisasi dari dua sumber berdampingan (Laporan RFK | LRA SIPKD, yang kedua kosong), selisih, % porsi, sisa dan serapan; ditanam: satu sisa anggaran diketik keliru",
    sheets: [rekapSheet()],
  },
];
