/**
 * Evaluation forms laid out as other kabupaten keep them, none of them ours: the E.79 wording with the kode split
 * over four columns under one merged "Kode" and rupiah in thousands; an E.81 whose block labels are not merged over
 * their K | Satuan | Rp columns. Each read to the rupiah (hand-summed below), and the audit's proof of a parent
 * that links one child of two.
 */
import { CellInput, SheetInput, workbookBuffer } from "../../scripts/workbook-builder";
import { periksaLaporan } from "../../src/core/audit";
import { jumlahAnggaran, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { readGrids } from "../../src/xlsx/read";

const kosong = (n: number): null[] => new Array<null>(n).fill(null);

/** E.79 wording, Kode over C:F, Rp in thousands: one program, two kegiatan (TW Rp 120+150+160+180,5 and …). */
function e79(parentRp: CellInput): SheetInput {
  const keg = (r: number, kode: string[], nama: string, t: number, rp: number, tw: [number, number][]) => {
    const kk = tw.reduce((s, x) => s + x[0], 0);
    const rk = tw.reduce((s, x) => s + x[1], 0);
    return [
      `${r - 10}`,
      null,
      ...kode,
      nama,
      "Jumlah rambu",
      t * 5,
      rp * 5,
      t * 3,
      rp * 3,
      t,
      rp,
      ...tw.flat(),
      { f: `O${r}+Q${r}+S${r}+U${r}`, v: kk },
      { f: `P${r}+R${r}+T${r}+V${r}`, v: rk },
    ] as CellInput[];
  };
  return {
    name: "TW IV",
    rows: [
      ["EVALUASI TERHADAP HASIL RKPD KABUPATEN SUKAMAJU"],
      ["DINAS PERHUBUNGAN"],
      ["TAHUN 2021"],
      ["(Anggaran dalam ribuan rupiah)"],
      [],
      [
        "No",
        "Sasaran",
        "Kode",
        ...kosong(3),
        "Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan",
        "Indikator Kinerja Program (outcome)/Kegiatan (output)",
        "Target RPJMD Kabupaten pada Tahun 2021 (Akhir Periode RPJMD)",
        null,
        "Realisasi Capaian Kinerja RPJMD Kabupaten sampai dengan RKPD Kabupaten Tahun Lalu (2020)",
        null,
        "Target Kinerja dan Anggaran RKPD Kabupaten Tahun Berjalan (2021) yang Dievaluasi",
        null,
        "Realisasi Kinerja Pada Triwulan",
        ...kosong(7),
        "Realisasi Capaian Kinerja dan Anggaran RKPD Kabupaten yang Dievaluasi",
      ],
      [...kosong(14), "I", null, "II", null, "III", null, "IV"],
      [...kosong(8), ...Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? "K" : "Rp"))],
      [],
      [
        null,
        "Meningkatnya layanan perhubungan",
        "2",
        "15",
        "02",
        null,
        "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
        "Persentase kinerja layanan LLAJ (%)",
        ...kosong(5),
        parentRp,
      ],
      keg(11, ["2", "15", "02", "2.01"], "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 120, 1_850_000, [
        [0, 0],
        [30, 420_500],
        [40, 610_250],
        [50, 700_125],
      ]),
      keg(12, ["2", "15", "02", "2.02"], "Pengendalian dan Pengawasan Ketersediaan Angkutan Umum", 24, 640_000, [
        [6, 120_000],
        [6, 150_000],
        [6, 160_000],
        [6, 180_500],
      ]),
    ],
    merges: ["C6:F8", "I6:J7", "K6:L7", "M6:N7", "O6:V6", "O7:P7", "Q7:R7", "S7:T7", "U7:V7", "W6:X7"],
  };
}

