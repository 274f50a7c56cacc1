/**
 * Periksa Konsistensi on the seed report's own tables (samples/dkum-depok-2023-laporan.xlsx, typed as the LKIP
 * DKUM Depok 2023 prints them). The complete list of findings is pinned: every entry was checked by hand against
 * the report text, and a finding on any other cell (a false positive on a clean row) fails the test. The key
 * figures are recomputed here from samples/dkum-depok-2023.json, independently of the audit.
 */
import * as path from "path";
import seed from "../../samples/dkum-depok-2023.json";
import { HasilPeriksa, periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { readGrids } from "../../src/xlsx/read";

const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");
let hasil: HasilPeriksa;
beforeAll(async () => {
  hasil = periksaLaporan(await readGrids(LAPORAN));
});
const temuan = (code: string, sheet: string, cell: string): TemuanAudit => {
  const t = hasil.temuan.find((x) => x.code === code && x.sheet === sheet && x.cell === cell);
  if (!t) throw new Error(`no ${code} at ${sheet}!${cell}`);
  return t;
};
const sel = (t: TemuanAudit) => t.sel.map((s) => `${s.sheet}!${s.cell}`);
const rows36 = seed.program_kegiatan_subkegiatan_3_6.rows;
const row36 = (code: string) => rows36.find((r) => r.code === code)!;

test("every table of the report is found, in the report's year", () => {
  expect(hasil.tahun).toBe(2023);
  const perLembar = new Map<string, number>();
  for (const t of hasil.tabel) perLembar.set(t.sheet, (perLembar.get(t.sheet) ?? 0) + 1);
  expect(Object.fromEntries(perLembar)).toEqual({
    "3.1 Capaian IKU": 1,
    "3.2 Perbandingan Tahun": 1,
    "3.3 Renstra": 1,
    "3.4 Standar Nasional": 1,
    "3.5 Sasaran": 6,
    "3.5 Program Kegiatan": 7,
    "3.6 Efisiensi": 1,
    "3.6 Efisiensi Sasaran": 1,
    "D Realisasi Anggaran": 1,
  });
  expect(hasil.tabel.find((t) => t.sheet === "3.6 Efisiensi")!.baris).toBe(rows36.length);
  expect(hasil.diagnostik).toEqual([]);
  expect(hasil.diperiksa).toBeGreaterThan(400);
});

test("the complete list of findings (each checked by hand against the report)", () => {
  // A finding repeated on adjacent cells (or the same sentence twice) is one, written with its range.
  expect(hasil.temuan.map((t) => `${t.code} ${t.sheet}!${t.rentang ?? t.cell}`)).toEqual([
    // Errors: the arithmetic of a row.
    "CAPAIAN_HITUNG 3.2 Perbandingan Tahun!M5", // 2022: 70,85 ÷ 70,15 = 101,00%, printed 100,71%
    "CAPAIAN_HITUNG 3.2 Perbandingan Tahun!N6", // 36,36 ÷ 21,21 = 171,43%, printed 173,14% (= 36,36 ÷ 21)
    "SISA_HITUNG 3.6 Efisiensi!J7", // 126.613.500 − 120.048.000 = 6.565.500, printed 1.359.329.341
    "SISA_HITUNG 3.6 Efisiensi!J22", // 185.506.000 − 145.443.291 = 40.062.709, printed 38.995.169 (its sub kegiatan's)
    "EFISIENSI_HITUNG 3.6 Efisiensi Sasaran!I5", // 19,55%, printed 15,87%
    "CAPAIAN_HITUNG 3.6 Efisiensi Sasaran!F6", // 33,33 ÷ 21 = 158,71%, printed 157,15%
    // Errors: parents and their children.
    "JUMLAH_INDUK 3.6 Efisiensi!G6", // Program Penunjang 10.255.966.594 against its kegiatan 9.384.257.538
    // Errors: the same figure stated differently in two tables (the value fewer tables state first; on a tie,
    // the earlier table).
    // pagu sasaran 1: 9.742.688.724 (efficiency table) vs 9.384.257.538 (D); the row below, pagu Koperasi
    // Berkualitas: 3.036.837.550 vs 2.986.837.750
    "ANTAR_TABEL 3.6 Efisiensi Sasaran!G5:G6",
    "ANTAR_TABEL 3.2 Perbandingan Tahun!H6", // target Koperasi Berkualitas 2023: 21,21 vs 21
    "ANTAR_TABEL 3.3 Renstra!F6", // realisasi Koperasi Berkualitas: 33,33 vs 36,36
    "ANTAR_TABEL 3.6 Efisiensi Sasaran!H7", // realisasi anggaran Persentase Wirausaha: …446.552 vs …046.552
    "ANTAR_TABEL 3.5 Sasaran!E7", // Program Penunjang realisasi 98,18 vs 100
    "ANTAR_TABEL 3.5 Sasaran!F7", // Program Penunjang pagu 9.384.257.538 vs 10.255.966.594 (3.6)
    "ANTAR_TABEL 3.5 Sasaran!H7", // … and so its serapan: 83,52% vs 76,42% (3.6), each right for its own row
    "ANTAR_TABEL 3.6 Efisiensi!E37", // Program Pemberdayaan dan Perlindungan Koperasi realisasi 1,21 vs 4,24
    "ANTAR_TABEL 3.5 Program Kegiatan!E52", // Program Pemberdayaan UMKM realisasi 76,54 vs 77,28
    "ANTAR_TABEL 3.5 Sasaran!D27", // Program Pengembangan UMKM target 11,29 vs 76,22 (3.5 copies the row above)
    "ANTAR_TABEL 3.5 Sasaran!E27", // … realisasi 15,24 vs 76,54
    // Pendataan Potensi: 165 vs 320, Kemitraan: 320 vs 225 (3.5 shifts these rows by one), target and realisasi
    "ANTAR_TABEL 3.5 Program Kegiatan!D54:D55",
    "ANTAR_TABEL 3.5 Program Kegiatan!E54:E55",
    "ANTAR_TABEL 3.5 Program Kegiatan!E57", // Pemberdayaan Kelembagaan realisasi 2.170 vs 2.114
    "ANTAR_TABEL 3.5 Program Kegiatan!D58", // Koordinasi dan Sinkronisasi target 275 vs 250
    "ANTAR_TABEL 3.5 Program Kegiatan!E64", // Fasilitasi Usaha Mikro realisasi 1.800 vs 1.000
    // Errors: words against numbers ("telah memenuhi target … capaiannya 37%"): the same paragraph in 3.1 and 3.2,
    // one finding at its two cells (A4, A8).
    "KATA_BERTENTANGAN Uraian Bab III!A4,A8",
    // Errors: staff tables whose Jumlah row is not the sum of its rows (section 1.5).
    "JUMLAH_TOTAL 1.5 Sumber Daya Manusia!C44", // Tabel e. Diklat Pim: 1 + 5 + 13 = 19, printed 12
    "JUMLAH_TOTAL 1.5 Sumber Daya Manusia!C52", // Tabel f. per bidang: 10 + 8 + 9 + 5 = 32, printed 34
    // Warnings: capaian above 150%.
    "CAPAIAN_TINGGI 3.1 Capaian IKU!G5", // 173,14% (also 3.2, 3.5 and the efficiency table's 157,15%)
    "CAPAIAN_TINGGI 3.2 Perbandingan Tahun!M6", // 310% in 2022
    "CAPAIAN_TINGGI 3.5 Program Kegiatan!F64", // 180%
    // Information: truncation instead of rounding, and figures computed from another rounding of an input.
    "PEMBULATAN_TERPOTONG 3.1 Capaian IKU!G4", // 100,925…% printed 100,92%
    "PEMBULATAN_TERPOTONG 3.2 Perbandingan Tahun!N5",
    "PEMBULATAN_ANTARA 3.2 Perbandingan Tahun!M7", // 107,16% from an unrounded 2,14
    "PEMBULATAN_ANTARA 3.2 Perbandingan Tahun!L8", // 75,83% from an unrounded 0,13
    "PEMBULATAN_TERPOTONG 3.3 Renstra!G5", // 100,496…% printed 100,49
    "PEMBULATAN_TERPOTONG 3.5 Sasaran!E3",
    "PEMBULATAN_ANTARA 3.5 Sasaran!F20:F21", // 64,52% from 36,3636…%; 64,51% from 36,36; 145,45% from 36,3636…%
    "PEMBULATAN_TERPOTONG 3.5 Sasaran!F27", // 134,98…% printed 134,9
    "PEMBULATAN_TERPOTONG 3.5 Program Kegiatan!F15", // 321 ÷ 336 = 95,536% printed 95,53 (3.6 prints 95,54)
    "PEMBULATAN_TERPOTONG 3.5 Program Kegiatan!F27",
    "PEMBULATAN_ANTARA 3.5 Program Kegiatan!F32",
    "PEMBULATAN_TERPOTONG 3.5 Program Kegiatan!F52",
    "PEMBULATAN_TERPOTONG 3.5 Program Kegiatan!F62",
    "PEMBULATAN_ANTARA 3.6 Efisiensi!F26",
    "PEMBULATAN_TERPOTONG 3.6 Efisiensi!F35",
    "PEMBULATAN_ANTARA 3.6 Efisiensi!F37", // 20,00% from 2 ÷ 165; 19,97% from 1,21
    "PEMBULATAN_ANTARA 3.6 Efisiensi!F47:F48",
    "PEMBULATAN_TERPOTONG 3.6 Efisiensi Sasaran!I6:I7", // 8,839% printed 8,83%; 6,538% printed 6,53%
    // Information: the agency total is right (the DPA); the difference against its programs is G6's, above.
    "JUMLAH_INDUK 3.6 Efisiensi!G5",
    "PEMBULATAN_ANTARA Uraian Bab III!A8", // the text's 173,16% against the tables' 173,14%
  ]);
  const jumlah = (sev: string) => hasil.temuan.filter((t) => t.severity === sev).length;
  expect([jumlah("error"), jumlah("warning"), jumlah("info")]).toEqual([26, 3, 20]);
  // Findings count a group once; the cells they stand for are the 30, 3 and 23 found cell by cell (31, 3, 22 before the agency total G5 became info).
  const sel = (sev: string) => hasil.temuan.filter((t) => t.severity === sev).reduce((n, t) => n + (t.jumlah ?? 1), 0);
  expect([sel("error"), sel("warning"), sel("info")]).toEqual([30, 3, 23]);
});

test("the paragraph printed twice is one finding at its two cells, its sentence with the range and the count", () => {
  const t = temuan("KATA_BERTENTANGAN", "Uraian Bab III", "A4");
  expect([t.jumlah, t.rentang, t.cells]).toEqual([2, "A4,A8", ["A4", "A8"]]);
  expect(t.sel.map((s) => s.cell)).toEqual(["A4", "A8"]);
  expect(t.message).toMatch(/^2 sel \(A4, A8\): Uraian "Hal tersebut berarti telah memenuhi target/);
  expect(t.message).toContain("padahal capaian yang disebut 37%.");
  expect(t.messageEn).toMatch(/^2 cells \(A4, A8\): /);
  // The same sentence at both cells: no members kept apart.
  expect(t.anggota).toBeUndefined();
  expect(hasil.jumlah.KATA_BERTENTANGAN).toBe(1);
});

describe("the figures, recomputed from the report's stated inputs", () => {
  test("capaian from the wrong target: 36,36 ÷ 21,21, and the 21 of table 3.1 that produced 173,14", () => {
    const t = temuan("CAPAIAN_HITUNG", "3.2 Perbandingan Tahun", "N6");
    const [row] = seed.multi_year_2021_2023.rows.filter((r) => r.indikator_2021_2026 === "Koperasi Berkualitas");
    expect(t.tertulis).toBe(row.capaian_pct["2023"]);
    expect(t.seharusnya).toBeCloseTo((row.realisasi["2023"]! / row.target["2023"]!) * 100, 9);
    expect(t.penyebab).toContain("memakai target 21 dari '3.1 Capaian IKU'!E5");
  });

  test("sisa anggaran of P1.K1 and P1.K5: pagu − realisasi, the second copied from its sub kegiatan", () => {
    const k1 = temuan("SISA_HITUNG", "3.6 Efisiensi", "J7");
    expect(k1.tertulis).toBe(row36("P1.K1").efisiensi_anggaran);
    expect(k1.seharusnya).toBe(row36("P1.K1").anggaran - row36("P1.K1").realisasi_anggaran);
    const k5 = temuan("SISA_HITUNG", "3.6 Efisiensi", "J22");
    expect(k5.seharusnya).toBe(row36("P1.K5").anggaran - row36("P1.K5").realisasi_anggaran);
    expect(k5.tertulis).toBe(row36("P1.K5.S1").anggaran - row36("P1.K5.S1").realisasi_anggaran);
    expect(k5.penyebab).toContain("'3.6 Efisiensi'!J23");
  });

  test("Program Penunjang against its five kegiatan, and the agency total against its seven programs", () => {
    const kegiatan = rows36.filter((r) => r.parent === "P1");
    const program = rows36.filter((r) => r.level === "program");
    const p1 = temuan("JUMLAH_INDUK", "3.6 Efisiensi", "G6");
    expect(p1.tertulis).toBe(row36("P1").anggaran);
    expect(p1.seharusnya).toBe(kegiatan.reduce((s, r) => s + r.anggaran, 0));
    expect(p1.seharusnya).toBe(seed.budget_by_sasaran.section_3_5.sasaran_1.rows[0].anggaran);
    const total = temuan("JUMLAH_INDUK", "3.6 Efisiensi", "G5");
    expect(total.seharusnya).toBe(program.reduce((s, r) => s + r.anggaran, 0));
    expect(total.tertulis! - total.seharusnya!).toBe(-(p1.tertulis! - p1.seharusnya!));
    expect(total.penyebab).toContain("'3.6 Efisiensi'!G6");
    // The agency's pagu is the DPA (32.300.612.788): right against its kegiatan, it only carries G6's error.
    expect(total.tertulis).toBe(32_300_612_788);
    expect([p1.severity, total.severity]).toEqual(["error", "info"]);
    // Realisasi rolls up correctly at both levels: no finding on column H.
    expect(hasil.temuan.filter((t) => t.sheet === "3.6 Efisiensi" && t.cell.startsWith("H"))).toEqual([]);
  });

  test("efisiensi of sasaran 1: (pagu − realisasi) ÷ pagu, and the two pagu behind the printed 15,87%", () => {
    const [s1] = seed.budget_by_sasaran.section_3_6_efficiency_table.rows;
    const t = temuan("EFISIENSI_HITUNG", "3.6 Efisiensi Sasaran", "I5");
    expect(t.seharusnya).toBeCloseTo(((s1.target_anggaran - s1.realisasi_anggaran) / s1.target_anggaran) * 100, 9);
    const paguD = seed.budget_by_sasaran.section_D_realisasi_anggaran.rows[0].anggaran;
    expect(Math.round(((paguD - s1.realisasi_anggaran) / s1.target_anggaran) * 10000) / 100).toBe(
      s1.efisiensi_anggaran_pct,
    );
    expect(t.penyebab).toContain("'D Realisasi Anggaran'!F5");
  });

  test("realisasi Koperasi Berkualitas: 36,36 in four tables, 33,33 in the Renstra and efficiency tables", () => {
    const t = temuan("ANTAR_TABEL", "3.3 Renstra", "F6");
    expect(sel(t)).toEqual([
      "3.3 Renstra!F6",
      "3.6 Efisiensi Sasaran!E6",
      "3.1 Capaian IKU!F5",
      "3.2 Perbandingan Tahun!K6",
      "3.5 Sasaran!D11",
      "D Realisasi Anggaran!E6",
    ]);
    expect([t.tertulis, t.seharusnya]).toEqual([
      seed.renstra_end_target.rows[1].realisasi_sd_2023,
      seed.iku_capaian_2023.primary_section_3_1[1].realisasi,
    ]);
  });

  test("the words: 37% called 'telah memenuhi target'; 173,16% in the text is 60/165 unrounded", () => {
    const kata = temuan("KATA_BERTENTANGAN", "Uraian Bab III", "A4");
    expect(kata.tertulis).toBe(seed.iku_capaian_2023.primary_section_3_1[2].capaian_pct);
    expect(kata.message).toContain("memenuhi target");
    const antara = temuan("PEMBULATAN_ANTARA", "Uraian Bab III", "A8");
    const { numerator, denominator } = seed.raw_counts.koperasi_berkualitas_2023;
    expect(antara.tertulis).toBe(Math.round((numerator / denominator / 21) * 1e6) / 100);
    expect(antara.seharusnya).toBeCloseTo((36.36 / 21) * 100, 9);
    expect(antara.severity).toBe("info");
  });

  test("Program Penunjang's serapan: 83,52% in 3.5, 76,42% in 3.6, each realisasi ÷ its own table's pagu", () => {
    const t = temuan("ANTAR_TABEL", "3.5 Sasaran", "H7");
    const s1 = seed.budget_by_sasaran.section_3_5.sasaran_1.rows[0];
    expect(sel(t)).toEqual(["3.5 Sasaran!H7", "3.6 Efisiensi!I6"]);
    expect(t.tertulis).toBe(83.52);
    expect(Math.round((s1.realisasi_anggaran / s1.anggaran) * 10000) / 100).toBe(83.52);
    expect(Math.round((row36("P1").realisasi_anggaran / row36("P1").anggaran) * 10000) / 100).toBe(76.42);
    expect(t.penyebab).toContain("pagu atau realisasi anggarannya berbeda");
  });

  test("staff tables: a Jumlah row counted in 'Orang' against its rows", () => {
    const e = temuan("JUMLAH_TOTAL", "1.5 Sumber Daya Manusia", "C44");
    expect([e.tertulis, e.seharusnya]).toEqual([12, 1 + 5 + 13]);
    expect(sel(e)).toEqual([
      "1.5 Sumber Daya Manusia!C44",
      "1.5 Sumber Daya Manusia!C41",
      "1.5 Sumber Daya Manusia!C42",
      "1.5 Sumber Daya Manusia!C43",
    ]);
    expect(e.message).toContain("Tabel e. Data Pegawai berdasarkan pendidikan penjenjangan");
    const f = temuan("JUMLAH_TOTAL", "1.5 Sumber Daya Manusia", "C52");
    expect([f.tertulis, f.seharusnya]).toEqual([34, 10 + 8 + 9 + 5]);
  });

  test("truncation is information, with the exact figure: 70,85 ÷ 70,20", () => {
    const t = temuan("PEMBULATAN_TERPOTONG", "3.1 Capaian IKU", "G4");
    expect(t.severity).toBe("info");
    expect(t.seharusnya).toBeCloseTo((70.85 / 70.2) * 100, 9);
    expect(t.tertulis).toBe(Math.trunc((70.85 / 70.2) * 10000) / 100);
  });
});
