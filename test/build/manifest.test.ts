/**
 * The manifest checked offline: `office-addin-manifest info` parses it (validate needs an online service), it is
 * valid against the schema subset it uses (manifest-skema.ts, with broken manifests that must fail), and structural
 * tests prove what Office would otherwise reject at sideload time.
 */
import { execFileSync } from "child_process";
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";
import { periksaManifest } from "./manifest-skema";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ORIGIN = "https://localhost:3000";

type Node = Record<string, unknown>;
const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
}).parse(xml) as Node;

/** Every element with its tag name, depth first. */
function* walk(node: unknown, tag = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n, tag);
  else if (node && typeof node === "object") {
    yield [tag, node as Node];
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@")) yield* walk(v, k);
  }
}
const elements = [...walk(parsed)];
const attr = (n: Node, name: string) => n[`@${name}`] as string | undefined;

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test("office-addin-manifest info parses the manifest", () => {
  const out = execFileSync(path.join(ROOT, "node_modules/.bin/office-addin-manifest"), ["info", "manifest.xml"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(out).toMatch(/Id: e185ab79-e61d-4323-8177-7aba5537f568/);
  expect(out).toMatch(/Name: SAKIP Kinerja/);
  expect(out).toMatch(/Default Locale: id-ID/);
});

test("the id is a GUID and the version is well formed and follows package.json", () => {
  expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  const version = /<Version>([^<]+)<\/Version>/.exec(xml)![1];
  expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(version).toBe(`${pkg.version}.0`);
});

test("every resid resolves to a resource of the right kind", () => {
  const ids = new Map<string, string>();
  for (const [tag, n] of elements) {
    const id = attr(n, "id");
    if (id && ["Image", "Url", "String"].includes(tag)) ids.set(id, tag);
  }
  const residUses = elements.filter(([, n]) => attr(n, "resid"));
  expect(residUses.length).toBeGreaterThan(10);
  for (const [tag, n] of residUses) {
    const resid = attr(n, "resid")!;
    expect({ tag, resid, resolved: ids.has(resid) }).toEqual({ tag, resid, resolved: true });
    if (tag === "Image") expect(ids.get(resid)).toBe("Image");
    if (tag === "SourceLocation" || tag === "LearnMoreUrl" || tag === "FunctionFile" || tag === "Runtime")
      expect(ids.get(resid)).toBe("Url");
  }
});

test("every URL points at the add-in's own origin", () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  urls.push(...[...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]));
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
});

test("every icon exists in assets/ at the size the manifest says", () => {
  const icons: [string, number][] = [
    [/<IconUrl DefaultValue="([^"]+)"/.exec(xml)![1], 32],
    [/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)![1], 64],
  ];
  for (const [tag, n] of elements) {
    if (tag === "Image" && attr(n, "DefaultValue"))
      icons.push([attr(n, "DefaultValue")!, Number(/(\d+)x\d+/.exec(attr(n, "id")!)![1])]);
    if (tag === "Image" && attr(n, "size")) expect(attr(n, "resid")).toBe(`Icon.${attr(n, "size")}x${attr(n, "size")}`);
  }
  expect(icons.length).toBe(5);
  for (const [url, size] of icons) {
    const file = path.join(ROOT, new URL(url).pathname);
    expect(fs.existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual([size, size]);
  }
});

test("requirement sets are declared once: ExcelApi, CustomFunctionsRuntime 1.3, SharedRuntime 1.1", () => {
  const sets = elements.filter(([tag]) => tag === "Set").map(([, n]) => `${attr(n, "Name")} ${attr(n, "MinVersion")}`);
  expect(sets.sort()).toEqual(["CustomFunctionsRuntime 1.3", "ExcelApi 1.9", "SharedRuntime 1.1"]);
});

