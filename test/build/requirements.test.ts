/**
 * Every Office.js member the add-in uses (src/excel, src/functions) is resolved by the TypeScript checker to its
 * declaration in @types/office-js, and its requirement set read from the typings' own tags ("[Api set: ExcelApi
 * 1.9]", "**Requirement set**: … SharedRuntime 1.1"); a call takes the tag of the overload it resolves to. Nothing
 * may need a set the manifest does not declare or a newer version than it declares, and the declared ExcelApi is the
 * one the code needs. No hand-kept list: a member added to the code is checked by what the typings say of it.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
/** "1.13" → 1013: versions compare by minor number (1.13 is newer than 1.9). */
const versi = (v: string) => {
  const [mayor, minor] = v.split(".").map(Number);
  return mayor * 1000 + minor;
};
const DECLARED = new Map(
  [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], versi(m[2])]),
);
/** Sets of other Office applications, listed beside Excel's in a shared member's tag. */
const LAIN = /^(Mailbox|WordApi|PowerPointApi|OneNoteApi|OutlookApi|WordApiDesktop|WordApiOnline)/;

const sumber = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, dir, f));
const FILES = [...sumber("src/excel"), ...sumber("src/functions")];

/** A file that uses a member newer than ExcelApi 1.9, to prove the scan sees it (never on disk). */
const CONTOH = path.join(ROOT, "src/excel/__contoh_terlalu_baru__.ts");
const CONTOH_ISI = `export function f(ws: Excel.Worksheet) { return ws.getRange("A1").getMergedAreasOrNullObject(); }\n`;

interface Pakai {
  file: string;
  anggota: string;
  set: string;
  versi: number;
}

/** Requirement sets in a declaration's JSDoc: "Name x.y" each. */
function setDari(teks: string): [string, number][] {
  const out: [string, number][] = [];
  for (const m of teks.matchAll(/\[Api set: ([^\]]+)\]/g))
    for (const bagian of m[1].split(",")) {
      const x = /^\s*([A-Za-z]+)\s+(\d+\.\d+)/.exec(bagian);
      if (x) out.push([x[1], versi(x[2])]);
    }
  for (const m of teks.matchAll(/\*\*Requirement set\*\*: \{@link [^|}]+\|\s*([A-Za-z]+) (\d+\.\d+)/g))
    out.push([m[1], versi(m[2])]);
  return out.filter(([s]) => !LAIN.test(s));
}

function jsdoc(d: ts.Node): string {
  const sf = d.getSourceFile();
  return (
    ts
      .getJSDocCommentsAndTags(d)
      .map((j) => j.getFullText(sf))
      .join("\n") || d.getFullText(sf)
  ).slice(0, 20_000);
}

let pakai: Pakai[];
beforeAll(() => {
  const cfg = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const options = { ...cfg.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const [getSourceFile, fileExists, readFile] = [
    host.getSourceFile.bind(host),
    host.fileExists.bind(host),
    host.readFile.bind(host),
  ];
  host.getSourceFile = (f, v, ...rest) =>
    path.resolve(f) === CONTOH ? ts.createSourceFile(f, CONTOH_ISI, v) : getSourceFile(f, v, ...rest);
  host.fileExists = (f) => path.resolve(f) === CONTOH || fileExists(f);
  host.readFile = (f) => (path.resolve(f) === CONTOH ? CONTOH_ISI : readFile(f));
  const program = ts.createProgram([...FILES, CONTOH], options, host);
  const checker = program.getTypeChecker();
  pakai = [];
  for (const sf of program.getSourceFiles()) {
    const file = path.resolve(sf.fileName);
    if (!FILES.includes(file) && file !== CONTOH) continue;
    const kunjungi = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const panggil = ts.isCallExpression(n.parent) && n.parent.expression === n ? n.parent : undefined;
        const sig = panggil && checker.getResolvedSignature(panggil)?.declaration;
        const decls = sig ? [sig] : (checker.getSymbolAtLocation(n.name)?.declarations ?? []);
        for (const d of decls) {
          if (!d.getSourceFile().fileName.includes("@types/office-js")) continue;
          for (const [set, versi] of setDari(jsdoc(d)))
            pakai.push({ file: path.relative(ROOT, file), anggota: n.name.text, set, versi });
        }
      }
      ts.forEachChild(n, kunjungi);
    };
    kunjungi(sf);
  }
}, 120_000);

const teks = (v: number) => `${Math.floor(v / 1000)}.${v % 1000}`;
const nyata = () => pakai.filter((p) => !p.file.includes("__contoh"));

test("the scan sees the members it must judge, with the typings' sets", () => {
  const dari = (a: string) => [
    ...new Set(
      nyata()
        .filter((p) => p.anggota === a)
        .map((p) => `${p.set} ${teks(p.versi)}`),
    ),
  ];
  expect(dari("getRanges")).toEqual(["ExcelApi 1.9"]);
  expect(dari("getSpecialCellsOrNullObject")).toEqual(["ExcelApi 1.9"]);
  expect(dari("suspendApiCalculationUntilNextSync")).toEqual(["ExcelApi 1.6"]);
  expect(dari("getUsedRangeOrNullObject")).toEqual(["ExcelApi 1.4"]);
  expect(dari("showAsTaskpane")).toEqual(["SharedRuntime 1.1"]);
  expect(dari("onVisibilityModeChanged")).toEqual(["SharedRuntime 1.1"]);
  expect(nyata().length).toBeGreaterThan(80);
});

test("a member newer than the manifest is caught (getMergedAreasOrNullObject, ExcelApi 1.13)", () => {
  const contoh = pakai.filter((p) => p.file.includes("__contoh"));
  expect(contoh.filter((p) => p.anggota === "getMergedAreasOrNullObject")).toEqual([
    expect.objectContaining({ set: "ExcelApi", versi: versi("1.13") }),
  ]);
  expect(contoh.some((p) => p.versi > DECLARED.get(p.set)!)).toBe(true);
});

test("every Office.js member used needs only a set the manifest declares, at or below its version", () => {
  const salah = nyata()
    .filter((p) => !DECLARED.has(p.set) || p.versi > DECLARED.get(p.set)!)
    .map((p) => `${p.file}: ${p.anggota} (${p.set} ${teks(p.versi)})`);
  expect([...new Set(salah)]).toEqual([]);
});

test("the declared ExcelApi is the one the code needs, not more", () => {
  const excel = nyata().filter((p) => p.set === "ExcelApi");
  expect(DECLARED.get("ExcelApi")).toBe(Math.max(...excel.map((p) => p.versi)));
});
