/**
 * Lower-is-better indicators beyond the name suffix: a Keterangan/Polaritas/Sifat cell that states it ("indikator
 * negatif", "semakin kecil semakin baik", "minimize"), and a short list of names that are negative in practice. The
 * audit calls a capaian wrong only when the polarity is stated or the figure fits neither formula; a guess from the
 * name is used by the reader and said as a warning. Layouts of the blind test's W3, W4 and W6 (uji2).
 */
import { polaritasDariKeterangan, polaritasDariNamaSaja, polaritasTebakan } from "../../src/core/rules/capaian";
import { SKALA } from "../../src/core/rules/predikat";
import { capaianE81 } from "../../src/core/rules/triwulan";
import { capaianE81Rumus } from "../../src/core/report/e81";
import { Model, NodeAnggaran } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { capaianIndikator, evaluasi } from "../../src/core/evaluasi";
import { periksaLaporan } from "../../src/core/audit";
import { CellValue, Grid } from "../../src/core/grid";

test("the name list: negative in practice, and the names that only sound so", () => {
  expect(
    [
      "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
      "Prevalensi balita stunting",
      "Tingkat Pengangguran Terbuka",
      "Persentase penduduk miskin",
      "Persentase penduduk rawan pangan",
      "Angka putus sekolah SD",
      "Jumlah kasus pencemaran lingkungan yang terjadi",
      "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      "Rata-rata waktu penyelesaian layanan kepegawaian",
      "Jumlah temuan BPK",
      "Luas kawasan kumuh",
      "Luas genangan",
      "Indeks Gini",
    ].map(polaritasTebakan),
  ).toEqual(Array(13).fill("negatif"));
  expect(
    [
      "Persentase penurunan angka kematian ibu",
      "Persentase kasus pencemaran yang ditangani",
      "Persentase pengaduan kasus pencemaran yang diselesaikan",
      "Cakupan penanganan gizi buruk",
      "Indeks Kualitas Air",
      "Angka harapan hidup",
      "Jumlah dokumen yang disusun",
    ].map(polaritasTebakan),
  ).toEqual(Array(7).fill(undefined));
});

