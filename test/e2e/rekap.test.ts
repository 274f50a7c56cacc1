/**
 * Rekap Pemda in the task pane, end to end on the standalone page in headless Chromium: three OPD workbooks (the
 * rekap fixtures' generator: two of December, one of November), an unreadable file, and a list of four OPD of which
 * one sent nothing. The statuses and the Pemda's figures the pane shows are the CLI's for the same files (computed
 * here by the CLI's own function), and "Buat rekap" downloads a new workbook holding the rekap's sheets. Screenshot
 * at 350 px in test-artifacts/screens/.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { OPD_REKAP, lembarOpd } from "../../scripts/fixtures-rekap";
import { writeWorkbook } from "../../scripts/workbook-builder";
import { rekap as rekapCli } from "../../src/cli/rekap";
import { formatPersen, formatRupiah } from "../../src/core/numbers";
import { readGrids } from "../../src/xlsx/read";
import { axe, Halaman, mulaiHalaman, tanpaGeserSamping } from "../support/halaman";

const ROOT = path.resolve(__dirname, "../..");
const SCREENS = path.join(ROOT, "test-artifacts/screens");
const M = 1_000_000;
let halaman: Halaman;
let dir: string;
let opd: string[];
let daftar: string;

beforeAll(async () => {
  fs.mkdirSync(SCREENS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-e2e-"));
  const pilih = ["2 Dinkes", "3 BPBD", "6 Bag Umum"].map((l) => OPD_REKAP.find((o) => o.lembar === l)!);
  opd = [];
  for (const o of pilih) {
    const f = path.join(dir, o.berkas);
    await writeWorkbook([lembarOpd(o)], f);
    opd.push(f);
  }
  const rusak = path.join(dir, "09-rusak.xlsx");
  fs.writeFileSync(rusak, "bukan buku kerja");
  opd.push(rusak);
  daftar = path.join(dir, "daftar.xlsx");
  await writeWorkbook(
    [
      {
        name: "Daftar OPD",
        rows: [
          ["DAFTAR PERANGKAT DAERAH 2024"],
          [],
          ["No", "Kode SKPD", "Nama Perangkat Daerah", "Singkatan", "Pagu DPA (Rp)"],
          [1, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "Dinkes", 500 * M],
          [2, "1.05.0.00.0.00.02.0000", "Badan Penanggulangan Bencana Daerah", "BPBD", 300 * M],
          [3, "2.11.0.00.0.00.01.0000", "Dinas Lingkungan Hidup", "DLH", 250 * M],
          [4, "4.01.0.00.0.00.03.0000", "Bagian Umum", "Bag Umum", 60 * M],
        ],
      },
    ],
    daftar,
  );
  halaman = await mulaiHalaman();
  // The CLI is given the files by name, as the page knows them, so the two rekaps name the same files.
  process.chdir(dir);
}, 60_000);
afterAll(async () => {
  process.chdir(ROOT);
  await halaman?.tutup();
});
const nama = (fs: string[]) => fs.map((f) => path.basename(f));

/** What the pane lists under Kelengkapan: each OPD's name and status. */
const kelengkapan = (page: Page) =>
  page.$$eval("li[data-status]", (li) =>
    li.map((x) => [(x.querySelector("strong")?.textContent ?? "").trim(), x.getAttribute("data-status")]),
  );

