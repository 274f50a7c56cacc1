/**
 * Generation through the .xlsx host is safe with people's workbooks: source sheets unchanged, only our tagged
 * sheets replaced, a user's same-named sheet kept, identical sheets on a second run, nothing written on failure.
 */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES } from "../../scripts/fixtures";
import { SheetInput, writeWorkbook } from "../../scripts/workbook-builder";
import { generate } from "../../src/cli/generate";
import { Grid } from "../../src/core/grid";
import { Paket } from "../../src/xlsx/paket";
import { readGrids } from "../../src/xlsx/read";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "samples/dkum-depok-2023.xlsx");
const tmp = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-")), name);
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Everything the reader can see of a sheet: values, formulas, number formats, merges, hidden rows. */
const snapshot = (g: Grid) => ({
  name: g.name,
  values: g.values,
  formulas: g.formulas,
  formats: g.numberFormats,
  merges: g.merges,
  hidden: g.hiddenRows,
});

async function definedNames(file: string): Promise<{ name: string; ranges: string[] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}

describe.each(["samples/dkum-depok-2023.xlsx", ...FIXTURES.map((f) => `samples/fixtures/${f.file}`)])("%s", (input) => {
  test("source sheets are unchanged: values, formulas, formats, merges, order", async () => {
    const src = path.join(ROOT, input);
    const before = sha(src);
    const out = tmp("out.xlsx");
    const r = await generate(src, out, {});
    expect(sha(src)).toBe(before);
    const [a, b] = [await readGrids(src), await readGrids(out)];
    expect(b.slice(0, a.length).map(snapshot)).toEqual(a.map(snapshot));
    const generated = r.laporan.sheets.map((x) => x.nama);
    expect(b.slice(a.length).map((g) => g.name)).toEqual(generated);
    // A user sheet already called "Realisasi Anggaran" (angka-gaya-inggris) keeps its name; ours takes "(2)".
    for (const name of generated) expect(a.some((g) => g.name === name)).toBe(false);
  });
});

test("the user's defined names survive, and ours are added beside them", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.definedNames.add("'DPA 2023'!$G$8", "PaguPenunjang");
  const src = tmp("named.xlsx");
  await wb.xlsx.writeFile(src);
  const out = tmp("out.xlsx");
  await generate(src, out, {});
  const names = await definedNames(out);
  expect(names.find((n) => n.name === "PaguPenunjang")?.ranges).toEqual(["'DPA 2023'!$G$8"]);
  expect(
    names
      .filter((n) => n.name.startsWith("_sakip_kinerja_"))
      .map((n) => n.name)
      .sort(),
  ).toEqual([
    "_sakip_kinerja_capaian_iku",
    "_sakip_kinerja_efisiensi",
    "_sakip_kinerja_efisiensi_program",
    "_sakip_kinerja_narasi",
    "_sakip_kinerja_pendukung",
    "_sakip_kinerja_pengukuran",
    "_sakip_kinerja_perbandingan",
    "_sakip_kinerja_realisasi_anggaran",
    "_sakip_kinerja_renstra",
    "_sakip_kinerja_standar_nasional",
  ]);
});

test("running twice replaces only our sheets and yields identical sheets", async () => {
  const first = tmp("first.xlsx");
  const second = tmp("second.xlsx");
  await generate(SAMPLE, first, {});
  await generate(first, second, {});
  const [a, b] = [await readGrids(first), await readGrids(second)];
  expect(b.map((g) => g.name)).toEqual(a.map((g) => g.name));
  expect(b.map(snapshot)).toEqual(a.map(snapshot));
});

