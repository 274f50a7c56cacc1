/**
 * The copy is the user's workbook plus ours: on a workbook built here with a chart, notes, a table, data
 * validation, a pivot-like cache, a VBA project, custom properties, protection and sheet-scoped names, every part
 * leaves byte for byte but the four a new sheet must touch, and those keep all they held; an .xlsm stays a macro
 * workbook; a second run gives identical generated parts; LibreOffice opens the result. Our sheets are found by a
 * workbook-scoped tag: a user's copy of one (which carries a sheet-scoped copy of the tag) and a deleted one (whose
 * tag became #REF!) never cost a user's sheet.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "../../src/cli/generate";
import { readGrids } from "../../src/xlsx/read";
import { pakaiZlibAsli } from "../../src/xlsx/zip";
import { recalc } from "../support/libreoffice";
import { bukuKerjaFitur, faktaWorkbook, masalahKesetiaan } from "../support/paket-uji";

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "sakip-fid-"));
const LEMBAR_PENGGUNA = ["PK 2023", "Realisasi TW IV", "DPA 2023"];

/** Sheet name → its part's bytes. */
function partLembar(file: string): Map<string, string> {
  const z = unzipSync(fs.readFileSync(file));
  const f = faktaWorkbook(z);
  return new Map(f.sheets.map((s) => [s.name, strFromU8(z[s.part])]));
}

let masuk: string;
let keluar: string;
beforeAll(async () => {
  const d = dir();
  masuk = path.join(d, "kerja.xlsm");
  fs.writeFileSync(masuk, await bukuKerjaFitur({ vba: true }));
  keluar = path.join(d, "kerja-kinerja.xlsm");
  await generate(masuk, keluar, {});
});

test("the input built here has the features (so the rules below are tested on them)", () => {
  const z = unzipSync(fs.readFileSync(masuk));
  for (const p of [
    "xl/charts/chart1.xml",
    "xl/drawings/drawing1.xml",
    "xl/comments1.xml",
    "xl/tables/table1.xml",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/vbaProject.bin",
    "docProps/custom.xml",
    "xl/calcChain.xml",
  ]) {
    expect(Object.keys(z)).toContain(p);
  }
  expect(strFromU8(z["xl/worksheets/sheet1.xml"])).toMatch(/<dataValidations/);
  expect(strFromU8(z["xl/worksheets/sheet3.xml"])).toMatch(/<sheetProtection/);
});

test("every part of the input is kept: byte for byte, or (workbook, rels, content types, styles) with all it held", () => {
  expect(masalahKesetiaan(fs.readFileSync(masuk), fs.readFileSync(keluar))).toEqual([]);
  const a = faktaWorkbook(unzipSync(fs.readFileSync(masuk)));
  const b = faktaWorkbook(unzipSync(fs.readFileSync(keluar)));
  expect(b.sheets.slice(0, 3)).toEqual(a.sheets);
  expect(b.sheets.slice(3).map((s) => s.name)).toEqual([
    "Pengukuran Kinerja",
    "Program Pendukung",
    "Capaian IKU",
    "Perbandingan Antar Tahun",
    "Capaian Renstra",
    "Standar Nasional",
    "Realisasi Anggaran",
    "Efisiensi",
    "Efisiensi Program",
    "Narasi",
  ]);
  // Only calcChain goes, with its relationship and override.
  const z = unzipSync(fs.readFileSync(keluar));
  expect(Object.keys(z)).not.toContain("xl/calcChain.xml");
  expect(b.rels.some((r) => r.includes("calcChain"))).toBe(false);
});

