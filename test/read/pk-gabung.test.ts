/**
 * Joining PK indicators to realisasi rows beyond the exact name (parentheticals, acronyms, position + satuan +
 * target) and choosing the agency's own PK in a cascade workbook (scripts/fixtures-pk-gabung.ts).
 */
import { workbookBuffer, SheetInput } from "../../scripts/workbook-builder";
import {
  kasDuaKelompok,
  lkipDuaTabel,
  pkBerjenjang,
  pkDanRealisasiIku,
  renaksiTriwulan,
} from "../../scripts/fixtures-pk-gabung";
import { bacaWorkbook } from "../../src/core/read";
import { kunciNama, setaraNama } from "../../src/core/read/join";
import { readGrids } from "../../src/xlsx/read";
import { susunLaporan } from "../../src/core/report/susun";
import { instansiDariJudul } from "../../src/core/report/instansi";

const baca = async (sheets: SheetInput[]) => bacaWorkbook(await readGrids(await workbookBuffer(sheets)));
const realisasi = (m: ReturnType<typeof bacaWorkbook>) =>
  m.sasaran.flatMap((s) => s.indikator.map((i) => [i.nama, i.realisasi?.nilai ?? null]));
const kode = (m: ReturnType<typeof bacaWorkbook>, c: string) =>
  m.diagnostics.filter((d) => d.code === c).map((d) => `${d.sheet}!${d.cell}`);

test("name keys: an acronym in parentheses equals its expansion; a qualifier joins only the bare name", () => {
  expect([...kunciNama("Skor Pola Pangan Harapan (PPH)").setara]).toEqual([
    "skor pola pangan harapan pph",
    "skor pola pangan harapan",
    "skor pph",
  ]);
  expect(setaraNama("Nilai Tukar Petani (NTP)", "NTP (Nilai Tukar Petani)")).toBe(true);
  expect(setaraNama("Skor Pola Pangan Harapan (PPH)", "Skor PPH")).toBe(true);
  expect(setaraNama("Produksi padi", "Produksi Padi (GKG)")).toBe(true);
  expect(setaraNama("Angka Kematian Ibu (AKI)", "AKI")).toBe(true);
  // Different qualifiers, a one-word remainder, or only generic words in common: not the same.
  expect(setaraNama("Jumlah kasus (baru)", "Jumlah kasus (lama)")).toBe(false);
  expect(setaraNama("Indeks (IKM)", "Indeks (IPM)")).toBe(false);
  expect(setaraNama("Indeks (2023)", "Indeks")).toBe(false);
  expect(setaraNama("Persentase penduduk miskin", "Persentase penduduk rawan pangan")).toBe(false);
});

test("PK and Realisasi IKU whose names differ by parentheticals: all joined, each said; different qualifiers are not", async () => {
  const m = await baca(pkDanRealisasiIku());
  expect(realisasi(m)).toEqual([
    ["Produksi jagung", 40100],
    ["Luas tanam kedelai", 610],
    ["Persentase lahan puso (semakin kecil semakin baik)", 5.1],
    ["Skor Keamanan Pangan Segar (KPS)", 80.5],
    ["Indeks Ketahanan Pangan (IKP)", 69.4],
    ["Jumlah kunjungan penyuluh", 1315],
    ["Jumlah kasus (baru)", null],
  ]);
  expect(kode(m, "NAMA_SETARA")).toEqual([
    "Realisasi IKU!B4",
    "Realisasi IKU!B6",
    "Realisasi IKU!B7",
    "Realisasi IKU!B8",
  ]);
  // Position 6, satuan "kali", target 1.200 on both sides and on no other row: joined, with an info.
  expect(kode(m, "NAMA_BERBEDA_DIPASANGKAN")).toEqual(["Realisasi IKU!B9"]);
  expect(m.diagnostics.find((d) => d.code === "NAMA_BERBEDA_DIPASANGKAN")?.message).toContain(
    "indikator ke-6 dengan satuan kali dan target 1.200",
  );
  // "Jumlah kasus (baru)" vs "(lama)": same place, satuan and target, but the names say they differ.
  expect(kode(m, "PK_TANPA_REALISASI")).toEqual(["PK 2022!C11"]);
  expect(kode(m, "REALISASI_TANPA_PK")).toEqual(["Realisasi IKU!B10"]);
});

