/**
 * The Office.js writer on a fake workbook with Excel's semantics (test/support/excel-fake.ts): the whole job from
 * the task pane's "Buat" — read, compute, write — in a bounded number of syncs, never touching user sheets, and
 * undone completely when any sync fails.
 */
import * as path from "path";
import { generateExcel, periksaExcel } from "../../src/excel/generate";
import { KUNCI_CATATAN, PAYLOAD_PER_SYNC } from "../../src/excel/write";
import { readGrids } from "../../src/xlsx/read";
import { dpaRows } from "../../scripts/synthetic";
import { FakeBook } from "../support/excel-fake";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");

async function sampleBook(): Promise<FakeBook> {
  const book = new FakeBook();
  for (const g of await readGrids(SAMPLE)) book.addSheet(g.name, g.values as unknown[][]);
  return book;
}

function bigBook(subKegiatan: number): FakeBook {
  const book = new FakeBook();
  book.addSheet("PK", [
    ["Indikator", "Target"],
    ["Indeks kepuasan", 80],
  ]);
  book.addSheet("DPA", dpaRows(subKegiatan));
  return book;
}

test("the sample: eight sheets written with live formulas, in 6 syncs, calculation suspended for every write", async () => {
  const book = await sampleBook();
  const r = await generateExcel(book.context());
  expect(book.sheets.map((s) => s.name)).toEqual([
    "PK 2023",
    "Realisasi TW IV",
    "DPA 2023",
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
  expect(r.syncs).toBe(6); // names; used-range extents; values; data; swap; delete
  expect(book.syncs).toBe(6);
  expect(book.suspends).toBeGreaterThanOrEqual(4);
  const pk = book.sheets.find((s) => s.name === "Pengukuran Kinerja")!;
  expect(pk.cells.get("C8")?.value).toBe("Koperasi Berkualitas");
  expect(pk.cells.get("H8")?.formula).toBe('=IF(OR(F8="",G8=""),"–",IF(F8=0,"–",G8/F8))');
  expect(pk.cells.get("H8")?.format).toBe("0.00%");
  expect(pk.merges).toContain("B8:B10"); // sasaran 2 merged over its two indicators and its capaian row
  expect(pk.frozenRows).toBe(5);
  expect(pk.printTitles).toBe("$4:$5");
  expect(pk.conditionalFormats.map((c) => c.formula)).toEqual([
    '=I6="Melebihi Target"',
    '=I6="Sesuai Target"',
    '=I6="Tidak Tercapai"',
  ]);
  expect(book.sheets.find((s) => s.name === "Realisasi Anggaran")!.tableList).toEqual(["A4:F48"]); // header and 44 rows of the tree; no numbering row inside a table
  expect(book.sheets.find((s) => s.name === "Capaian IKU")!.chartList).toEqual([
    { title: "Target dan realisasi IKU", series: ["Target", "Realisasi"] },
  ]);
  expect(book.names.map((n) => n.name).sort()).toEqual([
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

test("source sheets are unchanged", async () => {
  const book = await sampleBook();
  const before = book.sheets.map((s) => s.grid());
  await generateExcel(book.context());
  expect(book.sheets.slice(0, 3).map((s) => s.grid())).toEqual(before);
});

test("the sync count does not depend on rows while the payload fits one sync; beyond, one sync per 4 MB", async () => {
  const counts: Record<number, number> = {};
  for (const n of [10, 2_000, 50_000]) {
    const book = bigBook(n);
    const r = await generateExcel(book.context());
    counts[n] = r.syncs;
    expect(book.maxPayload).toBeLessThanOrEqual(PAYLOAD_PER_SYNC + 1_000_000);
  }
  expect(counts[10]).toBe(6);
  expect(counts[2_000]).toBe(6);
  // 50,000 sub kegiatan: tens of MB of formulas cannot go in one 5 MB request; the extra syncs are payload, not rows.
  expect(counts[50_000]).toBeGreaterThan(6);
  expect(counts[50_000]).toBeLessThan(6 + 30);
}, 120_000);

test("running twice replaces only our sheets, with identical content", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  const first = book.snapshot();
  await generateExcel(book.context());
  expect(book.snapshot()).toEqual(first);
});

test("a user's own sheet named 'Pengukuran Kinerja' is never touched", async () => {
  const book = await sampleBook();
  book.addSheet("Pengukuran Kinerja", [["catatan saya"]]);
  const r = await generateExcel(book.context());
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja (2)");
  expect(r.bentrok).toEqual(["Pengukuran Kinerja"]);
  await generateExcel(book.context());
  expect(book.sheets.find((s) => s.name === "Pengukuran Kinerja")!.grid().values).toEqual([["catatan saya"]]);
  expect(book.sheets.filter((s) => s.name.startsWith("Pengukuran Kinerja")).length).toBe(2);
});

test("a user's copy of our sheet (Excel gives it a sheet-scoped copy of our tag) is kept; ours is replaced under its own name", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  const copy = book.copySheet("Pengukuran Kinerja", "PK Edit Saya");
  expect(copy.names.map((n) => n.name)).toEqual(["_sakip_kinerja_pengukuran"]);
  copy.cells.set("A1", { value: "versi saya" });
  const sebelum = copy.grid();
  const r = await generateExcel(book.context());
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja");
  expect(r.bentrok).toEqual([]);
  expect(book.sheets.find((s) => s.name === "PK Edit Saya")!.grid()).toEqual(sebelum);
  expect(book.sheets.filter((s) => s.name.startsWith("Pengukuran Kinerja")).map((s) => s.name)).toEqual([
    "Pengukuran Kinerja",
  ]);
  expect(book.names.filter((n) => n.name === "_sakip_kinerja_pengukuran")).toEqual([
    { name: "_sakip_kinerja_pengukuran", formula: "='Pengukuran Kinerja'!$A$1" },
  ]);
});

test("after the user deleted our sheet (its tag now #REF!), the next run writes it again and leaves no broken tag", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  book.sheets.find((s) => s.name === "Pengukuran Kinerja")!.delete();
  expect(book.names.find((n) => n.name === "_sakip_kinerja_pengukuran")!.formula).toBe("=#REF!$A$1");
  const r = await generateExcel(book.context());
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja");
  expect(book.sheets.filter((s) => s.name.startsWith("Pengukuran Kinerja")).map((s) => s.name)).toEqual([
    "Pengukuran Kinerja",
  ]);
  expect(book.names.filter((n) => n.formula.includes("#REF!"))).toEqual([]);
  expect(book.names.filter((n) => n.name === "_sakip_kinerja_pengukuran")).toEqual([
    { name: "_sakip_kinerja_pengukuran", formula: "='Pengukuran Kinerja'!$A$1" },
  ]);
});

test("our sheets are recorded in the workbook's settings by their sheet ids; the record follows every rebuild", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  const rekam = () => JSON.parse(book.settings.get(KUNCI_CATATAN) as string) as Record<string, string>;
  const id = (nama: string) => book.sheets.find((s) => s.name === nama)!.id;
  expect(rekam().pengukuran).toBe(id("Pengukuran Kinerja"));
  expect(rekam().narasi).toBe(id("Narasi"));
  expect(Object.keys(rekam()).length).toBe(10);
  // The user's sheets are in no record; a rebuild records the new sheets, an audit adds its sheet beside them.
  expect(Object.values(rekam())).not.toContain(id("PK 2023"));
  await generateExcel(book.context());
  expect(rekam().pengukuran).toBe(id("Pengukuran Kinerja"));
  await periksaExcel(book.context());
  expect(rekam().pemeriksaan).toBe(id("Pemeriksaan"));
  expect(rekam().pengukuran).toBe(id("Pengukuran Kinerja"));
});

test("a user's sheet that carries our tag but not our record (copied in from an earlier output) is kept, and the user told", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  // The user deletes our sheet and copies last year's in from another workbook: Excel brings its workbook-scoped
  // name along (the tag, now pointing to the copy), and the copy gets a new sheet id.
  book.sheets.find((s) => s.name === "Pengukuran Kinerja")!.delete();
  book.names = book.names.filter((n) => n.name !== "_sakip_kinerja_pengukuran");
  const salinan = book.addSheet("Pengukuran Kinerja", [["Pengukuran Kinerja 2022, catatan saya"]]);
  book.names.push({ name: "_sakip_kinerja_pengukuran", formula: "='Pengukuran Kinerja'!$A$1" });
  const sebelum = salinan.grid();
  const r = await generateExcel(book.context());
  expect(book.sheets.find((s) => s.name === "Pengukuran Kinerja")!.grid()).toEqual(sebelum);
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja (2)");
  expect(r.bentrok).toEqual(["Pengukuran Kinerja"]);
  expect(book.names.filter((n) => n.name === "_sakip_kinerja_pengukuran")).toEqual([
    { name: "_sakip_kinerja_pengukuran", formula: "='Pengukuran Kinerja (2)'!$A$1" },
  ]);
  expect(book.sheets.filter((s) => s.name.startsWith("Pengukuran Kinerja")).length).toBe(2);
});

test("a workbook written before the record: tags on sheets of our names are ours (replaced, not copied); the record is written", async () => {
  const book = await sampleBook();
  await generateExcel(book.context());
  book.settings.clear();
  const r = await generateExcel(book.context());
  expect(r.nama.pengukuran).toBe("Pengukuran Kinerja");
  expect(r.bentrok).toEqual([]);
  expect(book.sheets.filter((s) => s.name.startsWith("Pengukuran Kinerja")).map((s) => s.name)).toEqual([
    "Pengukuran Kinerja",
  ]);
  expect(book.settings.has(KUNCI_CATATAN)).toBe(true);
  // Without the record, a tag on a sheet not of our name is not enough: the user's "PK Saya" is kept.
  book.settings.clear();
  book.sheets.find((s) => s.name === "Capaian IKU")!.name = "PK Saya";
  const r2 = await generateExcel(book.context());
  expect(r2.nama["capaian-iku"]).toBe("Capaian IKU");
  expect(book.sheets.some((s) => s.name === "PK Saya")).toBe(true);
});

test("a failed write puts our record back as it was (or leaves none)", async () => {
  for (const regenerate of [false, true]) {
    const book = await sampleBook();
    if (regenerate) await generateExcel(book.context());
    const sebelum = book.settings.get(KUNCI_CATATAN);
    book.failAt = book.syncs + 5; // the swap, where the record is written
    await expect(generateExcel(book.context())).rejects.toThrow(/gagal/);
    expect(book.settings.get(KUNCI_CATATAN)).toEqual(sebelum);
    expect(book.settings.has(KUNCI_CATATAN)).toBe(regenerate);
  }
});

test("a failure at any sync leaves the workbook as it was or fully regenerated, never in between", async () => {
  for (const regenerate of [false, true]) {
    const probe = await sampleBook();
    if (regenerate) await generateExcel(probe.context());
    const start = probe.syncs;
    await generateExcel(probe.context());
    const done = probe.snapshot();
    const syncs = probe.syncs - start;
    for (let k = 1; k <= syncs; k++) {
      const book = await sampleBook();
      if (regenerate) await generateExcel(book.context());
      const before = book.snapshot();
      book.failAt = book.syncs + k;
      const outcome = await generateExcel(book.context()).then(
        () => "selesai",
        (e: Error) => e.message,
      );
      // Up to the swap (sync 5 of 6) a failure is undone; a failure deleting the old sheets is retried.
      if (k < syncs)
        expect({ regenerate, k, outcome, state: book.snapshot() }).toEqual({
          regenerate,
          k,
          outcome: `sync ${book.failAt} gagal`,
          state: before,
        });
      else
        expect({ regenerate, k, outcome, state: book.snapshot() }).toEqual({
          regenerate,
          k,
          outcome: "selesai",
          state: done,
        });
    }
  }
});

test("text from user cells is written as text: an indicator named like a formula", async () => {
  const book = new FakeBook();
  const evil = '=HYPERLINK("http://x","klik")';
  book.addSheet("PK", [
    ["Indikator", "Target"],
    [evil, 10],
  ]);
  book.addSheet("Realisasi", [
    ["Indikator", "Realisasi"],
    [evil, 12],
  ]);
  await generateExcel(book.context());
  const pk = book.sheets.find((s) => s.name === "Pengukuran Kinerja")!;
  expect(pk.cells.get("C6")).toMatchObject({ value: evil });
  expect(pk.cells.get("C6")?.formula).toBeUndefined();
});
