/**
 * Builds samples/dkum-depok-2023.xlsx: the seed agency's three input sheets (Perjanjian Kinerja with its
 * program–budget table, realisasi IKU, and the budget table exported SIPD-style at program/kegiatan/sub kegiatan
 * level with kode rekening), from samples/dkum-depok-2023.json (the LKIP Dinas Koperasi dan Usaha Mikro Kota Depok
 * 2023, numbers as the report states them). Laid out the way agencies lay them out: title rows, merged two-row
 * headers, a "(1) (2) (3)" row, sasaran merged down, numbers typed as Indonesian text, the PK's own misspelling.
 * Also writes samples/dkum-depok-2023-laporan.xlsx (the report's own tables, scripts/laporan.ts) and the layout fixtures of scripts/fixtures.ts to samples/fixtures/. Run: npx tsx scripts/build-sample.ts
 */
import { Nomenklatur } from "../src/core/read/nomenklatur";
import * as fs from "fs";
import * as path from "path";
import { FIXTURES } from "./fixtures";
import { FIXTURES_NYATA } from "./fixtures-nyata";
import { FIXTURES_RFK } from "./fixtures-rfk";
import { DIR_DPA, FIXTURES_DPA } from "./fixtures-dpa";
import { E81_FIXTURE } from "./fixture-e81";
import { laporanSheets } from "./laporan";
import { CellInput, SheetInput, writeWorkbook } from "./workbook-builder";

const ROOT = path.resolve(__dirname, "..");
export const SAMPLE_XLSX = path.join(ROOT, "samples/dkum-depok-2023.xlsx");
/** The seed report's own tables as printed, for `kinerja audit`. */
export const LAPORAN_XLSX = path.join(ROOT, "samples/dkum-depok-2023-laporan.xlsx");
export const FIXTURE_DIR = path.join(ROOT, "samples/fixtures");
const seed = JSON.parse(fs.readFileSync(path.join(ROOT, "samples/dkum-depok-2023.json"), "utf8"));

const rupiahTeks = (n: number | null) => (n === null ? "Rp -" : `Rp ${n.toLocaleString("id-ID")}`);
const RP = "#,##0";

/** Kode rekening as SIPD exports them: urusan 2.17 (koperasi, usaha kecil dan menengah), Permendagri 90/2019. */
const PROGRAM_KODE: Record<number, string> = {
  1: "2.17.01",
  3: "2.17.03",
  4: "2.17.04",
  5: "2.17.05",
  6: "2.17.06",
  7: "2.17.07",
  8: "2.17.08",
};
const PENUNJANG_KEGIATAN = ["2.01", "2.02", "2.06", "2.08", "2.09"];

