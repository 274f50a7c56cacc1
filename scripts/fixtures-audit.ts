/**
 * Fixtures for the audit's precision (test/audit/presisi.test.ts): the shapes that made false galat on workbooks of
 * other agencies, and the defects it missed, in a clean and a planted variant of one workbook.
 * - "Rekap Belanja": a SIPD "Rekapitulasi Belanja" — kode split over five columns under a merged "Kode", a row of
 *   column numbers, two units (Dinas, RSUD) with the same program, kegiatan and sub kegiatan (the same kode) and
 *   rekening rows "Belanja Pegawai" / "Belanja Barang dan Jasa" under every sub kegiatan, each unit its own figures;
 * - "Rekap Belanja (2)": its hidden copy, filtered (the RSUD's rows hidden);
 * - "Puskesmas": one unit's table with the same rekening names under other sub kegiatan;
 * - "Evaluasi RPJMD": an evaluation with a numbering row "(1) … (6a) …", this year's target/realisasi/capaian and the
 *   cumulative "Realisasi s.d. Tahun 2024" / "Capaian s/d 2024" against "Kondisi Akhir RPJMD";
 * - "Realisasi Kegiatan": kegiatan rows whose SUM adds the sub kegiatan rows below them (names without prefixes),
 *   serapan and sisa per row, a share of the total ("Porsi"), a TOTAL adding the kegiatan.
 * Planted (variant "tanam"): a realisasi above its pagu; a SUM that covers 3 of 7 rows; an AVERAGE where the other
 * kegiatan SUM; a share dividing by another row; a typed number among the share's formulas. Every name and figure
 * is made up; the layouts follow real files.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { buildWorkbook, CellInput, SheetInput } from "./workbook-builder";

const RP = "#,##0";
const P2 = "0.00";

/** A planted defect: the finding's code and first cell. */
export interface Tanam {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severity: "error" | "warning";
  /** The figures arithmetic gives: stated and right. */
  readonly tertulis: number;
  readonly seharusnya: number;
}

// ---------- Rekap Belanja (SIPD) ----------

interface Rekening {
  nama: string;
  kode: string;
  pagu: number;
  realisasi: number;
}
interface Unit {
  nama: string;
  rekening: Rekening[][]; // per sub kegiatan
}

