/**
 * The generated sheets on E.81 forms of other kabupaten (scripts/fixtures-e81-varian.ts): the year is the title's
 * ("TA. 2018" → "TAHUN 2018"), never the clock's (a form with no year names none, anywhere, and the CLI says how to
 * give it); parents whose children report no realisasi are blank, not 0% / sisa = pagu / efisiensi 100%; a
 * "% (persen)" indicator's quarters are not added in the Monitoring; rupiah in thousands come out in rupiah.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES_E81_VARIAN, sheetsTanpaTahun, sheetsVarian } from "../../scripts/fixtures-e81-varian";
import { SheetInput, workbookBuffer, writeWorkbook } from "../../scripts/workbook-builder";
import { main } from "../../src/cli/main";
import { Indikator } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import { angkaMonitoring, barisDariIndikator } from "../../src/core/report/monitoring";
import { buatLaporan, Laporan } from "../../src/core/report";
import { KOSONG } from "../../src/core/report/formula";
import { SheetSpec, SpecCell } from "../../src/core/report/spec";
import { readGrids } from "../../src/xlsx/read";
import { recalc } from "../support/libreoffice";

const val = (c: SpecCell | null | undefined) => (c?.f ? c.hasil : c?.v);
const opsi = (file: string) => FIXTURES_E81_VARIAN.find((f) => f.file === file)!.opsi;

async function laporan(sheets: SheetInput[], o: Parameters<typeof buatLaporan>[1] = {}): Promise<Laporan> {
  return buatLaporan(bacaWorkbook(await readGrids(await workbookBuffer(sheets))), o);
}
const lembar = (l: Laporan, id: string): SheetSpec => l.sheets.find((s) => s.id === id)!;
/** The row whose code column (0, or 2 on the E.81) starts with the kode. */
function baris(s: SheetSpec, kode: string, col = 0): readonly (SpecCell | null)[] {
  const row = s.rows.find((r) => typeof r[col]?.v === "string" && r[col].v.trim().startsWith(kode));
  if (!row) throw new Error(`no row ${kode} on ${s.id}`);
  return row;
}
/** Every text and value the sheets and the narrative hold. */
const semuaTeks = (l: Laporan) =>
  JSON.stringify([l.sheets.map((s) => s.rows), l.narasi.map((p) => p.teks), l.sheets.map((s) => s.nama)]);

