/**
 * Custom function names are per language: Excel registers the names of the metadata its display language gets
 * (the manifest's Functions.Metadata.Url: English for the locales of LOKAL_METADATA_EN, Indonesian otherwise), and
 * a formula written with the other language's names is #NAME?. "Pakai fungsi SAKIP.*" writes the names Excel has.
 */
import en from "../functions/functions.en-US.json";
import type { SheetSpec } from "../core/report/spec";

/** The locales the manifest overrides Functions.Metadata.Url for with functions.en-US.json (test/build checks it). */
export const LOKAL_METADATA_EN = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-NZ", "en-SG", "en-ZA", "en-IE"];

/** Id → the name Excel shows for a display language, or undefined when it is the id (Indonesian). */
export function namaFungsi(displayLanguage: string | undefined): Map<string, string> | undefined {
  const lokal = (displayLanguage ?? "").toLowerCase();
  if (!LOKAL_METADATA_EN.some((l) => l.toLowerCase() === lokal)) return undefined;
  return new Map(Object.entries(en as Record<string, { name: string }>).map(([id, f]) => [id, f.name]));
}

/** A formula with SAKIP.<ID>( written by the display language's names; its strings untouched. */
export function terjemahkanRumus(f: string, nama: ReadonlyMap<string, string>): string {
  return f.replace(/("(?:[^"]|"")*")|\bSAKIP\.([A-Z0-9_]+)\(/g, (m, teks: string | undefined, id: string) =>
    teks ? m : `SAKIP.${nama.get(id) ?? id}(`,
  );
}

/** Specs whose SAKIP.* formulas carry the display language's names (the same specs when it is Indonesian). */
export function rumusUntukBahasa(specs: readonly SheetSpec[], displayLanguage: string | undefined): SheetSpec[] {
  const nama = namaFungsi(displayLanguage);
  if (!nama) return [...specs];
  return specs.map((s) =>
    s.rows.some((r) => r.some((c) => c?.f?.includes("SAKIP.")))
      ? {
          ...s,
          rows: s.rows.map((r) =>
            r.map((c) => (c?.f?.includes("SAKIP.") ? { ...c, f: terjemahkanRumus(c.f, nama) } : c)),
          ),
        }
      : s,
  );
}
