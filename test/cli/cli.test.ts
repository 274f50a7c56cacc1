import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as bacaModul from "../../src/cli/baca";
import { rujukan } from "../../src/core/audit";
import { rujukanSel } from "../../src/core/grid";
import { main } from "../../src/cli/main";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const sink = (f: (s: string) => void) => ({ write: (s: string) => f(s) });
  return main(
    argv,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
  ).then((code) => ({ code, out, err }));
}

test("kinerja contoh recomputes the seed's IKU and budget figures", async () => {
  const { code, out } = await run(["contoh"]);
  expect(code).toBe(0);
  expect(out).toMatch(/Koperasi Berkualitas\s+capaian\s+173,16%\s+Melebihi Target\s+\(laporan: 173,14%\)/);
  expect(out).toMatch(/Persentase wirausaha\s+capaian\s+37,00%\s+Tidak Tercapai/);
  expect(out).toMatch(/Capaian sasaran 2: 105,08%/);
  expect(out).toMatch(/Total dinas\s+Rp 32\.300\.612\.788\s+90,50%/);
});

test("exit codes tell usage errors from success", async () => {
  expect((await run(["bantuan"])).code).toBe(0);
  const bad = await run(["terbang"]);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/Perintah tidak dikenal: terbang/);
  expect((await run([])).code).toBe(2);
  expect((await run(["contoh", "x"])).code).toBe(2);
});

test("options are parsed strictly: each usage error exits 2 with the option named and the command's usage", async () => {
  const cases: [string[], string][] = [
    [["baca", "--warna"], "kinerja: Opsi tidak dikenal untuk baca: --warna\nPemakaian: kinerja baca [berkas.xlsx]"],
    [["baca", "-x"], "kinerja: Opsi tidak dikenal untuk baca: -x\n"],
    [["baca", "--json=ya"], "kinerja: --json tidak menerima nilai\n"],
    [["baca", "--mapping"], "kinerja: --mapping memerlukan nilai, mis. --mapping pemetaan.json\n"],
    [
      ["generate", "--batas-deviasi", "-1"],
      'kinerja: --batas-deviasi memerlukan nilai; nilai yang diawali "-" ditulis --batas-deviasi=-1\nPemakaian: kinerja generate',
    ],
    [["generate", "--batas-deviasi=-1"], "kinerja: --batas-deviasi harus angka poin ≥ 0, mis. 10\n"],
    [
      ["generate", "--skala", "enam"],
      'kinerja: --skala "enam" tidak dikenal. Pilihan: tiga, lima, permendagri86, sakip, koperasi, efisiensi_selisih, efisiensi_rasio.\n',
    ],
    [["generate", "--rumus", "x"], 'kinerja: --rumus "x" tidak dikenal. Pilihan: native, sakip.\n'],
    [
      ["audit", "--termasuk-buatan", "a.xlsx", "b.xlsx"],
      "kinerja: Terlalu banyak berkas: a.xlsx b.xlsx (satu berkas saja)\nPemakaian: kinerja audit",
    ],
    [["audit", "--tahun", "dua"], "kinerja: --tahun harus tahun antara 2000 dan 2100, mis. 2024\n"],
    [["contoh", "x"], "kinerja: Argumen tidak dikenal: x\nPemakaian: kinerja contoh"],
    [["contoh", "--bahasa", "fr"], 'kinerja: --bahasa "fr" tidak dikenal. Pilihan: id, en.\n'],
    [["baca", "--bahasa"], "kinerja: --bahasa memerlukan nilai, mis. --bahasa en\n"],
    [["terbang"], "kinerja: Perintah tidak dikenal: terbang\nLihat: kinerja bantuan\n"],
    [["toString"], "kinerja: Perintah tidak dikenal: toString\n"],
    [["baca", "--constructor"], "kinerja: Opsi tidak dikenal untuk baca: --constructor\n"],
    [["--bahasa", "en", "terbang"], "kinerja: Unknown command: terbang\nSee: kinerja --help\n"],
    [
      ["baca", "--warna", "--bahasa=en"],
      "kinerja: Unknown option for baca: --warna\nUsage: kinerja baca [file.xlsx] [--mapping mapping.json]",
    ],
    [
      ["generate", "--skala", "enam", "--bahasa", "en"],
      'kinerja: --skala "enam" is not one of: tiga, lima, permendagri86, sakip, koperasi, efisiensi_selisih, efisiensi_rasio.\n',
    ],
  ];
  for (const [argv, awal] of cases) {
    const r = await run(argv);
    expect({ argv, code: r.code, out: r.out, err: r.err.slice(0, awal.length) }).toEqual({
      argv,
      code: 2,
      out: "",
      err: awal,
    });
  }
});

