/**
 * The E.81 as the Permendagri 86 form heads it, kept the way agencies fill it (a layout seen in blind tests, figures
 * and names of our own):
 * - e81-resmi.xlsx: quarters headed just "I | II | III | IV" (K | Rp below) under a merged "Realisasi Kinerja Pada
 *   Triwulan"; a satuan column; a "Tingkat Capaian … Renja … (%)" column after (13); a row of column numbers with
 *   "14 = 10 + 11 + 12 + 13" and "15 = 14 / 9 x 100%"; "Rata-rata capaian kinerja (%)" (an AVERAGE over the
 *   program's rows) and "Predikat kinerja" under each program; a second indicator of program 1 on its own row
 *   (uraian and kode blank); program 1's TW IV K typed as text "86,0 %"; faktor rows and a signature below;
 * - e81-resmi-nomor-atas.xlsx: the same with the row of column numbers ABOVE the K | Rp row;
 * - e81-resmi-tanam.xlsx: the same with program 1's average leaving out its last sub kegiatan (the planted error);
 * - e81-rkpd-awalan.xlsx: the E.80 wording ("Evaluasi terhadap Hasil RKPD …", RPJMD/RKPD), no kode column, names
 *   written "Kegiatan …" / "Sub Kegiatan …", rupiah in thousands, numbered as the E.79/E.80 (13 = 9+…+12, 14 the
 *   capaian RKPD, 15 = 7 + 13, 16 = 15 / 6);
 * - e81-resmi-stok.xlsx: a further sub kegiatan of program 2 counting a stock ("orang/bulan"), its (13) and (14)
 *   typed as the last quarter among SUM formulas;
 * - e81-tak-dikenal.xlsx: the E.81 head with its (8) written "Target Tahun 2024" (no Renja word): not the form the
 *   reader knows, but headed as one.
 * Run: npx tsx scripts/fixtures-e81-resmi.ts
 */
import * as path from "path";
import { CellInput, SheetInput, writeWorkbook } from "./workbook-builder";

type TW = [number | string | null, number | string | null, number | string | null, number | string | null];

interface BarisResmi {
  tingkat: "program" | "lanjutan" | "kegiatan" | "sub_kegiatan";
  kode?: string;
  uraian?: string;
  sasaran?: string;
  indikator: string;
  satuan: string;
  /** (6) K, (7) K, (8) K. */
  renstraK: number;
  lalubK: number;
  targetK: number;
  k: TW;
  /** Realisasi K (13) as the row writes it (a stock's last quarter, a flow's sum). */
  realK: number;
  /** K typed as a position (a stock), though its unit does not say so. */
  stok?: boolean;
  /** Leaves only: (6) Rp, (7) Rp, (8) Rp, TW Rp. */
  renstraRp?: number;
  laluRp?: number;
  pagu?: number;
  rp?: [number, number, number, number];
}

const M = 1_000_000;