test("one shared runtime: task pane, functions page, function file and button all load the same long-lived page", () => {
  const runtimes = elements.filter(([tag]) => tag === "Runtime");
  expect(runtimes).toHaveLength(1);
  expect(attr(runtimes[0][1], "lifetime")).toBe("long");
  const page = attr(runtimes[0][1], "resid");
  const pageUses = elements.filter(
    ([tag, n]) => (tag === "SourceLocation" || tag === "FunctionFile") && attr(n, "resid") === page,
  );
  expect(pageUses.length).toBe(3); // custom functions <Page>, <FunctionFile>, ShowTaskpane action
  // The second ribbon command runs in the same runtime, by the name the page associates (src/excel/office.ts).
  expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>buatUlang<\/FunctionName>/);
  expect(fs.readFileSync(path.join(ROOT, "src/excel/office.ts"), "utf8")).toMatch(
    /Office\.actions\.associate\("buatUlang"/,
  );
  expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SAKIP"\/>/);
});

test("Indonesian by default, with an en-US override for every user-facing string and the functions metadata", () => {
  expect(xml).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
  const strings = elements.filter(([tag, n]) => tag === "String" && attr(n, "id") !== "Functions.Namespace");
  for (const [, n] of strings) {
    const overrides = (n.Override as Node[] | undefined) ?? [];
    expect({ id: attr(n, "id"), en: overrides.some((o) => attr(o, "Locale") === "en-US") }).toEqual({
      id: attr(n, "id"),
      en: true,
    });
  }
  expect(xml).toMatch(/<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions.en-US.json"\/>/);
});

test("bantuan.html lists every custom function, by its Indonesian and its English name, and points nowhere outside", () => {
  const html = fs.readFileSync(path.join(__dirname, "../../src/taskpane/bantuan.html"), "utf8");
  const en = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../../src/functions/functions.en-US.json"), "utf8"),
  ) as Record<string, { name: string }>;
  const functions = Object.entries(en).map(([id, f]) => ({ id, name: f.name }));
  expect(functions.length).toBeGreaterThanOrEqual(9);
  for (const f of functions) {
    expect([f.id, html.includes(`SAKIP.${f.id}(`)]).toEqual([f.id, true]);
    expect([f.name, html.includes(f.name)]).toEqual([f.name, true]);
  }
  expect(html).not.toMatch(/docs\/RULES\.md|repositori/);
});

describe("the manifest against the schema subset it uses (test/build/manifest-skema.ts)", () => {
  test("manifest.xml is valid", () => {
    expect(periksaManifest(xml)).toEqual([]);
  });

  const rusak: [string, (x: string) => string, RegExp][] = [
    ["an Id that is no GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>sakip-kinerja</Id>"), /\/Id: .* pola/],
    [
      "elements out of the schema's order",
      (x) => x.replace(/(<ProviderName>[^<]+<\/ProviderName>)\s*(<DefaultLocale>[^<]+<\/DefaultLocale>)/, "$2$1"),
      /ProviderName kurang|DefaultLocale/,
    ],
    ["an unknown element", (x) => x.replace("<Hosts>", "<Hosts><Foo/>"), /Foo tidak diharapkan/],
    [
      "an Override without its Locale",
      (x) => x.replace('<Override Locale="en-US" Value="SAKIP Kinerja"/>', '<Override Value="SAKIP Kinerja"/>'),
      /atribut Locale wajib/,
    ],
    [
      "a short string over 125 characters",
      (x) => x.replace('DefaultValue="Buat Ulang"', `DefaultValue="${"x".repeat(126)}"`),
      /126 karakter, paling banyak 125/,
    ],
    [
      "a resid over 32 characters",
      (x) => x.split("Taskpane.Url").join("Taskpane.Url.Yang.Terlalu.Panjang.Sekali"),
      /paling banyak 32/,
    ],
    [
      "an action type the schema has not",
      (x) => x.replace('xsi:type="ExecuteFunction"', 'xsi:type="ExecuteFunctionX"'),
      /xsi:type "ExecuteFunctionX" tidak dikenal/,
    ],
    ["no FunctionFile", (x) => x.replace(/<FunctionFile [^>]+\/>/, ""), /FunctionFile kurang/],
    [
      "a permission that does not exist",
      (x) => x.replace("ReadWriteDocument", "ReadWriteEverything"),
      /ReadWriteEverything/,
    ],
  ];
  test.each(rusak)("a broken manifest fails: %s", (_nama, ubah, galat) => {
    const salah = ubah(xml);
    expect(salah).not.toBe(xml);
    const hasil = periksaManifest(salah);
    expect(hasil.some((g) => galat.test(g))).toBe(true);
  });
});