test("--version, --help, and every alias and form of an option", async () => {
  expect(await run(["--version"])).toEqual({
    code: 0,
    out: `${(JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string }).version}\n`,
    err: "",
  });
  const help = await run(["bantuan"]);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Pemakaian: kinerja <perintah> \[opsi\]\n/);
  expect((await run(["-h", "--bahasa", "en"])).out).toMatch(
    /^Usage: kinerja <command> \[options\]\n[\s\S]*Exit codes: 0 success/,
  );
  const json = (argv: string[]) => run(argv).then((r) => JSON.parse(r.out));
  const baca = await json(["baca", "samples/fixtures/dua-pk.xlsx", "--json"]);
  expect(await json(["read", "--json", "samples/fixtures/dua-pk.xlsx"])).toEqual(baca);
  expect(baca.pemetaan.lembar.pk).toBe("PK 2024");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-alias-"));
  const a = await json([
    "buat",
    "--json",
    "--output",
    `${dir}/a.xlsx`,
    "--skala=lima",
    "--bahasa-lembar=en",
    "--tahun",
    "2023",
  ]);
  expect(a).toMatchObject({ output: `${dir}/a.xlsx`, opsi: { skala: "lima", bahasa: "en", tahun: 2023 } });
  expect((await json(["periksa", "--json", `-o${dir}/b.xlsx`])).output).toBe(`${dir}/b.xlsx`);
  expect((await run(["demo"])).out).toBe((await run(["contoh"])).out);
});

test("kinerja baca reads the bundled sample by default and lists findings by cell", async () => {
  const { code, out } = await run(["baca"]);
  expect(code).toBe(0);
  expect(out).toMatch(/2 sasaran, 3 indikator \(3 dengan realisasi\)/);
  expect(out).toMatch(
    /7 program, 11 kegiatan, 26 sub kegiatan; pagu Rp 32\.300\.612\.788, realisasi Rp 29\.231\.216\.957/,
  );
  expect(out).toMatch(
    /\[GALAT\] 'DPA 2023'!G8: Pagu program .* tertulis Rp 10\.255\.966\.594, jumlah kegiatannya Rp 9\.384\.257\.538/,
  );
});

test("kinerja baca: target and realisasi rounded to two decimals, each with its unit", async () => {
  const { out } = await run(["baca"]);
  // 60/165 as the sheet computes it: 36,3636… shown as the report prints it.
  expect(out).toContain("\n    Koperasi Berkualitas: target 21 %, realisasi 36,36 %\n");
  expect(out).toContain("\n    Nilai evaluasi AKIP: target 70,2 Nilai, realisasi 70,85 Nilai\n");
  expect((await run(["baca", "--bahasa", "en"])).out).toContain(
    "\n    Koperasi Berkualitas: target 21 %, realisation 36.36 %\n",
  );
});

