/**
 * A PK whose every row holds a value at column XFD (16,384 columns), 1 and 3,000 indikator, through `kinerja audit`
 * and `kinerja generate` in-process (issue 21: the audit of such a PK took 63 s). Goal: < 10 s at 3,000 rows, time
 * growing with the cells, not rows × width. Run: npm run bench
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pkSampaiXfd } from "../scripts/fuzz-corpus";
import { main as kinerja } from "../src/cli/main";

async function waktu(argv: string[]): Promise<number> {
  const t0 = performance.now();
  let err = "";
  const code = await kinerja(argv, { write: () => undefined }, { write: (s: string) => (err += s) });
  if (code !== 0) throw new Error(`kinerja ${argv[0]}: exit ${code}: ${err}`);
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-xfd-"));
  console.log(`Node ${process.version}`);
  let terlama = 0;
  for (const baris of [1, 300, 3000]) {
    const file = path.join(dir, `xfd-${baris}.xlsx`);
    fs.writeFileSync(file, await pkSampaiXfd(baris));
    const audit = await waktu(["audit", file, "-o", path.join(dir, `audit-${baris}.xlsx`)]);
    const gen = await waktu(["generate", file, "-o", path.join(dir, `gen-${baris}.xlsx`)]);
    terlama = Math.max(terlama, audit, gen);
    console.log(
      `PK to XFD, ${String(baris).padStart(5)} rows: audit ${audit.toFixed(2).padStart(6)} s, generate ${gen.toFixed(2).padStart(6)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  }
  console.log(`goal: < 10 s at 3,000 rows: ${terlama < 10 ? "yes" : "NO"} (${terlama.toFixed(2)} s)`);
}

void main();
