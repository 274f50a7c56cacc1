/**
 * The layouts of real agency workbooks (scripts/fixtures-nyata.ts): what each reads to, pinned, and recomputed from
 * the figures the fixture was built from.
 */
import path from "node:path";
import { BIDANG, FIXTURES_NYATA } from "../../scripts/fixtures-nyata";
import { bacaWorkbook } from "../../src/core/read";
import { Model, NodeAnggaran, semuaNode } from "../../src/core/model";
import { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";

const DIR = path.join(__dirname, "../../samples/fixtures/nyata");
const grids = (file: string) => readGrids(path.join(DIR, file));
const baca = async (file: string): Promise<Model> => bacaWorkbook(await grids(file));
const of = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level);
const codes = (m: Model) => m.diagnostics.map((d) => `${d.severity} ${d.code} ${d.cell ?? ""}`.trim());
const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

test("every real layout has a fixture, each with its difficulty stated", () => {
  expect(FIXTURES_NYATA.map((f) => f.file)).toEqual([
    "e81-evaluasi-renja.xlsx",
    "e81-periksa.xlsx",
    "e81-berkode.xlsx",
    "sipd-belanja-datar.xlsx",
    "rkpd-kode-terpisah.xlsx",
    "anggaran-kas-bulanan.xlsx",
    "lkip-label-bernomor.xlsx",
  ]);
  for (const f of FIXTURES_NYATA) expect(f.kesulitan.length).toBeGreaterThan(40);
});