test("a sheet reference is written one way everywhere: quoted as Excel quotes it", async () => {
  const baca = (await run(["baca"])).out;
  // The reader's line and the reader's message name the sheets alike.
  expect(baca).toContain(
    `  [PERINGATAN] 'Realisasi TW IV'!B8: Nama indikator dieja berbeda: "Persentase Wirasaha" ('PK 2023'!C7)`,
  );
  expect(baca).toContain("  [GALAT] 'PK 2023'!C19: Jumlah anggaran PK tertulis");
  expect(baca).not.toMatch(/(^|[\s(])(PK 2023|DPA 2023|Realisasi TW IV)!/m);
  // The audit's: quoted only when Excel would quote (a name with a space, or one that reads as a cell).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-ruj-"));
  const audit = (await run(["audit", "-o", path.join(dir, "a.xlsx")])).out;
  expect(audit).toContain("[GALAT] '3.6 Efisiensi'!J7 SISA_HITUNG");
  expect(audit).not.toMatch(/(^|[\s(])3\.\d [A-Z][\w ]*![A-Z]+\d/m);
});

test("one function writes a place for the reader, the audit and the pane: Excel's quoting, a range alike", () => {
  const cases: [string, string | undefined, string][] = [
    ["Input", "J13", "Input!J13"],
    ["PK 2023", "C19", "'PK 2023'!C19"],
    ["Cetak", "K13:K46", "Cetak!K13:K46"],
    ["TW4", "G6", "'TW4'!G6"],
    ["3.1 Capaian IKU", "G4", "'3.1 Capaian IKU'!G4"],
    ["Realisasi O'Neil", "B2", "'Realisasi O''Neil'!B2"],
    ["PK 2023", undefined, "PK 2023"],
  ];
  for (const [sheet, cell, teks] of cases) {
    expect(rujukanSel(sheet, cell)).toBe(teks);
    if (cell) expect(rujukan({ sheet, cell })).toBe(teks);
  }
});

test("<command> --help prints that command's usage only; the choices of --skala as its error lists them", async () => {
  const generate = await run(["generate", "--help"]);
  expect(generate.code).toBe(0);
  expect(generate.out).toMatch(/^Pemakaian: kinerja generate \[masukan\.xlsx\] \[-o keluaran\.xlsx\]/);
  expect(generate.out).toContain("(alias: buat) susun lembar Pengukuran Kinerja");
  expect(generate.out).toContain("--bahasa-lembar en: lembar yang ditulis dalam bahasa Inggris");
  expect(generate.out).not.toMatch(/kinerja (baca|audit|contoh)|alias: (read|periksa|demo)/);
  const audit = await run(["periksa", "-h", "--bahasa", "en"]);
  expect(audit.out).toMatch(/^Usage: kinerja audit \[report\.xlsx\]/);
  expect(audit.out).not.toMatch(/kinerja (baca|generate|contoh)/);
  // --skala: the usage's list is the error's list.
  const salah = await run(["generate", "--skala", "enam"]);
  const pilihanGalat = /Pilihan: ([^.]+)\./.exec(salah.err)![1].split(", ");
  const pilihanBantuan = /--skala ([\w|]+)\]/.exec(generate.out)![1].split("|");
  expect(pilihanBantuan).toEqual(pilihanGalat);
  expect(pilihanBantuan).toHaveLength(7);
  for (const [opsi, contoh] of [
    ["--metode-negatif", "x"],
    ["--metode-efisiensi", "x"],
  ]) {
    const e = await run(["generate", opsi, contoh]);
    expect(new RegExp(`${opsi} ([\\w|]+)\\]`).exec(generate.out)![1].split("|")).toEqual(
      /Pilihan: ([^.]+)\./.exec(e.err)![1].split(", "),
    );
  }
});

test("--json | head: the closed pipe ends the command quietly (no EPIPE stack)", () => {
  const bin = path.resolve(__dirname, "../../bin/kinerja.js");
  const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" baca --json | head -c 20`], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({
    status: 0,
    stderr: "",
    stdout: '{\n  "sasaran": [\n   ',
  });
});

test("kinerja baca --json prints the model for other systems", async () => {
  const { code, out } = await run(["baca", "samples/fixtures/dua-pk.xlsx", "--json"]);
  expect(code).toBe(0);
  const model = JSON.parse(out);
  expect(model.sasaran[0].indikator[0]).toMatchObject({
    nama: "Indeks kepuasan",
    target: 80,
    realisasi: { nilai: 82 },
  });
  expect(model.pemetaan.lembar.pk).toBe("PK 2024");
});

test("input problems exit 3 with a message, not a stack", async () => {
  const missing = await run(["baca", "tidak-ada.xlsx"]);
  expect(missing.code).toBe(3);
  expect(missing.err).toBe("kinerja: Berkas tidak ditemukan: tidak-ada.xlsx\n");
  const notXlsx = await run(["baca", "README.md"]);
  expect(notXlsx.code).toBe(3);
  expect(notXlsx.err).toMatch(
    /^kinerja: README.md adalah berkas teks .*bukan buku kerja .xlsx. Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Buku Kerja Excel \(.xlsx\)"/,
  );
  expect((await run(["baca", "--warna"])).code).toBe(2);
  // A nomenclature list that is no workbook is named as itself, not as the workbook being read.
  const nomenklatur = await run(["baca", "--nomenklatur", "README.md"]);
  expect({ code: nomenklatur.code, err: nomenklatur.err.slice(0, 58) }).toEqual({
    code: 3,
    err: "kinerja: README.md adalah berkas teks (mis. CSV), bukan bu",
  });
});

