/**
 * LibreOffice as an independent spreadsheet engine: `soffice --headless --convert-to xlsx` opens a workbook,
 * computes every formula that has no cached value, and saves the results. Each call uses its own profile so
 * parallel test workers do not collide. LibreOffice is installed by .ci/run (Debian libreoffice-calc-nogui).
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { SheetSpec } from "../../src/core/report/spec";

export function recalc(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-lo-"));
  const profile = path.join(dir, "profile");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const out = path.join(dir, path.basename(file));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/** The workbook printed to PDF by LibreOffice (each sheet's print setup applied), and its text page by page. */
export function cetakPdf(file: string): { pdf: string; halaman: string[]; tinggi: number[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-pdf-"));
  const profile = path.join(dir, "profile");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  // pdftotext (Debian poppler-utils) separates pages with a form feed.
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { pdf, halaman: text.split("\f").slice(0, -1), tinggi: tinggiKata(pdf) };
}

/** Pages of a PDF as PNG images (pdftoppm), for a person to look at. */
export function gambarHalaman(pdf: string, dir: string, prefix: string, dpi = 60): void {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, path.join(dir, prefix)], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

/**
 * Per page, the most common height of a word's box in the PDF (pdftotext -bbox), in points: the body text's size
 * times a factor of the font (calibrate it on a page printed at 100%).
 */
export function tinggiKata(pdf: string): number[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const counts = new Map<number, number>();
      for (const m of page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
        const h = Math.round((Number(m[2]) - Number(m[1])) * 10) / 10;
        counts.set(h, (counts.get(h) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    });
}

/**
 * Recalculates `out` with LibreOffice and compares every formula cell of `specs` with the value the core computed
 * (`hasil`): the number of formulas compared and each disagreement or error cell.
 */
export async function bandingLibreOffice(out: string, specs: readonly SheetSpec[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalc(out));
  let formulas = 0;
  const salah: string[] = [];
  for (const spec of specs) {
    const ws = wb.getWorksheet(spec.nama)!;
    expect(ws).toBeDefined();
    ws.eachRow((row, rn) =>
      row.eachCell((c, cn) => {
        const v = c.value as { formula?: string } | null;
        const result = v && typeof v === "object" && "formula" in v ? (c.result ?? "") : v;
        if (result && typeof result === "object" && "error" in result)
          salah.push(`${spec.nama}!${c.address} is ${(result as { error: string }).error}`);
        const cs = spec.rows[rn - 1]?.[cn - 1];
        if (!cs?.f) return;
        formulas++;
        const want = cs.hasil;
        const ok =
          typeof want === "number"
            ? typeof result === "number" && Math.abs(result - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : result === want;
        if (!ok)
          salah.push(
            `${spec.nama}!${c.address}: LibreOffice ${JSON.stringify(result)}, core ${JSON.stringify(want)} (${cs.f})`,
          );
      }),
    );
  }
  return { formulas, salah };
}
