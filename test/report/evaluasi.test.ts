/**
 * One evaluation, stated alike everywhere: the Pengukuran Kinerja sheet (its cached values, and its formulas as
 * LibreOffice recalculates them), the Narasi and --json (`hitung`) give each indicator's and each sasaran's capaian
 * and predikat, and each sasaran's serapan, as the same figure or the same "not yet". First a hand-checked sasaran
 * with one of three indicators unreported, then random models (blank realisasi, zero targets, negative and range
 * polarity, every scale and method).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { Indikator, Model, NodeAnggaran, Sasaran } from "../../src/core/model";
import { buatLaporan, Laporan } from "../../src/core/report";
import { hitung, HasilPerhitungan } from "../../src/core/report/hasil";
import { SheetSpec, Skalar } from "../../src/core/report/spec";
import { MetodeNegatif, Polaritas } from "../../src/core/rules/capaian";
import { SKALA } from "../../src/core/rules/predikat";
import { Paket } from "../../src/xlsx/paket";
import { tulisLembar } from "../../src/xlsx/write";
import { recalc } from "../support/libreoffice";

const sumber = { sheet: "PK", row: 1 };
const indikator = (
  nama: string,
  target: number | null,
  nilai: number | null,
  polaritas: Polaritas = "positif",
  targetAtas?: number | null,
): Indikator => ({
  nama,
  satuan: "%",
  target,
  ...(targetAtas !== undefined ? { targetAtas } : {}),
  polaritas,
  sumber,
  realisasi: { nilai, sumber: { sheet: "Realisasi", row: 1 } },
});
const program = (kode: string, sasaranNo: string, pagu: number | null, realisasi: number | null): NodeAnggaran => ({
  level: "program",
  kode,
  uraian: `Program ${kode}`,
  pagu,
  realisasi,
  paguTertulis: pagu,
  realisasiTertulis: realisasi,
  children: [],
  sumber,
  sasaranNo,
});
const model = (sasaran: Sasaran[], anggaran: NodeAnggaran[] = []): Model => ({
  sasaran,
  programPk: [],
  anggaran,
  pemetaan: { versi: 1, lembar: {} },
  diagnostics: [],
});

interface Pernyataan {
  /** Per indicator, per sasaran: the figure, or null for "not yet" ("–" in the sheet, an error in --json, no figure in the Narasi). */
  indikator: Record<string, { capaian: number | null; predikat: string | null }>;
  sasaran: Record<string, { capaian: number | null; predikat: string | null; serapan?: number | null }>;
}

const angkaAtau = (x: Skalar | undefined): number | null => (typeof x === "number" ? x : null);
const teksAtau = (x: Skalar | undefined): string | null => (typeof x === "string" && x !== "–" ? x : null);

/** What the Pengukuran Kinerja (and Efisiensi) sheets state, from a value per cell (cached or recalculated). */
function dariLembar(l: Laporan, nilai: (spec: SheetSpec, row: number, col: number) => Skalar | undefined): Pernyataan {
  const out: Pernyataan = { indikator: {}, sasaran: {} };
  const pk = l.sheets.find((s) => s.id === "pengukuran")!;
  let sasaran = "";
  pk.rows.forEach((row, r) => {
    const no = row[0]?.v;
    if (typeof no === "string" && row[1]?.v) sasaran = no;
    const nama = row[2]?.v;
    if (typeof nama !== "string" || !row[7]?.f) return;
    const fig = { capaian: angkaAtau(nilai(pk, r, 7)), predikat: teksAtau(nilai(pk, r, 8)) };
    if (nama === "Capaian sasaran") out.sasaran[sasaran] = fig;
    else out.indikator[nama] = fig;
  });
  const ef = l.sheets.find((s) => s.id === "efisiensi");
  ef?.rows.forEach((row, r) => {
    const no = row[0]?.v;
    if (typeof no === "string" && row[5]?.f && out.sasaran[no]) out.sasaran[no].serapan = angkaAtau(nilai(ef, r, 5));
  });
  return out;
}