test("kinerja baca on a generated workbook reads the user's sheets only, never the sheets it generated", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-cli-")), "out.xlsx");
  expect((await run(["generate", "-o", out])).code).toBe(0);
  const model = JSON.parse((await run(["baca", out, "--json"])).out);
  expect(model.pemetaan.lembar).toEqual({ pk: "PK 2023", realisasi: "Realisasi TW IV", anggaran: "DPA 2023" });
  expect(model.diagnostics.filter((d: { code: string }) => d.code === "PILIHAN_LEMBAR")).toEqual([]);
});

describe("kinerja audit", () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sakip-audit-"));
  const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");
  const sheets = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  };

  test("on the bundled report tables: every finding by cell, and a copy with the Pemeriksaan sheet", async () => {
    const out = path.join(tmp(), "periksa.xlsx");
    const before = fs.readFileSync(LAPORAN);
    const { code, out: text } = await run(["audit", "-o", out]);
    expect(code).toBe(0);
    expect(text).toMatch(/Diperiksa: 20 tabel, tahun 2023; \d{3} angka dihitung ulang atau dibandingkan/);
    expect(text).toMatch(/Temuan: 26 galat \(30 sel\), 3 peringatan, 20 info \(23 sel\); /);
    expect(text).toContain("[GALAT] '3.6 Efisiensi'!J7 SISA_HITUNG: Sisa anggaran Kegiatan Perencanaan");
    expect(text).toContain("[info] '3.1 Capaian IKU'!G4 PEMBULATAN_TERPOTONG");
    // Findings repeated over cells are one line each, with the range and the count.
    expect(text).toContain(
      `  [GALAT] 'Uraian Bab III'!A4 KATA_BERTENTANGAN: 2 sel (A4, A8): Uraian "Hal tersebut berarti telah memenuhi target`,
    );
    expect(text).not.toContain("'Uraian Bab III'!A8 KATA_BERTENTANGAN");
    expect(text).toContain(
      "[GALAT] '3.5 Program Kegiatan'!D54:D55 ANTAR_TABEL: 2 sel (D54:D55), temuan sejenis; yang pertama, D54: Sub Kegiatan Pendataan Potensi",
    );
    expect(text).toContain("\n      sel lain: '3.6 Efisiensi'!D42:D43\n");
    expect(fs.readFileSync(LAPORAN).equals(before)).toBe(true);
    const wb = await sheets(out);
    const ws = wb.getWorksheet("Pemeriksaan")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const temuan = rows.filter((r) => typeof r[0] === "number");
    expect(temuan).toHaveLength(49);
    expect(temuan[0].slice(1, 3)).toEqual(["Galat", "Capaian = realisasi ÷ target × 100%"]);
    expect((temuan[0][3] as { formula: string }).formula).toBe(
      `HYPERLINK("#'3.2 Perbandingan Tahun'!M5","'3.2 Perbandingan Tahun'!M5")`,
    );
    expect(temuan[0].slice(4, 6)).toEqual([100.71, Number(((70.85 / 70.15) * 100).toPrecision(12))]);
    // A group is one row: its link selects the first range and shows them all; its other cells as ranges.
    const baris = (teks: string) =>
      temuan.find((r) => (r[3] as { formula?: string }).formula?.endsWith(`,"${teks}")`))!;
    const paragraf = baris("'Uraian Bab III'!A4,A8");
    expect((paragraf[3] as { formula: string }).formula).toBe(
      `HYPERLINK("#'Uraian Bab III'!A4","'Uraian Bab III'!A4,A8")`,
    );
    expect(paragraf[6]).toMatch(/^2 sel \(A4, A8\): Uraian "Hal tersebut/);
    const geser = baris("'3.5 Program Kegiatan'!D54:D55");
    expect((geser[3] as { formula: string }).formula).toBe(
      `HYPERLINK("#'3.5 Program Kegiatan'!D54:D55","'3.5 Program Kegiatan'!D54:D55")`,
    );
    expect(geser[6]).toMatch(/^2 sel \(D54:D55\), temuan sejenis; yang pertama, D54: Sub Kegiatan Pendataan/);
    // Stated 165 and 320: no one figure of the group's own; the other cells, the two rows of 3.6.
    expect(geser[4] ?? null).toBeNull();
    expect(geser[8]).toBe("'3.6 Efisiensi'!D42:D43");
    expect(ws.getCell("A2").value).toMatch(/26 galat \(30 sel\), 3 peringatan, 20 info \(23 sel\)$/);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "1.5 Sumber Daya Manusia",
      "Uraian Bab III",
      "3.1 Capaian IKU",
      "3.2 Perbandingan Tahun",
      "3.3 Renstra",
      "3.4 Standar Nasional",
      "3.5 Sasaran",
      "3.5 Program Kegiatan",
      "3.6 Efisiensi",
      "3.6 Efisiensi Sasaran",
      "D Realisasi Anggaran",
      "Pemeriksaan",
    ]);
  });

  test("--json; a second audit replaces its own sheet and does not read it", async () => {
    const dir = tmp();
    const first = JSON.parse((await run(["audit", "--json", "-o", path.join(dir, "1.xlsx")])).out);
    expect(first.jumlah).toMatchObject({ ANTAR_TABEL: 16, CAPAIAN_HITUNG: 3, KATA_BERTENTANGAN: 1, JUMLAH_TOTAL: 2 });
    // A group keeps every cell, its count and ranges, and the members with their own figures.
    const geser = first.temuan.find((t: { cell: string }) => t.cell === "D54:D55");
    expect(geser).toMatchObject({
      code: "ANTAR_TABEL",
      sheet: "3.5 Program Kegiatan",
      cells: ["D54", "D55"],
      jumlah: 2,
      rentang: "D54:D55",
    });
    expect(geser.sel.map((x: { cell: string }) => x.cell)).toEqual(["D54", "D55", "D42", "D43"]);
    expect(geser.anggota.map((x: { cell: string; tertulis: number }) => [x.cell, x.tertulis])).toEqual([
      ["D54", 165],
      ["D55", 320],
    ]);
    expect(first.temuan.find((t: { code: string }) => t.code === "KATA_BERTENTANGAN")).toMatchObject({
      cell: "A4",
      cells: ["A4", "A8"],
      jumlah: 2,
      rentang: "A4,A8",
    });
    expect(first.temuan[0]).toMatchObject({
      severity: "error",
      code: "CAPAIAN_HITUNG",
      sheet: "3.2 Perbandingan Tahun",
      cell: "M5",
      tertulis: 100.71,
    });
    const second = JSON.parse(
      (await run(["audit", path.join(dir, "1.xlsx"), "--json", "-o", path.join(dir, "2.xlsx")])).out,
    );
    expect(second.temuan).toEqual(first.temuan);
    expect(
      (await sheets(path.join(dir, "2.xlsx"))).worksheets
        .filter((w) => w.name.startsWith("Pemeriksaan"))
        .map((w) => w.name),
    ).toEqual(["Pemeriksaan"]);
  });

  test("on a generated workbook: the report sheets stay, the audit sheet is added beside them", async () => {
    const dir = tmp();
    expect((await run(["generate", "-o", path.join(dir, "gen.xlsx")])).code).toBe(0);
    const { code, out } = await run(["audit", path.join(dir, "gen.xlsx"), "-o", path.join(dir, "audit.xlsx")]);
    expect(code).toBe(0);
    // Our generated sheets are left out by default: computed by the core, not "never calculated".
    expect(out).not.toMatch(/Pengukuran Kinerja|belum punya nilai hasil hitung/);
    expect(out).toMatch(/Diperiksa: \d+ tabel, tahun 2023;/);
    // With --termasuk-buatan they are read; written by ExcelJS, never opened in a spreadsheet program, their
    // formulas have no values yet, and it says so.
    const semua = await run([
      "audit",
      path.join(dir, "gen.xlsx"),
      "--termasuk-buatan",
      "-o",
      path.join(dir, "audit-semua.xlsx"),
    ]);
    expect(semua.out).toMatch(/Pengukuran Kinerja: \d+ sel rumus di lembar ini belum punya nilai hasil hitung/);
    const names = (await sheets(path.join(dir, "audit.xlsx"))).worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(["PK 2023", "Pengukuran Kinerja", "Capaian IKU", "Efisiensi", "Pemeriksaan"]),
    );
    // …and generating again keeps the audit sheet.
    expect((await run(["generate", path.join(dir, "audit.xlsx"), "-o", path.join(dir, "again.xlsx")])).code).toBe(0);
    expect((await sheets(path.join(dir, "again.xlsx"))).worksheets.map((w) => w.name).sort()).toEqual(
      [...names].sort(),
    );
  });

  test("input problems", async () => {
    expect((await run(["audit", "tidak-ada.xlsx"])).code).toBe(3);
    expect((await run(["audit", LAPORAN, "-o", LAPORAN])).code).toBe(3);
    expect((await run(["audit", "--tahun", "dua"])).code).toBe(2);
  });
});

