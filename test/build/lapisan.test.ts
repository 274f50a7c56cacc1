/**
 * The layers import only downward: the core imports nothing outside itself, and the hosts (excel, xlsx, cli) never
 * import the task pane. Read from the sources' import lines.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function berkas(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? berkas(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
}

/** Each source file's imports, as folders of src ("core", "excel", …) or package names. */
function impor(file: string): string[] {
  const teks = fs.readFileSync(file, "utf8");
  return [
    ...teks.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm),
    ...teks.matchAll(/import\(\s*(?:\/\*.*?\*\/\s*)?["']([^"']+)["']\s*\)/g),
  ].map((m) => {
    const spec = m[1];
    if (!spec.startsWith(".")) return spec;
    const rel = path.relative(SRC, path.resolve(path.dirname(file), spec));
    return rel.split(path.sep)[0].replace(/\.tsx?$|\.js$/, "");
  });
}

const lapisan = (l: string) => berkas(path.join(SRC, l)).map((f) => ({ file: path.relative(SRC, f), impor: impor(f) }));

test("the import reader sees the imports it must judge", () => {
  expect(impor(path.join(SRC, "excel/host.ts"))).toEqual(expect.arrayContaining(["host", "core"]));
  expect(impor(path.join(SRC, "taskpane/index.tsx"))).toEqual(expect.arrayContaining(["excel", "xlsx", "host"]));
});

test("src/core imports nothing outside itself: no host, no task pane, no package", () => {
  const salah = lapisan("core").filter((f) => f.impor.some((i) => i !== "core"));
  expect(salah).toEqual([]);
});

test("the hosts (excel, xlsx, cli) never import the task pane", () => {
  const salah = ["excel", "xlsx", "cli"].flatMap(lapisan).filter((f) => f.impor.includes("taskpane"));
  expect(salah).toEqual([]);
});
