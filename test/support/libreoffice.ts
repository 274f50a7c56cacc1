/**
 * LibreOffice as an independent spreadsheet engine: `soffice --headless --convert-to xlsx` opens a workbook,
 * computes every formula that has no cached value, and saves the results. Each call uses its own profile so
 * parallel test workers do not collide. LibreOffice is installed by .ci/run (Debian libreoffice-calc-nogui).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function recalc(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-lo-"));
  const profile = path.join(dir, "profile");
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, file], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const out = path.join(dir, path.basename(file));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}
