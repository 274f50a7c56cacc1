/**
 * A fixture in the layout of the Permendagri 86/2017 form E.81 (Evaluasi Renja) as agencies keep it: title rows,
 * four header rows (groups, TW I–IV, column numbers, K / Rp), a row naming the perangkat daerah, a bidang urusan
 * above the programs, names with kode, quarterly K as increments, parents typed with wrong SUMs (one stops a row
 * short, the total counts the bidang urusan twice), and a signature block; plus a "Rencana Aksi" sheet with the
 * IKU's and the sub kegiatan's plan per TW. The figures are made up for the layout.
 *
 * `modelE81()` is the model a reader of this layout makes of it, by hand (plain data, with every SelRef pointing at
 * the cell that holds the number), for the quarterly sheets' tests until the E.81 reader lands.
 */
import { Indikator, Model, NodeAnggaran, NodeInduk, PerTriwulan, RencanaNode, SelRef } from "../src/core/model";
import { CellInput, SheetInput } from "./workbook-builder";

export const E81_FILE = "e81-evaluasi-renja.xlsx";
export const LEMBAR_E81 = "Evaluasi Renja 2025";
export const LEMBAR_RENAKSI = "Rencana Aksi";
const RP = "#,##0";
const JT = 1_000_000;

type TW = [number | null, number | null, number | null, number | null];

interface Baris {
  level: "program" | "kegiatan" | "sub_kegiatan";
  kode: string;
  uraian: string;
  indikator: string;
  satuan: string;
  target: number;
  k: TW;
  renstraK?: [number, number];
  /** Leaves only. */
  pagu?: number;
  rp?: TW;
  renstraRp?: [number, number];
  rencana?: { k: TW; rp: TW };
  unit?: string;
}