describe("E.81 as hand-kept copies have it", () => {
  let m: Model;
  beforeAll(async () => {
    m = await baca("e81-evaluasi-renja.xlsx");
  });
  const subs = BIDANG.flatMap((b) => b.prog.flatMap((p) => p.keg.flatMap((k) => k.subs)));

  test("the levels above program, programs, kegiatan and sub kegiatan, by name and in order", () => {
    expect(m.induk!.map((u) => [u.level, u.uraian])).toEqual([["urusan", "UNSUR PENUNJANG URUSAN PEMERINTAHAN"]]);
    expect(m.induk![0].children.map((b) => [b.level, b.uraian, b.program.map((p) => p.uraian)])).toEqual(
      BIDANG.map((b) => ["bidang_urusan", b.nama, b.prog.map((p) => p.nama)]),
    );
    expect(m.anggaran.map((p) => p.uraian)).toEqual(BIDANG.flatMap((b) => b.prog.map((p) => p.nama)));
    expect(of(m, "kegiatan").map((k) => k.uraian)).toEqual(
      BIDANG.flatMap((b) => b.prog.flatMap((p) => p.keg.map((k) => k.nama))),
    );
    expect(of(m, "sub_kegiatan").map((s) => s.uraian)).toEqual(subs.map((s) => s.nama));
    expect(m.perangkatDaerah).toBe("Badan Perencanaan Pembangunan Daerah Kabupaten Sukamaju");
  });

  test("each row says what decided its level: labels for programs, the sheet's SUM for kegiatan", () => {
    expect(new Set(m.anggaran.map((p) => p.dasarLevel))).toEqual(new Set(["label"]));
    expect(new Set(of(m, "kegiatan").map((k) => k.dasarLevel))).toEqual(new Set(["rumus"]));
    // Names the nomenclature knows, or the position under a kegiatan.
    expect(of(m, "sub_kegiatan").map((s) => s.dasarLevel)).toEqual(
      subs.map((s) =>
        [
          "Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis",
          "Pelaksanaan Musrenbang Kabupaten/Kota",
          "Koordinasi Penyusunan dan Penetapan Dokumen RKPD",
          "Monitoring dan Evaluasi Pelaksanaan Rencana Pembangunan",
          "Penyusunan Laporan Kinerja Pembangunan Daerah",
          "Koordinasi dan Penyusunan KUA dan PPAS",
          "Koordinasi dan Penyusunan Perubahan KUA dan Perubahan PPAS",
        ].includes(s.nama)
          ? "posisi"
          : "nomenklatur",
      ),
    );
  });

  test("every sub kegiatan: pagu, TW I–IV Rp, the year's realisasi, target K, realisasi K and the Renstra figures", () => {
    const read = of(m, "sub_kegiatan");
    subs.forEach((s, i) => {
      const n = read[i];
      expect(n.pagu).toBe(s.pagu);
      expect(n.triwulan!.rp).toEqual(s.rp);
      expect(n.realisasi).toBe(sum(s.rp));
      expect(n.kinerja!.target).toBe(s.targetK);
      expect(n.kinerja!.realisasi).toBeCloseTo(s.progres[3] * s.targetK, 9);
      expect(n.triwulan!.progres).toEqual(s.progres);
      // K per quarter as the increments the form's "progress × target − earlier quarters" gives.
      s.progres.forEach((p, q) =>
        expect(n.triwulan!.k[q]).toBeCloseTo((p - (q > 0 ? s.progres[q - 1] : 0)) * s.targetK, 9),
      );
      expect([
        n.renstra!.targetK.nilai,
        n.renstra!.targetRp.nilai,
        n.renstra!.realisasiK.nilai,
        n.renstra!.realisasiRp.nilai,
      ]).toEqual(s.renstra);
      expect(n.refPagu).toEqual({ sheet: "Realisasi TW IV", row: n.sumber.row, col: 14 });
    });
  });

  test("totals from the sub kegiatan, whatever the parents' formulas say; the quarters and their style", () => {
    expect(sum(of(m, "sub_kegiatan").map((s) => s.pagu))).toBe(sum(subs.map((s) => s.pagu)));
    expect(sum(m.anggaran.map((p) => p.pagu))).toBe(8_870_000_000);
    expect(sum(m.anggaran.map((p) => p.realisasi))).toBe(sum(subs.map((s) => sum(s.rp))));
    for (const q of [0, 1, 2, 3])
      expect(sum(of(m, "sub_kegiatan").map((s) => s.triwulan!.rp[q]))).toBe(sum(subs.map((s) => s.rp[q])));
    expect(m.triwulan).toEqual({ terakhir: 4, gaya: "kumulatif_dikurangi" });
  });

  test("diagnostics: the short SUM and what it carries up, the unnumbered block; none on the header rows", () => {
    expect(codes(m)).toEqual([
      "info TABEL_TAK_DITEMUKAN",
      "info TABEL_TAK_DITEMUKAN",
      "warning BARIS_DI_LUAR_TABEL G35",
      "warning RENTANG_RUMUS_INDUK O27",
      "error JUMLAH_INDUK_BERBEDA O27",
      "error JUMLAH_INDUK_BERBEDA AC27",
      // What the short SUM carries up: the parents are the sum of their parts as written, so info naming row 27.
      "info JUMLAH_INDUK_BERBEDA O22",
      "info JUMLAH_INDUK_BERBEDA AC22",
      "info TOTAL_BERBEDA O37",
      "info TOTAL_BERBEDA O37",
    ]);
    expect(m.diagnostics.find((d) => d.code === "RENTANG_RUMUS_INDUK")!.message).toContain(
      "tidak menjumlahkan baris 29",
    );
  });

  test("a sheet holding the form twice (before and after perubahan) reads the last and says so", async () => {
    const [g] = await grids("e81-evaluasi-renja.xlsx");
    const twice: Grid = {
      ...g,
      values: [...g.values, [], [], [], ...g.values],
      merges: [
        ...(g.merges ?? []),
        ...(g.merges ?? []).map((a) => ({
          ...a,
          top: a.top + g.values.length + 3,
          bottom: a.bottom + g.values.length + 3,
        })),
      ],
      formulas: undefined,
    };
    const m2 = bacaWorkbook([twice]);
    expect(codes(m2)).toContain("info E81_LEBIH_DARI_SATU A" + (g.values.length + 3 + 6));
    expect(of(m2, "sub_kegiatan").length).toBe(13);
    expect(of(m2, "sub_kegiatan")[0].sumber.row).toBeGreaterThan(g.values.length);
  });
});