test("a note states a polarity; trend words do not", () => {
  expect(
    [
      "indikator negatif",
      "semakin kecil semakin baik; membaik",
      "Polaritas: negatif",
      "minimize",
      "(-)",
      "indikator positif",
      "meningkat",
      "menurun",
      "membaik",
      "",
      null,
    ].map(polaritasDariKeterangan),
  ).toEqual([
    "negatif",
    "negatif",
    "negatif",
    "negatif",
    "negatif",
    "positif",
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

// W4's Tabel 3.1: Target, Realisasi, Capaian (%), no polarity column.
const tabel31 = (nama: string, t: number, r: number, c: number, ket?: string): Grid => ({
  name: "Tabel 3.1",
  values: [
    ["Pengukuran Kinerja Dinas Lingkungan Hidup Tahun 2023"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
    [1, "Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Air (IKA)", "indeks", 52, 50.4, (50.4 / 52) * 100],
    [null, null, nama, "kasus", t, r, c, ket ?? null],
  ] as CellValue[][],
});
const temuan = (g: Grid) => periksaLaporan([g]).temuan.map((x) => `${x.severity} ${x.code} ${x.cell}`);

test("W4 G13: 'Jumlah kasus pencemaran' written 2 − r/t = 125% is no galat (a name that is negative in practice)", () => {
  expect(temuan(tabel31("Jumlah kasus pencemaran lingkungan yang terjadi", 12, 9, 125))).toEqual([]);
});

test("guessed from the name, written r/t: info naming the formula the sheet used, not galat", () => {
  const a = periksaLaporan([tabel31("Jumlah kasus pencemaran lingkungan yang terjadi", 12, 9, 75)]).temuan;
  expect(a.map((x) => `${x.severity} ${x.code} ${x.cell}`)).toEqual(["info CAPAIAN_HITUNG G5"]);
  expect(a[0].message).toContain("9 ÷ 12 × 100 (rumus indikator positif)");
  expect(a[0].message).toContain("(2 − 9 ÷ 12) × 100 = 125,00%");
});

test("guessed from the name, a figure that fits neither formula is still a galat", () => {
  // 9/12 = 75%, 2 − 9/12 = 125%, 12/9 = 133,33%: 80% is none of them.
  expect(temuan(tabel31("Jumlah kasus pencemaran lingkungan yang terjadi", 12, 9, 80))).toEqual([
    "error CAPAIAN_HITUNG G5",
  ]);
});

test("W6 F7: 'indikator negatif' in Keterangan is a stated polarity: 2 − r/t accepted, r/t a galat", () => {
  // A name not in the list, so only the Keterangan says it.
  const nama = "Jumlah pelanggaran lalu lintas per 10.000 kendaraan";
  expect(temuan(tabel31(nama, 2.5, 2.1, (2 - 2.1 / 2.5) * 100, "indikator negatif"))).toEqual([]);
  expect(temuan(tabel31(nama, 2.5, 2.1, (2.1 / 2.5) * 100, "indikator negatif"))).toEqual(["error CAPAIAN_HITUNG G5"]);
  expect(
    temuan(tabel31("Angka kecelakaan lalu lintas per 10.000 kendaraan", 2.5, 2.1, 116, "indikator negatif")),
  ).toEqual([]);
});

test("no polarity stated nor guessed, written 2 − r/t: info, not galat", () => {
  const a = periksaLaporan([tabel31("Jumlah pelanggaran lalu lintas", 2.5, 2.1, 116)]).temuan;
  expect(a.map((x) => `${x.severity} ${x.code} ${x.cell}`)).toEqual(["info CAPAIAN_HITUNG G5"]);
  expect(a[0].message).toContain("(2 − 2,1 ÷ 2,5) × 100 (rumus indikator negatif)");
});

test("W4p G12: r/t planted on a stated lower-is-better name is still a galat", () => {
  expect(
    temuan(tabel31("Persentase timbulan sampah yang tidak terkelola (semakin kecil semakin baik)", 20, 23.5, 117.5)),
  ).toEqual(["error CAPAIAN_HITUNG G5"]);
});

// W3's PK with realisasi in one table: "Persentase penduduk rawan pangan", target 7, realisasi 6,1.
const pk = (polaritas?: string): Grid => ({
  name: "PK 2023",
  values: [
    ["PERJANJIAN KINERJA TAHUN 2023"],
    [],
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      ...(polaritas ? ["Polaritas"] : []),
      "Target",
      "Realisasi",
    ],
    [
      1,
      "Meningkatnya ketersediaan pangan",
      "Skor Pola Pangan Harapan (PPH)",
      "skor",
      ...(polaritas ? ["positif"] : []),
      86,
      84.2,
    ],
    [null, null, "Persentase penduduk rawan pangan", "%", ...(polaritas ? [polaritas] : []), 7, 6.1],
  ] as CellValue[][],
});

test("W3: the reader takes 'Persentase penduduk rawan pangan' as negative: 112,86%, and warns it guessed", () => {
  const m = bacaWorkbook([pk()]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => i.polaritas)).toEqual(["positif", "negatif"]);
  expect(capaianIndikator(ind[1], ind[1].realisasi!.nilai, ind[1].target, "selisih")).toBeCloseTo(2 - 6.1 / 7, 12); // 112,857%
  const w = m.diagnostics.filter((d) => d.code === "POLARITAS_DITEBAK");
  expect(w.map((d) => `${d.severity} ${d.cell}`)).toEqual(["warning C5"]);
  expect(w[0].message).toContain("Polaritas");
});

test("a Polaritas column overrides the guess, without a warning", () => {
  const m = bacaWorkbook([pk("positif")]);
  const ind = m.sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => i.polaritas)).toEqual(["positif", "positif"]);
  expect(capaianIndikator(ind[1], ind[1].realisasi!.nilai, ind[1].target, "selisih")).toBeCloseTo(6.1 / 7, 12); // 87,14%
  expect(m.diagnostics.filter((d) => d.code === "POLARITAS_DITEBAK")).toEqual([]);
});

test("a 'Sifat' column is a polarity column", () => {
  const g = pk("negatif");
  const values = g.values.map((r) => [...r]);
  values[2][4] = "Sifat";
  values[4][2] = "Jumlah pelanggaran tata niaga pangan"; // not in the name list
  const ind = bacaWorkbook([{ ...g, values }]).sasaran.flatMap((s) => s.indikator);
  expect(ind.map((i) => i.polaritas)).toEqual(["positif", "negatif"]);
});

test("a program's indicator (no polarity column) by its name: W1 'Angka Kematian Ibu' T 180, R 165 → 108,33% in Program Pendukung", () => {
  const node = (indikator: string) =>
    ({
      level: "program",
      kode: "1.02.02",
      uraian: "Program Pemenuhan Upaya Kesehatan Perorangan",
      pagu: 4_651_500_000,
      realisasi: 4_424_600_000,
      kinerja: { indikator, satuan: "per 100.000 KH", target: 180, realisasi: 165 },
      children: [],
      sumber: { sheet: "E.81", row: 17, col: 4 },
    }) as unknown as NodeAnggaran;
  const model = (n: NodeAnggaran) =>
    ({ sasaran: [], programPk: [], anggaran: [n], diagnostics: [] }) as unknown as Model;
  const c = (n: NodeAnggaran) =>
    evaluasi(model(n), { skala: SKALA.tiga, metodeNegatif: "selisih" }).anggaran(n).capaian as number;
  const aki = node("Angka Kematian Ibu (per 100.000 kelahiran hidup)");
  expect(c(aki)).toBeCloseTo(2 - 165 / 180, 12); // 108,33%
  expect(c(node("Persentase penurunan angka kematian ibu"))).toBeCloseTo(165 / 180, 12); // 91,67%
  expect(polaritasDariNamaSaja("Cakupan persalinan oleh tenaga kesehatan")).toBe("positif");
});

test("E.81 (15) of a lower-is-better indicator: W1 'Angka Kematian Ibu' Renstra target 150, realisasi s.d. kini 165 → 90%", () => {
  expect(capaianE81(165, 150, polaritasDariNamaSaja("Angka Kematian Ibu (per 100.000 kelahiran hidup)"))).toBeCloseTo(
    90,
    10,
  );
  expect(capaianE81(165, 150)).toBeCloseTo(110, 10);
  expect(capaianE81Rumus("V14", "F14", "negatif")).toBe(
    '=IF(OR(NOT(ISNUMBER(V14)),NOT(ISNUMBER(F14))),"–",IF(F14=0,"–",(2*F14-V14)/F14*100))',
  );
});