test("when our replaced sheet was the active tab, its successor takes the tab and is the one selected", async () => {
  const first = tmp("first.xlsx");
  await generate(SAMPLE, first, {});
  const z = unzipSync(new Uint8Array(fs.readFileSync(first)));
  const namaLembar = (p: Paket) => p.lembar.map((l) => l.nama);
  const pk = namaLembar(new Paket(new Uint8Array(fs.readFileSync(first)))).indexOf("Pengukuran Kinerja");
  expect(pk).toBe(3);
  z["xl/workbook.xml"] = strToU8(
    strFromU8(z["xl/workbook.xml"]).replace(
      "<sheets>",
      `<bookViews><workbookView activeTab="${pk}"/></bookViews><sheets>`,
    ),
  );
  const aktif = tmp("aktif.xlsx");
  fs.writeFileSync(aktif, zipSync(z));
  const out = tmp("out.xlsx");
  await generate(aktif, out, {});
  const p = new Paket(new Uint8Array(fs.readFileSync(out)));
  expect(/activeTab="(\d+)"/.exec(p.workbookXml)?.[1]).toBe(String(namaLembar(p).indexOf("Pengukuran Kinerja")));
  const dipilih = p.lembar.filter((l) => l.bagian && p.teks(l.bagian).includes('tabSelected="1"')).map((l) => l.nama);
  expect(dipilih).toEqual(["Pengukuran Kinerja"]);
});

test("a user's own 'Pengukuran Kinerja' sheet is never overwritten: ours takes another name, on every run", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.addWorksheet("Pengukuran Kinerja").getCell("A1").value = "catatan saya";
  const src = tmp("user-sheet.xlsx");
  await wb.xlsx.writeFile(src);
  const out = tmp("out.xlsx");
  const r = await generate(src, out, {});
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja (2)");
  expect(r.bentrok).toEqual(["Pengukuran Kinerja"]);
  const again = tmp("again.xlsx");
  const r2 = await generate(out, again, {});
  expect(r2.nama.pengukuran).toBe("Pengukuran Kinerja (2)");
  const grids = await readGrids(again);
  expect(grids.filter((g) => g.name.startsWith("Pengukuran Kinerja")).map((g) => g.name)).toEqual([
    "Pengukuran Kinerja",
    "Pengukuran Kinerja (2)",
  ]);
  expect(grids.find((g) => g.name === "Pengukuran Kinerja")!.values).toEqual([["catatan saya"]]);
});

test("a failure at any step leaves no output and the input as it was", async () => {
  const steps: string[] = [];
  await generate(SAMPLE, tmp("probe.xlsx"), {}, undefined, { langkah: (s) => steps.push(s) });
  expect(steps).toEqual([
    "hapus-lama",
    "lembar:pengukuran",
    "lembar:pendukung",
    "lembar:capaian-iku",
    "lembar:perbandingan",
    "lembar:renstra",
    "lembar:standar-nasional",
    "lembar:realisasi-anggaran",
    "lembar:efisiensi",
    "lembar:efisiensi-program",
    "lembar:narasi",
    "selesai",
  ]);
  const before = sha(SAMPLE);
  for (const failAt of steps) {
    const out = tmp("never.xlsx");
    const boom = (s: string) => {
      if (s === failAt) throw new Error(`gagal di ${s}`);
    };
    await expect(generate(SAMPLE, out, {}, undefined, { langkah: boom })).rejects.toThrow(`gagal di ${failAt}`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  }
  expect(sha(SAMPLE)).toBe(before);
});

test("text from user cells stays text in the file: an indicator named like a formula", async () => {
  const evil = '=HYPERLINK("http://x","klik")';
  const sheets: SheetInput[] = [
    {
      name: "PK",
      rows: [
        ["Sasaran", "Indikator", "Target"],
        ["=1+1 sasaran", evil, 10],
      ],
    },
    {
      name: "Realisasi",
      rows: [
        ["Indikator", "Realisasi"],
        [evil, 12],
      ],
    },
  ];
  const src = tmp("evil.xlsx");
  await writeWorkbook(sheets, src);
  const out = tmp("out.xlsx");
  await generate(src, out, {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Pengukuran Kinerja")!;
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
  const named = cells.filter((c) => c.value === evil);
  expect(named.length).toBe(1);
  expect(named[0].formula).toBeUndefined();
  expect(cells.some((c) => typeof c.formula === "string" && c.formula.includes("HYPERLINK"))).toBe(false);
});

test("the output must differ from the input", async () => {
  await expect(generate(SAMPLE, SAMPLE, {})).rejects.toThrow(/harus berbeda/);
});
