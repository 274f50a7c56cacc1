/**
 * `kinerja generate` on the sample and on a synthetic 50,000-sub-kegiatan workbook, each as the CLI runs it (a
 * child process: open, read, compute, write the copy), against LibreOffice opening and saving the same file
 * (`soffice --headless --convert-to xlsx`), with the peak memory of each (GNU time's maximum resident set).
 * Goal: ratio ≤ 1.0 and peak memory ≤ 500 MB at 50,000 rows. Run: npm run bench
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { serve } from "../scripts/static-server";
import { dpaRows } from "../scripts/synthetic";
import { SheetInput, writeWorkbook } from "../scripts/workbook-builder";

const ROOT = path.resolve(__dirname, "..");

function big(n: number): SheetInput[] {
  return [
    { name: "PK", rows: [["Sasaran", "Indikator", "Target"], ["Meningkatnya pelayanan", "Indeks kepuasan", 80]] },
    { name: "Realisasi", rows: [["Indikator", "Realisasi"], ["Indeks kepuasan", 82]] },
    { name: "DPA", rows: dpaRows(n) as SheetInput["rows"] },
  ];
}

/** Wall time (s) and peak RSS (MB) of a command, through /usr/bin/time. */
function ukur(cmd: string, args: string[]): { detik: number; mb: number } {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-time-")), "time.txt");
  const t0 = performance.now();
  execFileSync("/usr/bin/time", ["-f", "%M", "-o", log, cmd, ...args], { stdio: "pipe", cwd: ROOT, timeout: 600_000 });
  const detik = (performance.now() - t0) / 1000;
  const kb = Number(fs.readFileSync(log, "utf8").trim().split("\n").pop());
  return { detik, mb: kb / 1024 };
}

function run(label: string, input: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-gen-"));
  const kami = ukur(process.execPath, [path.join(ROOT, "bin/kinerja.js"), "generate", input, "-o", path.join(dir, "out.xlsx")]);
  const profile = path.join(dir, "lo-profile");
  // A first LibreOffice run creates its profile; the measured one is the second, as a user's would be.
  const lo = (outdir: string) => ukur("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outdir, input]);
  lo(path.join(dir, "lo0"));
  const libre = lo(path.join(dir, "lo"));
  const rasio = kami.detik / libre.detik;
  console.log(
    `${label.padEnd(30)} kinerja generate ${kami.detik.toFixed(2).padStart(6)} s, peak ${kami.mb.toFixed(0).padStart(4)} MB | LibreOffice open+save ${libre.detik.toFixed(2).padStart(6)} s, peak ${libre.mb.toFixed(0).padStart(4)} MB | ratio ${rasio.toFixed(2)}`,
  );
}

/**
 * The standalone page (dist/, `npm run build`) in Chromium on the same file: open, Baca, Buat; the time to the
 * result and the page's JS heap after it, and whether the tab survived.
 */
async function halaman(file: string): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, "dist/taskpane.html"))) {
    console.log("standalone page: skipped (npm run build first)");
    return;
  }
  const server = await serve(path.join(ROOT, "dist"));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 }, locale: "id-ID" });
    let crash = false;
    page.on("crash", () => (crash = true));
    // office.js is not served here: the page starts standalone without it.
    await page.route("**/*", (route) => (new URL(route.request().url()).origin === new URL(server.url).origin ? route.continue() : route.abort()));
    await page.goto(`${server.url}taskpane.html`, { waitUntil: "domcontentloaded" });
    const t0 = performance.now();
    await page.locator("#berkas").setInputFiles(file);
    await page.getByRole("button", { name: "Baca buku kerja" }).click();
    await page.getByText(/sub kegiatan di/).first().waitFor({ timeout: 300_000 });
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByRole("button", { name: "Buat lembar" }).click();
    await page.getByText("Selesai. Lembar yang dibuat:").waitFor({ timeout: 600_000 });
    const detik = (performance.now() - t0) / 1000;
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(`standalone page (Chromium)      Baca + Buat ${detik.toFixed(2).padStart(6)} s, JS heap after ${(heap / 1e6).toFixed(0)} MB, tab ${crash ? "CRASHED" : "alive"}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  run("sample (dkum-depok-2023.xlsx)", path.join(ROOT, "samples/dkum-depok-2023.xlsx"));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-big-")), "dpa-50000.xlsx");
  await writeWorkbook(big(50_000), file);
  console.log(`50,000 sub kegiatan: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);
  run("50,000 sub kegiatan", file);
  await halaman(file);
  const besar = path.join(path.dirname(file), "dpa-100000.xlsx");
  await writeWorkbook(big(100_000), besar);
  run("100,000 sub kegiatan", besar);
  console.log("goal at 50,000 sub kegiatan: ratio ≤ 1.0, peak memory ≤ 500 MB");
}

void main();
