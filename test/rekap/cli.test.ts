/**
 * `kinerja rekap` through the command line: a folder, files, --daftar, --periode, --json; the per-OPD --json as the
 * unit of work (each OPD file read on its own, the readings combined into the same rekap); usage errors and an
 * unreadable file, in both languages.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { kataIndonesia } from "../support/kata-indonesia";
import { DAFTAR_REKAP } from "../../scripts/fixtures-rekap";
import { writeWorkbook } from "../../scripts/workbook-builder";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");
const M = 1_000_000;

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

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-cli-"));

test("each OPD file's --json is a unit of work: the readings, combined, give the rekap of the whole folder", async () => {
  const dir = tmp();
  const files = fs.readdirSync(path.join(DIR, "opd"));
  // Map: each OPD file on its own (what a batch engine would run per file).
  for (const f of files) {
    const r = await run(["rekap", path.join(DIR, "opd", f), "--json"]);
    expect(r.code).toBe(0);
    fs.writeFileSync(path.join(dir, `${f}.json`), r.out);
  }
  // Reduce: the JSON readings as input, with the list.
  const daftar = ["--daftar", path.join(DIR, "daftar-opd.xlsx")];
  const dariJson = JSON.parse((await run(["rekap", dir, ...daftar, "--json"])).out);
  const langsung = JSON.parse((await run(["rekap", path.join(DIR, "opd"), ...daftar, "--json"])).out);
  expect(dariJson.total).toEqual(langsung.total);
  expect(dariJson.kelengkapan.map((k: { nama: string; status: string }) => [k.nama, k.status])).toEqual(
    langsung.kelengkapan.map((k: { nama: string; status: string }) => [k.nama, k.status]),
  );
  expect(langsung.total).toMatchObject({ dpa: 1500 * M, realisasi: 1230 * M, dpaLain: 1310 * M });
  expect(langsung.jumlah).toEqual({ lapor: 5, kosong: 1, periode_lain: 1, tidak_terbaca: 0, belum_lapor: 1, ganda: 0 });
  // --json without -o writes no workbook.
  expect(langsung.output).toBeUndefined();
}, 60_000);

test("-o writes a new workbook; --periode chooses the month (then November's Bagian Umum is the one that reported)", async () => {
  const out = path.join(tmp(), "rekap.xlsx");
  const r = await run(["rekap", path.join(DIR, "rekap-kota.xlsx"), "-o", out, "--periode", "2024-11"]);
  expect(r.code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  expect(r.out).toContain("Periode: November 2024");
  expect(r.out).toContain("Kelengkapan: 1 lapor, 1 kosong, 5 periode lain, 0 tidak terbaca, 0 belum lapor");
  expect(r.out).toContain(
    "Pemda (1 OPD melapor): DPA Rp 60.000.000, realisasi keuangan Rp 30.000.000 = 50,00%, fisik 50,00%",
  );
});

test("English summary; an unreadable file is listed, not fatal; usage errors exit 2", async () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, "rusak.xlsx"), "bukan zip");
  fs.copyFileSync(path.join(DIR, "opd", "02-dinkes.xlsx"), path.join(dir, "02-dinkes.xlsx"));
  const r = await run(["rekap", dir, "--json", "--bahasa", "en"]);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.kelengkapan.map((k: { status: string }) => k.status)).toEqual(["lapor", "tidak_terbaca"]);
  const en = await run(["rekap", path.join(dir, "02-dinkes.xlsx"), "-o", path.join(dir, "r.xlsx"), "--bahasa", "en"]);
  expect(en.out).toContain(
    "Local government (1 agencies reported): DPA Rp 500,000,000, financial realisation Rp 440,000,000 = 88.00%, physical 92.00%",
  );
  expect(en.out).toContain("KONSTANTA_DI_TOTAL '2 Dinkes'!N15: the total is written =O15+0.01");
  const semuaEn = await run(
    ["rekap", path.join(DIR, "opd"), "--daftar", path.join(DIR, "daftar-opd.xlsx"), "--bahasa", "en"].concat([
      "-o",
      path.join(dir, "r2.xlsx"),
    ]),
  );
  // The summary's own words are English (the OPD's names are theirs).
  const nama = [
    ...JSON.parse(
      (await run(["rekap", path.join(DIR, "opd"), "--daftar", path.join(DIR, "daftar-opd.xlsx"), "--json"])).out,
    ).kelengkapan.map((k: { nama: string }) => k.nama),
    "KONDISI NOVEMBER 2024",
  ];
  expect(kataIndonesia(semuaEn.out, nama)).toEqual([]);
  const tanpa = await run(["rekap"]);
  expect(tanpa.code).toBe(2);
  expect(tanpa.err).toContain(
    "Sebutkan berkas laporan OPD (.xlsx) atau foldernya\nPemakaian: kinerja rekap berkas.xlsx…",
  );
  const periode = await run(["rekap", dir, "--periode", "kemarin"]);
  expect(periode.code).toBe(2);
  expect(periode.err).toContain('--periode "kemarin" tidak dikenali');
  const sama = await run(["rekap", path.join(dir, "02-dinkes.xlsx"), "-o", path.join(dir, "02-dinkes.xlsx")]);
  expect(sama.code).toBe(3);
  expect((await run(["bantuan"])).out).toContain("kinerja rekap berkas.xlsx… | folder");
  expect((await run(["--help", "--bahasa", "en"])).out).toContain("(alias: recap) the local government's recap");
}, 60_000);

test("a folder holding the list and an earlier rekap: neither is read as an OPD's report", async () => {
  const dir = tmp();
  for (const f of ["02-dinkes.xlsx", "03-bpbd.xlsx"]) fs.copyFileSync(path.join(DIR, "opd", f), path.join(dir, f));
  fs.copyFileSync(path.join(DIR, "daftar-opd.xlsx"), path.join(dir, "daftar-opd.xlsx"));
  const out = path.join(dir, "rekap.xlsx");
  const satu = await run(["rekap", dir, "--daftar", path.join(dir, "daftar-opd.xlsx"), "-o", out]);
  expect(satu.code).toBe(0);
  expect(satu.out).toContain("Dibaca: 2 berkas, 2 laporan OPD");
  // Again, the earlier rekap now in the folder: set aside, the same figures (not counted twice).
  const dua = await run(["rekap", dir, "--daftar", path.join(dir, "daftar-opd.xlsx"), "--json"]);
  const j = JSON.parse(dua.out);
  expect(j.dilewati.map((d: { berkas: string; alasan: string }) => [path.basename(d.berkas), d.alasan])).toEqual([
    ["rekap.xlsx", "buku kerja buatan SAKIP Kinerja (rekap atau laporan), bukan laporan OPD"],
  ]);
  expect(j.total).toMatchObject({ jumlahOpd: 2, dpa: 800 * M, realisasi: 670 * M });
  expect(j.jumlah).toMatchObject({ lapor: 2, belum_lapor: 6, tidak_terbaca: 0 });
}, 60_000);

test("a file whose sheet part is damaged is 'tidak terbaca' with why; the others are still read", async () => {
  const dir = tmp();
  const isi = unzipSync(new Uint8Array(fs.readFileSync(path.join(DIR, "opd", "03-bpbd.xlsx"))));
  const sheet = Object.keys(isi).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
  fs.writeFileSync(
    path.join(dir, "03-bpbd.xlsx"),
    zipSync({ ...isi, [sheet]: strToU8("<worksheet><sheetData><row>") }),
  );
  fs.copyFileSync(path.join(DIR, "opd", "02-dinkes.xlsx"), path.join(dir, "02-dinkes.xlsx"));
  const r = await run(["rekap", dir, "--json"]);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.kelengkapan.map((k: { status: string; berkas: string }) => [k.status, path.basename(k.berkas)])).toEqual([
    ["lapor", "02-dinkes.xlsx"],
    ["tidak_terbaca", "03-bpbd.xlsx"],
  ]);
  expect(j.kelengkapan[1].keterangan).toMatch(/03-bpbd\.xlsx/);
}, 60_000);

test("an earlier rekap is never overwritten silently: -o to an existing file needs --timpa, as for generate and audit", async () => {
  const out = path.join(tmp(), "rekap.xlsx");
  const args = ["rekap", path.join(DIR, "rekap-kota.xlsx"), "-o", out];
  expect((await run(args)).code).toBe(0);
  const pertama = fs.readFileSync(out);
  const lagi = await run(args);
  expect(lagi.code).toBe(4);
  expect(lagi.err).toContain("sudah ada dan tidak ditimpa. Tambahkan --timpa");
  expect(fs.readFileSync(out).equals(pertama)).toBe(true);
  const timpa = await run([...args, "--timpa"]);
  expect(timpa.code).toBe(0);
  expect(timpa.out).toContain("(berkas lama ditimpa: --timpa)");
}, 60_000);

test("a bare list of OPD (No | Nama Perangkat Daerah | Singkatan, no kode or DPA) is read as the list", async () => {
  const dir = tmp();
  const rows = [
    ["DAFTAR PERANGKAT DAERAH KOTA SUKAMAJU"],
    [],
    ["No", "Nama Perangkat Daerah", "Singkatan"],
    // Without a kode the name must match: the Perkim is listed by its full name, as its report titles it.
    ...DAFTAR_REKAP.map((d, i) => [
      i + 1,
      d.singkatan === "Perkim" ? "Dinas Perumahan Rakyat dan Kawasan Permukiman" : d.nama,
      d.singkatan,
    ]),
  ];
  await writeWorkbook([{ name: "Daftar OPD", rows }], path.join(dir, "daftar.xlsx"));
  const daftar = ["--daftar", path.join(dir, "daftar.xlsx")];
  const sederhana = JSON.parse((await run(["rekap", path.join(DIR, "opd"), ...daftar, "--json"])).out);
  const lengkap = JSON.parse(
    (await run(["rekap", path.join(DIR, "opd"), "--daftar", path.join(DIR, "daftar-opd.xlsx"), "--json"])).out,
  );
  // The same statuses as with the full list (kode, DPA); only the DPA of those that did not report is unknown.
  const status = (j: { kelengkapan: { nama: string; status: string }[] }) =>
    j.kelengkapan.map((k) => [
      k.nama.toLowerCase().replace("dinas perkim", "dinas perumahan rakyat dan kawasan permukiman"),
      k.status,
    ]);
  expect(status(sederhana)).toEqual(status(lengkap));
  expect(sederhana.jumlah).toEqual(lengkap.jumlah);
}, 60_000);
