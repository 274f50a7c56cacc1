/**
 * SIPD RKA/DPA-SKPD 2.2.1 kept one sub kegiatan or one program per sheet, with and without the summary DPA-SKPD 2.2
 * (scripts/fixtures-dpa.ts, samples/fixtures/dpa): every sheet read, the same money never counted twice, the summary
 * checked against the documents, and the audit's findings. Figures summed by hand from the fixture's rincian
 * (koefisien × harga × (1 + PPN)).
 */
import * as path from "path";
import { DIR_DPA, FIXTURES_DPA, MODEL_DPA, SUB_PENDEK, perSub, ringkasan } from "../../scripts/fixtures-dpa";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { Model, jumlahAnggaran, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { periksaLaporan } from "../../src/core/audit";
import { readGrids } from "../../src/xlsx/read";
import { cariLembarDpa } from "../../src/core/read/rka-dpa";
import { gridDari } from "../support/tata-letak";

const of = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level);
const bukanInfo = (m: Model) =>
  m.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.severity} ${d.code} ${d.sheet}!${d.cell}`);
const grids = (file: string) => readGrids(path.join(DIR_DPA, file));

// Each sub kegiatan by hand: 100 × 60.000 × 1,11 + 20 × 150.000 × 1,11 + 12 × 2.500.000 + 10 × 1.500.000 = 54.990.000, …
const SUB: [string, number][] = [
  ["1.02.01.2.01.0001", 6_660_000 + 3_330_000 + 30_000_000 + 15_000_000],
  ["1.02.01.2.01.0006", 5_550_000 + 6_000_000],
  ["1.02.01.2.02.0001", 4_900_000_000 + 490_000_000],
  ["1.02.02.2.01.0014", 55_500_000 + 999_000_000],
  ["1.02.02.2.01.0020", 133_200_000],
  ["1.02.02.2.02.0001", 21_600_000 + 10_500_000],
  ["1.02.02.2.02.0040", 12_000_000],
  ["1.02.03.2.02.0001", 480_000_000],
];
const PROGRAM: [string, number, number][] = [
  ["1.02.01", 5_456_540_000, 2],
  ["1.02.02", 1_231_800_000, 2],
  ["1.02.03", 480_000_000, 1],
];
const KEGIATAN = ["1.02.01.2.01", "1.02.01.2.02", "1.02.02.2.01", "1.02.02.2.02", "1.02.03.2.02"];
const TOTAL = 7_168_340_000;

function cekModel(m: Model, tahun: number): void {
  expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.pagu])).toEqual(SUB);
  expect(of(m, "kegiatan").map((k) => k.kode)).toEqual(KEGIATAN);
  expect(m.anggaran.map((p) => [p.kode, p.pagu, p.children.length])).toEqual(PROGRAM);
  expect(m.anggaran.map((p) => p.uraian)).toEqual(MODEL_DPA.map((p) => p.nama));
  expect(jumlahAnggaran(m.anggaran).pagu).toBe(TOTAL);
  expect(SUB.reduce((s, x) => s + x[1], 0)).toBe(TOTAL);
  expect(m.tahun).toBe(tahun);
  expect(m.perangkatDaerah).toBe("DINAS KESEHATAN");
}

test("the fixtures: five workbooks, each with its difficulty stated, as the script writes them", async () => {
  expect(FIXTURES_DPA.map((f) => f.file)).toEqual([
    "dpa-per-sub.xlsx",
    "dpa-per-sub-ringkasan.xlsx",
    "dpa-per-program.xlsx",
    "rka-per-sub.xlsx",
    "dpa-per-sub-tanam.xlsx",
  ]);
  for (const f of FIXTURES_DPA) {
    expect(f.kesulitan.length).toBeGreaterThan(40);
    const fresh = await readGrids(await workbookBuffer(f.sheets));
    expect(fresh.map((g) => [g.name, g.values])).toEqual((await grids(f.file)).map((g) => [g.name, g.values]));
  }
});

describe.each([
  ["dpa-per-sub.xlsx", 2024, 8],
  ["dpa-per-sub-ringkasan.xlsx", 2024, 9],
  ["dpa-per-program.xlsx", 2024, 3],
  ["rka-per-sub.xlsx", 2025, 9],
])("%s", (file, tahun, lembar) => {
  let m: Model;
  let g: Awaited<ReturnType<typeof grids>>;
  beforeAll(async () => {
    g = await grids(file);
    m = bacaWorkbook(g);
  });
  test(`every sheet read: 3 programs, 5 kegiatan, 8 sub kegiatan, Rp 7.168.340.000, year ${tahun}`, () => {
    expect(g).toHaveLength(lembar);
    cekModel(m, tahun);
  });
  test("no galat nor warning from the reader, and none from the audit", () => {
    expect(bukanInfo(m)).toEqual([]);
    const h = periksaLaporan(g);
    expect(h.temuan.filter((t) => t.severity !== "info").map((t) => `${t.code} ${t.sheet}!${t.cell}`)).toEqual([]);
    // Every document's Jumlah was checked: 8 sub kegiatan.
    expect(h.tabel.filter((t) => /2\.2\.1/.test(t.judul)).reduce((s, t) => s + t.baris, 0)).toBe(8);
  });
  test("the summary sheet, when there is one, is not counted again", () => {
    const info = m.diagnostics.find((d) => d.code === "RKA_DPA_PER_LEMBAR");
    expect(info?.message).toMatch(/^8 dokumen (DPA|RKA) sub kegiatan di (8|3) lembar/);
    expect(
      of(m, "sub_kegiatan").every((s) => s.sumber.sheet !== "DPA-SKPD 2.2" && s.sumber.sheet !== "RKA-SKPD 2.2"),
    ).toBe(true);
  });
});

describe("the planted error: a sub kegiatan's Jumlah Rp 10.000.000 short of its rincian", () => {
  test("found at its cell by the reader and the audit; the rincian's sum is used, the summary agrees with it", async () => {
    const g = await grids("dpa-per-sub-tanam.xlsx");
    const m = bacaWorkbook(g);
    cekModel(m, 2024);
    // Sheet "02.2.01.0020": its Jumlah Anggaran Sub Kegiatan row, column G (Jumlah).
    const jumlahRow = g
      .find((x) => x.name === "02.2.01.0020")!
      .values.findIndex((r) => r[0] === "Jumlah Anggaran Sub Kegiatan :");
    expect(jumlahRow + 1).toBe(40);
    expect(bukanInfo(m)).toEqual(["error JUMLAH_INDUK_BERBEDA 02.2.01.0020!G40"]);
    const d = m.diagnostics.find((x) => x.code === "JUMLAH_INDUK_BERBEDA")!;
    expect([d.found, d.expected]).toEqual(["123200000", "133200000"]);
    expect(m.diagnostics.some((x) => x.code === "RINGKASAN_BERBEDA")).toBe(false);
    const h = periksaLaporan(g);
    expect(
      h.temuan.filter((t) => t.severity !== "info").map((t) => [t.severity, t.code, `${t.sheet}!${t.cell}`]),
    ).toEqual([["error", "JUMLAH_INDUK", "02.2.01.0020!G40"]]);
  });
});

test("a sub kegiatan's table with a Realisasi column is a report (an RFK), not this form", () => {
  const [sheet] = perSub(MODEL_DPA, { jenis: "dpa", tahun: 2024 });
  const g = gridDari(sheet);
  expect(cariLembarDpa(g)?.dokumen).toHaveLength(1);
  const h = sheet.rows.findIndex((r) => r[0] === "Kode Rekening");
  const rows = sheet.rows.map((r, i) => (i === h ? [...r, "Realisasi"] : r));
  expect(cariLembarDpa(gridDari({ ...sheet, rows }))).toBeUndefined();
});

describe("the summary against the documents (in memory)", () => {
  const DPA = { jenis: "dpa" as const, tahun: 2024 };
  const baca = async (sheets: Parameters<typeof workbookBuffer>[0]) =>
    bacaWorkbook(await readGrids(await workbookBuffer(sheets)));

  test("a summary sub kegiatan Rp 5.000.000 off its document: galat at the summary's Jumlah cell, the documents used", async () => {
    const m = await baca([ringkasan(MODEL_DPA, DPA, ["1.02.02.2.02.0040", 5_000_000]), ...perSub(MODEL_DPA, DPA)]);
    cekModel(m, 2024);
    // The summary's rows: 9 header/title rows, urusan, bidang, program 1.02.01 (12) … 1.02.02.2.02.0040 on row 24;
    // Jumlah Tahun 2024 › Jumlah is column N. Its kegiatan, program, bidang, urusan and JUMLAH rows follow the wrong
    // row as written (the summary's own sums agree), so only that one cell is a galat.
    expect(bukanInfo(m)).toEqual(["error RINGKASAN_BERBEDA DPA-SKPD 2.2!N24"]);
    const d = m.diagnostics.find((x) => x.code === "RINGKASAN_BERBEDA")!;
    expect([d.found, d.expected]).toEqual(["17000000", "12000000"]);
  });

  test("a summary copying a document's wrong Jumlah: info at the summary, the galat at the document", async () => {
    const m = await baca([
      ringkasan(MODEL_DPA, DPA, [SUB_PENDEK, -10_000_000]),
      ...perSub(MODEL_DPA, { ...DPA, pendek: SUB_PENDEK }),
    ]);
    cekModel(m, 2024);
    expect(bukanInfo(m)).toEqual(["error JUMLAH_INDUK_BERBEDA 02.2.01.0020!G40"]);
    expect(m.diagnostics.filter((x) => x.code === "RINGKASAN_BERBEDA").map((x) => [x.severity, x.cell])).toEqual([
      ["info", "N21"],
    ]);
  });

  test("a document missing beside the summary: named, the rest read", async () => {
    const docs = perSub(MODEL_DPA, DPA).filter((s) => s.name !== "03.2.02.0001");
    const m = await baca([ringkasan(MODEL_DPA, DPA), ...docs]);
    expect(jumlahAnggaran(m.anggaran).pagu).toBe(TOTAL - 480_000_000);
    expect(bukanInfo(m)).toEqual(["warning RINGKASAN_TANPA_DOKUMEN DPA-SKPD 2.2!N27"]);
  });

  test("the summary alone is read: its program, kegiatan and sub kegiatan rows by their split kode", async () => {
    const m = await baca([ringkasan(MODEL_DPA, DPA)]);
    cekModel(m, 2024);
    expect(bukanInfo(m)).toEqual([]);
  });
});
