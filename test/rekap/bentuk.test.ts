/**
 * OPD reports in other layouts than the city RFK, on plain grids: a one-row header with the units in the labels,
 * program and kegiatan rows by kode above their sub kegiatan, "Perangkat Daerah :" and "Bulan :" title lines, a
 * Jumlah row; and an E.81-free budget export through the budget reader (pagu and realisasi only).
 */
import { CellValue, Grid } from "../../src/core/grid";
import { bacaBerkasOpd, bacaLembarOpd } from "../../src/core/rekap";

const grid = (name: string, values: readonly (readonly CellValue[])[], formulas?: (string | null)[][]): Grid => ({
  name,
  values,
  ...(formulas ? { formulas } : {}),
});

test("a one-row header with units in the labels, program and kegiatan rows by kode, a Jumlah row", () => {
  const g = grid("RFK", [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["Perangkat Daerah : Dinas Sosial"],
    ["Bulan : Maret 2024"],
    [],
    [
      "No",
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Pagu (Rp)",
      "Rencana Keuangan (Rp)",
      "Realisasi Keuangan (Rp)",
      "Realisasi Keuangan (%)",
      "Target Fisik (%)",
      "Realisasi Fisik (%)",
    ],
    [1, "1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL", 300, 150, 120, 40, 50, 45],
    [2, "1.06.02.2.01", "Kegiatan Pemberdayaan PSKS", 300, 150, 120, 40, 50, 45],
    [3, "1.06.02.2.01.0001", "Peningkatan Kemampuan Potensi Pekerja Sosial", 100, 50, 20, 20, 50, 30],
    [4, "1.06.02.2.01.0002", "Peningkatan Kemampuan Potensi TKSK", 200, 100, 100, 50, 50, 52.5],
    [null, null, "Jumlah", 300, 150, 120, 40, 50, 45],
  ]);
  const h = bacaLembarOpd(g, "dinsos.xlsx");
  expect("bacaan" in h).toBe(true);
  if (!("bacaan" in h)) return;
  const b = h.bacaan;
  expect([b.nama, b.periode && [b.periode.tahun, b.periode.bulan], b.kolom]).toEqual([
    "Dinas Sosial",
    [2024, 3],
    { uraian: "C", pagu: "D", rencana: "E", realisasi: "F", serapan: "G", fisikRencana: "H", fisik: "I" },
  ]);
  expect(b.sub.map((s) => [s.nama, s.pagu, s.rencana, s.realisasi, s.fisikRencana, s.fisik])).toEqual([
    ["Peningkatan Kemampuan Potensi Pekerja Sosial", 100, 50, 20, 50, 30],
    ["Peningkatan Kemampuan Potensi TKSK", 200, 100, 100, 50, 52.5],
  ]);
  // The typed Jumlah agrees with its sub kegiatan: no finding.
  expect(b.temuan).toEqual([]);
  // A typed Jumlah that does not: TOTAL_BERBEDA at its cell, one galat. The row's serapan (40%, not 120 of 310) is
  // that total's consequence: the audit, which now checks a Jumlah under one program against it, says so as info.
  const salah = grid(
    "RFK",
    g.values.map((r, i) => (i === 9 ? [null, null, "Jumlah", 310, 150, 120, 40, 50, 45] : r)),
  );
  const h2 = bacaLembarOpd(salah, "dinsos.xlsx");
  expect("bacaan" in h2 && h2.bacaan.temuan.map((t) => [t.code, t.cell, t.tertulis, t.seharusnya])).toEqual([
    ["TOTAL_BERBEDA", "D10", 310, 300],
  ]);
});

test("a file whose only sheet has no RFK table is one reading 'tidak terbaca' with why", () => {
  const r = bacaBerkasOpd("catatan.xlsx", [grid("Catatan", [["Laporan menyusul minggu depan"]])]);
  expect(r.bacaan.map((b) => [b.bentuk, b.alasan])).toEqual([
    ["tak_terbaca", "tidak ada tabel anggaran/RFK yang dikenali"],
  ]);
});

test("program and kegiatan rows written as plain figures (no kode, label or formula): found through the TOTAL", () => {
  const kepala = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["BADAN PENDAPATAN DAERAH"],
    ["KONDISI JUNI 2024"],
    [],
    ["No", "Uraian", "Pagu (Rp)", "Realisasi Keuangan (Rp)", "Realisasi Fisik (%)"],
  ];
  const g = grid("RFK", [
    ...kepala,
    [1, "Penunjang Urusan Pemerintahan Daerah", 300, 150, null],
    [null, "Administrasi Keuangan Perangkat Daerah", 300, 150, null],
    [null, "Penyediaan Gaji dan Tunjangan ASN", 250, 125, 50],
    [null, "Penyediaan Administrasi Pelaksanaan Tugas ASN", 50, 25, 50],
    [2, "Pengelolaan Pendapatan Daerah", 100, 40, null],
    [null, "Pendataan Pajak Daerah", 60, 30, 50],
    [null, "Penagihan Pajak Daerah", 40, 10, 25],
    ["TOTAL", null, 400, 190, null],
  ]);
  const h = bacaLembarOpd(g, "bapenda.xlsx");
  if (!("bacaan" in h)) throw new Error("tidak terbaca");
  expect(h.bacaan.sub.map((s) => [s.nama, s.pagu, s.realisasi])).toEqual([
    ["Penyediaan Gaji dan Tunjangan ASN", 250, 125],
    ["Penyediaan Administrasi Pelaksanaan Tugas ASN", 50, 25],
    ["Pendataan Pajak Daerah", 60, 30],
    ["Penagihan Pajak Daerah", 40, 10],
  ]);
  expect(h.bacaan.temuan.map((t) => [t.severity, t.code, t.cell])).toEqual([["info", "INDUK_DARI_JUMLAH", "B6"]]);
  // Without a TOTAL to say so, nothing is guessed: every row counts (and the rekap shows the doubled DPA).
  const tanpa = bacaLembarOpd(grid("RFK", g.values.slice(0, -1)), "bapenda.xlsx");
  expect("bacaan" in tanpa && tanpa.bacaan.sub.length).toBe(7);
});
