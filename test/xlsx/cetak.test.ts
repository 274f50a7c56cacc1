/**
 * The generated annex as printed: the sample's output workbook printed to PDF by LibreOffice, read page by page
 * (pdftotext). Each table starts a page under its number, its title and the agency read from the PK sheet's title;
 * every page of a table is headed by that table's own columns (no other table's); no text of a cell is clipped.
 * The pages are also written as PNG to test-artifacts/cetak/ for a person to look at.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { audit } from "../../src/cli/audit";
import { generate } from "../../src/cli/generate";
import { lembarPemeriksaan } from "../../src/core/audit/lembar";
import { HURUF_MIN, ukuranCetak } from "../../src/core/report/lembar";
import { ID_PEMERIKSAAN, SheetSpec } from "../../src/core/report/spec";
import { cetakPdf, gambarHalaman } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const AGENCY = "DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK — TAHUN 2023";

/** Words as pdftotext sees them: split at spaces, slashes, hyphens and after "!" (where a wrapped line may break). */
const kata = (s: string): string[] => s.split(/[\s/-]+|(?<=!)/).filter((w) => w !== "");

function hitung(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

let specs: SheetSpec[];
/** Pages of each generated sheet, by spec id, with their body text's size in points. */
const pages = new Map<string, string[]>();
const ukuran = new Map<string, number[]>();
let jumlahHalaman = 0;

/**
 * Prints a workbook and files its pages under our sheets: ours follow the user's, each starting on a new page with
 * its title in the first line. `skala`: word-box height per point of font, from the page printed at 100%.
 */
function cetak(file: string, daftar: readonly SheetSpec[], prefix: string): { halaman: number } {
  const { pdf, halaman, tinggi } = cetakPdf(file);
  gambarHalaman(pdf, path.join(ROOT, "test-artifacts/cetak"), prefix);
  let current: string | undefined;
  halaman.forEach((page, i) => {
    const first =
      page
        .split("\n")
        .find((l) => l.trim() !== "")
        ?.trim() ?? "";
    const start = daftar.find((s) => first === String(s.rows[0][0]?.v));
    if (start) current = start.id;
    if (!current) return;
    pages.set(current, [...(pages.get(current) ?? []), page]);
    ukuran.set(current, [...(ukuran.get(current) ?? []), tinggi[i]]);
  });
  return { halaman: halaman.length };
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cetak-"));
  const out = path.join(dir, "contoh.xlsx");
  const r = await generate(path.join(ROOT, "samples/dkum-depok-2023.xlsx"), out, {});
  jumlahHalaman = cetak(out, r.laporan.sheets, "laporan").halaman;
  // The audit of the seed report's own tables: many findings, over several pages.
  const a = await audit(path.join(ROOT, "samples/dkum-depok-2023-laporan.xlsx"), path.join(dir, "periksa.xlsx"));
  const pemeriksaan = lembarPemeriksaan(a.hasil, a.lembar);
  cetak(a.output, [pemeriksaan], "pemeriksaan");
  specs = [...r.laporan.sheets, pemeriksaan];
}, 180_000);

const tabel = () => specs.filter((s) => s.id !== "narasi");
const laporan = () => tabel().filter((s) => s.id !== ID_PEMERIKSAAN);

test("every table starts a page under its number, its title and the agency (from the PK sheet's title)", () => {
  expect(jumlahHalaman).toBeGreaterThan(10);
  expect(laporan().map((s) => String(s.rows[0][0]?.v))).toEqual([
    "TABEL 3.1 PENGUKURAN KINERJA",
    "TABEL 3.2 PROGRAM, KEGIATAN DAN SUB KEGIATAN PENDUKUNG",
    "TABEL 3.3 CAPAIAN INDIKATOR KINERJA UTAMA",
    "TABEL 3.4 PERBANDINGAN REALISASI DAN CAPAIAN KINERJA ANTAR TAHUN",
    "TABEL 3.5 REALISASI KINERJA TERHADAP TARGET AKHIR RENSTRA",
    "TABEL 3.6 REALISASI KINERJA TERHADAP STANDAR NASIONAL",
    "TABEL 3.7 REALISASI ANGGARAN",
    "TABEL 3.8 EFISIENSI PENGGUNAAN SUMBER DAYA",
    "TABEL 3.9 EFISIENSI PER PROGRAM",
  ]);
  for (const s of specs.filter((x) => x.id !== ID_PEMERIKSAAN)) {
    const first = pages.get(s.id)?.[0];
    expect(first).toBeDefined();
    const lines = first!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    expect([s.id, lines[0]]).toEqual([s.id, s.rows[0][0]?.v]);
    expect([s.id, lines[1]]).toEqual([s.id, AGENCY]);
  }
});

