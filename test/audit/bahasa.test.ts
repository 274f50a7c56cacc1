/**
 * The audit in English: every finding of the seed report carries its English sentence, rule and cause, and the
 * Pemeriksaan sheet written in English holds no Indonesian sentence (the report's own names and quoted text aside).
 */
import * as path from "path";
import { HasilPeriksa, periksaLaporan } from "../../src/core/audit";
import { susunPemeriksaan } from "../../src/core/audit/lembar";
import { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";
import { perSel } from "../../src/core/temuan-kelompok";

const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");
/** Words of the audit's Indonesian sentences, never of an English one (the report's names are capitalised; "dan", "dengan", "yang" occur in them and are left out). */
const INDONESIA =
  /\b(tertulis|seharusnya|baris|jumlah|tidak|padahal|berbeda|antar|selisih|dihitung|dipotong|dibulatkan|angka|nilai|sama|periksa|akibat|galat|peringatan|aturan|uraian|temuan)\b/;
/** A finding's text without what it quotes from the report: "…"-quoted text and 'Sheet'!A1 references. */
const tanpaKutipan = (s: string) => s.replace(/"[^"]*"/g, '""').replace(/'[^']*'!/g, "");

let grids: Grid[];
let hasil: HasilPeriksa;
beforeAll(async () => {
  grids = await readGrids(LAPORAN);
  hasil = periksaLaporan(grids);
});

test("every finding of the seed report has its English sentence, rule and cause", () => {
  expect(hasil.temuan.length).toBe(49); // at 56 cells: findings repeated on adjacent cells are one
  for (const t of hasil.temuan) {
    expect(t.messageEn).toBeDefined();
    expect(t.messageEn).not.toBe(t.message);
    const teks = [t.messageEn!, t.aturanEn, t.penyebabEn ?? ""].map(tanpaKutipan).join(" | ");
    expect({ cell: `${t.sheet}!${t.cell}`, indonesia: INDONESIA.exec(teks)?.[0] }).toEqual({
      cell: `${t.sheet}!${t.cell}`,
      indonesia: undefined,
    });
    expect(t.penyebabEn === undefined).toBe(t.penyebab === undefined);
  }
  // Figures are written the English way in the English sentence.
  const sisa = hasil.temuan.find((t) => t.code === "SISA_HITUNG" && t.cell === "J7")!;
  expect(sisa.messageEn).toContain("stated 1,359,329,341, should be 126,613,500 − 120,048,000 = 6,565,500.");
  expect(sisa.message).toContain("tertulis 1.359.329.341, seharusnya 126.613.500 − 120.048.000 = 6.565.500.");
});

test("the Pemeriksaan sheet in English: its own words, the rules and every finding in English", () => {
  const { spec } = susunPemeriksaan(
    grids,
    grids.map((g) => g.name),
    { bahasa: "en" },
  );
  expect(spec.nama).toBe("Consistency Check");
  const teks = spec.rows.flatMap((r) => r.flatMap((c) => (c && typeof c.v === "string" ? [c.v] : [])));
  expect(teks).toContain("CONSISTENCY CHECK OF THE PERFORMANCE REPORT");
  expect(teks).toContain("Budget absorption = budget spent ÷ budget ceiling × 100%");
  expect(teks.filter((s) => s === "Error").length).toBe(hasil.temuan.filter((t) => t.severity === "error").length);
  expect(teks.map(tanpaKutipan).filter((s) => INDONESIA.test(s))).toEqual([]);
  // The Indonesian sheet is unchanged.
  const id = susunPemeriksaan(
    grids,
    grids.map((g) => g.name),
  ).spec;
  expect(id.nama).toBe("Pemeriksaan");
  expect(id.rows.flatMap((r) => r.flatMap((c) => (c && typeof c.v === "string" ? [c.v] : [])))).toContain(
    "PEMERIKSAAN KONSISTENSI LAPORAN KINERJA",
  );
});

test("the E.81 checks speak English too: the planted errors of e81-periksa.xlsx", async () => {
  const h = periksaLaporan(await readGrids(path.resolve(__dirname, "../../samples/fixtures/nyata/e81-periksa.xlsx")));
  // 13 planted errors; the two quarter totals off by one formula (R11, R12) are one finding.
  expect(perSel(h.temuan).length).toBe(13);
  expect(h.temuan.length).toBe(12);
  for (const t of h.temuan)
    expect(
      INDONESIA.exec([t.messageEn!, t.aturanEn, t.penyebabEn ?? ""].map(tanpaKutipan).join(" | "))?.[0],
    ).toBeUndefined();
  const k27 = h.temuan.find((t) => t.cell === "K27")!;
  expect(k27.messageEn).toContain(
    "=SUM(K28:K28) leaves out rows 29 (sub-activity below it); it should cover exactly rows 28, 29 (SUM(K28:K29)).",
  );
  expect(k27.penyebabEn).toBe("The formula's range was not extended when rows were added");
});
