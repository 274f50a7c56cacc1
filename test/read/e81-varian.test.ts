/**
 * E.81 forms of other kabupaten (scripts/fixtures-e81-varian.ts): the RKPD wording with rupiah in thousands and
 * summary rows, the RPJMD wording with a satuan column inside the target blocks and four header rows without column
 * numbers, the Renstra wording titled "TA. 2018". All three hold the same figures, known to the rupiah; each must read
 * to them. Plus the form's description (core/formulir/e81.ts) against the wordings it lists, and the title, scale and
 * unit words on their own.
 */
import fc from "fast-check";
import { FIXTURES_E81_VARIAN, sheetsVarian } from "../../scripts/fixtures-e81-varian";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { KOLOM_E81, kolomDari, VarianE81 } from "../../src/core/formulir/e81";
import { Model, NodeAnggaran, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { skalaDari, tahunDariJudul, triwulanDariJudul } from "../../src/core/read/judul";
import { isPercentUnit, isStockUnit } from "../../src/core/read/values";
import { readGrids } from "../../src/xlsx/read";

async function baca(file: string): Promise<Model> {
  const f = FIXTURES_E81_VARIAN.find((x) => x.file === file)!;
  return bacaWorkbook(await readGrids(await workbookBuffer(sheetsVarian(f.opsi))));
}
const node = (m: Model, kode: string): NodeAnggaran => semuaNode(m.anggaran).find((n) => n.kode === kode)!;
const hitung = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level).length;
const kode = (d: { code: string }) => d.code;

describe("the form's description: every wording it lists is taken by its own column", () => {
  const kasus = KOLOM_E81.flatMap((k) =>
    (Object.entries(k.contoh) as [VarianE81, string[]][]).flatMap(([varian, xs]) =>
      xs.map((teks) => [k.nomor, k.kunci, varian, teks, k.posisi] as const),
    ),
  );
  test.each(kasus)("(%s) %s, %s: %s", (_n, kunci, _v, teks, posisi) => {
    const setelahTw = posisi === "setelah_tw";
    expect(kolomDari(teks, setelahTw)?.kunci).toBe(kunci);
  });
  test("7 and 14 share their words: the quarters between them decide", () => {
    const t = "Realisasi Kinerja dan Anggaran RPJMD s/d Tahun 2024";
    expect(kolomDari(t, false)?.kunci).toBe(7);
    expect(kolomDari(t, true)?.kunci).toBe(14);
  });
});

