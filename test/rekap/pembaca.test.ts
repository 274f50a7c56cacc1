/**
 * An OPD's RFK whose rows the RFK reading alone gets wrong, read through the workbook reader's one table layer:
 * numbering 1 / 1.1 / 1.1.1 with a kegiatan of one sub kegiatan (its SUM covers one row), and amounts "(Rp. 000)".
 * The TOTAL that adds its programs is checked through the parents it adds; a row left out just below a parent's own
 * range is that parent's error (the audit names it), not the TOTAL's. A report of another year is not added.
 * Every figure hand-checked: pagu 400 + 300 + 250 = 950, realisasi 300 + 200 + 100 = 600.
 */
import { CellValue, Grid } from "../../src/core/grid";
import { bacaLembarOpd, susunRekap } from "../../src/core/rekap";

const grid = (name: string, values: readonly (readonly CellValue[])[], formulas: (string | null)[][] = []): Grid => ({
  name,
  values: values.map((r) => [...r]),
  formulas,
});

/** Rows 1-based as in Excel: 8 program, 9 kegiatan (two subs), 12 program, 13 kegiatan (one sub). */
function rfk(pendek: boolean, skala = ""): Grid {
  const f: (string | null)[][] = [];
  const put = (row: number, col: number, formula: string) => ((f[row - 1] ??= [])[col] = formula);
  const values: CellValue[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["DINAS PEKERJAAN UMUM KABUPATEN CONTOH"],
    ["KEADAAN s.d. BULAN SEPTEMBER 2025"],
    [],
    ["NO", "PROGRAM / KEGIATAN / SUB KEGIATAN", `PAGU${skala}`, "REALISASI", null, null],
    [null, null, null, `KEUANGAN${skala}`, "KEUANGAN (%)", "FISIK (%)"],
    [1, 2, 3, 4, 5, 6],
    ["1", "Program Penyelenggaraan Jalan", pendek ? 400 : 700, 500, null, null],
    ["1.1", "Penyelenggaraan Jalan Kabupaten", pendek ? 400 : 700, 500, null, null],
    ["1.1.1", "Pembangunan Jalan", 400, 300, 75, 80],
    ["1.1.2", "Rekonstruksi Jalan", 300, 200, 66.67, 70],
    ["2", "Program Pengelolaan Sumber Daya Air", 250, 100, null, null],
    ["2.1", "Pengelolaan SDA", 250, 100, null, null],
    ["2.1.1", "Normalisasi Sungai", 250, 100, 40, 50],
    [null, "JUMLAH", pendek ? 650 : 950, 600, null, null],
  ];
  put(8, 2, "=C9");
  put(8, 3, "=D9");
  put(9, 2, pendek ? "=SUM(C10:C10)" : "=SUM(C10:C11)");
  put(9, 3, "=SUM(D10:D11)");
  put(12, 2, "=C13");
  put(12, 3, "=D13");
  put(13, 2, "=SUM(C14:C14)");
  put(13, 3, "=SUM(D14:D14)");
  put(15, 2, "=C8+C12");
  put(15, 3, "=D8+D12");
  return grid("RFK Sept", values, f);
}

const baca = (g: Grid) => {
  const h = bacaLembarOpd(g, "pupr.xlsx", true);
  if (!("bacaan" in h)) throw new Error("dilewati");
  return h.bacaan;
};

test("numbered levels: the three sub kegiatan, not their one-child kegiatan; fisik from the RFK's column", () => {
  const b = baca(rfk(false));
  expect(b.sub.map((s) => [s.nama, s.pagu, s.realisasi, s.fisik])).toEqual([
    ["Pembangunan Jalan", 400, 300, 80],
    ["Rekonstruksi Jalan", 300, 200, 70],
    ["Normalisasi Sungai", 250, 100, 50],
  ]);
  expect(b.temuan.filter((t) => t.severity === "error")).toEqual([]);
});

test("a kegiatan's SUM one row short: the audit names it; the JUMLAH adding its programs is not a second galat", () => {
  const b = baca(rfk(true));
  expect(b.sub.map((s) => s.pagu)).toEqual([400, 300, 250]);
  expect(b.temuan.filter((t) => t.severity === "error").map((t) => `${t.code} ${t.cell}`)).toEqual([
    "RUMUS_RENTANG C9",
  ]);
});

test('"(Rp. 000)": the pagu and realisasi in rupiah', () => {
  const b = baca(rfk(false, " (Rp. 000)"));
  expect(b.sub.map((s) => [s.pagu, s.realisasi])).toEqual([
    [400_000, 300_000],
    [300_000, 200_000],
    [250_000, 100_000],
  ]);
});

test("a report titled with another year only (no month) is periode lain, not added", () => {
  const dasar = rfk(false);
  const judul: CellValue[][] = [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN"],
    ["DINAS LINGKUNGAN HIDUP"],
    ["TAHUN ANGGARAN 2024"],
  ];
  const lain = { ...dasar, values: dasar.values.map((r, i) => judul[i] ?? r) };
  const h = susunRekap([baca(rfk(false)), { ...baca(lain), berkas: "lama.xlsx" }]);
  expect(h.kelengkapan.map((k) => k.status)).toEqual(["lapor", "periode_lain"]);
  expect(h.total.dpa).toBe(950);
});
