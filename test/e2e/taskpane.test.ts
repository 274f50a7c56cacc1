/**
 * The task pane as a standalone page, end to end in Debian's Chromium (playwright-core), with the real Office.js
 * library from @microsoft/office-js served in place of the CDN: the page runs outside an Office host and must start
 * in standalone mode. Screenshots of each step at 350 px go to test-artifacts/screens/ (CI artifacts).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { SheetInput, workbookBuffer } from "../../scripts/workbook-builder";
import { recalc } from "../support/libreoffice";
import { serve } from "../../scripts/static-server";

const ROOT = path.resolve(__dirname, "../..");
const SCREENS = path.join(ROOT, "test-artifacts/screens");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  fs.mkdirSync(SCREENS, { recursive: true });
  server = await serve(path.join(ROOT, "dist"));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = "", width = 350): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "id-ID", acceptDownloads: true });
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      const file = path.join(OFFICE_JS, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
      return fs.existsSync(file) ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.fulfill({ status: 404, body: "" });
    }
    // Nothing else may leave the add-in's own origin.
    return url.origin === new URL(server.url).origin ? route.continue() : route.abort();
  });
  await page.goto(`${server.url}taskpane.html${query}`, { waitUntil: "domcontentloaded" });
  return page;
}

async function axe(page: Page): Promise<{ id: string; impact: string }[]> {
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  // Fluent UI's focus sentinels (tabster "dummy" elements) are focusable and aria-hidden by design: they hand focus
  // on to the real control. axe reports them as aria-hidden-focus; everything else is scanned.
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] }),
  );
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, impact: v.impact }));
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("the sample, preloaded: Baca → Periksa → Buat → download, and the downloaded workbook is right", async () => {
  const page = await open("?contoh");
  await page.getByRole("button", { name: "Baca buku kerja" }).click();
  await page.getByText("2 sasaran, 3 indikator di 'PK 2023'").waitFor({ timeout: 30_000 });
  await page.getByText("7 program, 26 sub kegiatan di 'DPA 2023'").waitFor();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: path.join(SCREENS, "1-baca.png"), fullPage: true });
  expect(await axe(page)).toEqual([]);

  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByText("Galat (2)").waitFor();
  await page.getByText("Peringatan (5)").waitFor();
  await page.getByText(/DPA 2023!G8/).first().waitFor();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: path.join(SCREENS, "2-periksa.png"), fullPage: true });
  expect(await axe(page)).toEqual([]);

  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByRole("button", { name: "Buat lembar" }).click();
  await page.getByText("Selesai. Lembar yang dibuat:").waitFor({ timeout: 60_000 });
  await page.getByText("Pengukuran Kinerja", { exact: true }).waitFor();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: path.join(SCREENS, "3-buat.png"), fullPage: true });
  expect(await axe(page)).toEqual([]);
  // The narrative, ready to copy: the same text as the Narasi sheet.
  const narasi = await page.getByRole("textbox", { name: "Narasi (draf Bab III)" }).inputValue();
  expect(narasi).toContain("Indikator Koperasi Berkualitas pada tahun 2023 ditargetkan 21% dan terealisasi 36,36%, sehingga capaian kinerjanya 173,16%");
  expect(narasi).toContain("capaian kinerjanya 37,00% dengan predikat \"Tidak Tercapai\", artinya belum mencapai target");
  await page.getByRole("button", { name: "Salin narasi" }).click();
  await page.getByText("Narasi disalin ke papan klip.").waitFor();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Unduh buku kerja").click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-dl-")), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe("dkum-depok-2023-kinerja.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalc(file));
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "PK 2023", "Realisasi TW IV", "DPA 2023",
    "Pengukuran Kinerja", "Capaian IKU", "Perbandingan Antar Tahun", "Capaian Renstra", "Standar Nasional", "Realisasi Anggaran", "Efisiensi", "Narasi",
  ]);
  const pk = wb.getWorksheet("Pengukuran Kinerja")!;
  expect(pk.getCell("C8").value).toBe("Koperasi Berkualitas");
  expect(pk.getCell("H8").result).toBeCloseTo(1.7316017, 6);
  expect(pk.getCell("H9").result).toBeCloseTo(0.37, 9);
  const ra = wb.getWorksheet("Realisasi Anggaran")!;
  const total = ra.getColumn(2).values.findIndex((v) => v === "Jumlah");
  expect(ra.getCell(total, 5).result).toBeCloseTo(29231216957 / 32300612788, 12);
}, 180_000);

test("the seed report's tables: Konsistensi finds its inconsistencies by cell, and the download holds the Pemeriksaan sheet", async () => {
  const page = await open("?contoh=laporan", 320);
  await page.getByRole("tab", { name: "Konsistensi" }).click();
  await page.getByRole("button", { name: "Periksa konsistensi" }).click();
  await page.getByText("20 tabel,", { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByText("28 galat, 3 peringatan, 22 info.", { exact: false }).waitFor();
  await page.getByText("Galat (28)").waitFor();
  // Outside Excel a cell is named, not linked (there is no sheet to select).
  await page.getByText("3.2 Perbandingan Tahun!N6", { exact: true }).first().waitFor();
  await page.getByText("Kemungkinan penyebab: Nilai yang paling sering tertulis: 36,36").waitFor();
  await page.getByText(/menyatakan mencapai target \(≥ 100%\), padahal capaian yang disebut 37%/).first().waitFor();
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: path.join(SCREENS, "5-konsistensi.png"), fullPage: false });
  expect(await axe(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Unduh buku kerja").click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-dl-")), download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name).at(-1)).toBe("Pemeriksaan");
  expect(wb.worksheets).toHaveLength(11);
}, 180_000);

test("a bad workbook shows its diagnostics", async () => {
  const page = await open();
  const bad: SheetInput[] = [{ name: "PK 2024", rows: [["Catatan rapat"], ["tidak ada tabel di sini"]] }];
  await page.locator("#berkas").setInputFiles({ name: "rusak.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await workbookBuffer(bad)) });
  await page.getByRole("button", { name: "Baca buku kerja" }).click();
  await page.getByText("Lembar Perjanjian Kinerja tidak ditemukan").waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: "2. Periksa" }).click();
  await page.getByText(/tidak ada baris judul kolom yang dikenali/).waitFor();
  await page.getByText("Galat (1)").waitFor();
  await page.screenshot({ path: path.join(SCREENS, "4-berkas-rusak.png"), fullPage: true });
  expect(await axe(page)).toEqual([]);
}, 120_000);

test("a file that is not an .xlsx gets the same Indonesian message as the CLI: what it is and what to do", async () => {
  const page = await open();
  await page.locator("#berkas").setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from("No;Indikator;Target\n1;Indeks;80\n") });
  await page.getByRole("button", { name: "Baca buku kerja" }).click();
  await page.getByText(/data\.csv adalah berkas teks CSV \(\.csv\), bukan buku kerja \.xlsx\. Buka berkas itu di Excel atau LibreOffice Calc/).waitFor({ timeout: 30_000 });
  const xls = Buffer.alloc(4096);
  xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await page.locator("#berkas").setInputFiles({ name: "anggaran.xls", mimeType: "application/vnd.ms-excel", buffer: xls });
  await page.getByRole("button", { name: "Baca buku kerja" }).click();
  await page.getByText(/anggaran\.xls adalah buku kerja Excel 97–2003 \(\.xls\), bukan \.xlsx/).waitFor({ timeout: 30_000 });
  expect(await page.getByText(/Error|undefined|zip/).count()).toBe(0);
}, 120_000);

test("at 320 px nothing scrolls sideways, and without a workbook the page says what to do", async () => {
  const page = await open("", 320);
  await page.getByText("Belum ada buku kerja. Pilih berkas .xlsx untuk mulai.").waitFor({ timeout: 30_000 });
  expect(await noHorizontalScroll(page)).toBe(true);
  expect(await axe(page)).toEqual([]);
}, 60_000);