describe("the same figures in three wordings", () => {
  const tahun: Record<string, number> = {
    "e81-rkpd-ribuan.xlsx": 2024,
    "e81-rpjmd-satuan.xlsx": 2021,
    "e81-ta-2018.xlsx": 2018,
  };
  test.each(FIXTURES_E81_VARIAN.map((f) => f.file))(
    "%s: 3 programs, 5 kegiatan, 7 sub kegiatan, to the rupiah",
    async (file) => {
      const m = await baca(file);
      expect(m.pemetaan.lembar.anggaran).toBe("Evaluasi Renja");
      expect(m.anggaran.map((p) => p.kode)).toEqual(["1.01.01", "1.01.02", "1.01.03"]);
      expect([hitung(m, "program"), hitung(m, "kegiatan"), hitung(m, "sub_kegiatan")]).toEqual([3, 5, 7]);
      // Pagu: 150.250.500 + 80.000.000 + 2.400.000.000 + 3.500.000.000 + 1.200.000.000 + 2.750.000.000 + 125.500.000.
      expect(m.anggaran.reduce((s, p) => s + (p.pagu ?? 0), 0)).toBe(10_205_750_500);
      expect(m.anggaran.map((p) => p.pagu)).toEqual([2_630_250_500, 7_450_000_000, 125_500_000]);
      // Realisasi of the five sub kegiatan that report: 95.750.500 + 45.000.000 + 1.795.500.000 + 2.230.000.000 + 450.000.000.
      expect(m.anggaran.reduce((s, p) => s + (p.realisasi ?? 0), 0)).toBe(4_616_250_500);
      const s1 = node(m, "1.01.01.2.01.0001");
      expect([s1.pagu, s1.realisasi, [...s1.triwulan!.rp]]).toEqual([
        150_250_500,
        95_750_500,
        [20_000_000, 35_500_500, 40_250_000, null],
      ]);
      expect(s1.kinerja).toEqual({
        indikator: "Jumlah dokumen perencanaan perangkat daerah",
        satuan: "Dokumen",
        target: 4,
        realisasi: null,
      });
      expect([s1.renstra!.targetRp.nilai, s1.renstra!.realisasiRp.nilai]).toEqual([751_252_500, 450_751_500]);
      expect(m.triwulan).toEqual({ terakhir: 3, gaya: "tambahan" });
      expect(m.tahun).toBe(tahun[file]);
      expect(m.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.code} ${d.sheet}!${d.cell}`)).toEqual(
        [],
      );
    },
  );

  test("RKPD wording in thousands: × 1.000 from the title's cell, links multiply alike, summary rows set aside", async () => {
    const m = await baca("e81-rkpd-ribuan.xlsx");
    const skala = m.diagnostics.filter((d) => d.code === "SKALA_RUPIAH");
    expect(skala.map((d) => `${d.sheet}!${d.cell}`)).toEqual(["Evaluasi Renja!A4"]);
    expect(skala[0].message).toContain("dalam ribuan");
    const s1 = node(m, "1.01.01.2.01.0001");
    // Column L is (8) Rp: K at 10 (0-based), Rp at 11; the sub kegiatan's row is 13 (1-based).
    expect(s1.refPagu).toEqual({ sheet: "Evaluasi Renja", row: 12, col: 11, kali: 1000 });
    expect(s1.triwulan!.refRp?.[1]).toEqual({ sheet: "Evaluasi Renja", row: 12, col: 15, kali: 1000 });
    // "Rata-rata capaian kinerja" and "Predikat kinerja" under each program are not data; the last "Jumlah" is the total.
    const ringkasan = m.diagnostics.find((d) => d.code === "E81_BARIS_RINGKASAN")!;
    expect(ringkasan.message).toContain("baris 17, 18, 25, 26, 30, 31");
    expect(m.totalTertulis).toMatchObject({ pagu: 10_205_750_500, realisasi: 4_616_250_500 });
    expect(m.diagnostics.map(kode)).toContain("E81_VARIAN");
    // The year from the header of (8), K7 ("… RKPD Tahun Berjalan (Tahun 2024) …"); the quarter from the title, A3.
    expect(m.periode).toMatchObject({
      triwulan: 3,
      sumberTahun: { sheet: "Evaluasi Renja", row: 6, col: 10 },
      sumberTriwulan: { sheet: "Evaluasi Renja", row: 2, col: 0 },
    });
  });

  test("RPJMD wording: the satuan inside the target block, four header rows, no column numbers", async () => {
    const m = await baca("e81-rpjmd-satuan.xlsx");
    expect(node(m, "1.01.01.2.01.0006").kinerja?.satuan).toBe("% (persen)");
    expect(node(m, "1.01.02").kinerja).toMatchObject({ satuan: "Persen (%)", target: 98 });
    expect(m.perangkatDaerah).toBe("Dinas Pendidikan Kabupaten Contoh");
    // A "% (persen)" indicator is a stock: its quarters are positions, not additions.
    expect([...node(m, "1.01.01.2.01.0006").triwulan!.k]).toEqual([25, 50, 75, null]);
    expect(m.diagnostics.map(kode)).not.toContain("SKALA_RUPIAH");
  });

  test("parents of sub kegiatan without any realisasi are blank, not the 0 their SUM cached", async () => {
    const m = await baca("e81-rkpd-ribuan.xlsx");
    expect(node(m, "1.01.02.2.02").realisasi).toBeNull();
    expect(node(m, "1.01.03").realisasi).toBeNull();
    expect(node(m, "1.01.03.2.01").realisasi).toBeNull();
    // One kegiatan reports: the program sums it.
    expect(node(m, "1.01.02").realisasi).toBe(2_680_000_000);
  });
});

test.each(FIXTURES_E81_VARIAN.map((f) => f.file))(
  "%s without its merged cells (the Excel host does not load them) reads the same",
  async (file) => {
    const f = FIXTURES_E81_VARIAN.find((x) => x.file === file)!;
    const grids = (await readGrids(await workbookBuffer(sheetsVarian(f.opsi)))).map((g) => ({
      ...g,
      merges: undefined,
    }));
    const m = bacaWorkbook(grids);
    expect(m.anggaran.map((p) => [p.pagu, p.realisasi])).toEqual([
      [2_630_250_500, 1_936_250_500],
      [7_450_000_000, 2_680_000_000],
      [125_500_000, null],
    ]);
    expect(node(m, "1.01.01.2.01.0006").kinerja?.satuan).toBe("% (persen)");
  },
);

test("the user's year beats the title's, and the note says where the title said another", async () => {
  const f = FIXTURES_E81_VARIAN.find((x) => x.file === "e81-ta-2018.xlsx")!;
  const m = bacaWorkbook(await readGrids(await workbookBuffer(sheetsVarian(f.opsi))), { tahun: 2019 });
  expect(m.tahun).toBe(2019);
  expect(
    m.diagnostics.filter((d) => d.code === "TAHUN_BERBEDA_DENGAN_JUDUL").map((d) => `${d.sheet}!${d.cell}`),
  ).toEqual(["Evaluasi Renja!A2"]);
});

describe("title words", () => {
  test.each([
    ["DINAS PENDIDIKAN TAHUN ANGGARAN 2024", 2024],
    ["Tahun : 2021", 2021],
    ["DINAS PENDIDIKAN KABUPATEN CONTOH TA. 2018", 2018],
    ["KONDISI DESEMBER 2023", 2023],
    ["Realisasi s.d. Bulan Juni 2024", 2024],
    ["Tahun Berjalan (Tahun 2025)", 2025],
    ["RPJMD TAHUN 2021-2026", undefined],
    ["Periode 2021 s/d 2026", undefined],
    ["DATA 2019 KOTA 2018", undefined],
    ["LAPORAN TW IV 2023", 2023],
    ["Semester I 2025", 2025],
    ["Keadaan Okt 2022", 2022],
    // A list of years is no year reported; the next title line ("… Tahun 2024") says which.
    ["CAPAIAN KINERJA TAHUN 2022, 2023 DAN 2024", undefined],
    ["Keadaan Desember 2024, 12 Januari 2025", 2024],
  ])("%s → %s", (s, y) => expect(tahunDariJudul(s)).toBe(y));

  test.each([
    ["Triwulan I", { triwulan: 1 }],
    ["LAPORAN TW III TAHUN 2024", { triwulan: 3 }],
    ["Triwulan ke-2", { triwulan: 2 }],
    ["s.d. Bulan Juni 2024", { triwulan: 2, bulan: 6 }],
    ["KONDISI DESEMBER 2023", { triwulan: 4, bulan: 12 }],
    ["TAHUN ANGGARAN 2024", undefined],
    ["S/D TANGGAL 30 SEPTEMBER 2023", { triwulan: 3, bulan: 9 }],
    ["Keadaan Okt 2022", { triwulan: 4, bulan: 10 }],
    ["Semester I 2025", { triwulan: 2, bulan: 6 }],
    ["Semester II", { triwulan: 4, bulan: 12 }],
  ])("%s → %j", (s, tw) => expect(triwulanDariJudul(s)).toEqual(tw));

  test.each([
    ["(dalam ribuan)", 1000],
    ["Rp 000", 1000],
    ["Anggaran (Rp. 000)", 1000],
    ["dalam ribuan rupiah", 1000],
    ["(juta rupiah)", 1_000_000],
    ["Rp", undefined],
    ["Anggaran (Rp)", undefined],
    ["Rp 1.000.000", undefined],
  ])("scale of %s: %s", (s, k) => expect(skalaDari(s)).toBe(k));

  test.each(["%", "% (persen)", "Persen (%)", "(%)", "Prosentase", "persen", "persentase"])(
    "%s is a percentage unit, hence a stock",
    (s) => {
      expect(isPercentUnit(s)).toBe(true);
      expect(isStockUnit(s)).toBe(true);
    },
  );
  test.each(["orang", "dokumen", "% orang miskin", "Rp"])("%s is not a percentage unit", (s) =>
    expect(isPercentUnit(s)).toBe(false),
  );
});

describe("layouts varied one property at a time over the same figures", () => {
  // Wording, scale (none, in the title, in the units row), summary rows, satuan inside the blocks, a row of column
  // numbers, 2 or 3 header rows above the units, quarters named I–IV or 1–4: every layout reads to the same truth.
  test("every generated layout reads right, with no warning", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          varian: fc.constantFrom("rkpd" as const, "rpjmd" as const, "renstra" as const),
          skala: fc.constantFrom("", "judul", "satuan"),
          ringkasan: fc.boolean(),
          satuanDiBlok: fc.boolean(),
          nomor: fc.boolean(),
          kepala: fc.constantFrom(2 as const, 3 as const),
          twAngka: fc.boolean(),
        }),
        async ({ skala, ...o }) => {
          const m = bacaWorkbook(
            await readGrids(
              await workbookBuffer(
                sheetsVarian({
                  ...o,
                  ...(skala ? { skala: 1000 } : {}),
                  ...(skala === "satuan" ? { skalaDiSatuan: true } : {}),
                  judul: [
                    "EVALUASI RENCANA KERJA",
                    "DINAS PENDIDIKAN TAHUN ANGGARAN 2024",
                    ...(skala === "judul" ? ["(dalam ribuan rupiah)"] : []),
                  ],
                }),
              ),
            ),
          );
          expect([hitung(m, "program"), hitung(m, "kegiatan"), hitung(m, "sub_kegiatan")]).toEqual([3, 5, 7]);
          expect(m.anggaran.map((p) => [p.pagu, p.realisasi])).toEqual([
            [2_630_250_500, 1_936_250_500],
            [7_450_000_000, 2_680_000_000],
            [125_500_000, null],
          ]);
          expect(m.tahun).toBe(2024);
          expect(m.diagnostics.filter((d) => d.severity !== "info").map(kode)).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  }, 60_000);
});
