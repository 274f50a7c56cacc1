/**
 * The bundled sample (samples/dkum-depok-2023.xlsx, built by scripts/build-sample.ts from the seed report's data)
 * read through the .xlsx host reads to exactly the seed's figures, with the seed's own inconsistencies reported.
 */
import * as path from "path";
import { sampleSheets } from "../../scripts/build-sample";
import { workbookBuffer } from "../../scripts/workbook-builder";
import { bacaWorkbook } from "../../src/core/read";
import { Model, NodeAnggaran } from "../../src/core/model";
import { readGrids } from "../../src/xlsx/read";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
let model: Model;
beforeAll(async () => {
  model = bacaWorkbook(await readGrids(SAMPLE));
});

const all = (nodes: NodeAnggaran[]): NodeAnggaran[] => nodes.flatMap((n) => [n, ...all(n.children)]);
const codes = () => model.diagnostics.map((d) => `${d.severity} ${d.code} ${d.sheet}!${d.cell}`);

test("the committed sample is exactly what the build script writes", async () => {
  const fresh = await readGrids(await workbookBuffer(sampleSheets()));
  expect(fresh.map((g) => g.values)).toEqual((await readGrids(SAMPLE)).map((g) => g.values));
});

test("2 sasaran and 3 IKU with the PK's targets, in their units", () => {
  expect(model.sasaran.map((s) => [s.no, s.nama, s.indikator.length])).toEqual([
    ["1", "Meningkatnya Kualitas Manajemen Pemerintahan yang Akutabel", 1],
    ["2", "Meningkatnya daya saing Koperasi dan Usaha Mikro", 2],
  ]);
  const iku = model.sasaran.flatMap((s) => s.indikator).map((i) => [i.nama, i.satuan, i.target, i.polaritas]);
  expect(iku).toEqual([
    ["Nilai evaluasi AKIP", "Nilai", 70.2, "positif"],
    ["Koperasi Berkualitas", "%", 21, "positif"], // typed "21%"
    ["Persentase Wirasaha", "%", 2, "positif"], // 0,02 in a 0%-formatted cell
  ]);
});

test("realisasi joined to each IKU, Koperasi Berkualitas unrounded from its formula 60/165", () => {
  const [sakip, koperasi, wirausaha] = model.sasaran.flatMap((s) => s.indikator);
  expect(sakip.realisasi?.nilai).toBe(70.85);
  expect(koperasi.realisasi?.nilai).toBeCloseTo((60 / 165) * 100, 12);
  expect(wirausaha.realisasi?.nilai).toBeCloseTo(0.74, 12); // typed "0,74%"
});

test("7 funded programs (8 in the PK, one with Rp 0), 11 kegiatan, 26 sub kegiatan, the agency's totals", () => {
  expect(model.programPk).toHaveLength(8);
  expect(model.programPk.filter((p) => !p.anggaran)).toEqual([
    expect.objectContaining({ nama: "PROGRAM PELAYANAN (ZIN USAHA SIMPAN PINJAM)", anggaran: 0 }),
  ]);
  expect(model.anggaran).toHaveLength(7);
  const nodes = all(model.anggaran);
  expect(nodes.filter((n) => n.level === "kegiatan")).toHaveLength(11);
  const subs = nodes.filter((n) => n.level === "sub_kegiatan");
  expect(subs).toHaveLength(26);
  expect(subs.reduce((s, n) => s + n.pagu!, 0)).toBe(32300612788);
  expect(subs.reduce((s, n) => s + n.realisasi!, 0)).toBe(29231216957);
  expect(model.anggaran.reduce((s, n) => s + n.pagu!, 0)).toBe(32300612788);
  expect(model.totalTertulis?.pagu).toBe(32300612788);
});

test("kode rekening give the hierarchy; each program knows the sasaran it supports", () => {
  const penunjang = model.anggaran[0];
  expect(penunjang).toMatchObject({ kode: "2.17.01", level: "program", sasaranNo: "1" });
  expect(penunjang.children.map((k) => k.kode)).toEqual([
    "2.17.01.2.01",
    "2.17.01.2.02",
    "2.17.01.2.06",
    "2.17.01.2.08",
    "2.17.01.2.09",
  ]);
  expect(penunjang.children[2].children).toHaveLength(6);
  expect(model.anggaran.slice(1).every((p) => p.sasaranNo === "2")).toBe(true);
});