test("an .xlsm stays a macro workbook: its VBA part, its content type and codeName", () => {
  const z = unzipSync(fs.readFileSync(keluar));
  expect(Buffer.from(z["xl/vbaProject.bin"])).toEqual(
    Buffer.from(unzipSync(fs.readFileSync(masuk))["xl/vbaProject.bin"]),
  );
  const f = faktaWorkbook(z);
  expect(f.overrides).toContain("/xl/workbook.xml=application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  expect(f.rels).toContain("http://schemas.microsoft.com/office/2006/relationships/vbaProject→xl/vbaProject.bin");
  expect(f.workbookPr.codeName).toBe("BukuKerjaIni");
});

test("defined names (sheet-scoped, constants, formulas), protection and custom properties are kept", () => {
  const z = unzipSync(fs.readFileSync(keluar));
  const f = faktaWorkbook(z);
  expect(f.names).toEqual(
    expect.arrayContaining([
      { name: "TargetAKIP", scope: "PK 2023", value: "'PK 2023'!$E$5" },
      { name: "Tarif", scope: null, value: "0.11" },
      { name: "TotalPagu", scope: null, value: "SUM('DPA 2023'!$C$5:$C$40)" },
      { name: "_xlnm.Print_Area", scope: "DPA 2023", value: "'DPA 2023'!$A$1:$H$52" },
      { name: "_sakip_kinerja_pengukuran", scope: null, value: "'Pengukuran Kinerja'!$A$1" },
      {
        name: "_xlnm.Print_Titles",
        scope: "Pengukuran Kinerja",
        value: expect.stringMatching(/^'Pengukuran Kinerja'!\$\d+:\$\d+$/),
      },
    ]),
  );
  expect(f.elemen("workbookProtection")).toBe('<workbookProtection lockStructure="1"/>');
  expect(strFromU8(z["xl/worksheets/sheet3.xml"])).toMatch(/<sheetProtection[^>]*sheet="1"/);
  expect(strFromU8(z["docProps/custom.xml"])).toContain("Bidang Perencanaan");
});

test("the user's sheets read the same; a second run gives identical generated parts and touches nothing else", async () => {
  const [a, b] = [await readGrids(masuk), await readGrids(keluar)];
  expect(b.slice(0, 3)).toEqual(a);
  const lagi = path.join(dir(), "lagi.xlsm");
  await generate(keluar, lagi, {});
  expect(masalahKesetiaan(fs.readFileSync(keluar), fs.readFileSync(lagi))).toEqual([]);
  const [p1, p2] = [partLembar(keluar), partLembar(lagi)];
  expect([...p2.keys()]).toEqual([...p1.keys()]);
  for (const [nama, xml] of p1) expect(p2.get(nama)).toBe(xml);
  // The styles we appended the first time are found again, not added twice.
  expect(strFromU8(unzipSync(fs.readFileSync(lagi))["xl/styles.xml"])).toBe(
    strFromU8(unzipSync(fs.readFileSync(keluar))["xl/styles.xml"]),
  );
});

test("LibreOffice opens the output and sees every sheet", async () => {
  const xlsx = path.join(dir(), "kerja-kinerja.xlsx");
  fs.copyFileSync(keluar, xlsx);
  const grids = await readGrids(recalc(xlsx));
  expect(grids.map((g) => g.name)).toEqual(
    expect.arrayContaining([...LEMBAR_PENGGUNA, "Pengukuran Kinerja", "Realisasi Anggaran", "Narasi"]),
  );
  expect(
    grids
      .find((g) => g.name === "Pengukuran Kinerja")!
      .values.flat()
      .filter((v) => typeof v === "number").length,
  ).toBeGreaterThan(10);
}, 120_000);

/** Edits a package's parts as text. */
function ubahPaket(
  file: string,
  ubah: (z: Record<string, Uint8Array>, teks: (k: string) => string, tulis: (k: string, s: string) => void) => void,
): string {
  const z = unzipSync(fs.readFileSync(file));
  ubah(
    z,
    (k) => strFromU8(z[k]),
    (k, s) => (z[k] = strToU8(s)),
  );
  const out = path.join(dir(), path.basename(file));
  fs.writeFileSync(out, zipSync(z));
  return out;
}

test("a user's copy of our sheet (with Excel's sheet-scoped copy of the tag) is kept; ours is replaced under its name", async () => {
  const f = faktaWorkbook(unzipSync(fs.readFileSync(keluar)));
  const ours = f.sheets.find((s) => s.name === "Pengukuran Kinerja")!;
  const salinan = ubahPaket(keluar, (z, teks, tulis) => {
    z["xl/worksheets/sheet99.xml"] = z[ours.part];
    tulis(
      "[Content_Types].xml",
      teks("[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
    tulis(
      "xl/_rels/workbook.xml.rels",
      teks("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdSalin" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
      ),
    );
    const idx = f.sheets.length;
    tulis(
      "xl/workbook.xml",
      teks("xl/workbook.xml")
        .replace("</sheets>", '<sheet name="PK Edit Saya" sheetId="99" r:id="rIdSalin"/></sheets>')
        .replace(
          "</definedNames>",
          `<definedName name="_sakip_kinerja_pengukuran" localSheetId="${idx}">'PK Edit Saya'!$A$1</definedName></definedNames>`,
        ),
    );
  });
  const out = path.join(dir(), "out.xlsm");
  const r = await generate(salinan, out, {});
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja");
  expect(r.bentrok).toEqual([]);
  const setelah = partLembar(out);
  expect(setelah.get("PK Edit Saya")).toBe(partLembar(salinan).get("PK Edit Saya"));
  expect([...setelah.keys()].filter((n) => n.startsWith("Pengukuran Kinerja"))).toEqual(["Pengukuran Kinerja"]);
  // The copy's sheet-scoped name stays with the copy, remapped to its new position.
  const b = faktaWorkbook(unzipSync(fs.readFileSync(out)));
  expect(b.names.filter((n) => n.name === "_sakip_kinerja_pengukuran")).toEqual([
    { name: "_sakip_kinerja_pengukuran", scope: "PK Edit Saya", value: "'PK Edit Saya'!$A$1" },
    { name: "_sakip_kinerja_pengukuran", scope: null, value: "'Pengukuran Kinerja'!$A$1" },
  ]);
});

test("after the user deleted our sheet (the tag now #REF!), the next run writes it again and leaves no broken tag", async () => {
  const f = faktaWorkbook(unzipSync(fs.readFileSync(keluar)));
  const ours = f.sheets.find((s) => s.name === "Pengukuran Kinerja")!;
  const dihapus = ubahPaket(keluar, (z, teks, tulis) => {
    delete z[ours.part];
    tulis(
      "[Content_Types].xml",
      teks("[Content_Types].xml").replace(new RegExp(`<Override PartName="/${ours.part}"[^>]*/>`), ""),
    );
    tulis(
      "xl/workbook.xml",
      teks("xl/workbook.xml")
        .replace(/<sheet name="Pengukuran Kinerja"[^>]*\/>/, "")
        .replace(/<definedName name="_xlnm.Print_Titles" localSheetId="3">[^<]*<\/definedName>/, "")
        .replace(/localSheetId="(\d+)"/g, (m, i: string) => (Number(i) > 3 ? `localSheetId="${Number(i) - 1}"` : m))
        .replace("'Pengukuran Kinerja'!$A$1", "#REF!$A$1"),
    );
  });
  const out = path.join(dir(), "out.xlsm");
  const r = await generate(dihapus, out, {});
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja");
  const b = faktaWorkbook(unzipSync(fs.readFileSync(out)));
  expect(b.sheets.map((s) => s.name).filter((n) => n.startsWith("Pengukuran"))).toEqual(["Pengukuran Kinerja"]);
  expect(b.names.filter((n) => n.value.includes("#REF!"))).toEqual([]);
  expect(b.names.filter((n) => n.name === "_sakip_kinerja_pengukuran")).toEqual([
    { name: "_sakip_kinerja_pengukuran", scope: null, value: "'Pengukuran Kinerja'!$A$1" },
  ]);
  expect(
    masalahKesetiaan(fs.readFileSync(dihapus), fs.readFileSync(out)).filter(
      (m) => !m.includes("_sakip_kinerja_pengukuran"),
    ),
  ).toEqual([]);
});

test("a sheet claimed by two workbook tags is not taken as ours: kept, and ours goes beside it", async () => {
  const dua = ubahPaket(keluar, (_z, teks, tulis) => {
    tulis(
      "xl/workbook.xml",
      teks("xl/workbook.xml").replace(
        "</definedNames>",
        "<definedName name=\"_sakip_kinerja_narasi_lama\">'Pengukuran Kinerja'!$A$1</definedName></definedNames>",
      ),
    );
  });
  const out = path.join(dir(), "out.xlsm");
  const r = await generate(dua, out, {});
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja (2)");
  expect(partLembar(out).get("Pengukuran Kinerja")).toBe(partLembar(dua).get("Pengukuran Kinerja"));
});

test("the browser's path (fflate inflate and deflate, no Node zlib) reads and writes the same workbook", async () => {
  const d = dir();
  const out = path.join(d, "fflate.xlsm");
  pakaiZlibAsli(false);
  try {
    await generate(masuk, out, {});
    expect(await readGrids(out)).toEqual(await readGrids(keluar));
  } finally {
    pakaiZlibAsli(true);
  }
  expect(masalahKesetiaan(fs.readFileSync(masuk), fs.readFileSync(out))).toEqual([]);
  expect([...partLembar(out)]).toEqual([...partLembar(keluar)]);
});
