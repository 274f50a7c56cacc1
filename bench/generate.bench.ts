/**
 * `kinerja generate` on the sample and on a synthetic 50,000-sub-kegiatan workbook, each as the CLI runs it (a
 * child process: open, read, compute, write the copy), against LibreOffice opening and saving the same file
 * (`soffice --headless --convert-to xlsx`), with CPU time and the peak memory of each (GNU time); then the
 * standalone page in Chromium on the same file, and 100,000 sub kegiatan once.
 * Goal: ratio ≤ 1.0 at 50,000 rows, peak memory ≤ 500 MB at 50,000 and 100,000 rows. Run: npm run bench
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
    {
      name: "PK",
      rows: [
        ["Sasaran", "Indikator", "Target"],
        ["Meningkatnya pelayanan", "Indeks kepuasan", 80],
      ],
    },
    {
      name: "Realisasi",
      rows: [
        ["Indikator", "Realisasi"],
        ["Indeks kepuasan", 82],
      ],
    },
    { name: "DPA", rows: dpaRows(n) as SheetInput["rows"] },
  ];
}

interface Ukuran {
  detik: number;
  cpu: number;
  mb: number;
}

/** Wall time (s), CPU time (user + system, s) and peak RSS (MB) of a command, through GNU time. */
function ukur(cmd: string, args: string[]): Ukuran {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-time-")), "time.txt");
  const t0 = performance.now();
  execFileSync("/usr/bin/time", ["-f", "%U %S %M", "-o", log, cmd, ...args], {
    stdio: "pipe",
    cwd: ROOT,
    timeout: 600_000,
  });
  const detik = (performance.now() - t0) / 1000;
  const [u, sys, kb] = fs.readFileSync(log, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return { detik, cpu: u + sys, mb: kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Three rounds, ours and LibreOffice alternating so both see the same load (the machine is shared): the median wall
 * and CPU times and the highest peak memory of each.
 */
function run(label: string, input: string, putaran = 3): Ukuran {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-gen-"));
  const profile = path.join(dir, "lo-profile");
  const lo = (outdir: string) =>
    ukur("soffice", [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      outdir,
      input,
    ]);
  const kinerja = (out: string) =>
    ukur(process.execPath, [path.join(ROOT, "bin/kinerja.js"), "generate", input, "-o", path.join(dir, out)]);
  // The first runs are not measured, as a user's would not be: LibreOffice creates its profile, bin/kinerja.js
  // builds its bundle when a source changed.
  lo(path.join(dir, "lo0"));
  kinerja("out-awal.xlsx");
  const kami: Ukuran[] = [];
  const libre: Ukuran[] = [];
  for (let i = 0; i < putaran; i++) {
    kami.push(kinerja(`out${i}.xlsx`));
    libre.push(lo(path.join(dir, `lo${i + 1}`)));
  }
  const ringkas = (xs: Ukuran[]) => ({
    detik: median(xs.map((x) => x.detik)),
    cpu: median(xs.map((x) => x.cpu)),
    mb: Math.max(...xs.map((x) => x.mb)),
  });
  const [k, l] = [ringkas(kami), ringkas(libre)];
  const f = (x: { detik: number; cpu: number; mb: number }) =>
    `${x.detik.toFixed(2).padStart(6)} s (CPU ${x.cpu.toFixed(2)} s), peak ${x.mb.toFixed(0).padStart(4)} MB`;
  console.log(
    `${label.padEnd(22)} kinerja generate ${f(k)} | LibreOffice open+save ${f(l)} | ratio ${(k.detik / l.detik).toFixed(2)} (CPU ${(k.cpu / l.cpu).toFixed(2)})`,
  );
  return { detik: k.detik / l.detik, cpu: k.cpu / l.cpu, mb: k.mb };
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
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--enable-precise-memory-info",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 }, locale: "id-ID" });
    let crash = false;
    page.on("crash", () => (crash = true));
    // office.js is not served here: the page starts standalone without it.
    await page.route("**/*", (route) =>
      new URL(route.request().url()).origin === new URL(server.url).origin ? route.continue() : route.abort(),
    );
    await page.goto(`${server.url}taskpane.html`, { waitUntil: "domcontentloaded" });
    const t0 = performance.now();
    await page.locator("#berkas").setInputFiles(file);
    await page.getByRole("button", { name: "Baca buku kerja" }).click();
    await page
      .getByText(/sub kegiatan di/)
      .first()
      .waitFor({ timeout: 300_000 });
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByRole("button", { name: "Lanjut" }).click();
    await page.getByRole("button", { name: "Buat lembar" }).click();
    await page.getByText("Selesai. Lembar yang dibuat:").waitFor({ timeout: 600_000 });
    const detik = (performance.now() - t0) / 1000;
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    console.log(
      `standalone page (Chromium)      Baca + Buat ${detik.toFixed(2).padStart(6)} s, JS heap after ${(heap / 1e6).toFixed(0)} MB, tab ${crash ? "CRASHED" : "alive"}`,
    );
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
  const r50 = run("50,000 sub kegiatan", file);
  await halaman(file);
  const besar = path.join(path.dirname(file), "dpa-100000.xlsx");
  await writeWorkbook(big(100_000), besar);
  const r100 = run("100,000 sub kegiatan", besar, 1);
  const ya = (b: boolean) => (b ? "met" : "NOT met");
  console.log(
    `goal: ratio ≤ 1.0 at 50,000 sub kegiatan: ${ya(r50.detik <= 1)} (${r50.detik.toFixed(2)}, CPU ${r50.cpu.toFixed(2)}); peak memory ≤ 500 MB at 50,000: ${ya(r50.mb <= 500)} (${r50.mb.toFixed(0)} MB), at 100,000: ${ya(r100.mb <= 500)} (${r100.mb.toFixed(0)} MB)`,
  );
}

void main();
