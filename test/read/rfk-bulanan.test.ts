/**
 * An RFK kept one sheet per month ("April", "Mei", "Juni"), each titled "Keadaan s.d. 30 <bulan> 2023", with a
 * three-row header: REALISASI merged over Fisik (Target %, Realisasi %) and Keuangan (Rp, %). The reader takes the
 * latest month, the money from "REALISASI › Keuangan › Rp", its serapan from "… › %", and no physical column as a
 * budget or indicator figure. Figures hand-made.
 */
import { bacaWorkbook } from "../../src/core/read";
import { Area, CellValue, Grid } from "../../src/core/grid";

const gabung = (top: number, left: number, bottom: number, right: number): Area => ({ top, left, bottom, right });

function bulan(nama: string, realisasi: [number, number, number]): Grid {
  const [a, b, c] = realisasi;
  const values: CellValue[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN (RFK)"],
    ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
    [`Keadaan s.d. 30 ${nama} 2023`],
    [],
    [
      "No",
      "Kode",
      "Program / Kegiatan / Sub Kegiatan",
      "Pagu Anggaran (DPA) (Rp)",
      "REALISASI",
      null,
      null,
      null,
      "Sisa Anggaran (Rp)",
    ],
    [null, null, null, null, "Fisik", null, "Keuangan", null, null],
    [null, null, null, null, "Target (%)", "Realisasi (%)", "Rp", "%", null],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
    [
      1,
      "1.03.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
      300,
      40,
      35,
      a + b,
      ((a + b) / 300) * 100,
      300 - a - b,
    ],
    [
      null,
      "1.03.01.2.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja",
      300,
      40,
      35,
      a + b,
      ((a + b) / 300) * 100,
      300 - a - b,
    ],
    [null, "1.03.01.2.01.0001", "Penyusunan Dokumen Perencanaan", 100, 50, 45, a, a, 100 - a],
    [null, "1.03.01.2.01.0002", "Evaluasi Kinerja Perangkat Daerah", 200, 35, 30, b, (b / 200) * 100, 200 - b],
    [2, "1.03.02", "PROGRAM PENGELOLAAN SUMBER DAYA AIR", 500, 30, 25, c, (c / 500) * 100, 500 - c],
    [null, "1.03.02.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai", 500, 30, 25, c, (c / 500) * 100, 500 - c],
    [null, "1.03.02.2.01.0001", "Pembangunan Embung", 500, 30, 25, c, (c / 500) * 100, 500 - c],
    [null, null, "JUMLAH TOTAL", 800, null, null, a + b + c, ((a + b + c) / 800) * 100, 800 - a - b - c],
  ];
  const merges = [
    gabung(4, 0, 6, 0),
    gabung(4, 1, 6, 1),
    gabung(4, 2, 6, 2),
    gabung(4, 3, 6, 3),
    gabung(4, 4, 4, 7),
    gabung(5, 4, 5, 5),
    gabung(5, 6, 5, 7),
    gabung(4, 8, 6, 8),
  ];
  // The program sums its sub kegiatan directly, a level below its kegiatan: the same money, no finding.
  const formulas: (string | null)[][] = values.map(() => []);
  formulas[8] = [null, null, null, "=D11+D12", null, null, "=G11+G12"];
  return { name: nama, values, merges, formulas };
}

test("the latest month's sheet, its money to date from Keuangan › Rp; fisik is no budget or indicator figure", () => {
  const m = bacaWorkbook([bulan("April", [10, 20, 30]), bulan("Mei", [20, 40, 60]), bulan("Juni", [40, 80, 150])]);
  expect(m.pemetaan.lembar.anggaran).toBe("Juni");
  expect(m.anggaran.map((p) => [p.kode, p.pagu, p.realisasi])).toEqual([
    ["1.03.01", 300, 120],
    ["1.03.02", 500, 150],
  ]);
  expect(m.tahun).toBe(2023);
  // No physical column read as a serapan, a target or a realisasi of an indicator.
  expect(m.sasaran).toEqual([]);
  expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(m.diagnostics.filter((d) => d.code === "KODE_TAK_SAH" || d.code === "RENTANG_RUMUS_INDUK")).toEqual([]);
});
