/**
 * An indicator whose own name says "(semakin kecil semakin baik)" is negative even without a Polaritas column: in
 * the rules, the reader (capaian 2 − r/t) and the audit (a capaian typed as r/t is wrong). A name that only sounds
 * negative says nothing.
 */
import { polaritasDariNama } from "../../src/core/rules/capaian";
import { bacaWorkbook } from "../../src/core/read";
import { capaianIndikator } from "../../src/core/evaluasi";
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, Grid } from "../../src/core/grid";

const lembar = (capaianTunggakan: number): Grid => ({
  name: "Pengukuran",
  values: [
    ["PENGUKURAN KINERJA TAHUN 2024"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Meningkatnya pelayanan pajak", "Indeks kepuasan wajib pajak", "nilai", 82, 84.6, (84.6 / 82) * 100],
    [
      null,
      null,
      "Jumlah tunggakan pajak daerah (semakin kecil semakin baik)",
      "miliar rupiah",
      12,
      9.5,
      capaianTunggakan,
    ],
  ] as CellValue[][],
});

test("only words that say it: semakin/makin kecil|rendah|sedikit … baik, lower is better", () => {
  expect(
    [
      "Jumlah tunggakan pajak (semakin kecil semakin baik)",
      "Angka kematian ibu, makin rendah makin baik",
      "Waktu layanan (lower is better)",
      "Indeks kepuasan (semakin tinggi semakin baik)",
      "Angka kemiskinan",
      "Persentase penurunan stunting",
    ].map(polaritasDariNama),
  ).toEqual(["negatif", "negatif", "negatif", "positif", undefined, undefined]);
});

test("the reader computes the capaian of such an indicator as 2 − r/t", () => {
  const m = bacaWorkbook([lembar((9.5 / 12) * 100)]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => i.polaritas)).toEqual(["positif", "negatif"]);
  expect(capaianIndikator(ind[1], ind[1].realisasi!.nilai, ind[1].target, "selisih")).toBeCloseTo(2 - 9.5 / 12, 12); // 120,83%
});

test("the audit calls r/t typed for it a galat, and accepts 2 − r/t or t/r", () => {
  const salah = periksaLaporan([lembar((9.5 / 12) * 100)]);
  expect(salah.temuan.map((t) => `${t.severity} ${t.code} ${t.cell}`)).toEqual(["error CAPAIAN_HITUNG G5"]);
  expect(salah.temuan[0].message).toContain("120,8333333%");
  expect(periksaLaporan([lembar((2 - 9.5 / 12) * 100)]).temuan).toEqual([]);
  expect(periksaLaporan([lembar((12 / 9.5) * 100)]).temuan).toEqual([]);
});