/** Program B (5.01.01) then program A (5.01.02), each with its kegiatan and sub kegiatan, in sheet order. */
export const BARIS_E81: Baris[] = [
  {
    level: "program",
    kode: "5.01.01",
    uraian: "Program Penunjang Urusan Pemerintahan Daerah",
    indikator: "Indeks kepuasan layanan internal",
    satuan: "indeks",
    target: 3.5,
    k: [null, 3.3, null, 3.6],
    renstraK: [4, 3.2],
    unit: "Sekretariat",
  },
  {
    level: "kegiatan",
    kode: "5.01.01.2.02",
    uraian: "Administrasi Keuangan Perangkat Daerah",
    indikator: "Jumlah bulan layanan administrasi keuangan",
    satuan: "bulan",
    target: 12,
    k: [3, 3, 3, 3],
    renstraK: [60, 48],
    unit: "Subbag Keuangan",
  },
  {
    level: "sub_kegiatan",
    kode: "5.01.01.2.02.0001",
    uraian: "Penyediaan Gaji dan Tunjangan ASN",
    indikator: "Jumlah bulan gaji dibayarkan",
    satuan: "bulan",
    target: 12,
    k: [3, 3, 3, 3],
    pagu: 1200 * JT,
    rp: [300 * JT, 300 * JT, 300 * JT, 290 * JT],
    rencana: { k: [3, 3, 3, 3], rp: [300 * JT, 300 * JT, 300 * JT, 300 * JT] },
    unit: "Subbag Keuangan",
  },
  {
    level: "sub_kegiatan",
    kode: "5.01.01.2.02.0002",
    uraian: "Penyediaan Alat Tulis Kantor",
    indikator: "Jumlah paket ATK",
    satuan: "paket",
    target: 2,
    k: [1, 0, 1, null],
    pagu: 50 * JT,
    rp: [20 * JT, 0, 25 * JT, null],
    rencana: { k: [1, 0, 1, 0], rp: [25 * JT, 0, 25 * JT, 0] },
    unit: "Subbag Umum",
  },
  {
    level: "program",
    kode: "5.01.02",
    uraian: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    indikator: "Persentase dokumen perencanaan tepat waktu",
    satuan: "%",
    target: 100,
    k: [80, 85, 90, 100],
    renstraK: [100, 90],
    unit: "Bidang Perencanaan",
  },
  {
    level: "kegiatan",
    kode: "5.01.02.2.01",
    uraian: "Koordinasi Penyusunan Dokumen Perencanaan",
    indikator: "Jumlah dokumen perencanaan",
    satuan: "dokumen",
    target: 5,
    k: [1, 1, 2, 1],
    renstraK: [25, 15],
    unit: "Bidang Perencanaan",
  },
  {
    level: "sub_kegiatan",
    kode: "5.01.02.2.01.0001",
    uraian: "Penyusunan Dokumen RKPD",
    indikator: "Jumlah dokumen RKPD",
    satuan: "dokumen",
    target: 1,
    k: [0, 0, 1, 0],
    renstraK: [5, 3],
    pagu: 100 * JT,
    rp: [10 * JT, 20 * JT, 50 * JT, 15 * JT],
    renstraRp: [500 * JT, 300 * JT],
    rencana: { k: [0, 0, 1, 0], rp: [10 * JT, 30 * JT, 40 * JT, 20 * JT] },
    unit: "Bidang Perencanaan",
  },
  {
    level: "sub_kegiatan",
    kode: "5.01.02.2.01.0002",
    uraian: "Penyusunan Laporan Kinerja",
    indikator: "Jumlah laporan kinerja",
    satuan: "laporan",
    target: 4,
    k: [1, 1, 1, 1],
    renstraK: [20, 12],
    pagu: 60 * JT,
    rp: [15 * JT, 15 * JT, 15 * JT, 10 * JT],
    renstraRp: [300 * JT, 180 * JT],
    rencana: { k: [1, 1, 1, 1], rp: [15 * JT, 15 * JT, 15 * JT, 15 * JT] },
    unit: "Bidang Perencanaan",
  },
  {
    level: "kegiatan",
    kode: "5.01.02.2.02",
    uraian: "Monitoring dan Evaluasi Renja",
    indikator: "Persentase laporan evaluasi tepat waktu",
    satuan: "%",
    target: 100,
    k: [100, 100, 90, 100],
    renstraK: [100, 95],
    unit: "Bidang Evaluasi",
  },
  {
    level: "sub_kegiatan",
    kode: "5.01.02.2.02.0001",
    uraian: "Evaluasi Renja Perangkat Daerah",
    indikator: "Persentase perangkat daerah dievaluasi",
    satuan: "%",
    target: 100,
    k: [20, 45, null, 95],
    renstraK: [100, 60],
    pagu: 40 * JT,
    rp: [5 * JT, 10 * JT, 0, 20 * JT],
    renstraRp: [200 * JT, 120 * JT],
    rencana: { k: [25, 50, 75, 100], rp: [10 * JT, 10 * JT, 10 * JT, 10 * JT] },
    unit: "Bidang Evaluasi",
  },
];

/** The IKU with their Rencana Aksi and realisasi per TW (the Rencana Aksi sheet's first rows). */
export const IKU_E81 = [
  {
    nama: "Persentase dokumen perencanaan tepat waktu",
    satuan: "%",
    target: 100,
    rencana: [80, 85, 90, 100] as TW,
    realisasi: [80, 80, null, null] as TW,
    jenis: "nilai_akhir" as const,
  },
  {
    nama: "Jumlah dokumen perencanaan disusun",
    satuan: "dokumen",
    target: 5,
    rencana: [1, 1, 2, 1] as TW,
    realisasi: [1, 0, null, null] as TW,
    jenis: "kumulatif" as const,
  },
];

/** E.81 sheet: 0-based row of the first data row (the bidang urusan) and of each BARIS_E81 entry. */
const BARIS_PERTAMA = 10;
const barisKe = (i: number) => BARIS_PERTAMA + 1 + i;
/** Columns: K of (6), (7), (8), TW I–IV; each Rp is the next column. */
const C = { k6: 5, k7: 7, k8: 9, tw: [11, 13, 15, 17], unit: 25, ket: 26 };

const num = (v: number | null | undefined, fmt?: string): CellInput =>
  v === null || v === undefined ? null : fmt ? { v, fmt } : v;

