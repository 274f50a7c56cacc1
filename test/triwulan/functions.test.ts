/** SAKIP.DEVIASI, CAPAIAN_E81, PREDIKAT_E81 and PROYEKSI as Excel calls them, pinned to the E.81 sheet's own values. */
import { modelE81 } from "../../scripts/fixture-e81";
import { buatLaporan } from "../../src/core/report";
import * as F from "../../src/functions/functions";

const err = (x: unknown) => {
  if (!(x instanceof CustomFunctions.Error)) throw new Error(`expected an error value, got ${JSON.stringify(x)}`);
  return x as unknown as { code: string; message?: string };
};

test("DEVIASI: points of the year's target; Indonesian text read; blank realisasi is #N/A, target 0 #DIV/0!", () => {
  expect(F.deviasi_rencana([[45]], [[50]], [[100]])[0][0]).toBeCloseTo(-0.05, 12);
  expect(
    F.deviasi_rencana(
      [["Rp 15.000.000"], ["30.000.000"]],
      [["20.000.000"], ["40.000.000"]],
      [["40.000.000"], ["100.000.000"]],
    ).map((r) => r[0]),
  ).toEqual([-0.125, -0.1]);
  expect(F.deviasi_rencana([["45%"]], [["50%"]])[0][0]).toBeCloseTo(-0.05, 12);
  expect(err(F.deviasi_rencana([[null]], [[50]], [[100]])[0][0]).code).toBe("#N/A");
  expect(err(F.deviasi_rencana([[45]], [[50]], [[0]])[0][0]).code).toBe("#DIV/0!");
});

test("CAPAIAN_E81 and PREDIKAT_E81 give the E.81 sheet's (15) and predikat for every row", () => {
  const s = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2 }).sheets.find((x) => x.id === "e81")!;
  const rows = s.rows.filter((r) => typeof r[23]?.hasil === "number");
  expect(rows.length).toBe(8); // every program, kegiatan and sub kegiatan with a Renstra target K (the two ATK/gaji rows have none)
  for (const r of rows) {
    const real = r[21]!.hasil;
    const target = r[5]!.hasil ?? r[5]!.v;
    expect(F.capaian_e81([[real]], [[target]])[0][0]).toBeCloseTo(r[23]!.hasil as number, 9);
    expect(F.predikat_e81([[r[23]!.hasil]])[0][0]).toBe(r[27]!.hasil);
  }
  expect(F.predikat_e81([[91], [90.99], [50.99]]).map((x) => x[0])).toEqual([
    "Sangat Tinggi",
    "Tinggi",
    "Sangat Rendah",
  ]);
  expect(err(F.capaian_e81([[3]], [[0]])[0][0]).code).toBe("#DIV/0!");
  expect(err(F.predikat_e81([[null]])[0][0]).code).toBe("#N/A");
});

test("PROYEKSI: a flow grows to × 4 ÷ quarter; a stock stays; the quarter is required and named", () => {
  expect(F.proyeksi_tahun([[15]], [["II"]])[0][0]).toBe(30);
  expect(F.proyeksi_tahun([[45]], [["TW II"]], [["nilai akhir"]])[0][0]).toBe(45);
  expect(F.proyeksi_tahun([[3]], [[3]])[0][0]).toBe(4);
  expect(err(F.proyeksi_tahun([[3]], [[null]])[0][0]).message).toMatch(/Triwulan kosong/);
  expect(err(F.proyeksi_tahun([[3]], [["V"]])[0][0]).message).toMatch(/Triwulan "V" tidak dikenal/);
});

test("--rumus sakip writes SAKIP.PREDIKAT_E81 in the E.81", () => {
  const s = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2, rumus: "sakip" }).sheets.find((x) => x.id === "e81")!;
  expect(s.rows.some((r) => r[27]?.f?.includes("SAKIP.PREDIKAT_E81("))).toBe(true);
});
