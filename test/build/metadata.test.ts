/**
 * The built function metadata (npm test builds first): dist/functions.json is generated from the JSDoc of
 * src/functions/functions.ts and dist/functions.en-US.json from one translation table. Every function and
 * parameter must have a name and a description in both languages, and ids never drift between them.
 */
import * as fs from "fs";
import * as path from "path";
import * as F from "../../src/functions/functions";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS webpack plugin without types
const { localize, terimaGalat } = require("../../scripts/localized-functions-plugin") as {
  localize: (m: unknown, t: unknown, l: string) => { json: string; errors: string[] };
  terimaGalat: (m: unknown) => Record<string, unknown>;
};

interface Param {
  name: string;
  type?: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { dimensionality?: string };
}
const DIST = path.resolve(__dirname, "../../dist");
const load = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as { functions: Fn[]; allowErrorForDataTypeAny?: boolean };
const id = load("functions.json");
const en = load("functions.en-US.json");

const STABLE_IDS = [
  "CAPAIAN",
  "PREDIKAT",
  "CAPAIAN_SASARAN",
  "SERAPAN",
  "SISA",
  "EFISIENSI",
  "PERSENTASE",
  "AKUMULASI",
  "ANGKA",
  "DEVIASI",
  "CAPAIAN_E81",
  "PREDIKAT_E81",
  "PROYEKSI",
];

test("the released function ids are all present, in both languages, in the same order", () => {
  expect(id.functions.map((f) => f.id)).toEqual(STABLE_IDS);
  expect(en.functions.map((f) => f.id)).toEqual(STABLE_IDS);
});

test.each(["functions.json", "functions.en-US.json"])(
  "%s: every function and parameter has a name and a description",
  (file) => {
    for (const fn of load(file).functions) {
      expect(fn.name).toMatch(/^[\p{L}][\p{L}0-9_.]{2,}$/u);
      expect(fn.description?.length ?? 0).toBeGreaterThan(20);
      for (const p of fn.parameters) {
        expect({ fn: fn.id, p: p.name, ok: /^[a-z][a-z_]*$/.test(p.name) && (p.description?.length ?? 0) > 5 }).toEqual(
          { fn: fn.id, p: p.name, ok: true },
        );
      }
    }
  },
);

test("English is a translation, not a copy: names and descriptions differ where the words differ", () => {
  const differing = en.functions.filter((f, i) => f.description !== id.functions[i].description);
  expect(differing).toHaveLength(STABLE_IDS.length);
  expect(en.functions.find((f) => f.id === "CAPAIAN")!.name).toBe("ACHIEVEMENT");
  expect(id.functions.find((f) => f.id === "CAPAIAN")!.name).toBe("CAPAIAN");
});

test("parameters match between languages in count, optionality and shape; every argument and result is a matrix", () => {
  for (const [i, fn] of id.functions.entries()) {
    const other = en.functions[i];
    expect(other.parameters.map((p) => [p.optional ?? false, p.dimensionality])).toEqual(
      fn.parameters.map((p) => [p.optional ?? false, p.dimensionality]),
    );
    for (const p of fn.parameters) expect(p.dimensionality).toBe("matrix");
    expect(fn.result?.dimensionality).toBe("matrix");
  }
});

test("the metadata's arity matches the implementations", () => {
  const impl: Record<string, (...a: never[]) => unknown> = {
    CAPAIAN: F.capaian,
    PREDIKAT: F.predikat,
    CAPAIAN_SASARAN: F.capaian_sasaran,
    SERAPAN: F.serapan_anggaran,
    SISA: F.sisa_anggaran,
    EFISIENSI: F.efisiensi_anggaran,
    PERSENTASE: F.persentase_rasio,
    AKUMULASI: F.akumulasi_tw,
    ANGKA: F.angka_teks,
    DEVIASI: F.deviasi_rencana,
    CAPAIAN_E81: F.capaian_e81,
    PREDIKAT_E81: F.predikat_e81,
    PROYEKSI: F.proyeksi_tahun,
  };
  for (const fn of id.functions) expect([fn.id, impl[fn.id].length]).toEqual([fn.id, fn.parameters.length]);
});

test("the build step that writes the English file fails on a missing or stale key", () => {
  const metadata = {
    functions: [
      { id: "CAPAIAN", name: "CAPAIAN", description: "x", parameters: [{ name: "realisasi", description: "y" }] },
    ],
  };
  expect(localize(metadata, {}, "en-US").errors).toEqual(["en-US: fungsi CAPAIAN belum diterjemahkan"]);
  expect(localize(metadata, { CAPAIAN: { name: "A", description: "B", parameters: {} } }, "en-US").errors).toEqual([
    "en-US: parameter CAPAIAN(realisasi) belum diterjemahkan",
  ]);
  const stale = {
    CAPAIAN: { name: "A", description: "B", parameters: { realisasi: { name: "a", description: "b" } } },
    OLD: { name: "O", description: "O" },
  };
  expect(localize(metadata, stale, "en-US").errors).toEqual(["en-US: fungsi OLD tidak ada lagi"]);
});

test("error cells reach the functions: allowErrorForDataTypeAny in both metadata files, every argument of type any", () => {
  expect(terimaGalat({ functions: [] })).toEqual({ allowErrorForDataTypeAny: true, functions: [] });
  for (const m of [id, en]) {
    expect(m.allowErrorForDataTypeAny).toBe(true);
    // Excel passes an error only to an argument of type any (spill.ts turns it into that cell's error).
    for (const fn of m.functions)
      for (const p of fn.parameters) expect([fn.id, p.name, p.type]).toEqual([fn.id, p.name, "any"]);
  }
});
