/**
 * Scale words in every reader (issue 20): "(dalam ribuan rupiah)" in a title or "(Rp 000)" over a column multiplies
 * the rupiah columns of a budget table, a flat export, a SIPD rekap belanja and an anggaran kas alike, with one info
 * finding (SKALA_RUPIAH) at the cell that states the scale. Figures in thousands below; the model holds rupiah.
 */
import { MODEL_KAS, MODEL_SIPD, TATA_DASAR, lembarKas, lembarRekap } from "../../scripts/fixtures-sipd";
import { buildWorkbook, workbookBuffer } from "../../scripts/workbook-builder";
import { CellValue, Grid } from "../../src/core/grid";
import { Model, jumlahAnggaran, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { readGrids } from "../../src/xlsx/read";

const skala = (m: Model) => m.diagnostics.filter((d) => d.code === "SKALA_RUPIAH").map((d) => `${d.sheet}!${d.cell}`);
const sub = (m: Model) => semuaNode(m.anggaran).filter((n) => n.level === "sub_kegiatan");

const dpa = (judul: CellValue[][], pagu: string, real: string): Grid => ({
  name: "DPA",
  values: [
    ...judul,
    ["Kode", "Uraian", pagu, real],
    ["1.02.01", "Program A", 1_500.5, 1_200],
    ["1.02.01.2.01", "Kegiatan A", 1_500.5, 1_200],
    ["1.02.01.2.01.0001", "Sub A", 1_000.5, 900],
    ["1.02.01.2.01.0002", "Sub B", 500, 300],
  ],
});

describe("budget table (read/anggaran.ts)", () => {
  test("'(dalam ribuan rupiah)' in the title: × 1.000, one note at the title's cell", () => {
    const m = bacaWorkbook([
      dpa([["DPA DINAS CONTOH TAHUN ANGGARAN 2024"], ["(dalam ribuan rupiah)"]], "Pagu", "Realisasi"),
    ]);
    expect(sub(m).map((s) => [s.pagu, s.realisasi])).toEqual([
      [1_000_500, 900_000],
      [500_000, 300_000],
    ]);
    expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 1_500_500, realisasi: 1_200_000 });
    expect(skala(m)).toEqual(["DPA!A2"]);
    expect(sub(m)[0].refPagu).toEqual({ sheet: "DPA", row: 5, col: 2, kali: 1000 });
  });
  test("'(Rp 000)' over each column: × 1.000, one note per header cell", () => {
    const m = bacaWorkbook([dpa([["DPA 2024"]], "Pagu (Rp 000)", "Realisasi (Rp 000)")]);
    expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 1_500_500, realisasi: 1_200_000 });
    expect(skala(m)).toEqual(["DPA!C2", "DPA!D2"]);
  });
  test("'Rp juta' over the pagu only: the pagu × 1.000.000, the realisasi as written", () => {
    const m = bacaWorkbook([dpa([["DPA 2024"]], "Pagu Rp juta", "Realisasi")]);
    expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 1_500_500_000, realisasi: 1_200 });
  });
  test("plain rupiah: no scale, no note", () => {
    const m = bacaWorkbook([dpa([["DPA 2024"]], "Pagu (Rp)", "Realisasi (Rp)")]);
    expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 1_500.5, realisasi: 1_200 });
    expect(skala(m)).toEqual([]);
  });
});

test("flat export (read/datar.ts): a title '(dalam ribuan rupiah)' and a header 'Jumlah (Rp 000)' alike", () => {
  const header = ["kode_program", "nama_program", "kode_giat", "nama_giat", "kode_sub_giat", "nama_sub_giat"];
  const rows: CellValue[][] = [
    ["1.02.01", "PROGRAM A", "1.02.01.2.01", "Kegiatan A", "1.02.01.2.01.0001", "Sub A", 250.5],
    ["1.02.01", "PROGRAM A", "1.02.01.2.01", "Kegiatan A", "1.02.01.2.01.0001", "Sub A", 750],
    ["1.02.01", "PROGRAM A", "1.02.01.2.01", "Kegiatan A", "1.02.01.2.01.0002", "Sub B", 2_000],
  ];
  for (const [judul, jumlah, sel] of [
    [[["(dalam ribuan rupiah)"]], "jumlah", "Datar!A1"],
    [[], "Jumlah (Rp 000)", "Datar!G1"],
  ] as const) {
    const m = bacaWorkbook([{ name: "Datar", values: [...judul, [...header, jumlah], ...rows] }]);
    expect(sub(m).map((s) => [s.kode, s.pagu])).toEqual([
      ["1.02.01.2.01.0001", 1_000_500],
      ["1.02.01.2.01.0002", 2_000_000],
    ]);
    expect(skala(m)).toEqual([sel]);
  }
});

test("SIPD rekap belanja (read/rekap-belanja.ts): figures in thousands under a '(dalam ribuan rupiah)' title", async () => {
  const [sheet] = lembarRekap(MODEL_SIPD, { ...TATA_DASAR, salinanTersembunyi: false });
  // Every amount / 1.000 (the model's figures are whole thousands or not: kept to the sen, × 1.000 gives them back).
  const rows = sheet.rows.map((r, i) =>
    i < 5
      ? r
      : r.map((c) =>
          c && typeof c === "object" && "v" in c && typeof c.v === "number" && (c.fmt ?? "").includes("#,##0")
            ? { ...c, v: c.v / 1000 }
            : c,
        ),
  );
  rows.splice(4, 1, ["(dalam ribuan rupiah)"]);
  const m = bacaWorkbook(await readGrids(await workbookBuffer([{ ...sheet, rows }])));
  expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 27_225_250_000, realisasi: 25_954_378_276 });
  expect(skala(m)).toEqual(["Rekap Belanja!A5"]);
});

test("SIPD anggaran kas, one sheet per sub kegiatan (read/anggaran-kas.ts): each sheet in thousands, said once", async () => {
  const sheets = MODEL_KAS.slice(0, 2).map((s) => {
    const sh = lembarKas({ ...s, rekening: s.rekening.map(([k, n, q]) => [k, n, q.map((x) => x / 1000) as never]) });
    sh.rows.splice(3, 1, ["(dalam ribuan rupiah)"]);
    return sh;
  });
  const m = bacaWorkbook(await readGrids(new Uint8Array(await buildWorkbook(sheets).xlsx.writeBuffer())));
  expect(sub(m).map((s) => [s.kode, s.pagu, s.rencana?.rp])).toEqual([
    ["1.02.01.2.01.0001", 90_000_000, [13_000_000, 29_500_000, 29_500_000, 18_000_000]],
    ["1.02.01.2.01.0006", 10_000_000, [1_250_000, 2_000_000, 2_000_000, 4_750_000]],
  ]);
  expect(skala(m)).toEqual(["0001 Perencanaan!A4"]);
});
