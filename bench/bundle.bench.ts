/**
 * The task pane's JavaScript, gzipped: what the first render loads (taskpane.js + functions.js) against the goal of
 * 400 KB, and the chunks only the standalone page loads on demand (ExcelJS). Office.js is excluded (Microsoft's CDN).
 * Run after `npm run build`: npm run bench
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

const DIST = path.resolve(__dirname, "../dist");
if (!fs.existsSync(path.join(DIST, "taskpane.js"))) throw new Error("dist/ is missing: run npm run build first");
const size = (f: string) => ({
  raw: fs.statSync(path.join(DIST, f)).size,
  gz: gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length,
});
const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
const first = ["taskpane.js", "functions.js"];
const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !first.includes(f));
let total = 0;
for (const f of first) {
  const s = size(f);
  total += s.gz;
  console.log(`first render  ${f.padEnd(26)} ${kb(s.raw)} raw ${kb(s.gz)} gzip`);
}
for (const f of lazy) {
  const s = size(f);
  console.log(`on demand     ${f.padEnd(26)} ${kb(s.raw)} raw ${kb(s.gz)} gzip (standalone page only)`);
}
console.log(`first render total ${kb(total)} gzip — goal under 400 KB: ${total < 400 * 1024 ? "OK" : "OVER"}`);