function dariJson(h: HasilPerhitungan): Pernyataan {
  const out: Pernyataan = { indikator: {}, sasaran: {} };
  for (const s of h.sasaran) {
    out.sasaran[s.no!] = { capaian: typeof s.capaian === "number" ? s.capaian : null, predikat: null };
    for (const i of s.indikator)
      out.indikator[i.nama] = {
        capaian: typeof i.capaian === "number" ? i.capaian : null,
        predikat: typeof i.predikat === "string" && !i.predikat.startsWith("#") ? i.predikat : null,
      };
    // Every figure --json leaves out is said to be missing, with its reason.
    if (typeof s.capaian === "string")
      expect(s.capaian).toMatch(/^#N\/A Capaian sasaran belum dapat dihitung: indikator ke-\d+: /);
    for (const i of s.indikator)
      if (typeof i.capaian === "string") expect(i.capaian).toMatch(/^#(N\/A|DIV\/0!|VALUE!) \S/);
  }
  return out;
}

/** What the Narasi states: each figure it writes, and "cannot be computed yet" where it writes none. */
function dariNarasi(l: Laporan, m: Model): Pernyataan {
  const out: Pernyataan = { indikator: {}, sasaran: {} };
  m.sasaran.forEach((s) => {
    const ps = l.narasi.filter((p) => p.sasaran.startsWith(`Sasaran ${s.no}:`));
    const buka = ps[0];
    const cs = buka.angka.find((a) => a.apa === "capaian sasaran");
    if (!cs) expect(buka.teks).toContain("Capaian sasaran belum dapat dihitung");
    const pred = /predikat "([^"]+)"/.exec(buka.teks)?.[1] ?? null;
    const anggaran = ps.find((p) => !p.indikator && p.angka.some((a) => a.apa === "pagu"));
    out.sasaran[s.no!] = {
      capaian: cs?.nilai ?? null,
      predikat: pred,
      ...(anggaran ? { serapan: anggaran.angka.find((a) => a.apa === "serapan")?.nilai ?? null } : {}),
    };
    for (const i of s.indikator) {
      const p = ps.find((x) => x.indikator === i.nama)!;
      const c = p.angka.find((a) => a.apa === "capaian");
      if (!c) expect(p.teks).toContain("capaiannya belum dapat dihitung");
      out.indikator[i.nama] = { capaian: c?.nilai ?? null, predikat: /predikat "([^"]+)"/.exec(p.teks)?.[1] ?? null };
    }
  });
  return out;
}

/** The spec's cached value of a cell. */
const tersimpan = (spec: SheetSpec, r: number, c: number) => {
  const cell = spec.rows[r]?.[c];
  return cell?.f ? cell.hasil : cell?.v;
};

async function hitungUlang(l: Laporan): Promise<(spec: SheetSpec, r: number, c: number) => Skalar | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-ev-"));
  const input = await workbookBuffer([{ name: "Data", rows: [["Data"]] }]);
  const file = path.join(dir, "laporan.xlsx");
  fs.writeFileSync(file, tulisLembar(new Paket(input), l.sheets));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalc(file));
  return (spec, r, c) => {
    const cell = wb.getWorksheet(spec.nama)!.getCell(r + 1, c + 1);
    const v = cell.value as { formula?: string } | null;
    const x = v && typeof v === "object" && "formula" in v ? cell.result : v;
    return x === undefined ? "" : (x as Skalar);
  };
}

/** Figures equal to the last few digits (LibreOffice's arithmetic against the core's), and "not yet" alike. */
function samaDengan(a: Pernyataan, b: Pernyataan): void {
  const dekat = (x: number | null | undefined) => (x === null || x === undefined ? x : Number(x.toPrecision(12)));
  const bulat = (p: Pernyataan) => ({
    indikator: Object.fromEntries(
      Object.entries(p.indikator).map(([k, v]) => [k, { ...v, capaian: dekat(v.capaian) }]),
    ),
    sasaran: Object.fromEntries(
      Object.entries(p.sasaran).map(([k, v]) => [k, { ...v, capaian: dekat(v.capaian), serapan: dekat(v.serapan) }]),
    ),
  });
  expect(bulat(a)).toEqual(bulat(b));
}