const SUB = [
  { kode: ["1", "02", "01", "2.01", "0001"], nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah" },
  { kode: ["1", "02", "01", "2.01", "0006"], nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja" },
];
const UNIT: Unit[] = [
  {
    nama: "1.02.0.00.0.00.01.0000 DINAS KESEHATAN",
    rekening: [
      [
        { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 12_000_000, realisasi: 11_400_000 },
        { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 30_000_000, realisasi: 27_250_000 },
      ],
      [
        { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 8_000_000, realisasi: 7_600_000 },
        { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 22_500_000, realisasi: 21_000_000 },
      ],
    ],
  },
  {
    nama: "1.02.0.00.0.00.02.0000 RUMAH SAKIT UMUM DAERAH",
    rekening: [
      [
        { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 45_000_000, realisasi: 44_100_000 },
        { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 150_000_000, realisasi: 121_300_000 },
      ],
      [
        { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 9_000_000, realisasi: 8_100_000 },
        { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 64_000_000, realisasi: 60_800_000 },
      ],
    ],
  },
];

const PROGRAM = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA";
const KEGIATAN = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah";

/** Rows of a budget tree with live formulas: parents SUM their children, serapan and sisa per row. */
function rekapBaris(
  units: Unit[],
  mulai: number,
): { rows: CellInput[][]; total: { pagu: number; realisasi: number }; unitRows: number[][] } {
  const rows: CellInput[][] = [];
  const unitRows: number[][] = [];
  let total = { pagu: 0, realisasi: 0 };
  const baris = (
    kode: string[],
    nama: string,
    pagu: CellInput,
    realisasi: CellInput,
    nilai: { pagu: number; realisasi: number },
  ) => {
    const r = mulai + rows.length; // 1-based row
    rows.push([
      ...[0, 1, 2, 3, 4].map((i) => kode[i] ?? null),
      nama,
      pagu,
      realisasi,
      { f: `=IF(G${r}=0,0,H${r}/G${r}*100)`, v: nilai.pagu ? (nilai.realisasi / nilai.pagu) * 100 : 0, fmt: P2 },
      { f: `=G${r}-H${r}`, v: nilai.pagu - nilai.realisasi, fmt: RP },
    ]);
    return r;
  };
  for (const u of units) {
    const mulaiUnit = rows.length;
    const jumlahUnit = { pagu: 0, realisasi: 0 };
    const subNilai = u.rekening.map((rs) => ({
      pagu: rs.reduce((s, x) => s + x.pagu, 0),
      realisasi: rs.reduce((s, x) => s + x.realisasi, 0),
    }));
    for (const x of subNilai) {
      jumlahUnit.pagu += x.pagu;
      jumlahUnit.realisasi += x.realisasi;
    }
    const rUnit = mulai + rows.length;
    const rProgram = rUnit + 1;
    const rKegiatan = rUnit + 2;
    const subRows: number[] = [];
    let next = rKegiatan + 1;
    for (const rs of u.rekening) {
      subRows.push(next);
      next += 1 + rs.length;
    }
    const sumOf = (col: string, rs: number[]) => `=SUM(${rs.map((r) => `${col}${r}`).join(",")})`;
    baris(
      [],
      u.nama,
      { f: `=G${rProgram}`, v: jumlahUnit.pagu, fmt: RP },
      { f: `=H${rProgram}`, v: jumlahUnit.realisasi, fmt: RP },
      jumlahUnit,
    );
    baris(
      ["1", "02", "01"],
      PROGRAM,
      { f: `=G${rKegiatan}`, v: jumlahUnit.pagu, fmt: RP },
      { f: `=H${rKegiatan}`, v: jumlahUnit.realisasi, fmt: RP },
      jumlahUnit,
    );
    baris(
      ["1", "02", "01", "2.01"],
      KEGIATAN,
      { f: sumOf("G", subRows), v: jumlahUnit.pagu, fmt: RP },
      { f: sumOf("H", subRows), v: jumlahUnit.realisasi, fmt: RP },
      jumlahUnit,
    );
    u.rekening.forEach((rs, i) => {
      const r = subRows[i];
      baris(
        SUB[i].kode,
        SUB[i].nama,
        { f: `=SUM(G${r + 1}:G${r + rs.length})`, v: subNilai[i].pagu, fmt: RP },
        { f: `=SUM(H${r + 1}:H${r + rs.length})`, v: subNilai[i].realisasi, fmt: RP },
        subNilai[i],
      );
      for (const x of rs) baris([], `${x.kode} ${x.nama}`, { v: x.pagu, fmt: RP }, { v: x.realisasi, fmt: RP }, x);
    });
    unitRows.push(Array.from({ length: rows.length - mulaiUnit }, (_, j) => mulai + mulaiUnit + j));
    total = { pagu: total.pagu + jumlahUnit.pagu, realisasi: total.realisasi + jumlahUnit.realisasi };
  }
  return { rows, total, unitRows };
}

function rekapLembar(nama: string, judulUnit: string, units: Unit[]): { sheet: SheetInput; unitRows: number[][] } {
  const kepala: CellInput[][] = [
    ["REKAPITULASI BELANJA MENURUT URUSAN, ORGANISASI, PROGRAM, KEGIATAN, SUB KEGIATAN"],
    [judulUnit],
    ["TAHUN ANGGARAN 2024"],
    [],
    ["Kode", null, null, null, null, "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Sisa Anggaran (Rp)"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9 = 8/7", "10 = 7-8"],
  ];
  const { rows, total, unitRows } = rekapBaris(units, kepala.length + 1);
  const rTotal = kepala.length + rows.length + 1;
  const puncak = unitRows.map((rs) => rs[0]);
  const jumlah: CellInput[] = [
    null,
    null,
    null,
    null,
    null,
    "JUMLAH",
    { f: `=${puncak.map((r) => `G${r}`).join("+")}`, v: total.pagu, fmt: RP },
    { f: `=${puncak.map((r) => `H${r}`).join("+")}`, v: total.realisasi, fmt: RP },
    { f: `=IF(G${rTotal}=0,0,H${rTotal}/G${rTotal}*100)`, v: (total.realisasi / total.pagu) * 100, fmt: P2 },
    { f: `=G${rTotal}-H${rTotal}`, v: total.pagu - total.realisasi, fmt: RP },
  ];
  return {
    sheet: {
      name: nama,
      rows: [...kepala, ...rows, jumlah],
      merges: ["A5:E5"],
      widths: [5, 5, 5, 7, 7, 60, 16, 16, 10, 16],
    },
    unitRows,
  };
}

const PUSKESMAS: Unit = {
  nama: "1.02.0.00.0.00.03.0000 UPTD PUSKESMAS SUKAMAJU",
  rekening: [
    [
      { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 3_000_000, realisasi: 2_750_000 },
      { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 17_500_000, realisasi: 16_125_000 },
    ],
    [
      { kode: "5.1.01", nama: "Belanja Pegawai", pagu: 2_000_000, realisasi: 2_000_000 },
      { kode: "5.1.02", nama: "Belanja Barang dan Jasa", pagu: 6_400_000, realisasi: 5_950_000 },
    ],
  ],
};

// ---------- Evaluasi RPJMD ----------

interface IndikatorEvaluasi {
  nama: string;
  satuan: string;
  akhir: number;
  target: number;
  realisasi: number;
  /** Realisasi to date over the period: a running total for a count, the latest value for a percentage. */
  sd: number;
}

const EVALUASI: IndikatorEvaluasi[] = [
  { nama: "Persentase dokumen perencanaan tepat waktu", satuan: "%", akhir: 100, target: 90, realisasi: 85, sd: 85 },
  { nama: "Jumlah dokumen evaluasi kinerja", satuan: "Dokumen", akhir: 20, target: 4, realisasi: 4, sd: 17 },
  { nama: "Jumlah kajian perencanaan", satuan: "Kajian", akhir: 25, target: 5, realisasi: 6, sd: 21 },
  { nama: "Nilai SAKIP perangkat daerah", satuan: "Nilai", akhir: 80, target: 72, realisasi: 70.5, sd: 70.5 },
];

function evaluasiLembar(): SheetInput {
  const rows: CellInput[][] = [
    ["EVALUASI TERHADAP HASIL RPJMD"],
    ["PERANGKAT DAERAH: BAPPEDA KABUPATEN CONTOH"],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Kondisi Akhir RPJMD",
      "Target 2024",
      "Realisasi 2024",
      "Capaian 2024 (%)",
      "Realisasi s.d. Tahun 2024",
      "Capaian s/d 2024 (%)",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(6a)", "(7)", "(8)"],
  ];
  EVALUASI.forEach((x, i) => {
    const r = rows.length + 1;
    rows.push([
      i + 1,
      x.nama,
      x.satuan,
      x.akhir,
      x.target,
      x.realisasi,
      { f: `=F${r}/E${r}*100`, v: (x.realisasi / x.target) * 100, fmt: P2 },
      x.sd,
      { f: `=H${r}/D${r}*100`, v: (x.sd / x.akhir) * 100, fmt: P2 },
    ]);
  });
  return { name: "Evaluasi RPJMD", rows, widths: [5, 45, 10, 12, 12, 12, 12, 14, 14] };
}

// ---------- Realisasi Kegiatan (flat, parents by formula) ----------

interface KegiatanDatar {
  nama: string;
  subs: { nama: string; pagu: number; realisasi: number }[];
}

export const KEGIATAN_DATAR: KegiatanDatar[] = [
  {
    nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    subs: [
      { nama: "Penyediaan Jasa Surat Menyurat", pagu: 4_000_000, realisasi: 3_800_000 },
      { nama: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", pagu: 36_000_000, realisasi: 33_480_000 },
      { nama: "Penyediaan Jasa Pelayanan Umum Kantor", pagu: 60_000_000, realisasi: 57_000_000 },
    ],
  },
  {
    nama: "Administrasi Umum Perangkat Daerah",
    subs: [
      { nama: "Penyediaan Komponen Instalasi Listrik", pagu: 5_000_000, realisasi: 4_900_000 },
      { nama: "Penyediaan Peralatan dan Perlengkapan Kantor", pagu: 25_000_000, realisasi: 24_000_000 },
      { nama: "Penyediaan Peralatan Rumah Tangga", pagu: 7_500_000, realisasi: 7_000_000 },
      { nama: "Penyediaan Bahan Logistik Kantor", pagu: 12_000_000, realisasi: 11_500_000 },
      { nama: "Penyediaan Barang Cetakan dan Penggandaan", pagu: 9_000_000, realisasi: 8_800_000 },
      { nama: "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", pagu: 3_000_000, realisasi: 2_700_000 },
      { nama: "Fasilitasi Kunjungan Tamu", pagu: 15_000_000, realisasi: 14_200_000 },
    ],
  },
  {
    nama: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    subs: [
      { nama: "Pemeliharaan Kendaraan Dinas Operasional", pagu: 40_000_000, realisasi: 38_000_000 },
      { nama: "Pemeliharaan Peralatan dan Mesin Lainnya", pagu: 10_000_000, realisasi: 9_500_000 },
      { nama: "Pemeliharaan Gedung Kantor", pagu: 50_000_000, realisasi: 45_000_000 },
    ],
  },
];

const MULAI_DATAR = 6; // first data row (1-based)

function datarLembar(tanam: boolean): { sheet: SheetInput; planted: Tanam[] } {
  const rows: CellInput[][] = [
    ["LAPORAN REALISASI KEGIATAN DAN SUB KEGIATAN"],
    ["TAHUN ANGGARAN 2024"],
    [],
    ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Sisa Anggaran (Rp)", "Porsi Anggaran (%)"],
    ["1", "2", "3", "4", "5 = 4/3", "6 = 3-4", "7"],
  ];
  const planted: Tanam[] = [];
  // Figures, with the planted realisasi above its pagu.
  const keg = KEGIATAN_DATAR.map((k) => ({ ...k, subs: k.subs.map((s) => ({ ...s })) }));
  if (tanam) keg[0].subs[0].realisasi = 4_400_000;
  const n = keg.reduce((s, k) => s + 1 + k.subs.length, 0);
  const rTotal = MULAI_DATAR + n;
  const totalPagu = keg.reduce((s, k) => s + k.subs.reduce((t, x) => t + x.pagu, 0), 0);
  const porsi = (r: number, pagu: number, dari = r) => ({
    f: `=C${dari}/$C$${rTotal}*100`,
    v: (pagu / totalPagu) * 100,
    fmt: P2,
  });
  const rowsPagu = new Map<number, number>();
  const induk: number[] = [];
  let r = MULAI_DATAR;
  let no = 0;
  const parentVals: { pagu: number; realisasi: number }[] = [];
  keg.forEach((k, ki) => {
    const rk = r;
    induk.push(rk);
    const a = rk + 1;
    const b = rk + k.subs.length;
    const pagu = k.subs.reduce((s, x) => s + x.pagu, 0);
    let realisasi = k.subs.reduce((s, x) => s + x.realisasi, 0);
    let fRealisasi = `=SUM(D${a}:D${b})`;
    // Planted: the second kegiatan's SUM covers 3 of its 7 rows; the third one AVERAGEs where the others SUM.
    if (tanam && ki === 1) {
      fRealisasi = `=SUM(D${a}:D${a + 2})`;
      const benar = realisasi;
      realisasi = k.subs.slice(0, 3).reduce((s, x) => s + x.realisasi, 0);
      planted.push({
        code: "RUMUS_RENTANG",
        sheet: "Realisasi Kegiatan",
        cell: `D${rk}`,
        severity: "error",
        tertulis: realisasi,
        seharusnya: benar,
      });
    }
    if (tanam && ki === 2) {
      fRealisasi = `=AVERAGE(D${a}:D${b})`;
      const benar = realisasi;
      realisasi = realisasi / k.subs.length;
      planted.push({
        code: "RUMUS_POLA",
        sheet: "Realisasi Kegiatan",
        cell: `D${rk}`,
        severity: "error",
        tertulis: realisasi,
        seharusnya: benar,
      });
    }
    parentVals.push({ pagu, realisasi });
    rowsPagu.set(rk, pagu);
    rows.push([
      ++no,
      k.nama,
      { f: `=SUM(C${a}:C${b})`, v: pagu, fmt: RP },
      { f: fRealisasi, v: realisasi, fmt: RP },
      { f: `=D${rk}/C${rk}*100`, v: (realisasi / pagu) * 100, fmt: P2 },
      { f: `=C${rk}-D${rk}`, v: pagu - realisasi, fmt: RP },
      porsi(rk, pagu),
    ]);
    r++;
    k.subs.forEach((s, si) => {
      rowsPagu.set(r, s.pagu);
      let g: CellInput = porsi(r, s.pagu);
      // Planted: a share dividing by another row's pagu; a share typed over the column's formula.
      if (tanam && ki === 1 && si === 4) {
        const lain = r - 1;
        const v = (rowsPagu.get(lain)! / totalPagu) * 100;
        g = { f: `=C${lain}/$C$${rTotal}*100`, v, fmt: P2 };
        planted.push({
          code: "RUMUS_POLA",
          sheet: "Realisasi Kegiatan",
          cell: `G${r}`,
          severity: "error",
          tertulis: v,
          seharusnya: (s.pagu / totalPagu) * 100,
        });
      }
      if (tanam && ki === 2 && si === 1) {
        g = { v: 2.5, fmt: P2 };
        planted.push({
          code: "RUMUS_KONSTANTA",
          sheet: "Realisasi Kegiatan",
          cell: `G${r}`,
          severity: "error",
          tertulis: 2.5,
          seharusnya: (s.pagu / totalPagu) * 100,
        });
      }
      if (tanam && ki === 0 && si === 0)
        planted.push({
          code: "REALISASI_LEBIHI_PAGU",
          sheet: "Realisasi Kegiatan",
          cell: `D${r}`,
          severity: "error",
          tertulis: s.realisasi,
          seharusnya: s.pagu,
        });
      rows.push([
        null,
        s.nama,
        { v: s.pagu, fmt: RP },
        { v: s.realisasi, fmt: RP },
        { f: `=D${r}/C${r}*100`, v: (s.realisasi / s.pagu) * 100, fmt: P2 },
        { f: `=C${r}-D${r}`, v: s.pagu - s.realisasi, fmt: RP },
        g,
      ]);
      r++;
    });
  });
  const tp = parentVals.reduce((s, x) => s + x.pagu, 0);
  const tr = parentVals.reduce((s, x) => s + x.realisasi, 0);
  rows.push([
    null,
    "TOTAL",
    { f: `=${induk.map((x) => `C${x}`).join("+")}`, v: tp, fmt: RP },
    { f: `=${induk.map((x) => `D${x}`).join("+")}`, v: tr, fmt: RP },
    { f: `=D${rTotal}/C${rTotal}*100`, v: (tr / tp) * 100, fmt: P2 },
    { f: `=C${rTotal}-D${rTotal}`, v: tp - tr, fmt: RP },
    { f: `=C${rTotal}/$C$${rTotal}*100`, v: 100, fmt: P2 },
  ]);
  return { sheet: { name: "Realisasi Kegiatan", rows, widths: [5, 55, 16, 16, 10, 16, 10] }, planted };
}

// ---------- the workbook ----------

export interface FixturePresisi {
  readonly sheets: SheetInput[];
  /** Sheets hidden in the workbook (state "hidden"). */
  readonly tersembunyi: string[];
  readonly planted: Tanam[];
}

export function fixturePresisi(tanam: boolean): FixturePresisi {
  const rekap = rekapLembar("Rekap Belanja", "PEMERINTAH KABUPATEN CONTOH", UNIT);
  // The hidden copy: an earlier state of the same sheet (the RSUD's realisasi of last month), filtered to the Dinas.
  const bulanLalu = UNIT.map((u, i) => ({
    ...u,
    rekening: u.rekening.map((rs) =>
      rs.map((x) => ({ ...x, realisasi: i === 1 ? x.realisasi - 1_000_000 : x.realisasi })),
    ),
  }));
  const lama = rekapLembar("Rekap Belanja (2)", "PEMERINTAH KABUPATEN CONTOH", bulanLalu);
  const salinan: SheetInput = { ...lama.sheet, hiddenRows: lama.unitRows[1] };
  // One unit's sheet titled like the rekap (the unit named only in its first row).
  const pkm = rekapLembar("Puskesmas", "PEMERINTAH KABUPATEN CONTOH", [PUSKESMAS]).sheet;
  const datar = datarLembar(tanam);
  return {
    sheets: [rekap.sheet, salinan, pkm, evaluasiLembar(), datar.sheet],
    tersembunyi: ["Rekap Belanja (2)"],
    planted: datar.planted,
  };
}

export function bukuPresisi(f: FixturePresisi): ExcelJS.Workbook {
  const wb = buildWorkbook(f.sheets);
  for (const nama of f.tersembunyi) wb.getWorksheet(nama)!.state = "hidden";
  return wb;
}

export async function bufferPresisi(tanam: boolean): Promise<Uint8Array> {
  return new Uint8Array(await bukuPresisi(fixturePresisi(tanam)).xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "../samples/fixtures/presisi");
  const fs = await import("node:fs");
  fs.mkdirSync(dir, { recursive: true });
  for (const [nama, tanam] of [
    ["presisi-bersih.xlsx", false],
    ["presisi-tanam.xlsx", true],
  ] as const) {
    await bukuPresisi(fixturePresisi(tanam)).xlsx.writeFile(path.join(dir, nama));
    console.log(path.join(dir, nama));
  }
}

if (require.main === module) void main();
