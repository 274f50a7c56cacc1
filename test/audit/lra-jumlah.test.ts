/**
 * An LRA per sub kegiatan whose kode is glued to the name ("3.27.01 PROGRAM …", a column "Kode Rekening / Uraian"),
 * urusan rows on top that repeat the total (=C13), and a JUMLAH BELANJA that leaves out a program. The audit reads
 * the levels from the glued kode, checks the total against the programs (not against the urusan rows that only
 * copy it), and names the total's realisasi; the sisa beside it is that error's consequence. Figures hand-made.
 */
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, Grid } from "../../src/core/grid";

function lra(totalRealisasi: number): Grid {
  const tr = totalRealisasi;
  const values: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN ANGGARAN 2024"],
    [],
    ["No", "Kode Rekening / Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)"],
    [null, "3 URUSAN PEMERINTAHAN PILIHAN", 1000, tr, 340],
    [null, "3.27 URUSAN PEMERINTAHAN BIDANG PERTANIAN", 1000, tr, 340],
    [null, "3.27.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 700, 450, 250],
    [null, "3.27.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja", 700, 450, 250],
    [1, "3.27.01.2.01.0001 Penyusunan Dokumen Perencanaan", 500, 300, 200],
    [2, "3.27.01.2.01.0006 Koordinasi dan Penyusunan Laporan", 200, 150, 50],
    [null, "3.27.07 PROGRAM PENYULUHAN PERTANIAN", 300, 210, 90],
    [null, "3.27.07.2.01 Pelaksanaan Penyuluhan Pertanian", 300, 210, 90],
    [3, "3.27.07.2.01.0001 Pengembangan Kapasitas Penyuluh", 300, 210, 90],
    // The sisa is written as the sum of the programs' sisa (right); the realisasi as a sum that forgot a program.
    [null, "JUMLAH BELANJA", 1000, tr, 340],
  ];
  const formulas: (string | null)[][] = values.map(() => []);
  formulas[3] = [null, null, "=C13", "=D13", "=E13"];
  formulas[4] = [null, null, "=C13", "=D13", "=E13"];
  formulas[12] = [null, null, "=C6+C10", tr === 660 ? "=D6+D10" : "=D6", "=E6+E10"];
  return { name: "LRA Sub Kegiatan", values, formulas };
}

test("clean: no finding", () => {
  const h = periksaLaporan([lra(660)]);
  expect(h.temuan.filter((t) => t.severity !== "info")).toEqual([]);
});

test("a total that leaves out a program is named at its realisasi, against the programs (660), not the urusan rows", () => {
  const h = periksaLaporan([lra(450)]);
  const galat = h.temuan.filter((t) => t.severity === "error");
  expect(galat.map((t) => `${t.code} ${t.cell}`)).toEqual(["JUMLAH_TOTAL D13"]);
  expect(galat[0].message).toContain("tertulis 450, jumlah 2 baris di atasnya 660");
  // The sisa 340 is right for the total as it should be (1.000 − 660): info naming D13.
  const sisa = h.temuan.find((t) => t.cell === "E13");
  expect(sisa?.severity ?? "info").toBe("info");
});
