/**
 * The Pemeriksaan sheet of the seed report's audit, as plain data: rules in words, each figure in its meaning's
 * format (percent with its sign, rupiah, other values), and a print size of at least 8 pt.
 */
import * as path from "path";
import { periksaLaporan } from "../../src/core/audit";
import { FMT_TEMUAN, lembarPemeriksaan } from "../../src/core/audit/lembar";
import { ISIAN_PERSEN, ISIAN_RUPIAH } from "../../src/core/audit/tabel";
import { HURUF_MIN, ukuranCetak } from "../../src/core/report/lembar";
import { SheetSpec } from "../../src/core/report/spec";
import { readGrids } from "../../src/xlsx/read";

let spec: SheetSpec;
let h: ReturnType<typeof periksaLaporan>;
beforeAll(async () => {
  h = periksaLaporan(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx")));
  spec = lembarPemeriksaan(h, "Pemeriksaan");
});

const kepala = () => spec.barisJudulCetak[0] - 1;
const baris = () => spec.rows.slice(kepala() + 1, kepala() + 1 + h.temuan.length);

test("the rule column says the rule in words, never its code", () => {
  expect(spec.rows[kepala()].map((c) => c?.v)).toEqual([
    "No",
    "Tingkat",
    "Aturan",
    "Sel",
    "Tertulis",
    "Seharusnya",
    "Uraian",
    "Kemungkinan penyebab",
    "Sel lain yang terlibat",
  ]);
  expect(baris().length).toBeGreaterThan(10);
  for (const [i, r] of baris().entries()) {
    expect(r[2]!.v).toBe(h.temuan[i].aturan);
    expect(String(r[2]!.v)).toMatch(/ /);
  }
  expect(spec.rows.flat().filter((c) => typeof c?.v === "string" && /^[A-Z]+(_[A-Z]+)+$/.test(c.v))).toEqual([]);
});

test("Tertulis and Seharusnya in the format of what they are: percent, rupiah, other values", () => {
  const seen = new Set<string>();
  for (const [i, r] of baris().entries()) {
    const t = h.temuan[i];
    for (const c of [r[4], r[5]]) {
      if (typeof c?.v !== "number") continue;
      const want =
        t.isian && ISIAN_PERSEN.has(t.isian)
          ? FMT_TEMUAN.persen
          : t.isian && ISIAN_RUPIAH.has(t.isian)
            ? FMT_TEMUAN.rupiah
            : FMT_TEMUAN.nilai;
      expect([t.code, t.isian, c.fmt]).toEqual([t.code, t.isian, want]);
      seen.add(c.fmt!);
    }
  }
  // The seed report's findings include all three kinds.
  expect([...seen].sort()).toEqual([FMT_TEMUAN.rupiah, FMT_TEMUAN.nilai, FMT_TEMUAN.persen].sort());
  const capaian = h.temuan.findIndex((t) => t.code === "CAPAIAN_HITUNG");
  expect(baris()[capaian][4]!.fmt).toBe('#,##0.00##"%"');
  const induk = h.temuan.findIndex((t) => t.code === "JUMLAH_INDUK" || t.code === "SISA_HITUNG");
  expect(baris()[induk][4]!.fmt).toBe('"Rp "#,##0');
  // None leaves a separator with nothing after it in Excel: at least two decimals are always shown.
  expect(Object.values(FMT_TEMUAN).filter((f) => /\.#/.test(f) && !/\.0/.test(f))).toEqual([]);
});

test("it prints one A4 landscape page wide at 8 pt or more, headers repeated", () => {
  expect(ukuranCetak(spec.lebar)).toBeGreaterThanOrEqual(HURUF_MIN);
  expect(spec.muatLebar).toBe(true);
  expect(spec.barisJudulCetak[0]).toBe(kepala() + 1);
  // The rule that decides: the old widths (248 characters) would have printed at about 6.6 pt, so they would not be
  // fitted to width but printed at full size over more pages.
  expect(ukuranCetak([5, 11, 24, 26, 16, 16, 70, 40, 40])).toBeLessThan(7);
});

test("cells that could not be read are counted in the summary and listed once per range", () => {
  const values = [
    ["Uraian", "Pagu", "Realisasi", "Serapan"],
    ...Array.from({ length: 30 }, (_, i) => [`Sub ${i + 1}`, 100, 50, { error: "#REF!" }]),
  ];
  const hr = periksaLaporan([{ name: "Cetak", values }]);
  const s = lembarPemeriksaan(hr, "Pemeriksaan");
  const ringkas = s.rows.find((r) => typeof r[1]?.v === "string" && String(r[1].v).startsWith("Sel yang tidak dapat"))!;
  expect([ringkas[1]!.v, ringkas[6]!.v]).toEqual([
    "Sel yang tidak dapat dibaca (galat sel, teks bukan angka), dalam 1 kelompok",
    30,
  ]);
  const daftar = s.rows.filter((r) => r[2]?.v === "Sel yang tidak dapat dibaca");
  expect(daftar.map((r) => [r[3]!.v ?? (r[3] as { hasil?: string }).hasil, r[6]!.v])).toEqual([
    ["Cetak!D2:D31", "30 sel berisi #REF! (D2:D31); nilainya tidak dipakai."],
  ]);
});