test("every printed page of a table is headed by that table's columns, and by no other table's", () => {
  let checked = 0;
  for (const s of tabel()) {
    const kepala = s.barisJudulCetak[0] - 1;
    const labels = s.rows[kepala].map((c) => String(c?.v ?? ""));
    const nomor = s.rows[kepala + 1]?.[0]?.gaya === "nomor";
    // Words a page may show above the table's first data row: the header's, and on the first page the title block.
    const atas = s.rows.slice(0, kepala).flatMap((r) => r.flatMap((c) => kata(String(c?.v ?? ""))));
    for (const [i, page] of pages.get(s.id)!.entries()) {
      const lines = page.split("\n");
      // The header ends at the numbering row "(1) (2) …", or (a table without one) at the first row of figures.
      const end = lines.findIndex((l) => (nomor ? /^\s*\(1\)\s/.test(l) : /^\s*\d/.test(l)));
      expect([s.id, i, end > 0]).toEqual([s.id, i, true]);
      if (nomor) expect(kata(lines[end])).toEqual(labels.map((_, n) => `(${n + 1})`));
      const zone = kata(lines.slice(0, end).join("\n"));
      const allowed = new Set([...labels.flatMap(kata), ...(i === 0 ? atas : [])]);
      expect({ sheet: s.nama, page: i + 1, foreign: zone.filter((w) => !allowed.has(w)) }).toEqual({
        sheet: s.nama,
        page: i + 1,
        foreign: [],
      });
      const missing = labels.flatMap(kata).filter((w) => !zone.includes(w));
      expect({ sheet: s.nama, page: i + 1, missing }).toEqual({ sheet: s.nama, page: i + 1, missing: [] });
      checked++;
    }
  }
  // The long tables run over several pages: their later pages are headed too.
  expect(pages.get("pendukung")!.length).toBeGreaterThan(1);
  expect(pages.get("realisasi-anggaran")!.length).toBeGreaterThan(1);
  expect(pages.get(ID_PEMERIKSAAN)!.length).toBeGreaterThan(1);
  expect(checked).toBeGreaterThan(tabel().length);
});

test("no text is clipped: every word of every text cell is printed on its sheet's pages", () => {
  for (const s of specs) {
    const printed = hitung(kata(pages.get(s.id)!.join("\n")));
    const want = hitung(
      s.rows.flatMap((r) =>
        r.flatMap((c) => (c && typeof (c.v ?? c.hasil) === "string" ? kata(String(c.v ?? c.hasil)) : [])),
      ),
    );
    const lost = [...want].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w]) => w);
    expect({ sheet: s.nama, lost }).toEqual({ sheet: s.nama, lost: [] });
  }
});

test("the text prints at 8 pt or more on every page (one page wide only where that holds)", () => {
  // The narrative prints at 100%: its body text is 11 pt, which gives the word box's height per point.
  const narasi = specs.find((s) => s.id === "narasi")!;
  expect(ukuranCetak(narasi.lebar)).toBe(11);
  const perPt = ukuran.get("narasi")![0] / 11;
  expect(perPt).toBeGreaterThan(1);
  const sizes = tabel().map((s) => ({
    sheet: s.nama,
    pt: Math.min(...ukuran.get(s.id)!.map((h) => Math.round((h / perPt) * 10) / 10)),
  }));
  expect(sizes.filter((x) => x.pt < HURUF_MIN)).toEqual([]);
  // The estimate the sheets are laid out by agrees with the print within 5%.
  for (const s of tabel()) {
    const printed = Math.min(...ukuran.get(s.id)!) / perPt;
    expect([s.nama, Math.abs(printed - ukuranCetak(s.lebar)) / ukuranCetak(s.lebar) < 0.05]).toEqual([s.nama, true]);
  }
});