function sheetE81(): SheetInput {
  const header1: CellInput[] = [
    "No",
    "Sasaran",
    "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
    "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    "Satuan",
    "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)",
    null,
    "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2024)",
    null,
    "Target kinerja dan anggaran Renja PD Tahun Berjalan (2025) yang dievaluasi",
    null,
    "Realisasi Kinerja Pada Triwulan",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
    null,
    "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2025",
    null,
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d tahun 2025 (%)",
    null,
    "Unit PD Penanggung Jawab",
    "Keterangan",
  ];
  const header2: CellInput[] = [
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
    "I",
    null,
    "II",
    null,
    "III",
    null,
    "IV",
  ];
  const nomor: CellInput[] = [
    1,
    2,
    3,
    4,
    5,
    6,
    null,
    7,
    null,
    8,
    null,
    9,
    null,
    10,
    null,
    11,
    null,
    12,
    null,
    "13 = 9+10+11+12",
    null,
    "14 = 7+13",
    null,
    "15 = 14/6 x 100",
    null,
    16,
    17,
  ];
  const satuan: CellInput[] = [
    null,
    null,
    null,
    null,
    null,
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
    "K",
    "Rp.",
  ];
  const rows: CellInput[][] = [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CONTOH"],
    ["RENJA BADAN PERENCANAAN CONTOH KABUPATEN CONTOH"],
    ["Periode Pelaksanaan: Triwulan IV Tahun 2025"],
    [],
    ["Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD:"],
    header1,
    header2,
    nomor,
    satuan,
    [null, null, "BADAN PERENCANAAN CONTOH"],
  ];
  // The bidang urusan, typed as a SUM over the program rows that stops one row short (the real copies' error).
  const r0 = BARIS_PERTAMA + 1; // 1-based row of the bidang urusan
  rows.push([
    "",
    "",
    "5.01 BIDANG URUSAN PERENCANAAN",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { f: `=K${r0 + 1}+K${r0 + 5}`, v: 0, fmt: RP },
  ]);
  BARIS_E81.forEach((b, i) => {
    const row: CellInput[] = new Array(27).fill(null);
    row[0] = b.level === "program" ? String(i + 1) : null;
    row[1] = b.level === "program" ? "Meningkatnya kualitas perencanaan pembangunan daerah" : null;
    row[2] = `${b.kode} ${b.uraian}`;
    row[3] = b.indikator;
    row[4] = b.satuan;
    row[C.k6] = num(b.renstraK?.[0]);
    row[C.k6 + 1] = num(b.renstraRp?.[0], RP);
    row[C.k7] = num(b.renstraK?.[1]);
    row[C.k7 + 1] = num(b.renstraRp?.[1], RP);
    row[C.k8] = b.target;
    row[C.k8 + 1] = num(b.pagu, RP);
    C.tw.forEach((c, q) => {
      row[c] = num(b.k[q]);
      row[c + 1] = num(b.rp?.[q], RP);
    });
    row[C.unit] = b.unit ?? null;
    rows.push(row);
  });
  // Parents typed by hand: program 5.01.02's pagu SUM stops a row short, the kegiatan are right; the total counts
  // the bidang urusan and its programs (twice).
  const rowOf = (kode: string) => barisKe(BARIS_E81.findIndex((b) => b.kode === kode)) + 1;
  rows[rowOf("5.01.02") - 1][C.k8 + 1] = {
    f: `=SUM(K${rowOf("5.01.02.2.01.0001")}:K${rowOf("5.01.02.2.01.0002")})`,
    v: 160 * JT,
    fmt: RP,
  };
  rows[rowOf("5.01.01") - 1][C.k8 + 1] = { f: `=K${rowOf("5.01.01.2.02")}`, v: 1250 * JT, fmt: RP };
  rows[rowOf("5.01.01.2.02") - 1][C.k8 + 1] = {
    f: `=SUM(K${rowOf("5.01.01.2.02.0001")}:K${rowOf("5.01.01.2.02.0002")})`,
    v: 1250 * JT,
    fmt: RP,
  };
  rows[rowOf("5.01.02.2.01") - 1][C.k8 + 1] = {
    f: `=SUM(K${rowOf("5.01.02.2.01.0001")}:K${rowOf("5.01.02.2.01.0002")})`,
    v: 160 * JT,
    fmt: RP,
  };
  rows[rowOf("5.01.02.2.02") - 1][C.k8 + 1] = { f: `=K${rowOf("5.01.02.2.02.0001")}`, v: 40 * JT, fmt: RP };
  const last = barisKe(BARIS_E81.length - 1) + 1;
  rows.push([
    null,
    null,
    "JUMLAH",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { f: `=SUM(K${r0}:K${last})`, v: 0, fmt: RP },
  ]);
  rows.push([]);
  rows.push([null, null, "Faktor pendorong keberhasilan pencapaian: koordinasi antar bidang berjalan baik"]);
  rows.push([null, null, "Faktor penghambat pencapaian kinerja: keterlambatan data dari perangkat daerah"]);
  rows.push([]);
  rows.push(
    ...[
      ["Kabupaten Contoh, 15 Januari 2026"],
      ["KEPALA BADAN PERENCANAAN CONTOH"],
      [],
      [],
      ["NAMA KEPALA, S.T., M.T."],
      ["NIP. 19700101 199503 1 001"],
    ].map((r) => [...new Array(21).fill(null), ...r]),
  );
  return {
    name: LEMBAR_E81,
    rows,
    merges: [
      "F6:G7",
      "H6:I7",
      "J6:K7",
      "L6:S6",
      "L7:M7",
      "N7:O7",
      "P7:Q7",
      "R7:S7",
      "T6:U7",
      "V6:W7",
      "X6:Y7",
      "A6:A7",
      "B6:B7",
      "C6:C7",
      "D6:D7",
      "E6:E7",
      "Z6:Z7",
      "AA6:AA7",
      "F8:G8",
      "H8:I8",
      "J8:K8",
      "L8:M8",
      "N8:O8",
      "P8:Q8",
      "R8:S8",
      "T8:U8",
      "V8:W8",
      "X8:Y8",
    ],
    widths: [5, 18, 40, 34, 9, ...new Array(20).fill(14), 18, 16],
  };
}

