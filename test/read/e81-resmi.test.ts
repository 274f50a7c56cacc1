/**
 * The E.81 as the Permendagri 86 form heads it (scripts/fixtures-e81-resmi.ts): quarters "I | II | III | IV" under
 * "Realisasi Kinerja Pada Triwulan", a numbering row "14 = 10 + 11 + 12 + 13" (below or above the K | Rp row), a
 * capaian Renja (%) column, a second indicator on its own row, "86,0 %" typed as text, the E.80 wording with
 * "Kegiatan …"/"Sub Kegiatan …" names; and a sheet headed as an E.81 whose columns are not the form's. Figures
 * checked by hand against DATA_RESMI: pagu 200 + 120 + 500 = 820 juta, realisasi 190 + 105 + 480 = 775 juta.
 */
import { FIXTURES_E81_RESMI, sheetsResmi, OpsiResmi } from "../../scripts/fixtures-e81-resmi";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { Grid } from "../../src/core/grid";
import { isBarisNomor, nomorKolom } from "../../src/core/read/judul";
import { triwulanDari } from "../../src/core/formulir/e81";
import { bacaWorkbook } from "../../src/core/read";
import { Model, NodeAnggaran, semuaNode } from "../../src/core/model";
import { lembarE81 } from "../../src/core/report/e81";
import { miripE81 } from "../../src/core/read/e81";
import { SpecCell } from "../../src/core/report/spec";
import { readGrids } from "../../src/xlsx/read";

const grids = async (o: OpsiResmi): Promise<Grid[]> => readGrids(await workbookBuffer(sheetsResmi(o)));
const baca = async (o: OpsiResmi): Promise<Model> => bacaWorkbook(await grids(o));
const hitung = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level).length;
const node = (m: Model, nama: string): NodeAnggaran => semuaNode(m.anggaran).find((n) => n.uraian.includes(nama))!;

test("every fixture of the script is listed once", () => {
  expect(FIXTURES_E81_RESMI.map((f) => f.file)).toEqual([
    "e81-resmi.xlsx",
    "e81-resmi-nomor-atas.xlsx",
    "e81-resmi-tanam.xlsx",
    "e81-rkpd-awalan.xlsx",
    "e81-resmi-stok.xlsx",
    "e81-tak-dikenal.xlsx",
  ]);
});

describe("the header's pieces", () => {
  test("a quarter headed by a bare numeral under the group, with its unit below", () => {
    expect(triwulanDari("Realisasi Kinerja Pada Triwulan › I › K")).toBe(0);
    expect(triwulanDari("Realisasi Kinerja Pada Triwulan › III › Rp")).toBe(2);
    expect(triwulanDari("realisasi kinerja pada triwulan › iv")).toBe(3);
    // A part that is not a bare numeral names no quarter.
    expect(triwulanDari("Realisasi Kinerja Pada Triwulan › K")).toBeUndefined();
  });
  test("column numbers written as their formula, with % or in brackets", () => {
    expect(nomorKolom("14 = 10 + 11 + 12 + 13")).toBe(14);
    expect(nomorKolom("15 = 14 / 9 x 100%")).toBe(15);
    expect(nomorKolom("(14)=(10)+(11)+(12)+(13)")).toBe(14);
    expect(nomorKolom("Rp (%)")).toBeUndefined();
    const g: Grid = { name: "x", values: [[1, 2, "14 = 10 + 11 + 12 + 13", "15 = 14 / 9 x 100%", "16 = 8 + 14"]] };
    expect(isBarisNomor(g, 0)).toBe(true);
  });
});

