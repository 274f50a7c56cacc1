/**
 * The rules both hosts share when writing: how a sheet name is quoted in a formula, which sheets are ours, and
 * which values can be written.
 */
import { quoteSheet, cellRef } from "../../src/core/grid";
import { SheetSpec, cariLembarBertanda, nilaiAman, periksaNilai } from "../../src/core/report/spec";

test("sheet names that Excel could read as a cell, an R1C1 reference or a boolean are quoted; plain names are not", () => {
  for (const n of [
    "TW4",
    "PK2023",
    "DPA2023",
    "tw4",
    "XFD1048576",
    "R1C1",
    "R2",
    "C3",
    "RC",
    "R",
    "C",
    "rc12",
    "TRUE",
    "False",
    "1Data",
    "A1B",
  ])
    expect(quoteSheet(n)).toBe(`'${n}'`);
  for (const n of ["Data", "PK_2023", "Sheet1", "Realisasi", "x.y", "_a", "ABCD1", "Rekap"])
    expect(quoteSheet(n)).toBe(n);
  expect(quoteSheet("Realisasi TW IV")).toBe("'Realisasi TW IV'");
  expect(quoteSheet("PK Bu'Ani")).toBe("'PK Bu''Ani'");
  expect(quoteSheet("Перечень")).toBe("'Перечень'");
  expect(cellRef("TW4", 5, 6)).toBe("'TW4'!G6");
});

test("our sheets: workbook-scoped tags at A1 only; sheet-scoped copies, #REF! and a sheet claimed twice are not ours", () => {
  const sheets = ["PK", "Pengukuran Kinerja", "PK Edit Saya", "Narasi"];
  const tag = (name: string, formula: string, lokal = false) => ({ name, formula, lokal });
  expect(
    cariLembarBertanda(
      [
        tag("_sakip_kinerja_pengukuran", "='Pengukuran Kinerja'!$A$1"),
        tag("_sakip_kinerja_pengukuran", "='PK Edit Saya'!$A$1", true),
        tag("_sakip_kinerja_capaian_iku", "=#REF!$A$1"),
        tag("_sakip_kinerja_efisiensi", "=PK!$B$2"),
        tag("Lain", "=Narasi!$A$1"),
      ],
      sheets,
    ),
  ).toEqual(new Map([["pengukuran", "Pengukuran Kinerja"]]));
  expect(
    cariLembarBertanda(
      [tag("_sakip_kinerja_narasi", "Narasi!$A$1"), tag("_sakip_kinerja_pengukuran", "Narasi!$A$1")],
      sheets,
    ),
  ).toEqual(new Map());
});

test("non-finite numbers are never written, over-long text is cut, and each is a diagnostic at the generated cell", () => {
  expect(nilaiAman(Infinity)).toBeNull();
  expect(nilaiAman(NaN)).toBeNull();
  expect(nilaiAman(-1e308)).toBe(-1e308);
  expect(nilaiAman("x".repeat(40_000))).toHaveLength(32_767);
  const spec = {
    id: "pengukuran",
    nama: "Pengukuran Kinerja",
    rows: [
      [{ v: 1 }, { v: Infinity }],
      [null, { f: "=A1*2", hasil: -Infinity }, { v: "y".repeat(33_000) }],
    ],
  } as unknown as SheetSpec;
  expect(periksaNilai([spec]).map((d) => `${d.severity} ${d.code} ${d.sheet}!${d.cell}`)).toEqual([
    "error ANGKA_TAK_HINGGA Pengukuran Kinerja!B1",
    "error ANGKA_TAK_HINGGA Pengukuran Kinerja!B2",
    "warning TEKS_TERLALU_PANJANG Pengukuran Kinerja!C2",
  ]);
});
