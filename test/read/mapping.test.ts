/** Detection proposes, the user disposes: a mapping overrides sheets, header rows and columns, and round-trips. */
import * as path from "path";
import { workbookBuffer, SheetInput } from "../../scripts/workbook-builder";
import { bacaWorkbook } from "../../src/core/read";
import { parsePemetaan } from "../../src/core/read/mapping";
import { readGrids } from "../../src/xlsx/read";
import { Grid } from "../../src/core/grid";

const grids = async (sheets: SheetInput[]) => readGrids(await workbookBuffer(sheets));
const targets = (m: ReturnType<typeof bacaWorkbook>) =>
  m.sasaran.flatMap((s) => s.indikator.map((i) => [i.nama, i.target]));

test("sheet choice: this year's PK by default, last year's when the mapping says so", async () => {
  const g = await readGrids(path.resolve(__dirname, "../../samples/fixtures/dua-pk.xlsx"));
  expect(targets(bacaWorkbook(g))).toEqual([["Indeks kepuasan", 80]]);
  expect(targets(bacaWorkbook(g, { pemetaan: { versi: 1, lembar: { pk: "PK 2023" } } }))).toEqual([
    ["Indeks kepuasan", 75],
  ]);
});

const twoTargets: SheetInput[] = [
  {
    name: "PK",
    rows: [
      ["Indikator", "Target 2023", "Target 2024"],
      ["Indeks kepuasan", 75, 80],
    ],
  },
];

test("two target columns: the latest year by default, another column by mapping", async () => {
  const g = await grids(twoTargets);
  const auto = bacaWorkbook(g);
  expect(targets(auto)).toEqual([["Indeks kepuasan", 80]]);
  expect(auto.pemetaan.tabel?.pk?.kolom?.target).toBe("C");
  const chosen = bacaWorkbook(g, {
    pemetaan: { versi: 1, lembar: { pk: "PK" }, tabel: { pk: { kolom: { target: "B" } } } },
  });
  expect(targets(chosen)).toEqual([["Indeks kepuasan", 75]]);
});

test("header rows and columns the detector cannot recognise, given by the mapping", async () => {
  const g = await grids([
    {
      name: "PK",
      rows: [
        ["Ukuran keberhasilan kita", "Angka tujuan"],
        ["Indeks kepuasan", 80],
      ],
    },
  ]);
  const auto = bacaWorkbook(g);
  expect(auto.sasaran).toEqual([]);
  expect(auto.diagnostics.map((d) => d.code)).toContain("KEPALA_TAK_DITEMUKAN");
  const mapped = bacaWorkbook(g, {
    pemetaan: {
      versi: 1,
      lembar: { pk: "PK" },
      tabel: { pk: { barisJudul: [1], kolom: { indikator: "A", target: "B" } } },
    },
  });
  expect(targets(mapped)).toEqual([["Indeks kepuasan", 80]]);
});

test("alias: names that differ beyond a typo are joined only when the user says so", async () => {
  const sheets: SheetInput[] = [
    {
      name: "PK",
      rows: [
        ["Indikator", "Target"],
        ["Nilai evaluasi AKIP", 70.2],
      ],
    },
    {
      name: "Realisasi",
      rows: [
        ["Indikator", "Realisasi"],
        ["Nilai SAKIP DKUM", 70.85],
      ],
    },
  ];
  const g = await grids(sheets);
  const auto = bacaWorkbook(g);
  expect(auto.sasaran[0].indikator[0].realisasi).toBeUndefined();
  expect(auto.diagnostics.map((d) => d.code)).toEqual(
    expect.arrayContaining(["PK_TANPA_REALISASI", "REALISASI_TANPA_PK"]),
  );
  const aliased = bacaWorkbook(g, {
    pemetaan: { versi: 1, lembar: {}, alias: { "Nilai SAKIP DKUM": "Nilai evaluasi AKIP" } },
  });
  expect(aliased.sasaran[0].indikator[0].realisasi?.nilai).toBe(70.85);
  expect(aliased.diagnostics.map((d) => d.code)).toEqual(["TABEL_TAK_DITEMUKAN", "KOLOM_SASARAN_TIDAK_ADA"]); // no anggaran sheet; no name warnings
});

test("a mapping naming a missing sheet is an error, not a silent fallback", async () => {
  const m = bacaWorkbook(await grids(twoTargets), { pemetaan: { versi: 1, lembar: { pk: "PK 2025" } } });
  expect(m.diagnostics[0]).toMatchObject({ severity: "error", code: "LEMBAR_TAK_DITEMUKAN", found: "PK 2025" });
});

test("the proposed mapping, saved as JSON and given back, reads the same model", async () => {
  const g = await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx"));
  const first = bacaWorkbook(g);
  const parsed = parsePemetaan(JSON.stringify(first.pemetaan));
  if (!parsed.ok) throw new Error(parsed.kesalahan.join("; "));
  const again = bacaWorkbook(g, { pemetaan: parsed.pemetaan });
  expect(again.sasaran).toEqual(first.sasaran);
  expect(again.anggaran).toEqual(first.anggaran);
  expect(again.diagnostics).toEqual(first.diagnostics);
});

test("parsePemetaan names every mistake", () => {
  expect(parsePemetaan("{")).toMatchObject({ ok: false });
  const r = parsePemetaan(
    JSON.stringify({
      versi: 2,
      lembar: { dpa: "X" },
      tabel: { pk: { barisJudul: [0], kolom: { target: "12", warna: "A" } } },
    }),
  );
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.kesalahan).toHaveLength(5);
    expect(r.kesalahan.join("\n")).toMatch(
      /versi harus 1[\s\S]*lembar\.dpa[\s\S]*barisJudul[\s\S]*kolom\.target harus huruf[\s\S]*kolom\.warna tidak dikenal/,
    );
  }
});

test("a three-row header (an RFK's NILAI ANGGARAN › Rp, KEUANGAN › REALISASI › Rp): its proposal is a valid mapping", () => {
  const rfk: Grid = {
    name: "RFK",
    values: [
      ["NO", "URAIAN KEGIATAN", "NILAI ANGGARAN", null, "KEUANGAN", null, null],
      [null, null, null, null, "REALISASI", null, "SISA ANGGARAN"],
      [null, null, "Rp", "%", "Rp", "%", "Rp"],
      [1, "Program Penunjang", 100, 47.62, 90, 90, 10],
      [2, "Program Pelayanan", 60, 28.57, 45, 75, 15],
      [3, "Program Pembinaan", 50, 23.81, 0, 0, 50],
    ],
    merges: [
      { top: 0, left: 2, bottom: 1, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 6 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ],
  };
  const first = bacaWorkbook([rfk]);
  expect(first.pemetaan.tabel?.anggaran?.barisJudul).toEqual([1, 2, 3]);
  const parsed = parsePemetaan(JSON.stringify(first.pemetaan));
  if (!parsed.ok) throw new Error(parsed.kesalahan.join("; "));
  const again = bacaWorkbook([rfk], { pemetaan: parsed.pemetaan });
  expect(again.anggaran).toEqual(first.anggaran);
  expect(again.buktiKolom).toEqual(first.buktiKolom);
  expect(first.anggaran.map((p) => [p.uraian, p.pagu, p.realisasi])).toEqual([
    ["Program Penunjang", 100, 90],
    ["Program Pelayanan", 60, 45],
    ["Program Pembinaan", 50, 0],
  ]);
  expect(parsePemetaan(JSON.stringify({ versi: 1, tabel: { pk: { barisJudul: [1, 2, 3, 4, 5] } } })).ok).toBe(false);
});