describe("the year from the title, never the clock", () => {
  test("titled TA. 2018: every generated sheet says TAHUN 2018", async () => {
    const l = await laporan(sheetsVarian(opsi("e81-ta-2018.xlsx")));
    expect(l.opsi.tahun).toBe(2018);
    for (const s of l.sheets.filter((x) => x.id !== "narasi" && x.id !== "e81" && x.id !== "monitoring"))
      expect([s.id, val(s.rows[1][0])]).toEqual([s.id, "TAHUN 2018"]);
    // The E.81's title sits after its repeated columns (E); without a plan per quarter there is no Monitoring.
    expect(val(lembar(l, "e81").rows[1][4])).toBe("TAHUN 2018 — TRIWULAN III");
    expect(l.sheets.some((x) => x.id === "monitoring")).toBe(false);
  });

  test("no year anywhere: the report names none, and never this computer's", async () => {
    const l = await laporan(sheetsTanpaTahun());
    expect(l.opsi.tahun).toBeNull();
    const semua = semuaTeks(l);
    expect(semua).not.toContain(String(new Date().getFullYear()));
    expect(semua).not.toMatch(/TAHUN \d|YEAR \d|tahun \d{4}/);
    expect(val(lembar(l, "e81").rows[1][4])).toBe("TRIWULAN III");
    expect(val(lembar(l, "realisasi-anggaran").rows[1][0])).toBe("");
  });

  test("the CLI says the year is missing and how to give it; --tahun gives it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-tahun-"));
    const file = path.join(dir, "tanpa-tahun.xlsx");
    await writeWorkbook(sheetsTanpaTahun(), file);
    const run = async (args: string[]) => {
      let out = "";
      const code = await main(args, { write: (t: string) => (out += t) }, { write: () => undefined });
      return { code, out };
    };
    const id = await run(["baca", file]);
    expect(id.code).toBe(0);
    expect(id.out).toContain("Tahun: tidak ditemukan di judul lembar mana pun");
    expect(id.out).toContain("--tahun 2024");
    expect((await run(["baca", file, "--bahasa", "en"])).out).toContain("Year: not found in any sheet title");
    expect((await run(["baca", file, "--tahun", "2019"])).out).toContain("\nTahun: 2019\n");
    const gen = await run(["generate", file, "-o", path.join(dir, "keluar.xlsx")]);
    expect(gen.out).toContain("--tahun 2024");
    const grids = await readGrids(path.join(dir, "keluar.xlsx"));
    const teks = JSON.stringify(grids.filter((g) => g.name !== "Evaluasi Renja").map((g) => g.values));
    expect(teks).not.toContain(String(new Date().getFullYear()));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("parents of blank realisasi are blank", () => {
  // Program 1.01.03 and kegiatan 1.01.02.2.02: their sub kegiatan report no realisasi at TW III.
  test("Realisasi Anggaran: realisasi, serapan and sisa blank; a parent with one reporting child sums it", async () => {
    const l = await laporan(sheetsVarian(opsi("e81-rkpd-ribuan.xlsx")));
    const ra = lembar(l, "realisasi-anggaran");
    // Kode | Uraian | Pagu | Realisasi | Serapan | Sisa
    for (const kode of ["1.01.03", "1.01.03.2.01", "1.01.02.2.02"]) {
      const r = baris(ra, kode);
      expect([val(r[3]), val(r[4]), val(r[5])]).toEqual(["", KOSONG, KOSONG]);
    }
    expect(baris(ra, "1.01.03")[3]!.f).toMatch(/^=IF\(COUNT\(D\d+\)=0,"",SUM\(D\d+\)\)$/);
    const p2 = baris(ra, "1.01.02");
    expect([val(p2[2]), val(p2[3])]).toEqual([7_450_000_000, 2_680_000_000]);
    expect(val(p2[4])).toBeCloseTo(2_680_000_000 / 7_450_000_000, 12);
    // The agency total: the programs that report.
    const jumlah = ra.rows.find((r) => r[1]?.v === "Jumlah")!;
    expect([val(jumlah[2]), val(jumlah[3])]).toEqual([10_205_750_500, 4_616_250_500]);
  });

  test("Efisiensi per program: no efisiensi of 100% for a program that spent nothing reported", async () => {
    const l = await laporan(sheetsVarian(opsi("e81-rkpd-ribuan.xlsx")));
    // Kode | Program | Capaian | Pagu | Realisasi | Serapan | Sisa | Efisiensi
    const r = baris(lembar(l, "efisiensi-program"), "1.01.03");
    expect([val(r[3]), val(r[4]), val(r[5]), val(r[6]), val(r[7])]).toEqual([125_500_000, "", KOSONG, KOSONG, KOSONG]);
  });
});

describe("Monitoring and E.81 from the other wordings", () => {
  test.each(["% (persen)", "Persen (%)", "(%)", "Prosentase"])(
    "an IKU in %s: the Monitoring keeps the last quarter (50), never 25 + 50 = 75",
    (satuan) => {
      const sumber = { sheet: "Realisasi", row: 5, col: 2 };
      const i: Indikator = {
        nama: "Persentase dokumen perencanaan tepat waktu",
        satuan,
        target: 100,
        polaritas: "positif",
        sumber,
        realisasi: { nilai: null, tw: [25, 50, null, null], sumber },
      };
      const b = barisDariIndikator(i)!;
      expect(b.jenis).toBe("nilai_akhir");
      const a = angkaMonitoring(b, 2, 10, "selisih");
      expect([a.realKsd, a.proyK]).toEqual([50, 50]);
    },
  );

  test("rupiah written in thousands come out in rupiah, their links multiplied", async () => {
    const l = await laporan(sheetsVarian(opsi("e81-rkpd-ribuan.xlsx")));
    // Without a plan per quarter the Monitoring is skipped (the E.81 holds the quarters); the E.81 links × 1000.
    expect(l.sheets.some((x) => x.id === "monitoring")).toBe(false);
    const r = baris(lembar(l, "e81"), "1.01.01.2.01.0001", 2);
    expect(r[10]!.f).toBe(`=IF(ISBLANK('Evaluasi Renja'!$L$13),"",'Evaluasi Renja'!$L$13*1000)`);
    // The E.81 sheet: the sub kegiatan's (8) Rp, and the program's (13) Rp summed from its children.
    const e81 = lembar(l, "e81");
    expect(val(baris(e81, "1.01.01.2.01.0001", 2)[10])).toBe(150_250_500);
    expect(val(baris(e81, "1.01.01 ", 2)[20])).toBe(1_936_250_500);
  });
});

describe("recalculated by LibreOffice: the formulas agree with the core", () => {
  test("blank parents stay blank, thousands become rupiah, the title's year", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-ribuan-"));
    const input = path.join(dir, "ribuan.xlsx");
    const out = path.join(dir, "keluar.xlsx");
    await writeWorkbook(sheetsVarian(opsi("e81-rkpd-ribuan.xlsx")), input);
    expect(await main(["generate", input, "-o", out], { write: () => undefined }, { write: () => undefined })).toBe(0);
    const grids = await readGrids(recalc(out));
    const g = (nama: string) => grids.find((x) => x.name === nama)!;
    const row = (nama: string, kode: string, col = 0) =>
      g(nama).values.find((r) => typeof r?.[col] === "string" && r[col].trim().startsWith(kode))!;
    // Realisasi Anggaran: Kode | Uraian | Pagu | Realisasi | Serapan | Sisa.
    expect(row("Realisasi Anggaran", "1.01.03").slice(2, 6)).toEqual([125_500_000, "", KOSONG, KOSONG]);
    expect(row("Realisasi Anggaran", "1.01.02.2.02").slice(2, 6)).toEqual([2_750_000_000, "", KOSONG, KOSONG]);
    expect(row("Realisasi Anggaran", "1.01.02").slice(2, 4)).toEqual([7_450_000_000, 2_680_000_000]);
    expect(g("Realisasi Anggaran").values[1][0]).toBe("TAHUN 2024");
    // E.81: the sub kegiatan's target Rp (8) and TW I–III Rp linked to the form's thousands, × 1000; (13) their sum.
    const s1 = row("E.81 Evaluasi Renja", "1.01.01.2.01.0001", 2);
    expect([s1[10], s1[12], s1[14], s1[16], s1[20]]).toEqual([
      150_250_500, 20_000_000, 35_500_500, 40_250_000, 95_750_500,
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