describe("a sasaran with one of three indicators unreported", () => {
  const m = model(
    [
      {
        no: "1",
        nama: "Meningkatnya pelayanan",
        indikator: [indikator("A", 80, 84), indikator("B", 50, 55), indikator("C", 70, null)],
        sumber,
      },
      {
        no: "2",
        nama: "Menurunnya keluhan",
        indikator: [indikator("D", 100, 90), indikator("E", 10, 8, "negatif")],
        sumber,
      },
    ],
    [program("1.01", "1", 1000, 900), program("1.02", "2", 500, 450), program("1.03", "2", 500, 500)],
  );
  const l = buatLaporan(m, { tahun: 2024 });
  // By hand: A 84/80 = 105%, B 55/50 = 110%, C none; D 90/100 = 90%, E (2×10 − 8)/10 = 120%, sasaran 2 (90 + 120)/2 = 105%.
  // Serapan: sasaran 1 900/1000 = 90%; sasaran 2 (450 + 500)/(500 + 500) = 95%.
  const diharapkan: Pernyataan = {
    indikator: {
      A: { capaian: 1.05, predikat: "Melebihi Target" },
      B: { capaian: 1.1, predikat: "Melebihi Target" },
      C: { capaian: null, predikat: null },
      D: { capaian: 0.9, predikat: "Tidak Tercapai" },
      E: { capaian: 1.2, predikat: "Melebihi Target" },
    },
    sasaran: {
      "1": { capaian: null, predikat: null, serapan: 0.9 },
      "2": { capaian: 1.05, predikat: "Melebihi Target", serapan: 0.95 },
    },
  };

  test("the sheet's cached values, the Narasi and --json state the same figures and the same 'not yet'", () => {
    samaDengan(dariLembar(l, tersimpan), diharapkan);
    samaDengan(dariNarasi(l, m), diharapkan);
    const json = dariJson(hitung(m, SKALA.tiga));
    expect(json.sasaran["1"].capaian).toBeNull();
    expect(json.sasaran["2"].capaian).toBeCloseTo(1.05, 12);
    expect(json.indikator).toEqual(dariLembar(l, tersimpan).indikator);
    expect(hitung(m, SKALA.tiga).sasaran[0].capaian).toBe(
      "#N/A Capaian sasaran belum dapat dihitung: indikator ke-3: Realisasi belum dilaporkan (sel kosong).",
    );
    // The Narasi never states the mean of the reported ones (107,50%).
    expect(l.narasi.map((p) => p.teks).join(" ")).not.toContain("107,5");
  });

  test("LibreOffice, recalculating the sheet's formulas, states them too", async () => {
    samaDengan(dariLembar(l, await hitungUlang(l)), diharapkan);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Random models.

const angka = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 20000 }).map((x) => x / 100) },
);
const indikatorAcak = fc.record({
  target: angka,
  realisasi: angka,
  polaritas: fc.constantFrom<Polaritas>("positif", "positif", "negatif", "rentang"),
  lebar: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
  ),
});
const modelAcak = fc
  .array(
    fc.record({
      indikator: fc.array(indikatorAcak, { minLength: 1, maxLength: 4 }),
      program: fc.array(fc.tuple(angka, angka), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((ss) => {
    let n = 0;
    const sasaran: Sasaran[] = ss.map((s, k) => ({
      no: String(k + 1),
      nama: `Sasaran acak ${k + 1}`,
      indikator: s.indikator.map((i) =>
        indikator(
          `Indikator ${++n}`,
          i.target,
          i.realisasi,
          i.polaritas,
          i.polaritas === "rentang" ? (i.lebar === null || i.target === null ? null : i.target + i.lebar) : undefined,
        ),
      ),
      sumber,
    }));
    const anggaran = ss.flatMap((s, k) =>
      s.program.map(([p, r], j) => program(`${k + 1}.0${j + 1}`, String(k + 1), p, r)),
    );
    return model(sasaran, anggaran);
  });
const opsiAcak = fc.record({
  skala: fc.constantFrom("tiga", "lima", "permendagri86"),
  metodeNegatif: fc.constantFrom<MetodeNegatif>("selisih", "rasio"),
});

describe("random models", () => {
  test("the sheet's cached values, the Narasi and --json agree", () => {
    fc.assert(
      fc.property(modelAcak, opsiAcak, (m, o) => {
        const l = buatLaporan(m, { tahun: 2024, ...o });
        const lembar = dariLembar(l, tersimpan);
        const narasi = dariNarasi(l, m);
        const json = dariJson(hitung(m, SKALA[o.skala], o.metodeNegatif));
        samaDengan(narasi, lembar);
        // --json has no sasaran predikat and no serapan per sasaran; the rest is the sheet's.
        expect(json.indikator).toEqual(lembar.indikator);
        expect(Object.fromEntries(Object.entries(json.sasaran).map(([k, v]) => [k, v.capaian]))).toEqual(
          Object.fromEntries(Object.entries(lembar.sasaran).map(([k, v]) => [k, v.capaian])),
        );
        // The rule: a sasaran has a capaian exactly when every indicator has one.
        for (const s of m.sasaran)
          expect(lembar.sasaran[s.no!].capaian === null).toBe(
            s.indikator.some((i) => lembar.indikator[i.nama].capaian === null),
          );
      }),
      { numRuns: 200 },
    );
  });

  test("LibreOffice recalculates every sheet formula of a random model to the cached value", async () => {
    const [[m, o]] = fc.sample(fc.tuple(modelAcak, opsiAcak), { numRuns: 1, seed: 20261130 });
    const besar = model(
      fc.sample(modelAcak, { numRuns: 8, seed: 7 }).flatMap((x, k) =>
        x.sasaran.map((s) => ({
          ...s,
          no: `${k + 1}.${s.no}`,
          indikator: s.indikator.map((i) => ({ ...i, nama: `${k + 1}.${i.nama}` })),
        })),
      ),
      [],
    );
    for (const [mm, oo] of [
      [m, o],
      [besar, { skala: "lima", metodeNegatif: "rasio" as const }],
    ] as const) {
      const l = buatLaporan(mm, { tahun: 2024, ...oo });
      const ulang = await hitungUlang(l);
      const beda: string[] = [];
      let rumus = 0;
      for (const spec of l.sheets)
        spec.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell?.f) return;
            rumus++;
            const [want, got] = [cell.hasil, ulang(spec, r, c)];
            const ok =
              typeof want === "number"
                ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
                : got === want;
            if (!ok)
              beda.push(
                `${spec.nama}!R${r + 1}C${c + 1}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)} (${cell.f})`,
              );
          }),
        );
      expect(beda).toEqual([]);
      expect(rumus).toBeGreaterThan(10);
      samaDengan(dariLembar(l, ulang), dariLembar(l, tersimpan));
    }
  }, 240_000);
});
