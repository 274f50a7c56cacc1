/**
 * Real-world shapes on plain data: the nomenclature lists (text export and sheet), an RFK sheet of sub kegiatan
 * without parents, e-monev kode split over columns, and bad input — each ending in a model and a diagnostic at
 * the cell, nothing silently dropped.
 */
import { CellValue, Grid } from "../../src/core/grid";
import { Model, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { hitungKonstan } from "../../src/core/read/values";
import {
  Nomenklatur,
  csvRows,
  lembarNomenklatur,
  nomenklaturDariGrid,
  nomenklaturDariTeks,
} from "../../src/core/read/nomenklatur";
import { gabungKode, pisahKode, tingkatKode } from "../../src/core/read/kode";
import { isBarisNomor, isBarisSatuan, nomorKolom } from "../../src/core/read/judul";
import { barisDijumlah, bacaRumus } from "../../src/core/read/rumus";

const grid = (name: string, values: CellValue[][], extra: Partial<Grid> = {}): Grid => ({ name, values, ...extra });
const of = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level);
const codes = (m: Model) => m.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`.trim());

describe("kode", () => {
  test("levels by shape, old and new tails, the shared X.XX, glued and split", () => {
    expect(
      [
        "1",
        "1.02",
        "1.02.01",
        "1.02.01.2.01",
        "1.02.01.2.01.0001",
        "1.02.01.2.01.01",
        "X.XX.01.2.01.0003",
        "5.1.02.01.01.0024.1",
      ].map(tingkatKode),
    ).toEqual([
      "urusan",
      "bidang_urusan",
      "program",
      "kegiatan",
      "sub_kegiatan",
      "sub_kegiatan",
      "sub_kegiatan",
      "rincian",
    ]);
    expect(
      [
        "Program A",
        "1.02.01.2",
        "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28.29.30.31.32.33.34.35.36.37.38.39.40.41.42.43.44.45.46.47.48.49.50.51.52.53.54.55.56.57.58.59.60.61.62.63.64.65.66.67.68.69.70.71.72.73.74.75.76.77.78.79.80.81.82.83.84.85.86.87.88.89.90.91.92.93.94.95.96.97.98.99.100.101.102.103.104.105.106.107.108.109.110.111.112.113.114.115.116.117.118.119.120.121.122.123.124.125.126.127.128.129.130.131.132.133.134.135.136.137.138.139.140.141.142.143.144.145.146.147.148.149.150.151.152.153.154.155.156.157.158.159.160.161.162.163.164.165.166.167.168.169.170.171.172.173.174.175.176.177.178.179.180.181.182.183.184.185.186.187.188.189.190.191.192.193.194.195.196.197.198.199.200",
      ].map(tingkatKode),
    ).toEqual([undefined, undefined, "rincian"]);
    expect(pisahKode("1.01.02.1.01.0001 Pembangunan USB (Unit Sekolah Baru)")).toEqual({
      kode: "1.01.02.1.01.0001",
      nama: "Pembangunan USB (Unit Sekolah Baru)",
    });
    expect(pisahKode("1.1.01.0000 - DINAS PENDIDIKAN")).toEqual({ kode: "1.1.01.0000", nama: "DINAS PENDIDIKAN" });
    expect(pisahKode("Penyusunan Dokumen 2024")).toEqual({ kode: null, nama: "Penyusunan Dokumen 2024" });
    expect(gabungKode(["1.01", 1, 2, 3], ["bidang_urusan", "program", "kegiatan", "sub_kegiatan"])).toEqual({
      kode: "1.01.01.2.0003",
      tingkat: "sub_kegiatan",
    });
  });
});

describe("nomenclature lists", () => {
  const CSV =
    '\uFEFF;;;;;;\n1.01.01.2.01.01;"Penyusunan Dokumen Perencanaan\nPerangkat Daerah";Dokumen;;;;\n1.01.01.2.01.0002;"Koordinasi dan Penyusunan ""Dokumen"" RKA-SKPD";;;;;\n1.01.02;PROGRAM PENGELOLAAN PENDIDIKAN;;;;;\n';

  test("the ;-separated export: BOM, an empty first line, quoted names with line breaks and doubled quotes, 2- and 4-digit tails", () => {
    expect(csvRows('a;"b;c"\n"d ""e"""', ";")).toEqual([["a", "b;c"], ['d "e"']]);
    expect(nomenklaturDariTeks(CSV)).toEqual([
      { kode: "1.01.01.2.01.01", tingkat: "sub_kegiatan", nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah" },
      { kode: "1.01.01.2.01.0002", tingkat: "sub_kegiatan", nama: 'Koordinasi dan Penyusunan "Dokumen" RKA-SKPD' },
      { kode: "1.01.02", tingkat: "program", nama: "PROGRAM PENGELOLAAN PENDIDIKAN" },
    ]);
  });

  test("the SIPD sheet: level cells 'kode name', recognised as a list inside a workbook and not read as a budget", () => {
    const g = grid("Nomenklatur", [
      ["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "INDIKATOR", "SATUAN"],
      [
        "KABKOT",
        "1.01 URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
        "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN",
        "1.01.02.2.01 Pengelolaan Pendidikan Sekolah Dasar",
        "1.01.02.2.01.0001 Pembangunan Unit Sekolah Baru (USB)",
        "Jumlah USB",
        "Unit",
      ],
    ]);
    expect(nomenklaturDariGrid(g).map((e) => [e.kode, e.tingkat])).toEqual([
      ["1.01", "bidang_urusan"],
      ["1.01.02", "program"],
      ["1.01.02.2.01", "kegiatan"],
      ["1.01.02.2.01.0001", "sub_kegiatan"],
    ]);
    expect(lembarNomenklatur(g)).toHaveLength(4);
    // An RFK sheet naming a sub kegiatan but not its parents: the list in the same workbook gives them.
    const rfk = grid("RFK", [
      ["No", "Uraian", "Pagu", "Realisasi Anggaran"],
      [1, "Sub Kegiatan: Pembangunan Unit Sekolah Baru (USB)", 500, 450],
    ]);
    const m = bacaWorkbook([g, rfk]);
    expect(
      m.anggaran.map((p) => [
        p.kode,
        p.uraian,
        p.children.map((k) => [k.kode, k.uraian, k.children.map((s) => [s.uraian, s.pagu])]),
      ]),
    ).toEqual([
      [
        "1.01.02",
        "PROGRAM PENGELOLAAN PENDIDIKAN",
        [
          [
            "1.01.02.2.01",
            "Pengelolaan Pendidikan Sekolah Dasar",
            [["Sub Kegiatan: Pembangunan Unit Sekolah Baru (USB)", 500]],
          ],
        ],
      ],
    ]);
    expect(codes(m)).toContain("info LEMBAR_NOMENKLATUR A1");
    expect(m.pemetaan.lembar.anggaran).toBe("RFK");
  });

  test("built-in: the penunjang names every agency shares, found by name or by a kode with its own urusan", () => {
    const n = Nomenklatur.dasar();
    expect(n.tingkatNama("Koordinasi dan Penyusunan Dokumen RKA-SKPD")).toBe("sub_kegiatan");
    expect(n.tingkatNama("PERENCANAAN")).toBe("bidang_urusan");
    expect(n.cariKode("2.17.01.2.02")?.nama).toBe("Administrasi Keuangan Perangkat Daerah");
    expect(n.cariKode("5.01.01.2.01.01")?.nama).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
  });
});

test("RFK sheet: title rows, a three-row header with units, sub kegiatan with and without their label, TOTAL, a recap after it", () => {
  const rfk = grid(
    "15 Diskop",
    [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
      ["DINAS KOPERASI"],
      ["TAHUN ANGGARAN 2023"],
      [],
      ["NO", "URAIAN KEGIATAN", "NILAI ANGGARAN", null, "KEUANGAN", null, null, "FISIK"],
      [null, null, "Rp", "%", "RENCANA", "REALISASI", null, "REN"],
      [null, null, null, null, "Rp", "Rp", "%", "%"],
      [1, "Sub Kegiatan: Penyediaan Gaji dan Tunjangan ASN", 900, 90, 900, 850, 94, 100],
      [2, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 60, 6, 60, "–", 0, 100],
      [3, "Sub Kegiatan Fasilitasi Usaha Mikro", 40, 4, 40, 30, 75, 100],
      [null, "TOTAL", { f: "=SUM(C8:C10)" } as unknown as CellValue, null, null, null],
      [],
      [null, "Kategori Capaian", "Keuangan", "Fisik"],
    ].map((r) => r.map((v) => (v && typeof v === "object" && "f" in (v as object) ? 1000 : v))),
    {
      merges: [
        { top: 4, left: 0, bottom: 6, right: 0 },
        { top: 4, left: 1, bottom: 6, right: 1 },
        { top: 4, left: 2, bottom: 4, right: 3 },
        { top: 4, left: 4, bottom: 4, right: 6 },
        { top: 5, left: 5, bottom: 5, right: 6 },
      ],
    },
  );
  const m = bacaWorkbook([rfk]);
  expect(of(m, "sub_kegiatan").map((s) => [s.uraian.slice(0, 41), s.pagu, s.realisasi])).toEqual([
    ["Sub Kegiatan: Penyediaan Gaji dan Tunjang", 900, 850],
    ["Koordinasi dan Penyusunan Laporan Keuanga", 60, 0],
    ["Sub Kegiatan Fasilitasi Usaha Mikro", 40, 30],
  ]);
  // Two penunjang sub kegiatan under their nomenclature parents; the third under "(tanpa program)".
  expect(m.anggaran.map((p) => p.uraian)).toEqual([
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "(tanpa program)",
  ]);
  expect(codes(m)).toEqual([
    "warning TABEL_TAK_DITEMUKAN",
    "warning TABEL_TAK_DITEMUKAN",
    "info STRIP_SEBAGAI_NOL F9",
    "info BARIS_SETELAH_TOTAL B13",
    "info INDUK_DARI_NOMENKLATUR B8",
  ]);
});

test("e-monev template: kode split over columns with plain numbers", () => {
  const m = bacaWorkbook([
    grid("Sheet1", [
      ["No", "Kode Urusan", "Kode Program", "Kode Kegiatan", "Kode Sub Kegiatan", "Sub Kegiatan", "Pagu"],
      [1, "2.17", 3, "2.01", 1, "Pemeriksaan dan Pengawasan Koperasi", 100],
      [2, "2.17", 3, "2.01", 2, "Penilaian Kesehatan KSP", 50],
    ]),
  ]);
  expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.uraian, s.pagu])).toEqual([
    ["2.17.03.2.01.0001", "Pemeriksaan dan Pengawasan Koperasi", 100],
    ["2.17.03.2.01.0002", "Penilaian Kesehatan KSP", 50],
  ]);
  expect(m.anggaran.map((p) => [p.kode, p.pagu])).toEqual([["2.17.03", 150]]);
});

describe("bad input", () => {
  test("header rows that look like data: column numbers with 6a and formulas, units rows", () => {
    expect(["1", "(6)", "6a", "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100", 7].map(nomorKolom)).toEqual([
      1, 6, 6, 13, 15, 7,
    ]);
    expect(nomorKolom("2024")).toBeUndefined();
    const g = grid("x", [
      [1, 2, "6a", "6b", "13 = 9 + 10 + 11 + 12"],
      ["K", "Rp.", "%", "K", "Rp"],
      [1, 2, 3, 1, 5],
      ["Program A", 100, null, null, null],
    ]);
    expect([0, 1, 2, 3].map((r) => isBarisNomor(g, r))).toEqual([true, false, false, false]);
    expect([0, 1, 2, 3].map((r) => isBarisSatuan(g, r))).toEqual([false, true, false, false]);
  });

  test("formulas: the parents' sums, an intersection, a percentage added into rupiah", () => {
    expect(barisDijumlah("=SUM(O15:O21)", 14)).toEqual([14, 15, 16, 17, 18, 19, 20]);
    expect(barisDijumlah("=SUM(K14+K22+K27)", 10)).toEqual([13, 21, 26]);
    expect(barisDijumlah("=O14+O22", 14)).toEqual([13, 21]);
    expect(barisDijumlah("=M64+AF64", 30)).toBeUndefined();
    expect(barisDijumlah("=SUM(O15:O21)*2", 14)).toBeUndefined();
    expect(bacaRumus("=AVERAGE(T56:T64:T67)")).toMatchObject({ irisan: true, fungsi: ["AVERAGE"], penjumlahan: false });
    expect(bacaRumus("=SUM('PK 2023'!C5,C6)")).toMatchObject({
      keLembarLain: true,
      rujukan: [{ col: 2, top: 5, bottom: 5 }],
    });
  });

  test("a constant formula without a stored value is computed; any other is reported; '-', None, 1e999 and a target typed as text", () => {
    expect(["=1200+300*2", "=(10-4)/3", "=-5+2", "=A1+1", "=1/0", "=2^3", "=SUM(1,2)"].map(hitungKonstan)).toEqual([
      1800,
      2,
      -3,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const e81 = grid(
      "DPA",
      [
        ["Kode", "Uraian", "Pagu", "Realisasi Anggaran", "Indikator", "Target", "Realisasi"],
        ["1.02.01", "Program A", null, null, null, null, null],
        ["1.02.01.2.01", "Kegiatan A", null, null, null, null, null],
        ["1.02.01.2.01.0001", "Sub A", null, 10, "Jumlah dokumen", 4, "-"],
        ["1.02.01.2.01.0002", "Sub B", "None", "—", "Jumlah dokumen", "4", "1e999"],
      ],
      { formulas: [[], [], [], [null, null, "=1000+500", null], [null, null, null, null]] },
    );
    const m = bacaWorkbook([e81]);
    const [a, b] = of(m, "sub_kegiatan");
    expect([
      a.pagu,
      a.realisasi,
      a.kinerja?.realisasi,
      b.pagu,
      b.realisasi,
      b.kinerja?.target,
      b.kinerja?.realisasi,
    ]).toEqual([1500, 10, null, null, 0, 4, null]);
    expect(codes(m).filter((c) => !c.includes("TABEL_TAK_DITEMUKAN"))).toEqual([
      "info RUMUS_DIHITUNG C4",
      "info TEKS_SEBAGAI_KOSONG C5",
      "info STRIP_SEBAGAI_NOL D5",
      "warning STRIP_BELUM_DILAPORKAN G4",
      "error ANGKA_LUAR_JANGKAUAN G5",
      "warning JUMLAH_INDUK_TAK_LENGKAP C3",
    ]);
  });

  test("a negative target or realisasi is a warning at its cell; a negative pagu stays an error", () => {
    const m = bacaWorkbook([
      grid("PK", [
        ["Indikator", "Satuan", "Target", "Realisasi"],
        ["Pertumbuhan ekonomi", "%", -2, "-1,5"],
        ["Jumlah UMKM", "unit", 10, 12],
      ]),
      grid("DPA", [
        ["Kode", "Uraian", "Pagu"],
        ["1.02.01", "Program A", "(1.000)"],
      ]),
    ]);
    expect(codes(m).filter((c) => /NEGATIF/.test(c))).toEqual([
      "warning NILAI_NEGATIF C2",
      "warning NILAI_NEGATIF D2",
      "error PAGU_NEGATIF C2",
    ]);
    expect(m.sasaran[0].indikator.map((i) => [i.target, i.realisasi?.nilai])).toEqual([
      [-2, -1.5],
      [10, 12],
    ]);
  });

  test("a kode that disagrees with its name in the nomenclature; the same sub kegiatan name under two kegiatan", () => {
    const g = grid("DPA", [
      ["Kode", "Uraian", "Pagu"],
      ["2.17.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", null],
      ["2.17.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", null],
      ["2.17.01.2.01.0002", "Evaluasi Kinerja Perangkat Daerah", 10],
      ["2.17.01.2.02", "Administrasi Keuangan Perangkat Daerah", null],
      ["2.17.01.2.02.0001", "Evaluasi Kinerja Perangkat Daerah", 20],
    ]);
    const m = bacaWorkbook([g]);
    expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.pagu])).toEqual([
      ["2.17.01.2.01.0002", 10],
      ["2.17.01.2.02.0001", 20],
    ]);
    expect(codes(m).filter((c) => c.includes("KODE_NAMA"))).toEqual([
      "warning KODE_NAMA_BERBEDA B4",
      "warning KODE_NAMA_BERBEDA B6",
    ]);
    expect(m.diagnostics.find((d) => d.code === "KODE_NAMA_BERBEDA")!.message).toContain("X.XX.01.2.01.0007");
  });
});

test("Form-RFK of one sub kegiatan: belanja rows (rekening 5.x) add to the sub kegiatan the form names above its table", () => {
  const rfk = grid("RFK", [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    [],
    ["NAMA KEGIATAN", null, ": Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"],
    ["SKPD", null, ": DINAS PENDIDIKAN"],
    [],
    ["NO", "URAIAN KEGIATAN", null, "NILAI DPA", "KEUANGAN"],
    [null, null, null, "Rp", "REALISASI"],
    [null, null, null, null, "Rp", "% KUM", "% TTB"],
    [1, 2, null, 3, "6a", "6b", 7],
    [1, "Belanja Jasa Tenaga Kebersihan", null, 259_200_000, 151_200_000],
    [2, "Belanja Jasa Tenaga Keamanan", null, 280_800_000, 163_800_000],
    [],
    ["Jumlah", null, null, 540_000_000, 315_000_000],
  ]);
  const m = bacaWorkbook([rfk]);
  expect(of(m, "sub_kegiatan").map((s) => [s.uraian, s.pagu, s.realisasi, s.dasarLevel])).toEqual([
    ["Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 540_000_000, 315_000_000, "judul"],
  ]);
  expect(codes(m).filter((c) => !c.includes("TABEL_TAK_DITEMUKAN"))).toEqual([
    "info BARIS_BELANJA B10",
    "info INDUK_DARI_NOMENKLATUR A3",
  ]);
  expect(tingkatKode("5.1.02.02.01.0030")).toBe("rincian");
});
