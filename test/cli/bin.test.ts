/**
 * bin/kinerja.js runs the compiled CLI (dist/cli/main.js, rebuilt in a checkout when a source is newer): the command
 * as a process writes the same copy, part for part, as the sources run in-process.
 */
import { execFileSync } from "child_process";
import { unzipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "../../src/cli/generate";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "samples/dkum-depok-2023.xlsx");

test("the command's bundle writes the same parts as the sources in-process", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bin-"));
  const [bin, src] = [path.join(dir, "bin.xlsx"), path.join(dir, "src.xlsx")];
  execFileSync(process.execPath, [path.join(ROOT, "bin/kinerja.js"), "generate", SAMPLE, "-o", bin], {
    stdio: "pipe",
    timeout: 120_000,
  });
  await generate(SAMPLE, src, {});
  const [a, b] = [unzipSync(new Uint8Array(fs.readFileSync(bin))), unzipSync(new Uint8Array(fs.readFileSync(src)))];
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  expect(Object.keys(a).filter((k) => k.startsWith("xl/worksheets/sheet")).length).toBe(13);
  for (const k of Object.keys(a)) expect(Buffer.from(a[k]).equals(Buffer.from(b[k]))).toBe(true);
});