/** Program 1 (with a second indicator), its kegiatan and two sub kegiatan; program 2 with one of each. */
export const DATA_RESMI: BarisResmi[][] = [
  [
    {
      tingkat: "program",
      kode: "3.27.03",
      uraian: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      sasaran: "Meningkatnya ketersediaan sarana pertanian",
      indikator: "Persentase ketersediaan sarana pertanian sesuai kebutuhan",
      satuan: "%",
      renstraK: 90,
      lalubK: 70,
      targetK: 85,
      k: [null, 80, null, "86,0 %"],
      realK: 86,
    },
    {
      tingkat: "lanjutan",
      indikator: "Jumlah kelompok tani yang menerima bantuan sarana",
      satuan: "kelompok",
      renstraK: 200,
      lalubK: 150,
      targetK: 40,
      k: [10, 10, 10, 12],
      realK: 42,
    },
    {
      tingkat: "kegiatan",
      kode: "3.27.03.2.01",
      uraian: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      indikator: "Jumlah laporan pengawasan sarana pertanian",
      satuan: "laporan",
      renstraK: 20,
      lalubK: 12,
      targetK: 4,
      k: [1, 1, 1, 1],
      realK: 4,
    },
    {
      tingkat: "sub_kegiatan",
      kode: "3.27.03.2.01.0001",
      uraian: "Pelaksanaan Pengawasan Pupuk, Pestisida, Alat dan Mesin Pertanian",
      indikator: "Jumlah laporan hasil pengawasan pupuk dan pestisida",
      satuan: "laporan",
      renstraK: 60,
      lalubK: 36,
      targetK: 12,
      k: [3, 3, 3, 3],
      realK: 12,
      renstraRp: 1_000 * M,
      laluRp: 700 * M,
      pagu: 200 * M,
      rp: [40 * M, 50 * M, 45 * M, 55 * M],
    },
    {
      tingkat: "sub_kegiatan",
      kode: "3.27.03.2.01.0002",
      uraian: "Pengawasan Peredaran Sarana Pertanian",
      indikator: "Jumlah lokasi peredaran sarana pertanian yang diawasi",
      satuan: "lokasi",
      renstraK: 40,
      lalubK: 24,
      targetK: 8,
      k: [2, 2, 2, 1],
      realK: 7,
      renstraRp: 600 * M,
      laluRp: 420 * M,
      pagu: 120 * M,
      rp: [20 * M, 30 * M, 30 * M, 25 * M],
    },
  ],
  [
    {
      tingkat: "program",
      kode: "3.27.04",
      uraian: "Program Penyediaan Benih dan Bibit Tanaman",
      sasaran: "Meningkatnya mutu benih tanaman pangan",
      indikator: "Persentase benih bersertifikat yang beredar",
      satuan: "%",
      renstraK: 80,
      lalubK: 60,
      targetK: 70,
      k: [null, null, null, 72],
      realK: 72,
    },
    {
      tingkat: "kegiatan",
      kode: "3.27.04.2.01",
      uraian: "Penyediaan Benih Tanaman Pangan",
      indikator: "Jumlah benih tanaman pangan yang disediakan",
      satuan: "ton",
      renstraK: 500,
      lalubK: 300,
      targetK: 100,
      k: [20, 30, 25, 20],
      realK: 95,
    },
    {
      tingkat: "sub_kegiatan",
      kode: "3.27.04.2.01.0001",
      uraian: "Penyediaan Benih Padi Unggul",
      indikator: "Jumlah benih padi unggul yang disalurkan",
      satuan: "ton",
      renstraK: 500,
      lalubK: 300,
      targetK: 100,
      k: [20, 30, 25, 20],
      realK: 95,
      renstraRp: 2_500 * M,
      laluRp: 1_800 * M,
      pagu: 500 * M,
      rp: [100 * M, 150 * M, 120 * M, 110 * M],
    },
  ],
];

export interface OpsiResmi {
  /** E.80 wording (RPJMD/RKPD), no kode column, "Kegiatan …" names, rupiah in thousands. */
  rkpd?: boolean;
  /** The row of column numbers above the units row. */
  nomorAtas?: boolean;
  /** Program 1's average leaves out its last row. */
  tanam?: boolean;
  /** (8) headed "Target Tahun 2024": not recognised. */
  takDikenal?: boolean;
  /** A sub kegiatan of program 2 counts a stock ("orang/bulan"): (13), (14) typed as the last quarter, among SUMs. */
  stok?: boolean;
}

/** A further sub kegiatan of program 2 counting a stock: the people paid each month, the year's the last month's. */
const SUB_STOK: BarisResmi = {
  tingkat: "sub_kegiatan",
  kode: "3.27.04.2.01.0002",
  uraian: "Pembinaan Penangkar Benih",
  renstraRp: 400 * M,
  laluRp: 300 * M,
  pagu: 100 * M,
  rp: [20 * M, 30 * M, 25 * M, 25 * M],
  indikator: "Jumlah penyuluh yang menerima honor",
  satuan: "orang/bulan",
  renstraK: 40,
  lalubK: 38,
  targetK: 40,
  k: [38, 39, 39, 40],
  realK: 40,
  stok: true,
};

