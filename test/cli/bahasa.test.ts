/**
 * `--bahasa en`: every command's own text in English. What is checked is the CLI's text: the findings (their English is
 * the core's, `messageEn`), the workbook's own names (sheets, sasaran, indicators, programs — quoted or taken from the
 * model) and option names and values (`--tahun`, `tiga|lima`) are removed first; what remains must hold no Indonesian
 * word of the list. The same run in Indonesian holds some, so the list does catch the CLI's Indonesian.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { kataIndonesia } from "../support/kata-indonesia";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const NAMA = new Set(["nama", "uraian", "satuan", "perangkatDaerah", "pk", "realisasi", "anggaran", "sheet"]);

/** The workbook's own strings in the model (names, units, sheet names), longest first. */
function dataDari(model: unknown): string[] {
  const all = new Set<string>();
  (function walk(x: unknown, key: string): void {
    if (typeof x === "string" && NAMA.has(key)) all.add(x);
    else if (Array.isArray(x)) x.forEach((y) => walk(y, key));
    else if (x && typeof x === "object") Object.entries(x).forEach(([k, y]) => walk(y, k));
  })(model, "");
  return [...all].sort((a, b) => b.length - a.length);
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bahasa-"));

test("the word list catches the CLI's Indonesian: the same runs without --bahasa en hold its words", async () => {
  const baca = await run(["baca"]);
  expect(kataIndonesia(baca.out, dataDari(JSON.parse((await run(["baca", "--json"])).out)))).toEqual(
    expect.arrayContaining([
      "Lembar",
      "realisasi",
      "anggaran",
      "sasaran",
      "indikator",
      "dengan",
      "kegiatan",
      "pagu",
      "Temuan",
      "galat",
      "peringatan",
    ]),
  );
  expect(kataIndonesia((await run(["bantuan"])).out)).toEqual(
    expect.arrayContaining(["Pemakaian", "perintah", "dan", "lembar", "yang", "ditulis", "Kode", "keluar"]),
  );
  expect(kataIndonesia((await run(["baca", "tidak-ada.xlsx"])).err)).toEqual(["Berkas", "tidak"]);
});

test("baca --bahasa en: the summary in English, with English number formats", async () => {
  const r = await run(["baca", "--bahasa", "en"]);
  expect(r.code).toBe(0);
  const model = JSON.parse((await run(["baca", "--json"])).out);
  expect(kataIndonesia(r.out, dataDari(model))).toEqual([]);
  expect(r.out).toMatch(
    /^Sheets: PK "PK 2023", realisation "Realisasi TW IV", budget "DPA 2023"\nYear: 2023\n2 goals, 3 indicators \(3 with realisation\)\n/,
  );
  expect(r.out).toContain(
    "7 programs, 11 activities, 26 sub-activities; budget Rp 32,300,612,788, spent Rp 29,231,216,957",
  );
  expect(r.out).toContain("Nilai evaluasi AKIP: target 70.2 Nilai, realisation 70.85");
  expect(r.out).toMatch(/\nFindings: 2 errors, 5 warnings, 1 note\n {2}\[ERROR\] 'PK 2023'!C19: /);
});

test("baca --bahasa en on quarterly realisation: the quarters line", async () => {
  const file = "samples/fixtures/e81-evaluasi-renja.xlsx";
  const r = await run(["baca", file, "--bahasa", "en"]);
  const tw = /^Realisation per quarter .*$/m.exec(r.out)?.[0];
  expect(tw).toBe(
    "Realisation per quarter (up to Q4; each quarter's K as an increment): Q1 Rp 350,000,000, Q2 Rp 345,000,000, Q3 Rp 390,000,000, Q4 Rp 335,000,000",
  );
  expect((await run(["baca", file])).out).toContain(
    "Realisasi per triwulan (sampai TW IV; K per TW sebagai tambahan): TW I Rp 350.000.000, TW II Rp 345.000.000",
  );
  expect(kataIndonesia(r.out, dataDari(JSON.parse((await run(["baca", file, "--json"])).out)))).toEqual([]);
});

test("generate --bahasa en --bahasa-lembar en: the summary in English, and English sheets", async () => {
  const out = path.join(tmp(), "en.xlsx");
  const r = await run(["generate", "--bahasa", "en", "--bahasa-lembar", "en", "-o", out]);
  expect(r.code).toBe(0);
  const model = JSON.parse((await run(["baca", "--json"])).out);
  expect(kataIndonesia(r.out, dataDari(model))).toEqual([]);
  expect(r.out).toMatch(/^Written: .*en\.xlsx\nSheets: "Performance Measurement", /);
  expect(r.out).toContain("\nFindings: 2 errors, 5 warnings, 1 note\n");
});

test("--bahasa is the command's own text; the sheets stay Indonesian unless --bahasa-lembar en", async () => {
  const dir = tmp();
  const teksEn = JSON.parse((await run(["generate", "--bahasa", "en", "--json", "-o", path.join(dir, "a.xlsx")])).out);
  expect(teksEn.opsi.bahasa).toBe("id");
  expect(teksEn.lembar.slice(0, 3)).toEqual(["Pengukuran Kinerja", "Program Pendukung", "Capaian IKU"]);
  const r = await run(["generate", "--bahasa", "en", "-o", path.join(dir, "b.xlsx")]);
  expect(r.out).toMatch(/^Written: .*b\.xlsx\nSheets: "Pengukuran Kinerja", /);
  const lembarEn = await run(["generate", "--bahasa-lembar", "en", "-o", path.join(dir, "c.xlsx")]);
  expect(lembarEn.out).toMatch(/^Ditulis: .*c\.xlsx\nLembar: "Performance Measurement", /);
  expect((await run(["audit", "--bahasa", "en", "-o", path.join(dir, "d.xlsx")])).out).toContain(
    `\nWritten: ${path.join(dir, "d.xlsx")} (sheet "Pemeriksaan")\n`,
  );
  const salah = await run(["generate", "--bahasa-lembar", "fr"]);
  expect({ code: salah.code, err: salah.err }).toEqual({
    code: 2,
    err: 'kinerja: --bahasa-lembar "fr" tidak dikenal. Pilihan: id, en.\n',
  });
});

test("audit --bahasa en --bahasa-lembar en: the summary, every finding with its likely cause, and the sheet in English", async () => {
  const out = path.join(tmp(), "audit.xlsx");
  const r = await run(["audit", "--bahasa", "en", "--bahasa-lembar", "en", "-o", out]);
  expect(r.code).toBe(0);
  expect(kataIndonesia(r.out)).toEqual([]);
  expect(r.out).toMatch(
    /^Checked: 20 tables, year 2023; \d{3} figures recomputed or compared\nFindings: 26 errors \(30 cells\), 3 warnings, 20 notes \(23 cells\); /,
  );
  expect(r.out).toContain("\n      → The figure was cut off, not rounded\n");
  expect(r.out).toContain(`\nWritten: ${out} (sheet "Consistency Check")\n`);
});

test("contoh --bahasa en: English labels, ratings and number formats", async () => {
  const r = await run(["--bahasa", "en", "contoh"]);
  expect(
    kataIndonesia(r.out, [
      "Dinas Koperasi dan Usaha Mikro Kota Depok",
      ...JSON.parse((await run(["baca", "--json"])).out).anggaran.map((p: { uraian: string }) => p.uraian.slice(0, 48)),
    ]),
  ).toEqual([]);
  expect(r.out).toMatch(/Koperasi Berkualitas\s+achievement\s+173\.16%\s+Above Target\s+\(report: 173\.14%\)/);
  expect(r.out).toMatch(/Persentase wirausaha\s+achievement\s+37\.00%\s+Not Met/);
  expect(r.out).toMatch(/Goal 2 achievement: 105\.08%/);
  expect(r.out).toMatch(/Agency total\s+Rp 32,300,612,788\s+90\.50%/);
});

test("help, usage errors and file errors in English", async () => {
  const help = await run(["help", "--bahasa", "en"]);
  expect(help.code).toBe(0);
  expect(kataIndonesia(help.out, ["DKUM Depok"])).toEqual([]);
  const dir = tmp();
  const file = (nama: string, isi: string | Buffer) => (
    fs.writeFileSync(path.join(dir, nama), isi),
    path.join(dir, nama)
  );
  const sampel = fs.readFileSync("samples/dkum-depok-2023.xlsx");
  const cases: [string[], number][] = [
    [["baca", file("teks.csv", "no;indikator\n1;Indeks\n")], 3],
    [["baca", file("acak.xlsx", Buffer.from([7, 1, 2, 3, 4, 5, 6, 7, 8, 9]))], 3],
    [["generate", file("terpotong.xlsx", sampel.subarray(0, sampel.length >> 1))], 3],
    [["audit", file("lama.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))], 3],
    [["baca", "--warna"], 2],
    [["baca", "--mapping"], 2],
    [["baca", "--json=1"], 2],
    [["generate", "--skala", "enam"], 2],
    [["generate", "--triwulan", "V"], 2],
    [["generate", "--batas-deviasi=x"], 2],
    [["audit", "--tahun", "dua"], 2],
    [["audit", "a.xlsx", "b.xlsx"], 2],
    [["contoh", "x"], 2],
    [["terbang"], 2],
    [["baca", "tidak-ada.xlsx"], 3],
    [["baca", "--mapping", path.join(dir, "tidak-ada.json")], 3],
    [["baca", dir], 3],
    [["generate", "-o", path.join(dir, "tidak", "ada", "x.xlsx")], 4],
    [["generate", "-o", path.join(dir, "x.xlsm")], 2],
  ];
  for (const [argv, code] of cases) {
    const r = await run([...argv, "--bahasa", "en"]);
    expect({ argv, code: r.code, kata: kataIndonesia(r.err) }).toEqual({ argv, code, kata: [] });
    expect(r.err).toMatch(/^kinerja: \S/);
  }
});
