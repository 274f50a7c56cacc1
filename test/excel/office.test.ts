/**
 * The add-in's start-up and its ribbon command, with Office's globals faked (test/support/excel-fake.ts): Office's
 * own signal decides the host, Buat Ulang is always associated and says what it did, one job runs at a time, a
 * workbook that refuses the settings is said, blocked storage leaves the pane working, and SAKIP.* formulas carry the
 * names Excel registered for its display language.
 */
import * as fs from "fs";
import * as path from "path";
import { mulai } from "../../src/excel/office";
import { ExcelHost } from "../../src/excel/host";
import { LOKAL_METADATA_EN } from "../../src/excel/fungsi";
import { simpananLokal } from "../../src/host";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook, FakeOffice, FakeStorage } from "../support/excel-fake";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
async function sampel(): Promise<FakeBook> {
  const b = new FakeBook();
  for (const g of await readGrids(SAMPLE)) b.addSheet(g.name, g.values as unknown[][]);
  return b;
}
const tunggu = () => new Promise((r) => setImmediate(r));

afterEach(() => jest.useRealTimers());

test("Office.onReady slower than 3 s (a cold start): the pane is Excel's, never the standalone page, and Buat Ulang is associated", async () => {
  jest.useFakeTimers();
  const office = new FakeOffice("Excel");
  office.pasang();
  const excel = jest.fn();
  const mandiri = jest.fn();
  mulai(excel, mandiri);
  jest.advanceTimersByTime(10_000);
  office.siapkan();
  jest.useRealTimers();
  await tunggu();
  expect(mandiri).not.toHaveBeenCalled();
  expect(excel).toHaveBeenCalledTimes(1);
  expect(excel.mock.calls[0][0]).toBe("id");
  expect([...office.aksi.keys()]).toEqual(["buatUlang"]);
});

test("outside Office (office.js loaded in a plain browser): the standalone page, once Office says so", async () => {
  const office = new FakeOffice(null);
  office.pasang();
  const excel = jest.fn();
  const mandiri = jest.fn();
  mulai(excel, mandiri);
  expect(mandiri).not.toHaveBeenCalled();
  office.siapkan();
  await tunggu();
  expect(mandiri).toHaveBeenCalledTimes(1);
  expect(excel).not.toHaveBeenCalled();
  expect(office.aksi.size).toBe(0);
});

/** The ribbon's button pressed: resolves when Office is told the command completed. */
function tekan(office: FakeOffice): Promise<void> {
  return new Promise((selesai) => office.aksi.get("buatUlang")!({ completed: () => selesai() }));
}

async function mulaiDiExcel(book: FakeBook, lokal = "id-ID"): Promise<{ office: FakeOffice; host: ExcelHost }> {
  const office = new FakeOffice("Excel", lokal);
  office.pasang(book);
  let host: ExcelHost | undefined;
  mulai(
    (_b, h) => (host = h),
    () => undefined,
  );
  office.siapkan();
  await tunggu();
  return { office, host: host! };
}