test("cascade: the Kepala Dinas's PK is read, never the lowest; the others named; sasaran headings are not indicators", async () => {
  const m = await baca(pkBerjenjang());
  expect(m.pemetaan.lembar?.pk).toBe("PK Kadis");
  expect(m.sasaran.map((s) => [s.nama, s.indikator.length])).toEqual([
    ["Meningkatnya kualitas lingkungan hidup", 2],
    ["Meningkatnya kinerja pelayanan", 1],
  ]);
  expect(realisasi(m)).toEqual([
    ["Indeks Kualitas Lingkungan Hidup", 69.2],
    ["Persentase sampah yang tertangani", 81.7],
    ["Nilai SAKIP perangkat daerah", 71.4],
  ]);
  // Only the head's program table: 4.200.000.000 + 5.300.000.000.
  expect(m.programPk.map((p) => p.anggaran)).toEqual([4200000000, 5300000000]);
  const pesan = (c: string) => m.diagnostics.filter((d) => d.code === c).map((d) => d.message);
  expect(pesan("PK_BERJENJANG")[0]).toContain('"PK Eselon IV" (eselon IV');
  expect(pesan("PK_BERJENJANG")[0]).toContain('"PK Eselon III" (eselon III');
  // Rows 5, 8, 11, 15 hold a sasaran alone: headings, said once; no "Realisasi kosong".
  expect(kode(m, "BARIS_JUDUL_SASARAN")).toEqual(["Capaian 2021!B5"]);
  expect(pesan("BARIS_JUDUL_SASARAN")[0]).toMatch(/^4 baris .*\(5, 8, 11, 15,/);
  expect(kode(m, "REALISASI_KOSONG")).toEqual([]);
  // The lower levels' rows are theirs, said as info, not "matches no PK indicator".
  expect(kode(m, "REALISASI_TANPA_PK")).toEqual([]);
  expect(kode(m, "REALISASI_JENJANG_LAIN")).toHaveLength(4);
  expect(m.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(["TABEL_TAK_DITEMUKAN"]);
});

test("a PK program table whose Keterangan names no sasaran: Efisiensi is skipped saying so, not 'table not found'", async () => {
  const grids = await readGrids(await workbookBuffer(pkDanRealisasiIku()));
  const m = bacaWorkbook(grids);
  expect(m.programPk.map((p) => [p.nama, p.anggaran, p.sasaranNo])).toEqual([
    ["Program Peningkatan Produksi Pangan", 3500000000, null],
    ["Program Penyuluhan Pertanian", 1250000000, null],
  ]);
  const alasan = (bahasa: "id" | "en") =>
    susunLaporan(grids, [], { bahasa }).laporan.dilewati.find((d) => d.id === "efisiensi")?.alasan;
  expect(alasan("id")).toMatch(
    /tabel program Perjanjian Kinerja ada, tetapi kolom Keterangannya tidak menyebut sasaran/,
  );
  expect(alasan("id")).not.toMatch(/tidak ditemukan/);
  expect(alasan("en")).toMatch(/program table is there, but its Keterangan column names no goal/);
});

test("rencana kas and realisasi with the same Triwulan sub-headers: realisasi = the Realisasi group's quarters summed", async () => {
  const m = await baca(kasDuaKelompok());
  // Hand sums to TW III: 950 + 990 + 1.010 = 2.950 juta; 0 + 180 + 236,5 = 416,5 juta; 3.366.500.000 in all.
  expect(m.anggaran.map((p) => [p.uraian, p.pagu, p.realisasi])).toEqual([
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 4000000000, 2950000000],
    ["PROGRAM KEPEGAWAIAN DAERAH", 600000000, 416500000],
  ]);
  expect(m.totalTertulis?.realisasi).toBe(3366500000);
  const info = m.diagnostics.find((d) => d.code === "REALISASI_ANGGARAN_DARI_TW");
  expect(info?.message).toMatch(/s\.d\. triwulan III dijumlahkan .*\(H, I, J\)/);
  expect(m.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(
    expect.not.arrayContaining(["TOTAL_BERBEDA", "JUMLAH_INDUK_BERBEDA"]),
  );
});

test("LKIP Tabel 3.1 and 3.2 on one sheet: 3.1 is the measurement, 3.2's years the comparison, the year from the title", async () => {
  const m = await baca(lkipDuaTabel());
  expect(m.tahun).toBe(2022);
  // The "Rata-rata capaian sasaran" rows are summaries, not indicators (no "Target kosong").
  expect(m.sasaran.flatMap((s) => s.indikator.map((i) => [i.nama, i.target, i.realisasi?.nilai]))).toEqual([
    ["Produksi perikanan budidaya (ton)", 5400, 5130],
    ["Nilai Tukar Pembudidaya Ikan (NTPi)", 104, 103.2],
    ["Angka Konsumsi Ikan (AKI)", 38, 36.1],
  ]);
  expect(kode(m, "TARGET_KOSONG")).toEqual([]);
  // Tabel 3.2's header has the years as numbers under "Realisasi": 2020 and 2021 are earlier years, 2022 this one.
  const lalu = m.sasaran.flatMap((s) =>
    s.indikator.map((i) => [i.tahunLalu?.map((y) => [y.tahun, y.realisasi.nilai]), i.targetRenstra?.nilai]),
  );
  expect(lalu).toEqual([
    [
      [
        [2020, 4700],
        [2021, 4950],
      ],
      6000,
    ],
    [
      [
        [2020, 101.5],
        [2021, 102.4],
      ],
      106,
    ],
    [
      [
        [2020, 33.4],
        [2021, 34.8],
      ],
      40,
    ],
  ]);
  expect(m.diagnostics.find((d) => d.code === "PEMBANDING_LEMBAR_LAIN")?.message).toMatch(
    /^Realisasi 2020, 2021 dan target akhir Renstra untuk 3 indikator/,
  );
  expect(m.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code)).toEqual(["TABEL_TAK_DITEMUKAN"]);
});

test("the agency from a title that ends in its year: the year is not kept, so the heading does not say it twice", async () => {
  const [g] = await readGrids(await workbookBuffer(lkipDuaTabel()));
  expect(instansiDariJudul(g, 4)).toBe("Dinas Perikanan Kabupaten Contoh");
  const l = susunLaporan([g], [], {}).laporan;
  expect(l.sheets.find((s) => s.id === "pengukuran")?.rows[1]?.[0]?.v).toBe(
    "DINAS PERIKANAN KABUPATEN CONTOH — TAHUN 2022",
  );
});

test("quarters to an annual actual: by a Keterangan that says so, an average by its name, else by the unit", async () => {
  const m = await baca(renaksiTriwulan());
  // 2,9 = TW III (an average is a stock); 210 + 260 + 240 = 710; 4.630 = TW III ("nilai terakhir", though "unit").
  expect(realisasi(m)).toEqual([
    ["Rata-rata lama waktu pelayanan perizinan", 2.9],
    ["Jumlah izin yang diterbitkan", 710],
    ["Jumlah pelaku usaha terdaftar", 4630],
  ]);
  const pesan = m.diagnostics.filter((d) => d.code === "REALISASI_DARI_TW").map((d) => d.message);
  expect(pesan[0]).toContain("nilai triwulan terakhir, menurut satuan dan namanya");
  expect(pesan[2]).toContain("menurut kolom keterangannya");
});

test("two PKs of the same level (last year's and this year's): not a cascade, their rows are not another level's", async () => {
  const [kadis] = pkBerjenjang().filter((s) => s.name === "PK Kadis");
  // Last year's PK had a fourth indicator; the realisasi sheet still lists it.
  const lalu = {
    ...kadis,
    name: "PK Kadis 2020",
    rows: [...kadis.rows.slice(0, 7), [null, null, "Indeks kebersihan kota", "indeks", 60], ...kadis.rows.slice(7)],
  };
  const capaian = pkBerjenjang().find((s) => s.name === "Capaian 2021")!;
  const rows = [...capaian.rows.slice(0, 9), [4, "Indeks kebersihan kota", "indeks", 60, 58]];
  const m = await baca([{ ...kadis, name: "PK Kadis 2021" }, lalu, { ...capaian, rows, merges: ["A4:F4"] }]);
  expect(m.pemetaan.lembar?.pk).toBe("PK Kadis 2021");
  expect(kode(m, "PK_BERJENJANG")).toEqual([]);
  expect(kode(m, "REALISASI_JENJANG_LAIN")).toEqual([]);
  // Not this year's indicator, nor a lower level's: the usual warning.
  expect(kode(m, "REALISASI_TANPA_PK")).toEqual(["Capaian 2021!B10"]);
});