describe.each([
  ["numbers below the K | Rp row", {}],
  ["numbers above the K | Rp row", { nomorAtas: true }],
])("the official head, %s", (_n, o: OpsiResmi) => {
  let m: Model;
  beforeAll(async () => {
    m = await baca(o);
  });
  test("read as the E.81: its levels, the year's pagu and realisasi (not the Renstra target), the year", () => {
    expect([hitung(m, "program"), hitung(m, "kegiatan"), hitung(m, "sub_kegiatan")]).toEqual([2, 2, 3]);
    const total = m.anggaran.reduce((s, p) => s + (p.pagu ?? 0), 0);
    const real = m.anggaran.reduce((s, p) => s + (p.realisasi ?? 0), 0);
    expect([total, real]).toEqual([820_000_000, 775_000_000]);
    expect(m.tahun).toBe(2024);
    // TW I: 40 + 20 + 100 juta.
    expect(m.anggaran.map((p) => p.triwulan?.rp)).toEqual([
      [60_000_000, 80_000_000, 75_000_000, 80_000_000],
      [100_000_000, 150_000_000, 120_000_000, 110_000_000],
    ]);
    // The numbering row is header: nothing unreadable.
    expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
  test('a % indicator\'s K typed "86,0 %" is 86, not 0,86', () => {
    const p = node(m, "Sarana Pertanian");
    expect(p.triwulan?.k).toEqual([null, 80, null, 86]);
    expect(p.kinerja).toEqual({
      indikator: "Persentase ketersediaan sarana pertanian sesuai kebutuhan",
      satuan: "%",
      target: 85,
      realisasi: 86,
    });
  });
  test("the row below a program with only its own indicator is that program's second indicator", () => {
    const p = node(m, "Sarana Pertanian");
    expect(p.indikatorLain?.map((x) => [x.kinerja, x.triwulan?.k, x.renstra?.targetK.nilai, x.sumber.row + 1])).toEqual(
      [
        [
          {
            indikator: "Jumlah kelompok tani yang menerima bantuan sarana",
            satuan: "kelompok",
            target: 40,
            realisasi: 42,
          },
          [10, 10, 10, 12],
          200,
          11,
        ],
      ],
    );
    // Not a summary row, not summed: the program's rupiah are its kegiatan's.
    expect(p.pagu).toBe(320_000_000);
  });
});

describe("the E.80 wording: no kode column, names written 'Kegiatan …' / 'Sub Kegiatan …', rupiah in thousands", () => {
  let m: Model;
  beforeAll(async () => {
    m = await baca({ rkpd: true });
  });
  test("read with its levels, in rupiah, its year", () => {
    expect([hitung(m, "program"), hitung(m, "kegiatan"), hitung(m, "sub_kegiatan")]).toEqual([2, 2, 3]);
    expect(m.anggaran.reduce((s, p) => s + (p.pagu ?? 0), 0)).toBe(820_000_000);
    expect(m.anggaran.reduce((s, p) => s + (p.realisasi ?? 0), 0)).toBe(775_000_000);
    expect(m.tahun).toBe(2022);
  });
  test("the level word is not part of the name", () => {
    const k = m.anggaran[0].children[0];
    expect([k.level, k.uraian]).toEqual(["kegiatan", "Pengawasan Penggunaan Sarana Pendukung Pertanian"]);
    expect(k.children.map((s) => [s.level, s.uraian])).toEqual([
      ["sub_kegiatan", "Pelaksanaan Pengawasan Pupuk, Pestisida, Alat dan Mesin Pertanian"],
      ["sub_kegiatan", "Pengawasan Peredaran Sarana Pertanian"],
    ]);
    // The program keeps "Program …", part of its name.
    expect(m.anggaran[0].uraian).toBe("Program Penyediaan dan Pengembangan Sarana Pertanian");
  });
});

test("a sheet headed as an E.81 whose columns are not the form's is not read as a budget (pagu ≠ Renstra target)", async () => {
  const m = await baca({ takDikenal: true });
  // Before: 2 programs, pagu Rp 4.100.000.000 read from the Renstra target's Rp.
  expect(m.anggaran).toEqual([]);
  expect(m.diagnostics.filter((d) => d.code === "E81_TAK_DIKENALI").map((d) => [d.severity, d.cell])).toEqual([
    ["warning", "A5"],
  ]);
});

describe("the generated E.81", () => {
  const nilai = (c: SpecCell | null | undefined) => (c ? (c.hasil !== undefined ? c.hasil : c.v) : undefined);
  let rows: (SpecCell | null)[][];
  beforeAll(async () => {
    const m = await baca({});
    rows = lembarE81(m, "E.81", { tahun: 2024, triwulan: 4, instansi: "", rumus: "native" })
      .rows as (SpecCell | null)[][];
  });
  // Columns of the sheet: No 0, uraian 2, indikator 3, (8) K 9, (13) K 19, (15) K 23, predikat K 27.
  const baris = () =>
    rows
      .filter((r) => r && typeof nilai(r[3]) === "string" && nilai(r[3]) !== "" && typeof nilai(r[9]) === "number")
      .map((r) => [nilai(r[0]) ?? "", nilai(r[3]), nilai(r[19]), Math.round(Number(nilai(r[23])) * 100) / 100]);
  test("programs numbered 1, 2; the second indicator on its own row with its own capaian", () => {
    expect(baris()).toEqual([
      // A stock (%): (13) the last quarter 86, (14) 86, (15) 86 / 90 = 95,56.
      ["1", "Persentase ketersediaan sarana pertanian sesuai kebutuhan", 86, 95.56],
      // A flow: (13) 10 + 10 + 10 + 12 = 42, (14) 150 + 42 = 192, (15) 192 / 200 = 96.
      ["", "Jumlah kelompok tani yang menerima bantuan sarana", 42, 96],
      ["1.1", "Jumlah laporan pengawasan sarana pertanian", 4, 80],
      ["1.1.1", "Jumlah laporan hasil pengawasan pupuk dan pestisida", 12, 80],
      ["1.1.2", "Jumlah lokasi peredaran sarana pertanian yang diawasi", 7, 77.5],
      ["2", "Persentase benih bersertifikat yang beredar", 72, 90],
      ["2.1", "Jumlah benih tanaman pangan yang disediakan", 95, 79],
      ["2.1.1", "Jumlah benih padi unggul yang disalurkan", 95, 79],
    ]);
  });
});

test("the generated E.81 sums a flow's quarters but takes a stock's last, as the sheet's own (13) shows", async () => {
  // "orang/bulan" 38, 39, 39, 40 with (13) written 40: a stock though its unit does not say so.
  const m = await baca({ stok: true });
  const rows = lembarE81(m, "E.81", { tahun: 2024, triwulan: 4, instansi: "", rumus: "native" }).rows;
  const nilai = (c: SpecCell | null | undefined) => (c ? (c.hasil !== undefined ? c.hasil : c.v) : undefined);
  const r = rows.find((x) => x && nilai(x[3]) === "Jumlah penyuluh yang menerima honor")!;
  // Before: (13) 156, (14) 38 + 156 = 194, (15) 485%.
  expect([nilai(r[19]), nilai(r[21]), nilai(r[23])]).toEqual([40, 40, 100]);
});

test("only the E.81's own head (quarters, a Renstra word, a joint 'Kinerja dan Anggaran' block) marks a sheet", () => {
  const kepala = (xs: string[]): Grid => ({ name: "x", values: [["Judul"], xs] });
  const e81 = [
    "Indikator",
    "Target Kinerja dan Anggaran Renstra PD (Akhir Periode)",
    "Realisasi Kinerja Pada Triwulan",
  ];
  expect(miripE81(kepala(e81))).toBe(1);
  // A realisasi IKU sheet with a Renstra target and quarterly realisasi is not an E.81.
  expect(miripE81(kepala(["Indikator Kinerja", "Target Renstra 2026", "Realisasi Kinerja per Triwulan"]))).toBe(
    undefined,
  );
});