test("Buat Ulang from the ribbon, pane hidden: the sheets are written, the pane opens to say so", async () => {
  const book = await sampel();
  const { office, host } = await mulaiDiExcel(book);
  const kabar: string[] = [];
  host.dengarKabar((k) => kabar.push(`${k.jenis}: ${k.teks}`));
  await tekan(office);
  expect(book.sheets.map((s) => s.name)).toContain("Efisiensi");
  expect(kabar).toHaveLength(1);
  expect(kabar[0]).toMatch(/^berhasil: Buat Ulang: 10 lembar ditulis \(Pengukuran Kinerja, /);
  expect(office.panelDibuka).toBe(1);
});

test("Buat Ulang that fails: the workbook as it was, the message says why, in Excel's language; a shown pane is not reopened", async () => {
  const book = await sampel();
  const { office, host } = await mulaiDiExcel(book, "en-US");
  office.gantiTampilan({ visibilityMode: "Taskpane" });
  const sebelum = book.snapshot();
  book.failAt = book.syncs + 4;
  const kabar: string[] = [];
  host.dengarKabar((k) => kabar.push(`${k.jenis}: ${k.teks}`));
  await tekan(office);
  expect(book.snapshot()).toEqual(sebelum);
  expect(kabar).toEqual([`gagal: Build Again failed, the workbook is as it was: sync ${book.failAt} gagal`]);
  expect(office.panelDibuka).toBe(0);
});

test("the pane's Buat and the ribbon's Buat Ulang at once: one after the other, both complete, nothing left behind", async () => {
  const book = await sampel();
  const { office, host } = await mulaiDiExcel(book);
  const kabar: string[] = [];
  host.dengarKabar((k) => kabar.push(k.jenis));
  const panel = host.buat({}, () => undefined, new AbortController().signal);
  const pita = tekan(office);
  const [h] = await Promise.all([panel, pita]);
  expect(h.lembar).toHaveLength(10);
  expect(kabar).toEqual(["berhasil"]);
  expect(book.sheets.filter((s) => s.name.startsWith("~")).map((s) => s.name)).toEqual([]);
  expect(book.sheets.filter((s) => s.name === "Efisiensi")).toHaveLength(1);
  expect(book.rujukanRusak()).toEqual([]);
});

test("a workbook that refuses the settings: the job stands and the pane is told the choices were not saved", async () => {
  const book = await sampel();
  const { office, host } = await mulaiDiExcel(book);
  office.tolakSimpan = true;
  const kabar: string[] = [];
  host.dengarKabar((k) => kabar.push(`${k.jenis}: ${k.teks}`));
  await expect(host.simpan({ opsi: { triwulan: 2 } })).resolves.toBeUndefined();
  expect(kabar).toEqual([
    "peringatan: Pilihan tidak tersimpan di buku kerja ini (tidak dapat disimpan); lembar sudah ditulis.",
  ]);
  office.tolakSimpan = false;
  await host.simpan({ opsi: { triwulan: 2 } });
  expect(await host.muat()).toEqual({ opsi: { triwulan: 2 } });
  office.settings.set("sakip-kinerja", "{rusak");
  expect(await host.muat()).toBeUndefined();
});

test("blocked browser storage (every access throws): nothing remembered, nothing thrown", () => {
  const asal = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
  const storage = new FakeStorage(true);
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
  try {
    expect(simpananLokal.baca("sakip-kinerja-bahasa")).toBeNull();
    expect(simpananLokal.tulis("sakip-kinerja-bahasa", "en")).toBe(false);
    storage.tolak = false;
    expect(simpananLokal.tulis("sakip-kinerja-bahasa", "en")).toBe(true);
    expect(simpananLokal.baca("sakip-kinerja-bahasa")).toBe("en");
  } finally {
    if (asal) Object.defineProperty(globalThis, "localStorage", asal);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  }
  // The pane's entry reads its language through the guard only.
  const index = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/index.tsx"), "utf8");
  expect(index).not.toMatch(/\blocalStorage\b/);
});

test.each([
  ["en-US", "SAKIP.ACHIEVEMENT(", "SAKIP.CAPAIAN("],
  ["en-GB", "SAKIP.ACHIEVEMENT(", "SAKIP.CAPAIAN("],
  ["id-ID", "SAKIP.CAPAIAN(", "SAKIP.ACHIEVEMENT("],
])("'Pakai fungsi SAKIP.*' in an Excel showing %s writes %s", async (lokal, ada, tidak) => {
  const book = await sampel();
  const { host } = await mulaiDiExcel(book, lokal);
  await host.buat({ rumus: "sakip" }, () => undefined, new AbortController().signal);
  const rumus = book.sheets.flatMap((s) => [...s.cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])));
  expect(rumus.filter((f) => f.includes(ada)).length).toBeGreaterThan(5);
  expect(rumus.filter((f) => f.includes(tidak))).toEqual([]);
});

test("the writer's English locales are exactly the manifest's overrides of the functions metadata", () => {
  const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  const url = /<bt:Url id="Functions\.Metadata\.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(xml)![1];
  const lokal = [...url.matchAll(/Locale="([^"]+)" Value="[^"]*functions\.en-US\.json"/g)].map((m) => m[1]);
  expect(lokal.sort()).toEqual([...LOKAL_METADATA_EN].sort());
});
