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
import { KERTAS, MARGIN, cetakLembar, lebarPoin, ukuranHuruf } from "../../src/core/report/gaya";
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

/** A sheet's title: the first cell of its first printed row (the Monitoring's instruction above it is not printed). */
const judul = (s: SheetSpec): string => String(s.rows[(s.barisCetak?.[0] ?? 1) - 1].find((c) => c)?.v);

let specs: SheetSpec[];
/** The quarterly forms of our E.81 fixtures: the E.81-only form as agencies fill it, and one with a PK and plans. */
let triwulan: SheetSpec[];
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
    const start = daftar.find((s) => first === judul(s));
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
  triwulan = [];
  for (const [i, f] of ["nyata/e81-evaluasi-renja.xlsx", "e81-evaluasi-renja.xlsx"].entries()) {
    const q = await generate(path.join(ROOT, "samples/fixtures", f), path.join(dir, `e81-${i}.xlsx`), {});
    // Each fixture's forms under ids of their own, so that their pages are filed apart.
    const semua = q.laporan.sheets.map((s) => ({ ...s, id: `${s.id}-${i}` }));
    cetak(q.output, semua, `triwulan-${i}`);
    triwulan.push(...semua.filter((s) => /^(e81|monitoring)-/.test(s.id)));
  }
}, 240_000);

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
  for (const s of [...specs, ...triwulan]) {
    const printed = hitung(kata(pages.get(s.id)!.join("\n")));
    const [dari, sampai] = s.barisCetak ?? [1, s.rows.length];
    const want = hitung(
      s.rows
        .slice(dari - 1, sampai)
        .flatMap((r) =>
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

describe("the quarterly forms (E.81, Monitoring) print as an annex: every page readable alone, in few pages", () => {
  test("both fixtures give an E.81 and at least one a Monitoring, each printed over two pages across", () => {
    expect(triwulan.map((s) => s.id).sort()).toEqual(["e81-0", "e81-1", "monitoring-1"]);
    for (const s of triwulan) expect([s.id, cetakLembar(s).putusKolom.length]).toEqual([s.id, 1]);
  });

  test("every page starts under the header rows, with the row's No and name (and indikator) on its left", () => {
    for (const s of triwulan) {
      const c = cetakLembar(s);
      const kepala = s.barisJudulCetak[0] - 1;
      const nomor = s.rows[s.barisJudulCetak[1] - 1];
      const [k1, k2] = c.kolomJudul!;
      // The numbering row's labels of the repeated columns, "(1) (2) …", start every page's numbering line.
      const id = nomor.slice(k1 - 1, k2).map((x) => String(x?.v ?? ""));
      const labels = s.rows[kepala].slice(k1 - 1, k2).flatMap((x) => kata(String(x?.v ?? "")));
      const halaman = pages.get(s.id)!;
      expect(halaman.length).toBeGreaterThan(0);
      for (const [i, page] of halaman.entries()) {
        const lines = page.split("\n");
        const n = lines.findIndex((l) => /^\s*\(1\)\s/.test(l));
        expect({ sheet: s.id, page: i + 1, header: n > 0 }).toEqual({ sheet: s.id, page: i + 1, header: true });
        expect({ sheet: s.id, page: i + 1, id: kata(lines[n]).slice(0, id.length) }).toEqual({
          sheet: s.id,
          page: i + 1,
          id,
        });
        const zone = kata(lines.slice(0, n).join("\n"));
        expect({ sheet: s.id, page: i + 1, missing: labels.filter((w) => !zone.includes(w)) }).toEqual({
          sheet: s.id,
          page: i + 1,
          missing: [],
        });
      }
      // The title is on the first page (its first line), and on the first of each page across.
      expect(
        halaman[0]
          .split("\n")
          .find((l) => l.trim() !== "")!
          .trim(),
      ).toBe(judul(s));
      expect(
        halaman.filter(
          (p) =>
            p
              .split("\n")
              .find((l) => l.trim() !== "")!
              .trim() === judul(s),
        ).length,
      ).toBe(c.putusKolom.length + 1);
    }
  });

  test("no more than twice the pages of a sensible layout: A3 at 8 pt, its width and height over the page's", () => {
    const [lebarA3, tinggiA3] = KERTAS.A3;
    for (const s of triwulan) {
      const skala = HURUF_MIN / 11;
      const lebar = s.lebar.reduce((x, w) => x + lebarPoin(w), 0) * skala;
      const [dari, sampai] = s.barisCetak ?? [1, s.rows.length];
      const tinggi = s.tinggi.slice(dari - 1, sampai).reduce((x, h) => x + h, 0) * skala;
      const kepala = s.tinggi.slice(s.barisJudulCetak[0] - 1, s.barisJudulCetak[1]).reduce((x, h) => x + h, 0) * skala;
      const ruang = tinggiA3 - (MARGIN.atas + MARGIN.bawah) * 72 - kepala;
      const wajar = Math.ceil(lebar / (lebarA3 - 72)) * Math.ceil(tinggi / ruang);
      expect({ sheet: s.id, pages: pages.get(s.id)!.length <= 2 * wajar }).toEqual({ sheet: s.id, pages: true });
    }
  });

  test("the text prints at 8 pt or more on every page of the forms", () => {
    const perPt = ukuran.get("narasi")![0] / 11;
    for (const s of triwulan) {
      const pt = Math.min(...ukuran.get(s.id)!) / perPt;
      expect({ sheet: s.id, pt: Math.round(pt * 10) / 10 >= HURUF_MIN - 0.2 }).toEqual({ sheet: s.id, pt: true });
      expect(Math.abs(pt - ukuranHuruf(s)) / ukuranHuruf(s)).toBeLessThan(0.05);
    }
  });
});