test("a bug (an unexpected exception) exits 1 with the version and the stack, in the output's language", async () => {
  const spy = jest.spyOn(bacaModul, "baca").mockImplementation(() => {
    throw new TypeError("cacat buatan");
  });
  try {
    const { version } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string };
    const id = await run(["baca"]);
    expect(id.code).toBe(1);
    expect(id.err).toMatch(
      new RegExp(
        `^kinerja ${version}: galat tak terduga, mohon laporkan beserta teks di bawah ini\\nTypeError: cacat buatan\\n\\s+at `,
      ),
    );
    const en = await run(["baca", "--bahasa", "en"]);
    expect(en.err).toMatch(
      new RegExp(
        `^kinerja ${version}: unexpected error, please report it with the text below\\nTypeError: cacat buatan\\n`,
      ),
    );
  } finally {
    spy.mockRestore();
  }
});

test("baca: a diagnostic repeated down a column is one line and one --json entry, with its range, count and cells", async () => {
  const file = path.resolve(__dirname, "../../samples/fixtures/rekap/rekap-kota.xlsx");
  const text = await run(["baca", file]);
  expect(text.code).toBe(0);
  // Seven unit rows with no level: one finding at 7 cells, counted as one beside its cells.
  expect(text.out).toContain("Temuan: 0 galat, 3 peringatan (9 sel), 1 info\n");
  expect(text.out).toContain(
    '  [PERINGATAN] Cetak!B7:B13: 7 sel (B7:B13), temuan sejenis; yang pertama, B7: Baris "DINAS" tidak dikenali',
  );
  expect(text.out).not.toContain("Cetak!B8:");
  // generate prints the reader's findings the same way.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-kelompok-"));
  const gen = await run(["generate", file, "-o", path.join(dir, "rk.xlsx")]);
  expect(gen.out).toContain("Temuan: 0 galat, 3 peringatan (9 sel), 1 info\n");
  expect(gen.out).toContain("  [PERINGATAN] Cetak!B7:B13: 7 sel (B7:B13), temuan sejenis;");
  const json = JSON.parse((await run(["baca", file, "--json"])).out);
  const grup = json.diagnostics.filter((d: { code: string }) => d.code === "TINGKAT_TAK_DIKENAL");
  expect(grup).toHaveLength(1);
  expect(grup[0]).toMatchObject({
    sheet: "Cetak",
    cell: "B7:B13",
    rentang: "B7:B13",
    jumlah: 7,
    cells: ["B7", "B8", "B9", "B10", "B11", "B12", "B13"],
  });
  expect(grup[0].messageEn).toMatch(/^7 cells \(B7:B13\), findings of one kind; the first, B7: Row "DINAS"/);
  // Each row's own sentence is kept.
  expect(grup[0].anggota.map((d: { message: string }) => /"([^"]+)"/.exec(d.message)![1])).toEqual([
    "DINAS",
    "DINAS KESEHATAN",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
    "DINAS PERHUBUNGAN",
    "BAGIAN UMUM",
    "KECAMATAN SUKAMAJU",
  ]);
});