/** Rencana Aksi: per IKU and per sub kegiatan, the plan per TW (K, and anggaran kas for the sub kegiatan). */
function sheetRenaksi(): SheetInput {
  const rows: CellInput[][] = [
    ["RENCANA AKSI DAN ANGGARAN KAS PER TRIWULAN TAHUN 2025"],
    [],
    [
      "No",
      "Indikator / Sub Kegiatan",
      "Satuan",
      "Target",
      "Rencana TW I",
      "Rencana TW II",
      "Rencana TW III",
      "Rencana TW IV",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
      "Kas TW I",
      "Kas TW II",
      "Kas TW III",
      "Kas TW IV",
    ],
  ];
  IKU_E81.forEach((i, n) => rows.push([n + 1, i.nama, i.satuan, i.target, ...i.rencana, ...i.realisasi]));
  BARIS_E81.filter((b) => b.rencana).forEach((b, n) =>
    rows.push([
      IKU_E81.length + n + 1,
      `${b.kode} ${b.uraian}`,
      b.satuan,
      b.target,
      ...b.rencana!.k,
      null,
      null,
      null,
      null,
      ...b.rencana!.rp.map((v) => num(v, RP)),
    ]),
  );
  return { name: LEMBAR_RENAKSI, rows };
}

export const E81_FIXTURE = {
  file: E81_FILE,
  kesulitan: "Formulir E.81 Evaluasi Renja dengan Rencana Aksi per triwulan",
  sheets: [sheetE81(), sheetRenaksi()],
};

// ---------------------------------------------------------------------------------------------------------------
// The model of this workbook, by hand.

const ref = (sheet: string, row: number, col: number): SelRef => ({ sheet, row, col });
const sel = (v: number | null | undefined, r: number, c: number) => ({
  nilai: v ?? null,
  ...(v === null || v === undefined ? {} : { ref: ref(LEMBAR_E81, r, c) }),
});
const tw = (xs: TW): PerTriwulan => [xs[0], xs[1], xs[2], xs[3]];