export function sampleSheets(): SheetInput[] {
  const pk = seed.perjanjian_kinerja;
  const [s1, s2] = pk.sasaran_strategis;
  const pkRows: CellInput[][] = [
    [pk.title],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2023"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    [1, s1.sasaran, s1.indikator[0].name, s1.indikator[0].satuan, { v: s1.indikator[0].target, fmt: "0.00" }],
    [2, s2.sasaran, s2.indikator[0].name, s2.indikator[0].satuan, s2.indikator[0].target_raw],
    [null, null, s2.indikator[1].name_as_in_pk, s2.indikator[1].satuan, { v: s2.indikator[1].target / 100, fmt: "0%" }],
    [],
    [],
    ["No", "Program", "Anggaran", "Keterangan"],
    ...pk.program_anggaran.map((p: { no: number; program: string; anggaran: number | null; keterangan: string }) => [
      p.no,
      p.program,
      rupiahTeks(p.anggaran),
      p.keterangan,
    ]),
    ["JUMLAH", null, rupiahTeks(pk.jumlah_anggaran_stated)],
    [],
    [null, null, null, pk.signed],
    [null, null, null, seed.agency.head.jabatan],
    [],
    [null, null, null, seed.agency.head.name],
  ];

  const iku = seed.iku_capaian_2023.primary_section_3_1;
  const { numerator, denominator } = seed.raw_counts.koperasi_berkualitas_2023;
  // Beside 2023: the 2022 figures (section 3.2), the Renstra end targets (3.3) and the national realisasi (3.4).
  const y2022 = (k: number) => seed.multi_year_2021_2023.rows[k];
  const renstra = (k: number) => seed.renstra_end_target.rows[k].target_renstra_2026;
  const nasional = seed.national_standard_comparison.rows;
  const pct = (n: number) => `${String(n).replace(".", ",")}%`;
  const realisasiRows: CellInput[][] = [
    ["PENGUKURAN KINERJA TAHUN 2023"],
    [seed.agency.name],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Kinerja 2022",
      null,
      "Kinerja 2023",
      null,
      null,
      "Target Akhir Renstra (2026)",
      "Standar Nasional",
      "Sumber Data",
    ],
    [null, null, null, "Target", "Realisasi", "Target", "Realisasi", "Capaian (%)"],
    [
      1,
      "Nilai Evaluasi AKIP",
      iku[0].satuan,
      { v: y2022(0).target["2022"], fmt: "0.00" },
      { v: y2022(0).realisasi["2022"], fmt: "0.00" },
      { v: iku[0].target, fmt: "0.00" },
      { v: iku[0].realisasi, fmt: "0.00" },
      iku[0].raw.capaian.replace(".", ","),
      { v: renstra(0), fmt: "0.00" },
      null,
      iku[0].sumber_data,
    ],
    // Koperasi Berkualitas: 60 of 165 cooperatives, kept as the formula so the unrounded 36,3636…% is read.
    [
      2,
      iku[1].indikator,
      iku[1].satuan,
      pct(y2022(1).target["2022"]),
      pct(y2022(1).realisasi["2022"]),
      iku[1].raw.target,
      { f: `=${numerator}/${denominator}`, v: numerator / denominator, fmt: "0.00%" },
      iku[1].raw.capaian,
      pct(renstra(1)),
      pct(nasional[0].realisasi_nasional),
      iku[1].sumber_data,
    ],
    [
      3,
      "Persentase Wirausaha",
      iku[2].satuan,
      pct(y2022(2).target["2022"]),
      pct(y2022(2).realisasi["2022"]),
      iku[2].raw.target,
      iku[2].raw.realisasi,
      iku[2].raw.capaian,
      pct(renstra(2)),
      pct(nasional[3].realisasi_nasional),
      iku[2].sumber_data,
    ],
  ];

  const rows36 = seed.program_kegiatan_subkegiatan_3_6.rows as {
    code: string;
    level: string;
    pk_program_no: number | null;
    name: string;
    indikator: string | null;
    satuan: string | null;
    anggaran: number;
    realisasi_anggaran: number;
    raw: { target: string; realisasi: string };
  }[];
  const kode = new Map<string, string>();
  const NOMENKLATUR = Nomenklatur.dasar();
  const dpaRows: CellInput[][] = [
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN ANGGARAN 2023"],
    [`${seed.agency.name} — ${seed.agency.pemerintah_daerah}`],
    [],
    ["Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Kinerja", null, null, null, "Anggaran (Rp)", null],
    [null, null, "Indikator", "Satuan", "Target", "Realisasi", "Pagu", "Realisasi"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
  ];
  for (const r of rows36) {
    if (r.level === "agency") {
      dpaRows.push([
        "2.17",
        "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH",
        null,
        null,
        null,
        null,
        { v: r.anggaran, fmt: RP },
        { v: r.realisasi_anggaran, fmt: RP },
      ]);
      continue;
    }
    const [p, k, s] = r.code.split(".");
    if (r.level === "program") kode.set(r.code, PROGRAM_KODE[r.pk_program_no!]);
    else if (r.level === "kegiatan")
      kode.set(
        r.code,
        `${kode.get(p)}.${p === "P1" ? PENUNJANG_KEGIATAN[Number(k.slice(1)) - 1] : `2.0${k.slice(1)}`}`,
      );
    else {
      // Penunjang sub kegiatan carry the nomenclature's own number; the others are numbered in order.
      const shared = NOMENKLATUR.cariNama(r.name).find(
        (e) => e.tingkat === "sub_kegiatan" && e.kode.startsWith("X.XX.01.2."),
      );
      const tail = p === "P1" && shared ? shared.kode.split(".")[5] : String(Number(s.slice(1))).padStart(4, "0");
      kode.set(r.code, `${kode.get(`${p}.${k}`)}.${tail}`);
    }
    dpaRows.push([
      kode.get(r.code),
      r.name,
      r.indikator,
      r.satuan,
      r.raw.target,
      r.raw.realisasi,
      { v: r.anggaran, fmt: RP },
      { v: r.realisasi_anggaran, fmt: RP },
    ]);
  }
  const agency = rows36.find((r) => r.level === "agency")!;
  dpaRows.push([
    null,
    "JUMLAH",
    null,
    null,
    null,
    null,
    { v: agency.anggaran, fmt: RP },
    { v: agency.realisasi_anggaran, fmt: RP },
  ]);

  return [
    {
      name: "PK 2023",
      rows: pkRows,
      merges: ["A1:E1", "A6:A7", "B6:B7"],
      widths: [8, 48, 36, 10, 14],
      boldRows: [1, 3, 10],
    },
    {
      name: "Realisasi TW IV",
      rows: realisasiRows,
      merges: ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4", "I4:I5", "J4:J5", "K4:K5"],
      widths: [6, 36, 10, 12, 12, 12, 12, 12, 16, 14, 32],
      boldRows: [1, 4, 5],
    },
    {
      name: "DPA 2023",
      rows: dpaRows,
      merges: ["A4:A5", "B4:B5", "C4:F4", "G4:H4"],
      widths: [20, 60, 40, 8, 10, 10, 18, 18],
      boldRows: [1, 4, 5],
    },
  ];
}

async function main(): Promise<void> {
  await writeWorkbook(sampleSheets(), SAMPLE_XLSX);
  console.log(`ditulis: ${path.relative(process.cwd(), SAMPLE_XLSX)}`);
  await writeWorkbook(laporanSheets(), LAPORAN_XLSX);
  console.log(`ditulis: ${path.relative(process.cwd(), LAPORAN_XLSX)}`);
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const f of FIXTURES) {
    await writeWorkbook(f.sheets, path.join(FIXTURE_DIR, f.file));
    console.log(`ditulis: samples/fixtures/${f.file} — ${f.kesulitan}`);
  }
  await writeWorkbook(E81_FIXTURE.sheets, path.join(FIXTURE_DIR, E81_FIXTURE.file));
  console.log(`ditulis: samples/fixtures/${E81_FIXTURE.file} — ${E81_FIXTURE.kesulitan}`);
  fs.mkdirSync(path.join(FIXTURE_DIR, "nyata"), { recursive: true });
  for (const f of [...FIXTURES_NYATA, ...FIXTURES_RFK]) {
    await writeWorkbook(f.sheets, path.join(FIXTURE_DIR, "nyata", f.file));
    console.log(`ditulis: samples/fixtures/nyata/${f.file} — ${f.kesulitan}`);
  }
  fs.mkdirSync(DIR_DPA, { recursive: true });
  for (const f of FIXTURES_DPA) {
    await writeWorkbook(f.sheets, path.join(DIR_DPA, f.file));
    console.log(`ditulis: samples/fixtures/dpa/${f.file} — ${f.kesulitan}`);
  }
}

if (require.main === module) void main();