test("three OPD files, an unreadable one and a list with one OPD missing: the CLI's statuses and figures, then a new workbook", async () => {
  const cli = await rekapCli(nama(opd), undefined, { daftar });
  const page = await halaman.buka();
  const diminta: string[] = [];
  page.on("request", (r) => diminta.push(new URL(r.url()).pathname));
  await page.getByRole("tab", { name: "Rekap Pemda" }).click();
  await page.locator("#rekap-opd").setInputFiles(opd);
  await page.locator("#rekap-daftar").setInputFiles(daftar);
  await page.getByText("4 berkas dipilih").waitFor();
  await page.getByRole("button", { name: "Baca laporan OPD" }).click();
  await page.getByRole("heading", { name: "Kelengkapan" }).waitFor({ timeout: 30_000 });

  // Read in the rekap's Web Worker, off the page's thread.
  expect(diminta).toContain("/pekerja-rekap.js");
  // Kelengkapan first: every expected OPD and the unreadable file, with the CLI's status.
  expect(await kelengkapan(page)).toEqual(cli.rekap.kelengkapan.map((x) => [x.nama || x.berkas, x.status]));
  expect(await kelengkapan(page)).toEqual([
    ["Dinas Kesehatan", "lapor"],
    ["Badan Penanggulangan Bencana Daerah", "lapor"],
    ["Bagian Umum", "periode_lain"],
    ["09-rusak.xlsx", "tidak_terbaca"],
    ["Dinas Lingkungan Hidup", "belum_lapor"],
  ]);
  await page.getByText("2 lapor, 0 kosong, 1 periode lain, 1 tidak terbaca, 1 belum lapor").waitFor();
  // Why a file could not be read, under it.
  expect(await page.locator('li[data-status="tidak_terbaca"]').innerText()).toMatch(/09-rusak\.xlsx[\s\S]*\S/);

  // The Pemda's figures, as the CLI computes them: (440 + 230) / (500 + 300) = 83,75%; fisik (500·92 + 300·80) / 800.
  const t = cli.rekap.total;
  expect(t).toMatchObject({ dpa: 800 * M, realisasi: 670 * M, dpaLain: 310 * M });
  const keuangan = await page.locator('[data-angka="keuangan"]').innerText();
  expect(keuangan).toContain(formatPersen(t.persen!));
  expect(keuangan).toContain(formatRupiah(t.realisasi));
  expect(keuangan).toContain(formatRupiah(t.dpa));
  expect(keuangan).toContain("83,75%");
  expect(await page.locator('[data-angka="fisik"]').innerText()).toBe(formatPersen(t.fisik!));
  expect(formatPersen(t.fisik!)).toBe("87,50%");
  const semua = await page.locator('[data-angka="semua"]').innerText();
  expect(semua).toContain(formatPersen(t.persenSemua!));
  expect(semua).toContain(formatPersen(t.fisikSemua!));
  expect(semua).toContain(formatRupiah(t.dpaLain));

  // The sub kegiatan that need attention: collapsed groups, as many as the CLI's.
  const judul = await page.getByRole("heading", { name: /Sub kegiatan perlu perhatian/ }).innerText();
  expect(judul).toBe(`Sub kegiatan perlu perhatian (${cli.rekap.perhatian.length})`);
  expect(await page.locator("details[open]").count()).toBe(0);

  expect(await tanpaGeserSamping(page)).toBe(true);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENS, "7-rekap.png"), fullPage: true });

  // Buat rekap: a new workbook with the rekap's sheets, the same the CLI writes.
  await page.getByRole("button", { name: "Buat rekap (.xlsx baru)" }).click();
  const tautan = page.getByText("Unduh rekap (rekap-pemda-2024-12.xlsx)");
  await tautan.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), tautan.click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const keluarCli = path.join(dir, "cli-rekap.xlsx");
  const cliTulis = await rekapCli(nama(opd), keluarCli, { daftar });
  const grids = await readGrids(file);
  expect(grids.map((g) => g.name)).toEqual(cliTulis.lembar);
  expect(grids.map((g) => g.values)).toEqual((await readGrids(keluarCli)).map((g) => g.values));
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENS, "8-rekap-unduh.png"), fullPage: true });
}, 120_000);

test("in English: the pane speaks English, the sheets stay Indonesian unless chosen", async () => {
  const page = await halaman.buka("", 350, "en-US");
  await page.getByRole("tab", { name: "Local gov. recap" }).click();
  await page.locator("#rekap-opd").setInputFiles(opd.slice(0, 2));
  await page.getByRole("button", { name: "Read agency reports" }).click();
  await page.getByRole("heading", { name: "Completeness" }).waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-angka="keuangan"]').innerText()).toContain("83.75%");
  await page.getByRole("button", { name: "Build the recap (new .xlsx)" }).click();
  await page.getByText("Kelengkapan", { exact: true }).waitFor();
  expect(await axe(page)).toEqual([]);
}, 60_000);

test("a folder of OPD files: every file in it read, the CLI's figures for the folder", async () => {
  const folder = path.join(ROOT, "samples/fixtures/rekap/opd");
  const cli = await rekapCli([folder], undefined, {});
  const page = await halaman.buka();
  await page.getByRole("tab", { name: "Rekap Pemda" }).click();
  await page.locator("#rekap-folder").setInputFiles(folder);
  await page.getByText("7 berkas dipilih").waitFor();
  await page.getByRole("button", { name: "Baca laporan OPD" }).click();
  await page.getByRole("heading", { name: "Kelengkapan" }).waitFor({ timeout: 30_000 });
  expect((await kelengkapan(page)).map(([, status]) => status)).toEqual(cli.rekap.kelengkapan.map((x) => x.status));
  const keuangan = await page.locator('[data-angka="keuangan"]').innerText();
  expect(keuangan).toContain(formatPersen(cli.rekap.total.persen!));
  expect(keuangan).toContain(formatRupiah(cli.rekap.total.realisasi));
  expect(await page.locator('[data-angka="fisik"]').innerText()).toBe(formatPersen(cli.rekap.total.fisik!));
  // The source names the file by its place in the folder.
  await page.getByText("opd/02-dinkes.xlsx › 2 Dinkes").waitFor();
}, 60_000);