/** An E.81 whose block labels stand over the first of their columns only, a units row K | Satuan | Rp below. */
const tanpaGabung: SheetInput = {
  name: "Evaluasi Renja",
  rows: [
    ["FORMULIR EVALUASI HASIL RENJA PERANGKAT DAERAH"],
    ["Nama Perangkat Daerah : Dinas Pertanian dan Pangan"],
    ["Tahun : 2018"],
    [],
    [
      "No",
      "Urusan/Bidang Urusan/Program/Kegiatan",
      "Indikator Kinerja Program (outcome)/Kegiatan (output)",
      "Target Kinerja Capaian Program RPJMD (Tahun 2021)",
      null,
      null,
      "Realisasi Target Kinerja RPJMD s/d Renja tahun lalu (2017)",
      null,
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (2018)",
      null,
      null,
      "Realisasi Kinerja Triwulan I",
      null,
      "Realisasi Kinerja Triwulan II",
      null,
      "Realisasi Kinerja Triwulan III",
      null,
      "Realisasi Kinerja Triwulan IV",
      null,
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2018",
    ],
    [
      null,
      null,
      null,
      "K",
      "Satuan",
      "Rp",
      "K",
      "Rp",
      "K",
      "Satuan",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
      "K",
      "Rp",
    ],
    [
      "1",
      "Program Peningkatan Produksi Pertanian",
      "Persentase peningkatan produksi padi",
      10,
      "%",
      9e9,
      6,
      5e9,
      2,
      "%",
      1_550_000_000,
    ],
    [
      "1.1",
      "Kegiatan Penyuluhan Pertanian",
      "Jumlah petani yang disuluh",
      1600,
      "orang",
      1.4e9,
      800,
      7e8,
      400,
      "orang",
      350_000_000,
      80,
      50_000_000,
      120,
      90_000_000,
      100,
      85_000_000,
      90,
      100_000_000,
      390,
      325_000_000,
    ],
    [
      "1.2",
      "Kegiatan Pengadaan Benih Padi",
      "Luas tanam benih unggul",
      1000,
      "ha",
      4.8e9,
      500,
      2.4e9,
      250,
      "ha",
      1_200_000_000,
      0,
      0,
      100,
      600_000_000,
      100,
      400_000_000,
      40,
      150_000_000,
      240,
      1_150_000_000,
    ],
  ],
};

const baca = async (s: SheetInput) => bacaWorkbook(await readGrids(await workbookBuffer([s])));

test("E.79 wording, kode split over four columns under one Kode, Rp in thousands: read to the rupiah", async () => {
  const m = await baca(e79({ f: "N11+N12", v: 2_490_000 }));
  expect(m.tahun).toBe(2021);
  expect(m.anggaran.map((p) => [p.kode, p.uraian])).toEqual([
    ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)"],
  ]);
  expect(semuaNode(m.anggaran).map((n) => [n.level, n.kode])).toEqual([
    ["program", "2.15.02"],
    ["kegiatan", "2.15.02.2.01"],
    ["kegiatan", "2.15.02.2.02"],
  ]);
  // (1.850.000 + 640.000) × 1.000; realisasi (1.730.875 + 610.500) × 1.000.
  expect(jumlahAnggaran(m.anggaran)).toEqual({ pagu: 2_490_000_000, realisasi: 2_341_375_000 });
  expect(m.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
});

test("block labels over their first column only, K | Satuan | Rp below: every quarter's Rp read", async () => {
  const m = await baca(tanpaGabung);
  expect(m.tahun).toBe(2018);
  const [p] = m.anggaran;
  expect(p.children.map((k) => [k.uraian, k.pagu, k.realisasi, k.triwulan?.rp])).toEqual([
    // The level word "Kegiatan" the sheet writes before each name is not part of the name.
    ["Penyuluhan Pertanian", 350_000_000, 325_000_000, [50_000_000, 90_000_000, 85_000_000, 100_000_000]],
    ["Pengadaan Benih Padi", 1_200_000_000, 1_150_000_000, [0, 600_000_000, 400_000_000, 150_000_000]],
  ]);
  expect(p.children.map((k) => k.kinerja?.satuan)).toEqual(["orang", "ha"]);
});

test("the audit proves a parent that links one child of two (=N11) leaves the other out; the SUM is clean", async () => {
  const grids = async (f: CellInput) => readGrids(await workbookBuffer([e79(f)]));
  const salah = periksaLaporan(await grids({ f: "N11", v: 1_850_000 }));
  expect(salah.temuan.map((t) => [t.severity, t.code, t.cell])).toEqual([["error", "RUMUS_RENTANG", "N10"]]);
  expect(salah.temuan[0].message).toContain("SUM(N11:N12)");
  // The cells hold thousands: the message speaks rupiah and says so once.
  expect(salah.temuan[0].message).toContain(
    "Tertulis Rp 1.850.000.000, seharusnya Rp 2.490.000.000 (selisih Rp -640.000.000; sel dalam ribuan).",
  );
  const benar = periksaLaporan(await grids({ f: "SUM(N11:N12)", v: 2_490_000 }));
  expect(benar.temuan).toEqual([]);
});
