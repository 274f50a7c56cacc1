/**
 * The Pemda's target curve (--target-kurva): read from the fixtures' monthly and quarterly tables (fisik written as
 * Excel percentages), refused with a bilingual reason and the cell when it is not a curve (11 months, above 100,
 * falling, blank, out of order, no table), and in the rekap: the target of the period and each OPD's deviasi against
 * it, by hand, as live formulas LibreOffice recalculates to the same figures.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaKurvaBerkas, bacaPitaBerkas, rekap } from "../../src/cli/rekap";
import { main } from "../../src/cli/main";
import { Grid } from "../../src/core/grid";
import { specRekap } from "../../src/core/rekap";
import { bacaKurvaTarget, bacaPita, targetPeriode } from "../../src/core/rekap/kurva";
import { ID_REKAP } from "../../src/core/rekap/lembar";
import { bandingLibreOffice } from "../support/libreoffice";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");

describe("reading a curve", () => {
  test("monthly: keuangan in points, fisik as Excel percentages, both as ratios", async () => {
    const k = await bacaKurvaBerkas(path.join(DIR, "kurva-bulanan.xlsx"));
    expect(k.satuan).toBe("bulan");
    expect(k.keuangan).toEqual([5, 10, 18, 25, 32, 40, 48, 56, 65, 75, 85, 100].map((x) => x / 100));
    expect(k.fisik!.map((x) => Math.round(x * 1e6) / 1e6)).toEqual(
      [8, 15, 22, 30, 38, 46, 55, 63, 72, 82, 92, 100].map((x) => x / 100),
    );
    expect(targetPeriode(k, 9)).toEqual({ keuangan: 0.65, fisik: k.fisik![8], dasar: "bulan" });
  });

  test("quarterly: a quarter's end as written, a month between two on a straight line (from 0 before TW I)", async () => {
    const k = await bacaKurvaBerkas(path.join(DIR, "kurva-triwulan.xlsx"));
    expect(k).toEqual({ satuan: "triwulan", keuangan: [0.2, 0.45, 0.7, 1], fisik: [0.25, 0.5, 0.75, 1] });
    expect(targetPeriode(k, 6)).toEqual({ keuangan: 0.45, fisik: 0.5, dasar: "triwulan" });
    // November: TW III 70 + (100 − 70) × 2/3 = 90; fisik 75 + 25 × 2/3.
    const nov = targetPeriode(k, 11);
    expect(nov.dasar).toBe("antara");
    expect(nov.keuangan).toBeCloseTo(0.9, 12);
    expect(nov.fisik).toBeCloseTo(0.75 + 0.25 * (2 / 3), 12);
    // January: a third of TW I.
    expect(targetPeriode(k, 1).keuangan).toBeCloseTo(0.2 / 3, 12);
  });
});

/** A curve's grid: a header row, then one row per period. */
function grid(rows: (string | number | null)[][], kepala = ["Bulan", "Target Keuangan (%)", "Target Fisik (%)"]): Grid {
  return { name: "Kurva", values: [["KURVA TARGET"], [], kepala, ...rows] };
}
const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"];
const bulanan = (keu: (number | string | null)[]) =>
  [...BULAN, "November", "Desember"].map((b, i) => [b, keu[i], keu[i]]);
const NAIK = [5, 10, 18, 25, 32, 40, 48, 56, 65, 75, 85, 100];

describe("a table that is not a curve is refused, with why and the cell, in both languages", () => {
  const galat = (g: Grid) => {
    const k = bacaKurvaTarget([g]);
    if (!("galat" in k)) throw new Error("accepted");
    return k.galat;
  };
  test("11 months", () => {
    expect(galat(grid(bulanan(NAIK).slice(0, 11)))).toEqual({
      id: "kurva target 'Kurva': 11 baris bulan, harus tepat 12 bulan atau 4 triwulan.",
      en: "target curve 'Kurva': 11 rows of months, it must be exactly 12 months or 4 quarters.",
    });
  });
  test("above 100, blank, falling", () => {
    expect(galat(grid(bulanan([...NAIK.slice(0, 11), 120]))).id).toBe(
      `kurva target 'Kurva'!B15: target keuangan "120"; harus angka 0–100 (persen kumulatif).`,
    );
    expect(galat(grid(bulanan([5, null, ...NAIK.slice(2)]))).en).toBe(
      "target curve 'Kurva'!B5: financial target blank; it must be a number 0–100 (cumulative percent).",
    );
    const turun = galat(grid(bulanan([5, 10, 18, 25, 22, ...NAIK.slice(5)])));
    expect(turun.id).toBe(
      "kurva target 'Kurva'!B8: target keuangan 22 lebih kecil dari periode sebelumnya (25); kurva kumulatif tidak boleh turun.",
    );
    expect(turun.en).toContain("a cumulative curve cannot fall");
  });
  test("months out of order; quarters by their names", () => {
    const rows = bulanan(NAIK);
    [rows[2][0], rows[3][0]] = [rows[3][0], rows[2][0]];
    expect(galat(grid(rows)).id).toBe(
      `kurva target 'Kurva'!A6: "April" bukan bulan ke-3; tulis bulan berurutan, satu baris masing-masing.`,
    );
    const tw = grid(
      [
        ["Triwulan I", 20, 25],
        ["Triwulan II", 45, 50],
        ["Triwulan III", 70, "75%"],
        ["Triwulan IV", 100, "100"],
      ],
      ["Periode", "Keuangan", "Fisik"],
    );
    expect(bacaKurvaTarget([tw])).toEqual({
      kurva: { satuan: "triwulan", keuangan: [0.2, 0.45, 0.7, 1], fisik: [0.25, 0.5, 0.75, 1] },
    });
  });
  test("no curve table; through the command line: exit 3 and the reason", async () => {
    expect(
      galat({
        name: "Lain",
        values: [
          ["Nama", "Alamat"],
          ["a", "b"],
        ],
      }).id,
    ).toContain("tidak ada tabel kurva target");
    let err = "";
    const code = await main(
      ["rekap", path.join(DIR, "opd"), "--target-kurva", path.join(DIR, "daftar-opd.xlsx"), "--json"],
      { write: () => undefined },
      { write: (s: string) => (err += s) },
    );
    expect(code).toBe(3);
    expect(err).toContain("tidak ada tabel kurva target");
  });
});