test("E.81 with a Kode column, no numbering row, K typed as increments, evaluated at TW III", async () => {
  const m = await baca("e81-berkode.xlsx");
  expect(m.anggaran.map((p) => [p.kode, p.dasarLevel])).toEqual([["2.17.03", "kode"]]);
  const [s1, s2] = of(m, "sub_kegiatan");
  expect(s1.triwulan!.k).toEqual([20, 40, 25, null]);
  expect(s1.triwulan!.rp).toEqual([25_000_000, 50_000_000, 60_000_000, null]);
  expect(s1.kinerja).toEqual({ indikator: "Jumlah koperasi yang diawasi", satuan: "Unit", target: 100, realisasi: 85 });
  expect([s1.unit, s2.keterangan]).toEqual(["Bidang Pengawasan", "TW IV belum dilaporkan"]);
  expect(m.triwulan).toEqual({ terakhir: 3, gaya: "tambahan" });
  // TW IV empty is the state of a TW III evaluation, not an error.
  expect(m.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
});

test("SIPD belanja export: kode glued to names, sub kegiatan pagu = its belanja rows (JUMLAH PERUBAHAN), None and float noise", async () => {
  const m = await baca("sipd-belanja-datar.xlsx");
  expect(m.anggaran.map((p) => p.kode)).toEqual(["1.01.01", "1.01.02"]);
  expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.uraian, s.pagu])).toEqual([
    ["1.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 12_800_000],
    ["1.01.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", null],
    ["1.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 59_911_114.13],
    ["1.01.02.2.01.0001", "Pembangunan Unit Sekolah Baru (USB)", 1_650_000_000],
  ]);
  expect(codes(m)).toEqual([
    "info TABEL_TAK_DITEMUKAN",
    "info TABEL_TAK_DITEMUKAN",
    "info RUPIAH_SEBAGAI_TEKS G4",
    "info RUPIAH_PECAHAN G5",
    "warning JUMLAH_INDUK_TAK_LENGKAP G2",
  ]);
});

test("RKPD export: kode in its own columns, names from the nomenclature where it has them", async () => {
  const m = await baca("rkpd-kode-terpisah.xlsx");
  expect(m.anggaran.map((p) => [p.kode, p.uraian])).toEqual([
    ["5.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"],
    ["5.01.02", "5.01.02"],
  ]);
  expect(of(m, "sub_kegiatan").map((s) => [s.kode, s.uraian, s.pagu])).toEqual([
    ["5.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 35_000_000],
    ["5.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 2_900_000_000.13],
    ["5.01.02.2.01.0001", "5.01.02.2.01.0001", 310_000_000],
  ]);
});

test("anggaran kas: pagu = the twelve months, the plan per quarter; the repeated rincian is not summed", async () => {
  const m = await baca("anggaran-kas-bulanan.xlsx");
  const subs = of(m, "sub_kegiatan");
  expect(subs.map((s) => [s.uraian, s.pagu, s.rencana?.rp])).toEqual([
    ["Penyusunan Dokumen Perencanaan Perangkat Daerah", 30_000_000, [13_000_000, 8_000_000, 5_000_000, 4_000_000]],
    ["Pelaksanaan Musrenbang Kabupaten/Kota", 8_000_000, [0, 0, 0, 8_000_000]],
  ]);
});

test("LKIP table: 'Kegiatan …' then numbered '1. Sub Kegiatan …', pagu typed as Rupiah text", async () => {
  const m = await baca("lkip-label-bernomor.xlsx");
  const tree = (n: NodeAnggaran): unknown => [n.uraian.slice(0, 30), n.pagu, n.realisasi, n.children.map(tree)];
  expect(m.anggaran.map(tree)).toEqual([
    [
      "Program Pemberdayaan Usaha Men",
      600_000_000,
      540_000_000,
      [
        [
          "Kegiatan Pemberdayaan Usaha Mi",
          250_000_000,
          230_000_000,
          [
            ["1. Sub Kegiatan Fasilitasi Usa", 150_000_000, 140_000_000, []],
            ["2. Sub Kegiatan Pendataan Pote", 100_000_000, 90_000_000, []],
          ],
        ],
        [
          "Kegiatan Pengembangan Usaha Mi",
          350_000_000,
          310_000_000,
          [["1. Sub Kegiatan Fasilitasi Pen", 350_000_000, 310_000_000, []]],
        ],
      ],
    ],
  ]);
  expect(m.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});
