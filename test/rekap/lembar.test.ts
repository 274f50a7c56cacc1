/**
 * The rekap written by `kinerja rekap` on the fixtures (scripts/fixtures-rekap.ts), every figure hand-checked, and
 * recalculated by LibreOffice: not one error cell, every formula cell equal to the core's value (relative 1e-9), so
 * the live formulas and the core agree. The inputs are never written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bacaSebelumnya, rekap, ringkasanRekap } from "../../src/cli/rekap";
import { lembarRekap } from "../../src/core/rekap/lembar";
import { bandingLibreOffice } from "../support/libreoffice";
import { kataBahasa } from "../support/bahasa";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");
const M = 1_000_000;

describe("one file per OPD, with the list", () => {
  let out: string;
  let r: Awaited<ReturnType<typeof rekap>>;
  const sebelum = fs.readdirSync(path.join(DIR, "opd")).map((f) => fs.readFileSync(path.join(DIR, "opd", f)));
  beforeAll(async () => {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-")), "rekap.xlsx");
    r = await rekap([path.join(DIR, "opd")], out, { daftar: path.join(DIR, "daftar-opd.xlsx") });
  });

  test("kelengkapan: 5 lapor, Disdik kosong, Bagian Umum of November, DLH without a file", () => {
    expect(r.rekap.kelengkapan.map((k) => [k.nama, k.status, k.dpa])).toEqual([
      ["Dinas Pendidikan", "kosong", 1000 * M],
      ["Dinas Kesehatan", "lapor", 500 * M],
      ["Badan Penanggulangan Bencana Daerah", "lapor", 300 * M],
      // Matched by kode only: the list calls it "Dinas Perkim".
      ["Dinas Perkim", "lapor", 200 * M],
      ["Dinas Perhubungan", "lapor", 400 * M],
      ["Bagian Umum", "periode_lain", 60 * M],
      ["Kecamatan Sukamaju", "lapor", 100 * M],
      ["Dinas Lingkungan Hidup", "belum_lapor", 250 * M],
    ]);
  });

  test("each OPD's figures and the Pemda total, by hand", () => {
    expect(r.rekap.opd.map((o) => [o.nama, o.dpa, o.realisasi, o.persen, o.fisik, o.kategori])).toEqual([
      // 440 / 500; fisik (400 × 95 + 100 × 80) / 500
      ["Dinas Kesehatan", 500 * M, 440 * M, 0.88, 0.92, "Baik"],
      // 230 / 300; fisik (200 × 80 + 50 × 100 + 50 × 60) / 300
      ["Badan Penanggulangan Bencana Daerah", 300 * M, 230 * M, 230 / 300, 0.8, "Cukup"],
      ["Dinas Perkim", 200 * M, 120 * M, 0.6, 0.65, "Kurang"],
      ["Dinas Perhubungan", 400 * M, 370 * M, 0.925, 1, "Sangat Baik"],
      ["Kecamatan Sukamaju", 100 * M, 70 * M, 0.7, 0.7, "Cukup"],
    ]);
    const t = r.rekap.total;
    expect(t).toMatchObject({ jumlahOpd: 5, dpa: 1500 * M, realisasi: 1230 * M, rencana: 1490 * M, sisa: 270 * M });
    expect(t.persen).toBeCloseTo(0.82, 12);
    // (500 × 92 + 300 × 80 + 200 × 65 + 400 × 100 + 100 × 70) / 1500 = 1300 / 1500
    expect(t.fisik).toBeCloseTo(1300 / 1500, 12);
    expect(t.deviasiKeu).toBeCloseTo(0.82 - 1490 / 1500, 12);
    // Disdik 1000 (the list's), Bagian Umum 60 (its own rows), DLH 250: 1230 / 2810 and 1300 / 2810.
    expect(t.dpaLain).toBe(1310 * M);
    expect(t.persenSemua).toBeCloseTo(1230 / 2810, 12);
    expect(t.fisikSemua).toBeCloseTo(1300 / 2810, 12);
    expect(r.rekap.perhatian.map((p) => [p.jenis, p.opd, p.sub?.nama ?? null])).toEqual([
      // December: the plan of 40.000.000 is not the DPA of 50.000.000.
      ["rencana_bukan_dpa", "Badan Penanggulangan Bencana Daerah", "Sub Kegiatan Peta Rawan Bencana"],
      ["fisik_100_tanpa_rp", "Dinas Perhubungan", "Sub Kegiatan Uji Kendaraan"],
      ["realisasi_lebihi_dpa", "Dinas Perhubungan", "Sub Kegiatan Terminal Tipe C"],
      ["fisik_sama_keuangan", "Kecamatan Sukamaju", null],
    ]);
    // The list's Asisten: (500 + 300) and (440 + 230); fisik (500 × 92 + 300 × 80) / 800; Bagian Umum (another month) out.
    expect(r.rekap.kelompok).toEqual([
      { nama: "Asisten I", jumlahOpd: 2, dpa: 800 * M, realisasi: 670 * M, persen: 670 / 800, fisik: 0.875 },
      { nama: "Asisten II", jumlahOpd: 2, dpa: 600 * M, realisasi: 490 * M, persen: 490 / 600, fisik: 53 / 60 },
      { nama: "Asisten III", jumlahOpd: 1, dpa: 100 * M, realisasi: 70 * M, persen: 0.7, fisik: 0.7 },
    ]);
    const teks = ringkasanRekap(r);
    expect(teks).toContain(
      "Pemda (5 OPD melapor): DPA Rp 1.500.000.000, realisasi keuangan Rp 1.230.000.000 = 82,00%, fisik 86,67%",
    );
    expect(teks).toContain("Bila OPD lain dihitung 0 (DPA Rp 1.310.000.000 lagi): keuangan 43,77%, fisik 46,26%");
  });

  test("LibreOffice recalculates the rekap: 0 error cells, every formula equal to the core's figure", async () => {
    const specs = lembarRekap(r.rekap, { bacaan: r.bacaan });
    expect(specs.map((s) => s.nama)).toEqual(r.lembar);
    const { formulas, salah } = await bandingLibreOffice(out, specs);
    expect(salah).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
    // The Pemda row of the rekap: its DPA, realisasi and % as the core and the hand sums say.
    const ro = specs[1];
    const total = ro.rows.find((row) => String(row[1]?.v ?? "").startsWith("JUMLAH PEMDA"))!;
    expect([total[2]?.hasil, total[4]?.hasil, total[5]?.hasil, total[11]?.hasil]).toEqual([
      1500 * M,
      1230 * M,
      0.82,
      "Baik",
    ]);
    // The ranking: the rekap's rows by realisasi %, through INDEX/MATCH, not copies.
    const pk = specs[2];
    const baris = pk.rows.filter((row) => typeof row[0]?.v === "number");
    expect(baris.map((row) => row[1]?.hasil)).toEqual([
      "Dinas Perhubungan",
      "Dinas Kesehatan",
      "Badan Penanggulangan Bencana Daerah",
      "Kecamatan Sukamaju",
      "Dinas Perkim",
    ]);
    expect(baris[0][1]?.f).toMatch(
      /^=INDEX\('Rekap per OPD'!B\$\d+:B\$\d+,MATCH\(\$A\d+,'Rekap per OPD'!N\$\d+:N\$\d+,0\)\)$/,
    );
  }, 120_000);

  test("the inputs are unchanged", () => {
    expect(fs.readdirSync(path.join(DIR, "opd")).map((f) => fs.readFileSync(path.join(DIR, "opd", f)))).toEqual(
      sebelum,
    );
  });
});

test("one workbook with a sheet per OPD, no list: the same figures; Disdik kosong; the rekap sheet set aside", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-")), "rekap.xlsx");
  const r = await rekap([path.join(DIR, "rekap-kota.xlsx")], out, { bahasa: "en" });
  expect(r.dilewati.map((d) => d.sheet)).toEqual(["Cetak"]);
  expect(r.rekap.jumlah).toEqual({ lapor: 5, kosong: 1, periode_lain: 1, tidak_terbaca: 0, belum_lapor: 0, ganda: 0 });
  expect(r.rekap.total.realisasi).toBe(1230 * M);
  // No list: Disdik's DPA is unknown, Bagian Umum's is its own 60.
  expect(r.rekap.total).toMatchObject({ dpaLain: 60 * M, lainTanpaDpa: 1 });
  const specs = lembarRekap(r.rekap, { bacaan: r.bacaan, bahasa: "en" });
  expect(r.lembar).toEqual([
    "Completeness",
    "Recap by Agency",
    "Ranking Financial",
    "Ranking Physical",
    "Needs Attention",
    "Agency Checks",
  ]);
  const { salah } = await bandingLibreOffice(out, specs);
  expect(salah).toEqual([]);
  expect(r.rekap.opd.map((o) => o.kategori)).toEqual(["Good", "Fair", "Poor", "Very Good", "Fair"]);
  // The sheets' own words are English: titles, headers, notes, statuses, totals, categories, issues.
  const sendiri = specs.flatMap((s) =>
    s.rows.flatMap((row) =>
      row.flatMap((c) =>
        c && ["judul", "subjudul", "kepala", "catatan", "teksTebal", "total"].includes(c.gaya ?? "")
          ? [String(c.v ?? c.hasil ?? "")]
          : [],
      ),
    ),
  );
  const lain = [
    ...r.rekap.kelengkapan.map((k) => k.keteranganEn),
    ...r.rekap.perhatian.map((p) => p.messageEn),
    ...r.bacaan.flatMap((b) => b.temuan.map((t) => t.messageEn)),
  ];
  expect([...sendiri, ...lain].flatMap((t) => kataBahasa(t, "id"))).toEqual([]);
}, 120_000);

test("month on month: the previous rekap written by the command, read back; the change per OPD and for the Pemda", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-rekap-"));
  const kota = path.join(DIR, "rekap-kota.xlsx");
  // November: only Bagian Umum reported that month (30 of 60 = 50%, fisik 50%).
  await rekap([kota], path.join(dir, "nov.xlsx"), { periode: "2024-11" });
  // A December "previous" rekap to compare with the same OPD: the December rekap itself, written once before.
  await rekap([kota], path.join(dir, "des-awal.xlsx"), {});
  const out = path.join(dir, "des.xlsx");
  const r = await rekap([kota], out, { sebelumnya: path.join(dir, "des-awal.xlsx") });
  const specs = lembarRekap(r.rekap, {
    bacaan: r.bacaan,
    temuanLain: r.temuanRekap,
    sebelumnya: await bacaSebelumnya(path.join(dir, "des-awal.xlsx")),
  });
  const ro = specs[1];
  const kepala = ro.rows.find((row) => row[0]?.v === "No")!;
  expect(kepala.slice(17).map((c) => c?.v)).toEqual([
    "Realisasi Keuangan Sebelumnya (%)",
    "Perubahan Keuangan",
    "Realisasi Fisik Sebelumnya (%)",
    "Perubahan Fisik",
  ]);
  const dinkes = ro.rows.find((row) => row[1]?.v === "DINAS KESEHATAN")!;
  // The same figures a month apart: previous 88%, change 0.
  expect([dinkes[17]?.v, dinkes[18]?.hasil, dinkes[19]?.v, dinkes[20]?.hasil]).toEqual([0.88, 0, 0.92, 0]);
  const { salah } = await bandingLibreOffice(out, specs);
  expect(salah).toEqual([]);
  // Against November (another set of OPD): an OPD without a previous figure has "–" as its change.
  const r2 = await rekap([kota], path.join(dir, "des2.xlsx"), { sebelumnya: path.join(dir, "nov.xlsx") });
  const s2 = lembarRekap(r2.rekap, {
    bacaan: r2.bacaan,
    sebelumnya: await bacaSebelumnya(path.join(dir, "nov.xlsx")),
  });
  const total = s2[1].rows.find((row) => String(row[1]?.v ?? "").startsWith("JUMLAH PEMDA"))!;
  // December 82% against November's 50%: 32 points up; fisik 86,67% against 50%.
  expect(total[17]?.v).toBe(0.5);
  expect(total[18]?.hasil).toBeCloseTo(0.32, 12);
  expect(total[20]?.hasil).toBeCloseTo(1300 / 1500 - 0.5, 12);
  expect(s2[1].rows.find((row) => row[1]?.v === "DINAS KESEHATAN")![18]?.hasil).toBe("–");
  expect((await bandingLibreOffice(path.join(dir, "des2.xlsx"), s2)).salah).toEqual([]);
}, 180_000);