test("in the rekap: the target of December and each OPD's deviasi against it, live, as LibreOffice computes", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kurva-")), "rekap.xlsx");
  const kurvaFile = path.join(DIR, "kurva-bulanan.xlsx");
  const r = await rekap([path.join(DIR, "opd")], out, { targetKurva: kurvaFile });
  const t = r.rekap.target!;
  expect([t.keuangan, t.fisik, t.dasar]).toEqual([1, 1, "bulan"]);
  // Dinkes 88% and fisik 92% against 100: −12 and −8 points; the Pemda 1230/1500 = 82% and 1300/1500.
  expect(r.rekap.opd[0].nama).toBe("DINAS KESEHATAN");
  expect(t.opd[0].deviasiKeu).toBeCloseTo(-0.12, 12);
  expect(t.opd[0].deviasiFisik).toBeCloseTo(-0.08, 12);
  expect(t.deviasiKeu).toBeCloseTo(0.82 - 1, 12);
  expect(t.deviasiFisik).toBeCloseTo(1300 / 1500 - 1, 12);
  const specs = specRekap(r.bacaan, { kurva: await bacaKurvaBerkas(kurvaFile) }).specs;
  const ro = specs.find((s) => s.id === ID_REKAP.opd)!;
  // Columns R and S read the target row's F and I.
  const dinkes = ro.rows.find((x) => x[1]?.v === "DINAS KESEHATAN")!;
  expect(dinkes[17]?.f).toMatch(/^=IF\(AND\(ISNUMBER\(F\d+\),ISNUMBER\(\$F\$\d+\)\),F\d+-\$F\$\d+,"–"\)$/);
  const target = ro.rows.find((x) => String(x[1]?.v ?? "").startsWith("Target periode"))!;
  expect([target[5]?.v, target[8]?.v]).toEqual([1, 1]);
  const { formulas, salah } = await bandingLibreOffice(out, specs);
  expect(salah).toEqual([]);
  expect(formulas).toBeGreaterThan(100);
}, 120_000);

describe("the Pemda's own category bands (--kategori)", () => {
  const tabel = (rows: (string | number | null)[][]): Grid => ({
    name: "Kategori",
    values: [["KATEGORI"], [], ["Kategori", "Batas Bawah (%)"], ...rows],
  });
  const galat = (g: Grid) => {
    const p = bacaPita([g]);
    if (!p || !("galat" in p)) throw new Error("accepted");
    return p.galat;
  };

  test("read from the curve's workbook, highest first, the last one open; each OPD's kategori by them, live", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kategori-")), "rekap.xlsx");
    const file = path.join(DIR, "kurva-bulanan.xlsx");
    const pita = await bacaPitaBerkas(file);
    expect(pita.map((p) => [p.label, p.min])).toEqual([
      ["Sangat Tinggi", 0.95],
      ["Tinggi", 0.85],
      ["Sedang", 0.7],
      ["Rendah", 0.5],
      ["Sangat Rendah", -Infinity],
    ]);
    const r = await rekap([path.join(DIR, "opd")], out, { kategori: file });
    // 88%, 76,67%, 60%, 92,5%, 70% (exactly the bound: Sedang); the Pemda 82%.
    expect(r.rekap.opd.map((o) => o.kategori)).toEqual(["Tinggi", "Sedang", "Rendah", "Tinggi", "Sedang"]);
    expect(r.rekap.total.kategori).toBe("Sedang");
    const specs = specRekap(r.bacaan, { pita }).specs;
    const { salah } = await bandingLibreOffice(out, specs);
    expect(salah).toEqual([]);
  }, 120_000);

  test("refused with why and the cell: a bound that does not fall, a closed last band, a blank, a label twice", () => {
    expect(
      galat(
        tabel([
          ["A", 90],
          ["B", 95],
          ["C", null],
        ]),
      ).id,
    ).toBe(
      `kategori 'Kategori'!B5: batas bawah "B" (95) harus lebih kecil dari kategori di atasnya (90): tulis dari yang tertinggi.`,
    );
    expect(
      galat(
        tabel([
          ["A", 90],
          ["B", 60],
        ]),
      ).en,
    ).toBe(
      "categories 'Kategori'!B5: the last category \"B\" takes everything below the one above it; leave its bound blank or 0 (written 60).",
    );
    expect(
      galat(
        tabel([
          ["A", null],
          ["B", null],
        ]),
      ).id,
    ).toContain(`batas bawah "A" kosong`);
    expect(
      galat(
        tabel([
          ["A", 90],
          ["A", null],
        ]),
      ).id,
    ).toContain(`kategori "A" tertulis dua kali`);
    expect(bacaPita([{ name: "Lain", values: [["Nama", "Alamat"]] }])).toBeUndefined();
  });
});