test("the seed's inconsistent Program Penunjang is a roll-up diagnostic at its cell with both figures", () => {
  const d = model.diagnostics.find((x) => x.code === "JUMLAH_INDUK_BERBEDA")!;
  expect(d).toMatchObject({
    severity: "error",
    sheet: "DPA 2023",
    cell: "G8",
    found: "10255966594",
    expected: "9384257538",
  });
  expect(d.message).toMatch(/Rp 10\.255\.966\.594.*Rp 9\.384\.257\.538/);
  expect(model.anggaran[0].pagu).toBe(9384257538);
  expect(model.anggaran[0].paguTertulis).toBe(10255966594);
});

test("every diagnostic of the sample, each a real inconsistency of the seed report", () => {
  expect(codes()).toEqual([
    "error TOTAL_BERBEDA PK 2023!C19", // PK jumlah 32.300.612.788 vs its programs 32.300.621.788
    "warning NAMA_HAMPIR_SAMA Realisasi TW IV!B8", // "Persentase Wirasaha" in the PK
    "error JUMLAH_INDUK_BERBEDA DPA 2023!G8",
    "info PROGRAM_TANPA_ANGGARAN PK 2023!B12",
    "warning NAMA_HAMPIR_SAMA DPA 2023!B32", // "KSP/USPKOPERASI"
    "warning NAMA_HAMPIR_SAMA DPA 2023!B36", // "LATHAN"
    "warning ANGGARAN_PK_BERBEDA PK 2023!B16", // 1.761.348.000 in the PK, 1.761.339.000 in the DPA
    "warning CAPAIAN_TAK_WAJAR Realisasi TW IV!G7", // 173,16%
  ]);
});

test("beside 2023: the 2022 figures, the Renstra end targets and the national realisasi (seed sections 3.2–3.4)", () => {
  const [sakip, koperasi, wirausaha] = model.sasaran.flatMap((s) => s.indikator);
  expect(sakip.realisasi?.tahunLalu).toEqual([
    {
      tahun: 2022,
      target: { nilai: 70.15, ref: { sheet: "Realisasi TW IV", row: 5, col: 3 } },
      realisasi: { nilai: 70.85, ref: { sheet: "Realisasi TW IV", row: 5, col: 4 } },
    },
  ]);
  expect(koperasi.realisasi?.tahunLalu?.[0]).toMatchObject({
    tahun: 2022,
    target: { nilai: 18.18 },
    realisasi: { nilai: 56.36 },
  });
  expect([sakip, koperasi, wirausaha].map((i) => i.realisasi?.targetRenstra?.nilai)).toEqual([70.5, 30, 2]);
  expect([sakip, koperasi, wirausaha].map((i) => i.realisasi?.standarNasional?.nilai)).toEqual([undefined, 8.5, 1.34]);
});

test("the proposed mapping names the sheets, header rows and columns found", () => {
  expect(model.pemetaan.lembar).toEqual({ pk: "PK 2023", realisasi: "Realisasi TW IV", anggaran: "DPA 2023" });
  expect(model.pemetaan.tabel?.anggaran).toEqual({
    barisJudul: [4, 5],
    kolom: {
      kode: "A",
      uraian: "B",
      indikator: "C",
      satuan: "D",
      target: "E",
      realisasi: "F",
      pagu: "G",
      realisasi_anggaran: "H",
    },
  });
  expect(JSON.parse(JSON.stringify(model.pemetaan))).toEqual(model.pemetaan);
});

test("the findings in English, figures written en-US: the PK total 9,000 short, Koperasi Berkualitas 36.3636 ÷ 21 = 173.16%", () => {
  const en = (code: string) => model.diagnostics.find((d) => d.code === code)?.messageEn;
  // 32,300,612,788 − 32,300,621,788 = −9,000.
  expect(en("TOTAL_BERBEDA")).toBe(
    "The PK's budget total is written Rp 32,300,612,788, the sum of its programs Rp 32,300,621,788 (difference Rp -9,000).",
  );
  expect(en("CAPAIAN_TAK_WAJAR")).toBe(
    'The achievement of "Koperasi Berkualitas", 173.16%, exceeds 150%: check its target and actual (the target may be too low).',
  );
  expect(model.diagnostics.every((d) => d.messageEn !== undefined && d.messageEn !== d.message)).toBe(true);
});
