/**
 * The Bab III narrative draft. Regenerated from the model, each figure the text states is checked against the
 * model's numbers recomputed here by plain arithmetic, every number in the text is one of those figures, and every
 * verdict agrees with its capaian. The audit's prose check reads the Narasi sheet and finds no contradiction; a
 * property test does the same over random indicators.
 */
import fc from "fast-check";
import * as path from "path";
import { periksaLaporan } from "../../src/core/audit";
import { Indikator, Model } from "../../src/core/model";
import { formatAngka } from "../../src/core/numbers";
import { susunNarasi, vonis } from "../../src/core/report/narasi";
import { buatLaporan } from "../../src/core/report";
import { evaluasi } from "../../src/core/evaluasi";
import { hitung } from "../../src/core/report/hasil";
import { susunLaporan } from "../../src/core/report/susun";
import { SKALA } from "../../src/core/rules/predikat";
import { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
const OPSI = { tahun: 2023, skala: SKALA.tiga, metodeNegatif: "selisih" as const, metodeEfisiensi: "sisa" as const };
const narasiDari = (m: Model, o: typeof OPSI) => susunNarasi(m, evaluasi(m, o), o);
const indikatorSemua = (m: Model) => m.sasaran.flatMap((s) => s.indikator);
/** Numbers as the text writes them (id-ID): "32.300.612.788", "173,16", "2". */
const ANGKA = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

let model: Model;
let narasi: ReturnType<typeof susunNarasi>;
beforeAll(async () => {
  const s = susunLaporan(await readGrids(SAMPLE), []);
  model = s.model;
  narasi = s.laporan.narasi;
});

test("one opening per sasaran, one paragraph per indicator, one budget paragraph per sasaran with programs", () => {
  expect(narasi.map((p) => p.indikator ?? p.sasaran.slice(0, 9))).toEqual([
    "Sasaran 1",
    "Nilai evaluasi AKIP",
    "Sasaran 1",
    "Sasaran 2",
    "Koperasi Berkualitas",
    "Persentase Wirasaha",
    "Sasaran 2",
  ]);
});

test("every number in the text is a recorded figure, written as recorded (besides the year and sasaran numbers)", () => {
  for (const p of narasi) {
    for (const a of p.angka) expect(p.teks).toContain(a.tampil);
    const dicatat = new Set(p.angka.flatMap((a) => a.tampil.match(ANGKA) ?? []));
    const lain = (p.teks.match(ANGKA) ?? []).filter(
      (n) => !dicatat.has(n) && !/^20\d\d$/.test(n) && n !== "2" + "" && !p.sasaran.includes(n),
    );
    // "2 × target" in the negative-polarity sentence is the only other number allowed.
    expect(lain.filter((n) => !(n === "2" && p.teks.includes("2 × target")))).toEqual([]);
  }
});

test("each figure equals the model's number, recomputed by plain arithmetic", () => {
  const ind = indikatorSemua(model);
  const persen = (x: number) => `${formatAngka(x * 100, 2, 2)}%`;
  for (const p of narasi.filter((x) => x.indikator)) {
    const i = ind.find((x) => x.nama === p.indikator)!;
    const fig = Object.fromEntries(p.angka.map((a) => [a.apa, a]));
    expect(fig.target.nilai).toBe(i.target);
    expect(fig.realisasi.nilai).toBe(i.realisasi!.nilai);
    expect(fig.capaian.nilai).toBeCloseTo(i.realisasi!.nilai! / i.target!, 12);
    expect(fig.capaian.tampil).toBe(persen(i.realisasi!.nilai! / i.target!));
    const lalu = (i.tahunLalu ?? i.realisasi?.tahunLalu)!.find((y) => y.tahun === 2022)!;
    expect(fig["realisasi tahun lalu"].nilai).toBe(lalu.realisasi.nilai);
    const beda = i.realisasi!.nilai! - lalu.realisasi.nilai!;
    if (beda === 0) expect(p.teks).toContain("sama dengan tahun lalu");
    else expect(fig["selisih tahun lalu"].nilai).toBeCloseTo(Math.abs(beda), 9);
    expect(fig["capaian Renstra"].nilai).toBeCloseTo(
      i.realisasi!.nilai! / (i.targetRenstra ?? i.realisasi?.targetRenstra)!.nilai!,
      12,
    );
  }
  const kop = narasi.find((p) => p.indikator === "Koperasi Berkualitas")!;
  expect(kop.teks).toContain('capaian kinerjanya 173,16% dengan predikat "Melebihi Target"');
  expect(kop.teks).toContain("turun 20 poin persen (memburuk)");
  expect(kop.teks).toContain("lebih baik dari standar nasional sebesar 8,5%");
  const wir = narasi.find((p) => p.indikator === "Persentase Wirasaha")!;
  expect(wir.teks).toContain('37,00% dengan predikat "Tidak Tercapai", artinya belum mencapai target');
  expect(wir.teks).toContain("di bawah standar nasional sebesar 1,34%");
  // Item 6: the budget of sasaran 2 is its six programs' (the D table's 2.986.837.750 + 19.929.517.500).
  const b2 = narasi[6];
  const pagu = 2_986_837_750 + 19_929_517_500;
  const real = 2_768_411_860 + 18_625_046_552;
  const fig = Object.fromEntries(b2.angka.map((a) => [a.apa, a.nilai]));
  expect([fig.pagu, fig["realisasi anggaran"], fig.sisa]).toEqual([pagu, real, pagu - real]);
  expect(fig.serapan).toBeCloseTo(real / pagu, 12);
  expect(fig.efisiensi).toBeCloseTo((pagu - real) / pagu, 12);
  expect(b2.teks).toContain("Rp 22.916.355.250");
});

test("a verdict only where its number supports it", () => {
  for (const p of narasi) {
    const c = p.angka.find((a) => a.apa === "capaian" || a.apa === "capaian sasaran");
    if (!c) continue;
    if (/melebihi target/i.test(p.teks)) expect(c.nilai).toBeGreaterThan(1);
    if (/belum mencapai target|tidak tercapai/i.test(p.teks.split(".")[0] + p.teks.split(".")[1]))
      expect(
        p.angka.some(
          (a) =>
            (a.apa === "capaian" || a.apa === "capaian sasaran" || a.apa === "indikator belum tercapai") &&
            (a.apa === "indikator belum tercapai" || a.nilai < 1),
        ),
      ).toBe(true);
  }
  expect(vonis(1.0000000001)).toBe("sesuai target");
  expect(vonis(1.01)).toBe("melebihi target");
  expect(vonis(0.99)).toBe("belum mencapai target");
});

test("the audit's prose check reads the generated Narasi sheet and finds nothing to contradict", async () => {
  const s = susunLaporan(await readGrids(SAMPLE), []);
  const spec = s.laporan.sheets.find((x) => x.id === "narasi")!;
  const grid: Grid = {
    name: spec.nama,
    values: spec.rows.map((r) => r.map((c) => (c?.v ?? null) as string | number | null)),
  };
  const h = periksaLaporan([grid]);
  expect(h.temuan).toEqual([]);
});

describe("property: for any indicator, the sentence's verdict follows its capaian", () => {
  const indikator = (nama: string, target: number, realisasi: number, polaritas: "positif" | "negatif"): Indikator => ({
    nama,
    satuan: "%",
    target,
    polaritas,
    sumber: { sheet: "PK", row: 1 },
    realisasi: { nilai: realisasi, sumber: { sheet: "R", row: 1 } },
  });
  const angka = fc.double({ min: 0.01, max: 500, noNaN: true }).map((x) => Math.round(x * 100) / 100);

  test("verdict words and the audit agree with the number", () => {
    fc.assert(
      fc.property(
        angka,
        angka,
        fc.constantFrom<"positif" | "negatif">("positif", "negatif"),
        fc.constantFrom("tiga", "lima", "permendagri86"),
        (t, r, pol, skala) => {
          const m: Model = {
            sasaran: [
              {
                no: "1",
                nama: "Sasaran uji",
                indikator: [indikator("Cakupan layanan dasar", t, r, pol)],
                sumber: { sheet: "PK", row: 1 },
              },
            ],
            programPk: [],
            anggaran: [],
            pemetaan: { versi: 1, lembar: {} },
            diagnostics: [],
          };
          const ps = narasiDari(m, { ...OPSI, skala: SKALA[skala] });
          const p = ps.find((x) => x.indikator)!;
          const c = p.angka.find((a) => a.apa === "capaian")!.nilai;
          const expected = pol === "positif" ? r / t : (2 * t - r) / t;
          expect(c).toBeCloseTo(expected, 9);
          if (p.teks.includes("melebihi target") || p.teks.includes("Melebihi Target")) expect(c).toBeGreaterThan(1);
          if (p.teks.includes("belum mencapai target")) expect(c).toBeLessThan(1);
          const grid: Grid = { name: "Narasi", values: ps.map((x) => [x.teks]) };
          expect(periksaLaporan([grid]).temuan.filter((x) => x.code === "KATA_BERTENTANGAN")).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

test("in English: the same paragraphs and figures, written en-US, with no Indonesian word of its own", async () => {
  const s = susunLaporan(await readGrids(SAMPLE), [], { bahasa: "en" });
  const en = s.laporan.narasi;
  expect(en.map((p) => [p.indikator, p.angka.map((a) => [a.apa, a.nilai])])).toEqual(
    narasi.map((p) => [p.indikator, p.angka.map((a) => [a.apa, a.nilai])]),
  );
  for (const p of en) for (const a of p.angka) expect(p.teks).toContain(a.tampil);
  const kop = en.find((p) => p.indikator === "Koperasi Berkualitas")!;
  expect(kop.teks).toContain(
    'The indicator Koperasi Berkualitas in 2023 had a target of 21% and an actual of 36.36%, an achievement of 173.16%, rated "Above Target".',
  );
  expect(kop.teks).toContain("fell by 20 percentage points (worse)");
  expect(kop.teks).toContain("better than the national standard of 8.5%");
  expect(en[6].teks).toContain("Rp 22,916,355,250");
  expect(en[0].sasaran).toBe("Goal 1: Meningkatnya Kualitas Manajemen Pemerintahan yang Akutabel");
  // The user's own names (sasaran, indicators, units) aside, not one Indonesian word.
  const nama = [...model.sasaran.flatMap((x) => [x.nama, ...x.indikator.map((i) => i.nama)])].sort(
    (a, b) => b.length - a.length,
  );
  const INDONESIA =
    /\b(sasaran|indikator|capaian|realisasi|target akhir|ditargetkan|terealisasi|sehingga|predikat|tahun|dengan|dan|yang|dari|sebesar|anggaran|serapan|sisa|efisiensi|belum|tercapai|melebihi|sesuai|poin|persen|didukung|program dengan)\b/i;
  for (const p of en) {
    const tanpaNama = nama.reduce((t, n) => t.split(n).join(""), p.teks);
    expect({ p: p.indikator ?? p.sasaran, kata: INDONESIA.exec(tanpaNama)?.[0] }).toEqual({
      p: p.indikator ?? p.sasaran,
      kata: undefined,
    });
  }
});

test("a sasaran with one of three indicators unreported: the sheet, the Narasi and --json all say its capaian cannot be computed yet", () => {
  const ind = (nama: string, target: number, nilai: number | null): Indikator => ({
    nama,
    satuan: "%",
    target,
    polaritas: "positif",
    sumber: { sheet: "PK", row: 1 },
    realisasi: { nilai, sumber: { sheet: "Realisasi", row: 1 } },
  });
  const m: Model = {
    sasaran: [
      {
        no: "1",
        nama: "Meningkatnya pelayanan",
        indikator: [ind("A", 80, 84), ind("B", 50, 55), ind("C", 70, null)],
        sumber: { sheet: "PK", row: 1 },
      },
    ],
    programPk: [],
    anggaran: [],
    pemetaan: { versi: 1, lembar: {} },
    diagnostics: [],
  };
  const pembuka = narasiDari(m, OPSI)[0].teks;
  expect(pembuka).toContain("Capaian sasaran belum dapat dihitung");
  expect(pembuka).not.toMatch(/Rata-rata capaian|102,50/);
  const l = buatLaporan(m, { tahun: 2023 });
  const pengukuran = l.sheets.find((x) => x.id === "pengukuran")!;
  const baris = pengukuran.rows.find((r) => r.some((c) => c?.v === "Capaian sasaran"))!;
  expect(baris.find((c) => c?.f)?.hasil).toBe("–");
  expect(hitung(m, SKALA.tiga).sasaran[0].capaian).toMatch(/^#N\/A/);
});