export function modelE81(): Model {
  const nodes = BARIS_E81.map((b, i): NodeAnggaran => {
    const r = barisKe(i);
    const leaf = b.pagu !== undefined;
    const rencana: RencanaNode | undefined = b.rencana ? { k: tw(b.rencana.k), rp: tw(b.rencana.rp) } : undefined;
    return {
      level: b.level,
      kode: b.kode,
      uraian: b.uraian,
      pagu: b.pagu ?? null,
      realisasi: leaf ? b.rp!.reduce<number>((s, v) => s + (v ?? 0), 0) : null,
      paguTertulis: b.pagu ?? null,
      realisasiTertulis: null,
      kinerja: { indikator: b.indikator, satuan: b.satuan, target: b.target, realisasi: null },
      children: [],
      sumber: { sheet: LEMBAR_E81, row: r },
      ...(leaf ? { refPagu: ref(LEMBAR_E81, r, C.k8 + 1) } : {}),
      dasarLevel: "kode",
      triwulan: {
        k: tw(b.k),
        rp: tw(b.rp ?? [null, null, null, null]),
        gaya: "tambahan",
        refK: C.tw.map((c, q) => (b.k[q] === null ? undefined : ref(LEMBAR_E81, r, c))),
        refRp: C.tw.map((c, q) =>
          b.rp?.[q] === null || b.rp?.[q] === undefined ? undefined : ref(LEMBAR_E81, r, c + 1),
        ),
      },
      renstra: {
        targetK: sel(b.renstraK?.[0], r, C.k6),
        realisasiK: sel(b.renstraK?.[1], r, C.k7),
        targetRp: sel(b.renstraRp?.[0], r, C.k6 + 1),
        realisasiRp: sel(b.renstraRp?.[1], r, C.k7 + 1),
      },
      ...(rencana ? { rencana } : {}),
      unit: b.unit ?? null,
      keterangan: null,
      ...(b.level === "program" ? { sasaranNo: "1" } : {}),
    };
  });
  // Nest by kode: a node's parent is the nearest earlier node whose kode prefixes it.
  const top: NodeAnggaran[] = [];
  nodes.forEach((n, i) => {
    const parent = nodes
      .slice(0, i)
      .reverse()
      .find((p) => n.kode!.startsWith(`${p.kode}.`));
    if (parent) parent.children.push(n);
    else top.push(n);
  });
  const jumlah = (n: NodeAnggaran): void => {
    n.children.forEach(jumlah);
    if (n.children.length > 0) {
      n.pagu = n.children.reduce((s, c) => s + (c.pagu ?? 0), 0);
      n.realisasi = n.children.reduce((s, c) => s + (c.realisasi ?? 0), 0);
    }
  };
  top.forEach(jumlah);
  const induk: NodeInduk = {
    level: "bidang_urusan",
    kode: "5.01",
    uraian: "BIDANG URUSAN PERENCANAAN",
    paguTertulis: null,
    realisasiTertulis: null,
    children: [],
    program: top,
    sumber: { sheet: LEMBAR_E81, row: BARIS_PERTAMA },
    dasarLevel: "kode",
  };
  const indikator: Indikator[] = IKU_E81.map((i, n) => ({
    nama: i.nama,
    satuan: i.satuan,
    target: i.target,
    polaritas: "positif",
    targetTw: i.rencana,
    sumber: { sheet: LEMBAR_RENAKSI, row: 3 + n },
    refTarget: ref(LEMBAR_RENAKSI, 3 + n, 3),
    realisasi: {
      nilai:
        i.jenis === "kumulatif"
          ? i.realisasi.reduce<number>((s, v) => s + (v ?? 0), 0)
          : ([...i.realisasi].reverse().find((v) => v !== null) ?? null),
      tw: i.realisasi,
      jenisAkumulasi: i.jenis,
      sumber: { sheet: LEMBAR_RENAKSI, row: 3 + n },
    },
  }));
  return {
    sasaran: [
      {
        no: "1",
        nama: "Meningkatnya kualitas perencanaan pembangunan daerah",
        indikator,
        sumber: { sheet: LEMBAR_RENAKSI, row: 3 },
      },
    ],
    programPk: [],
    anggaran: top,
    induk: [induk],
    triwulan: { terakhir: 4, gaya: "tambahan" },
    perangkatDaerah: "Badan Perencanaan Contoh",
    pemetaan: { versi: 1, lembar: { anggaran: LEMBAR_E81, realisasi: LEMBAR_RENAKSI } },
    diagnostics: [],
  };
}
