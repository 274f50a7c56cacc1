/**
 * The finding catalog (src/core/temuan-katalog.ts) is the one list of codes: docs/JSON.md lists exactly its codes
 * with their levels, every code the source writes is in it, and the audit's rules are its titles.
 */
import fs from "node:fs";
import path from "node:path";
import { ATURAN, ATURAN_EN } from "../../src/core/audit";
import { KATALOG, KodeKatalog, SEMUA_KODE } from "../../src/core/temuan-katalog";

const ROOT = path.join(__dirname, "../..");

function tabelDokumen(): Map<string, string> {
  const md = fs.readFileSync(path.join(ROOT, "docs/JSON.md"), "utf8");
  const bagian = md.slice(md.indexOf("## Finding codes"));
  const out = new Map<string, string>();
  for (const m of bagian.matchAll(/^\| `([A-Z0-9_]+)` \| (\w+) \| ([a-z, ]+) \|/gm)) out.set(m[1], m[3]);
  return out;
}

/** Every code literal the source passes to a collector or writes as `code: "…"`. */
function kodeDiSumber(): Set<string> {
  const out = new Set<string>();
  const jalan = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) jalan(p);
      else if (/\.tsx?$/.test(e.name) && !p.endsWith("temuan-katalog.ts")) {
        const s = fs.readFileSync(p, "utf8");
        for (const m of s.matchAll(/\.(?:error|warning|info)\(\s*"([A-Z][A-Z0-9_]+)"/g)) out.add(m[1]);
        for (const m of s.matchAll(/\.add\([^,]+,\s*"([A-Z][A-Z0-9_]+)"/g)) out.add(m[1]);
        // (not a Node error code set on an Error: `Object.assign(new Error(), { code: "EISDIR" })`)
        for (const m of s.matchAll(/(?<!new Error\(\), \{ )code:\s*"([A-Z][A-Z0-9_]+)"/g)) out.add(m[1]);
        for (const m of s.matchAll(/p\.tambah\(\s*"([A-Z][A-Z0-9_]+)"/g)) out.add(m[1]);
        for (const m of s.matchAll(/p\.rumus\(\s*"([A-Z][A-Z0-9_]+)"/g)) out.add(m[1]);
      }
    }
  };
  jalan(path.join(ROOT, "src"));
  return out;
}

test("docs/JSON.md lists exactly the catalog's codes, each with its levels", () => {
  const doc = tabelDokumen();
  expect([...doc.keys()].sort()).toEqual([...SEMUA_KODE].sort());
  for (const k of SEMUA_KODE) {
    const e = KATALOG[k] as { tingkat: string; lain?: readonly string[] };
    expect(`${k}: ${doc.get(k)}`).toBe(`${k}: ${[e.tingkat, ...(e.lain ?? [])].join(", ")}`);
  }
  // 85 of the reader and the writer, 23 of the audit, 4 of the Pemda rekap.
  expect(SEMUA_KODE.length).toBe(112);
});

test("every code written in the source is in the catalog", () => {
  const sumber = kodeDiSumber();
  expect(sumber.size).toBeGreaterThan(70);
  expect([...sumber].filter((k) => !(k in KATALOG))).toEqual([]);
});

test("the audit's rules are its codes' titles, in both languages", () => {
  const audit = SEMUA_KODE.filter((k) => KATALOG[k].sumber === "periksa");
  expect(Object.keys(ATURAN).sort()).toEqual([...audit].sort());
  expect(ATURAN.REALISASI_LEBIHI_PAGU).toBe("Realisasi anggaran tidak melebihi pagu");
  expect(ATURAN_EN.RUMUS_POLA).toBe(KATALOG.RUMUS_POLA.en);
  const kode: KodeKatalog = "SEL_GALAT";
  expect(KATALOG[kode]).toMatchObject({ sumber: "baca", tingkat: "error", id: "Sel berisi galat" });
});