const L = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export function sheetsResmi(o: OpsiResmi = {}): SheetInput[] {
  const rkpd = o.rkpd === true;
  const skala = rkpd ? 1000 : 1;
  const tahun = rkpd ? 2022 : 2024;
  const mn = rkpd ? "RPJMD" : "Renstra Perangkat Daerah";
  const th = rkpd ? "RKPD" : "Renja Perangkat Daerah";
  // Columns: the single ones, then K | Rp pairs.
  const tunggal = rkpd
    ? ["No", "Sasaran", "Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"]
    : ["No", "Sasaran", "Kode", "Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"];
  tunggal.push("Indikator Kinerja Program (outcome) / Kegiatan (output)", "Satuan");
  const nT = tunggal.length;
  const c6 = nT;
  const c7 = nT + 2;
  const c8 = nT + 4;
  const cTw = [nT + 6, nT + 8, nT + 10, nT + 12];
  const c13 = nT + 14;
  const cCap = nT + 16;
  const c14 = nT + 18;
  const c15 = nT + 20;
  const cUnit = nT + 22;
  const cKet = nT + 23;
  const lebar = cKet + 1;
  const pasangan: [number, string][] = [
    [c6, `Target Kinerja dan Anggaran ${mn} Tahun 2026 (Akhir Periode)`],
    [c7, `Realisasi Capaian Kinerja dan Anggaran ${mn} s.d. ${th} Tahun Lalu (${tahun - 1})`],
    [
      c8,
      o.takDikenal
        ? `Target Tahun ${tahun}`
        : `Target Kinerja dan Anggaran ${th} Tahun Berjalan (${tahun}) yang Dievaluasi`,
    ],
    [c13, `Realisasi Capaian Kinerja dan Anggaran ${th} yang Dievaluasi`],
    [cCap, `Tingkat Capaian Kinerja dan Realisasi Anggaran ${th} yang Dievaluasi (%)`],
    [c14, `Realisasi Kinerja dan Anggaran ${mn} s.d. Tahun ${tahun} (Akhir Tahun Pelaksanaan ${th})`],
    [c15, `Tingkat Capaian Kinerja dan Realisasi Anggaran ${mn} s.d. Tahun ${tahun} (%)`],
  ];
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  const baris = () => new Array<CellInput>(lebar).fill(null);
  const judul = rkpd
    ? [
        "TABEL E.80",
        "EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH",
        `DINAS PERTANIAN KABUPATEN CONTOH TAHUN ${tahun} (dalam ribuan rupiah)`,
      ]
    : [
        "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN",
        "DINAS PERTANIAN KABUPATEN CONTOH",
        `Periode Pelaksanaan: Triwulan IV Tahun Anggaran ${tahun}`,
      ];
  for (const j of judul) {
    const r = baris();
    r[0] = j;
    rows.push(r);
    merges.push(`A${rows.length}:${L(lebar - 1)}${rows.length}`);
  }
  rows.push([]);
  // Header: group row, quarter row, then units and numbers (numbers first when nomorAtas).
  const r1 = baris();
  const r2 = baris();
  const h1 = rows.length + 1;
  tunggal.forEach((t, c) => (r1[c] = t));
  r1[cUnit] = "Unit Penanggung Jawab";
  r1[cKet] = "Ket.";
  for (const [c, t] of pasangan) r1[c] = t;
  r1[cTw[0]] = "Realisasi Kinerja Pada Triwulan";
  ["I", "II", "III", "IV"].forEach((t, i) => (r2[cTw[i]] = t));
  const satuanRow = baris();
  for (const [c] of pasangan) {
    const persen = c === cCap || c === c15;
    satuanRow[c] = persen ? "K (%)" : "K";
    satuanRow[c + 1] = persen ? "Rp (%)" : rkpd ? "Rp (000)" : "Rp";
  }
  for (const c of cTw) {
    satuanRow[c] = "K";
    satuanRow[c + 1] = rkpd ? "Rp (000)" : "Rp";
  }
  const nomorRow = baris();
  // The E.79/E.80 number the form's columns as they stand; the E.81 copy counts its satuan column too.
  const n0 = rkpd ? 1 : 1;
  tunggal.forEach((_, c) => (nomorRow[c] = c + n0));
  const nb = (k: number) => k + nT - 5; // block k (6, 7, 8 …) as this copy numbers it
  const tulisNomor = (c: number, v: CellInput) => {
    nomorRow[c] = v;
    nomorRow[c + 1] = v;
  };
  tulisNomor(c6, nb(6));
  tulisNomor(c7, nb(7));
  tulisNomor(c8, nb(8));
  cTw.forEach((c, i) => tulisNomor(c, nb(9 + i)));
  tulisNomor(c13, `${nb(13)} = ${nb(9)} + ${nb(10)} + ${nb(11)} + ${nb(12)}`);
  tulisNomor(cCap, `${nb(14)} = ${nb(13)} / ${nb(8)} x 100%`);
  tulisNomor(c14, `${nb(15)} = ${nb(7)} + ${nb(13)}`);
  tulisNomor(c15, `${nb(16)} = ${nb(15)} / ${nb(6)} x 100%`);
  nomorRow[cUnit] = nb(17);
  nomorRow[cKet] = nb(18);
  rows.push(r1, r2);
  if (o.nomorAtas) rows.push(nomorRow, satuanRow);
  else rows.push(satuanRow, nomorRow);
  // Merges: single columns over the three header rows above the numbers / units; pairs over two rows; quarters.
  const hAkhir = h1 + 2 - (o.nomorAtas ? 0 : 0);
  for (const c of [...tunggal.map((_, i) => i), cUnit, cKet])
    merges.push(o.nomorAtas ? `${L(c)}${h1}:${L(c)}${h1 + 1}` : `${L(c)}${h1}:${L(c)}${hAkhir}`);
  for (const [c] of pasangan) merges.push(`${L(c)}${h1}:${L(c + 1)}${h1 + 1}`);
  merges.push(`${L(cTw[0])}${h1}:${L(cTw[3] + 1)}${h1}`);
  for (const c of cTw) merges.push(`${L(c)}${h1 + 1}:${L(c + 1)}${h1 + 1}`);
  if (!o.nomorAtas) {
    // The single columns' labels fill the units row too (a vertical merge shows them there).
    for (const c of [...tunggal.map((_, i) => i), cUnit, cKet]) satuanRow[c] = null;
  }
  {
    const r = baris();
    r[rkpd ? 2 : 3] = "Perangkat Daerah: DINAS PERTANIAN";
    rows.push(r);
  }
  const cKode = rkpd ? undefined : 2;
  const cUraian = rkpd ? 2 : 3;
  const cInd = cUraian + 1;
  const cSat = cUraian + 2;
  const rp = (v: number) => v / skala;
  const programRows: number[] = [];
  const dataRows: number[] = [];
  const data = o.stok ? DATA_RESMI.map((prog, pi) => (pi === 1 ? [...prog, SUB_STOK] : prog)) : DATA_RESMI;
  data.forEach((prog, pi) => {
    const start = rows.length + 1;
    programRows.push(start);
    // Rows of this program: the leaves' Rp, parents' Rp as SUM formulas over their children.
    const rowOf = (i: number) => start + i;
    prog.forEach((b, i) => {
      const r = baris();
      const rn = rowOf(i);
      dataRows.push(rn);
      if (b.tingkat === "program") {
        r[0] = pi + 1;
        r[1] = b.sasaran ?? null;
      }
      if (b.tingkat !== "lanjutan") {
        if (cKode !== undefined) r[cKode] = b.kode!;
        const awalan = rkpd
          ? b.tingkat === "kegiatan"
            ? "Kegiatan "
            : b.tingkat === "sub_kegiatan"
              ? "Sub Kegiatan "
              : ""
          : "";
        r[cUraian] = `${awalan}${b.uraian}`;
      }
      r[cInd] = b.indikator;
      r[cSat] = b.satuan;
      r[c6] = b.renstraK;
      r[c7] = b.lalubK;
      r[c8] = b.targetK;
      cTw.forEach((c, q) => (r[c] = b.k[q]));
      const stok = b.satuan === "%" || b.stok === true;
      const kCells = cTw.map((c) => `${L(c)}${rn}`).join(",");
      r[c13] = stok ? b.realK : { f: `SUM(${kCells})`, v: b.realK };
      const capK = (b.realK / b.targetK) * 100;
      r[cCap] = { f: `${L(c13)}${rn}/${L(c8)}${rn}*100`, v: capK };
      const k14 = stok ? b.realK : b.lalubK + b.realK;
      r[c14] = stok ? k14 : { f: `${L(c7)}${rn}+${L(c13)}${rn}`, v: k14 };
      r[c15] = { f: `${L(c14)}${rn}/${L(c6)}${rn}*100`, v: (k14 / b.renstraK) * 100 };
      r[cUnit] = b.tingkat === "program" ? "Dinas Pertanian" : "Bidang Sarana";
      rows.push(r);
    });
    // Rupiah: leaves typed, parents the SUM of their children (kegiatan over its subs, program over its kegiatan).
    const anak = (i: number): number[] => {
      const b = prog[i];
      if (b.tingkat === "sub_kegiatan" || b.tingkat === "lanjutan") return [];
      const turun = b.tingkat === "program" ? "kegiatan" : "sub_kegiatan";
      const out: number[] = [];
      for (let j = i + 1; j < prog.length; j++) {
        if (prog[j].tingkat === b.tingkat || (b.tingkat === "kegiatan" && prog[j].tingkat === "kegiatan")) break;
        if (prog[j].tingkat === turun) out.push(j);
      }
      return out;
    };
    const nilaiRp = (i: number, f: (b: BarisResmi) => number): number =>
      prog[i].tingkat === "sub_kegiatan" ? f(prog[i]) : anak(i).reduce((s, j) => s + nilaiRp(j, f), 0);
    const kolomRp: [number, (b: BarisResmi) => number][] = [
      [c6 + 1, (b) => b.renstraRp!],
      [c7 + 1, (b) => b.laluRp!],
      [c8 + 1, (b) => b.pagu!],
      ...cTw.map((c, q): [number, (b: BarisResmi) => number] => [c + 1, (b) => b.rp![q]]),
    ];
    prog.forEach((b, i) => {
      if (b.tingkat === "lanjutan") return;
      const r = rows[rowOf(i) - 1];
      const rn = rowOf(i);
      for (const [c, f] of kolomRp) {
        const v = rp(nilaiRp(i, f));
        r[c] =
          b.tingkat === "sub_kegiatan"
            ? v
            : {
                f: anak(i)
                  .map((j) => `${L(c)}${rowOf(j)}`)
                  .join("+"),
                v,
              };
      }
      const real = rp(nilaiRp(i, (x) => x.rp!.reduce((s, y) => s + y, 0)));
      r[c13 + 1] = { f: `SUM(${cTw.map((c) => `${L(c + 1)}${rn}`).join(",")})`, v: real };
      r[cCap + 1] = { f: `${L(c13 + 1)}${rn}/${L(c8 + 1)}${rn}*100`, v: (real / rp(nilaiRp(i, (x) => x.pagu!))) * 100 };
      const sd = rp(nilaiRp(i, (x) => x.laluRp!)) + real;
      r[c14 + 1] = { f: `${L(c7 + 1)}${rn}+${L(c13 + 1)}${rn}`, v: sd };
      r[c15 + 1] = {
        f: `${L(c14 + 1)}${rn}/${L(c6 + 1)}${rn}*100`,
        v: (sd / rp(nilaiRp(i, (x) => x.renstraRp!))) * 100,
      };
    });
    // The program's summary rows: the average of its capaian Renja K (planted: the last row left out).
    const akhir = rowOf(prog.length - 1) - (o.tanam && pi === 0 ? 1 : 0);
    const ikut = prog.slice(0, akhir - start + 1).map((b) => (b.realK / b.targetK) * 100);
    const avg = baris();
    avg[cUraian] = "Rata-rata capaian kinerja (%)";
    avg[cCap] = {
      f: `AVERAGE(${Array.from({ length: akhir - start + 1 }, (_, i) => `${L(cCap)}${start + i}`).join(",")})`,
      v: ikut.reduce((s, x) => s + x, 0) / ikut.length,
    };
    rows.push(avg);
    const pred = baris();
    pred[cUraian] = "Predikat kinerja";
    pred[cCap] = "Sangat Tinggi";
    rows.push(pred, []);
  });
  // The total.
  const tot = baris();
  tot[cUraian] = "JUMLAH TOTAL";
  const semua = data.flat().filter((b) => b.tingkat === "sub_kegiatan");
  const jum = (f: (b: BarisResmi) => number) => rp(semua.reduce((s, b) => s + f(b), 0));
  const rn = rows.length + 1;
  const kolomTot: [number, number][] = [
    [c6 + 1, jum((b) => b.renstraRp!)],
    [c7 + 1, jum((b) => b.laluRp!)],
    [c8 + 1, jum((b) => b.pagu!)],
    ...cTw.map((c, q): [number, number] => [c + 1, jum((b) => b.rp![q])]),
    [c13 + 1, jum((b) => b.rp!.reduce((s, y) => s + y, 0))],
  ];
  for (const [c, v] of kolomTot) tot[c] = { f: programRows.map((r) => `${L(c)}${r}`).join("+"), v };
  tot[cCap + 1] = {
    f: `${L(c13 + 1)}${rn}/${L(c8 + 1)}${rn}*100`,
    v: (jum((b) => b.rp!.reduce((s, y) => s + y, 0)) / jum((b) => b.pagu!)) * 100,
  };
  rows.push(tot);
  rows.push([]);
  for (const t of ["Faktor pendorong keberhasilan pencapaian:", "Faktor penghambat pencapaian kinerja:"]) {
    const r = baris();
    r[cUraian] = t;
    r[cInd] = "Dukungan penyuluh pertanian lapangan.";
    rows.push(r);
  }
  rows.push([]);
  const ttd = (t: string) => {
    const r = baris();
    r[c15] = t;
    rows.push(r);
  };
  ttd(`Kota Contoh, 15 Januari ${tahun + 1}`);
  ttd("KEPALA DINAS PERTANIAN KABUPATEN CONTOH");
  ttd("Ir. Contoh Sutrisno, M.Si");
  ttd("NIP. 19700101 199503 1 001");
  return [{ name: rkpd ? `Evaluasi RKPD ${tahun}` : "E.81 TW IV", rows, merges, widths: [5, 25, 18, 45, 40] }];
}

