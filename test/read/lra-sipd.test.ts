/**
 * A SIPD "Laporan Realisasi Anggaran per Sub Kegiatan" as an agency keeps it: kode and name glued in one column
 * headed "Kode Rekening / Uraian", a two-row header with "Realisasi (Rp)" merged over "Bulan Ini | s.d. Bulan Ini"
 * and No / Uraian / Anggaran merged down both rows, then a row of column numbers. Figures hand-made: 2 programs, 3
 * kegiatan, 4 sub kegiatan.
 */
import { bacaWorkbook } from "../../src/core/read";
import { Area, CellValue, Grid } from "../../src/core/grid";
import { semuaNode } from "../../src/core/model";

const gabung = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });

function lra(judulKode: string): Grid {
  const values: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"],
    ["DINAS PERTANIAN"],
    ["Bulan Oktober 2024"],
    [],
    ["No", judulKode, "Anggaran Setelah Perubahan (Rp)", "Realisasi (Rp)", null, "Sisa Anggaran (Rp)", "%"],
    [null, null, null, "Bulan Ini", "s.d. Bulan Ini", null, null],
    [1, 2, 3, 4, 5, 6, 7],
    [null, "3.27.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 700, 60, 450, 250, 64.29],
    [null, "3.27.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja", 700, 60, 450, 250, 64.29],
    [1, "3.27.01.2.01.0001 Penyusunan Dokumen Perencanaan", 500, 40, 300, 200, 60],
    [2, "3.27.01.2.01.0006 Koordinasi dan Penyusunan Laporan", 200, 20, 150, 50, 75],
    [null, "3.27.07 PROGRAM PENYULUHAN PERTANIAN", 300, 30, 210, 90, 70],
    [null, "3.27.07.2.01 Pelaksanaan Penyuluhan Pertanian", 300, 30, 210, 90, 70],
    [3, "3.27.07.2.01.0001 Pengembangan Kapasitas Penyuluh", 100, 10, 60, 40, 60],
    [4, "3.27.07.2.01.0002 Penyediaan Sarana Penyuluhan", 200, 20, 150, 50, 75],
    [null, "JUMLAH BELANJA", 1000, 90, 660, 340, 66],
  ];
  // Merges of rows 5–6 (0-based 4–5): No, Kode/Uraian, Anggaran, Sisa and % down both rows; Realisasi across D:E.
  const merges = [
    gabung(4, 0, 5, 0),
    gabung(4, 1, 5, 1),
    gabung(4, 2, 5, 2),
    gabung(4, 3, 4, 4),
    gabung(4, 5, 5, 5),
    gabung(4, 6, 5, 6),
  ];
  return { name: "LRA Sub Kegiatan", values, merges };
}

describe("SIPD LRA per sub kegiatan", () => {
  test.each(["Kode Rekening / Uraian", "Kode dan Uraian"])(
    'the column "%s" is the name with its kode glued: 2 programs, 3 kegiatan… to the rupiah',
    (judul) => {
      const m = bacaWorkbook([lra(judul)]);
      const nodes = semuaNode(m.anggaran);
      expect(m.anggaran.map((p) => p.kode)).toEqual(["3.27.01", "3.27.07"]);
      expect(nodes.filter((n) => n.level === "kegiatan")).toHaveLength(2);
      expect(nodes.filter((n) => n.level === "sub_kegiatan").map((n) => n.kode)).toEqual([
        "3.27.01.2.01.0001",
        "3.27.01.2.01.0006",
        "3.27.07.2.01.0001",
        "3.27.07.2.01.0002",
      ]);
      expect(m.anggaran.reduce((s, p) => s + (p.pagu ?? 0), 0)).toBe(1000);
      // Realisasi to date, never this month's alone: 450 + 210, not 60 + 30.
      expect(m.anggaran.reduce((s, p) => s + (p.realisasi ?? 0), 0)).toBe(660);
      expect(m.tahun).toBe(2024);
      // The second header row is header, not data: no finding on "Bulan Ini".
      expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    },
  );
});

test("a JUMLAH BELANJA whose realisasi leaves out a program is named at its realisasi cell, not the pagu's", () => {
  const asli = lra("Kode Rekening / Uraian");
  const values = asli.values.map((r, i) => (i === 15 ? [null, "JUMLAH BELANJA", 1000, 90, 450, 340, 66] : r));
  const galat = bacaWorkbook([{ ...asli, values }]).diagnostics.filter((d) => d.severity === "error");
  expect(galat.map((d) => `${d.code} ${d.cell}`)).toEqual(["TOTAL_BERBEDA E16"]);
  expect(galat[0].message).toContain("tertulis Rp 450, jumlah programnya Rp 660");
});