export const FIXTURES_E81_RESMI: { file: string; kesulitan: string; opsi: OpsiResmi }[] = [
  { file: "e81-resmi.xlsx", kesulitan: "E.81 berkepala TW 'I | II | III | IV', nomor kolom '14 = 10 + …'", opsi: {} },
  {
    file: "e81-resmi-nomor-atas.xlsx",
    kesulitan: "E.81 dengan baris nomor kolom di atas baris K | Rp",
    opsi: { nomorAtas: true },
  },
  {
    file: "e81-resmi-tanam.xlsx",
    kesulitan: "E.81 dengan rata-rata program yang melewatkan satu baris",
    opsi: { tanam: true },
  },
  {
    file: "e81-rkpd-awalan.xlsx",
    kesulitan: "E.80 tanpa kolom kode, nama berawalan 'Kegiatan'/'Sub Kegiatan', ribuan",
    opsi: { rkpd: true },
  },
  {
    file: "e81-resmi-stok.xlsx",
    kesulitan: "E.81 dengan sub kegiatan stok (orang/bulan): (13) dan (14) diketik = triwulan terakhir",
    opsi: { stok: true },
  },
  {
    file: "e81-tak-dikenal.xlsx",
    kesulitan: "Berkepala E.81 tetapi (8) tanpa kata Renja: tidak dikenali",
    opsi: { takDikenal: true },
  },
];

if (require.main === module) {
  void (async () => {
    const dir = path.resolve(__dirname, "../samples/fixtures");
    for (const f of FIXTURES_E81_RESMI) {
      await writeWorkbook(sheetsResmi(f.opsi), path.join(dir, f.file));
      console.log(`ditulis: samples/fixtures/${f.file} — ${f.kesulitan}`);
    }
  })();
}
