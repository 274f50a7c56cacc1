/**
 * The layout generator beyond the E.81 and the SIPD rekap (issue 20): a known budget model laid out as a generic
 * DPA table, an RFK sheet and an SIPD anggaran kas kept one sub kegiatan per sheet, each layout property varied on
 * its own (test/support/tata-letak.ts). Read right = every sub kegiatan's pagu and realisasi to the rupiah and the
 * counts; the share of layouts read right is printed and must be at least 95%.
 */
import { Model, semuaNode } from "../../src/core/model";
import { bacaWorkbook } from "../../src/core/read";
import {
  DPA_DASAR,
  KAS_DASAR,
  ProgramModel,
  RFK_DASAR,
  VARIASI_DPA,
  VARIASI_DPA_PER_PROGRAM,
  RKA_DPA_DASAR,
  VARIASI_RKA_DPA,
  bukuRkaDpa,
  VARIASI_KAS,
  VARIASI_RFK,
  KAS_DATAR_DASAR,
  VARIASI_KAS_DATAR,
  bukuKasDatar,
  bukuDpa,
  bukuKas,
  bukuRfk,
  contoh,
  kebenaran,
  modelAnggaran,
  rencanaKas,
  semuaSub,
  ukur,
} from "../support/tata-letak";

const RUNS = 8;
const SEED = 2020;
const models = contoh(modelAnggaran, RUNS, SEED);
const tingkat = (m: Model, level: string) => semuaNode(m.anggaran).filter((n) => n.level === level);
const bukanInfo = (m: Model) =>
  m.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.sheet}!${d.cell ?? ""}`);

/** What differs between a reading and the model, or null. */
function bedaAnggaran(
  m: Model,
  model: readonly ProgramModel[],
  opsi: { kode: boolean; tingkat: boolean },
): string | null {
  const t = kebenaran(model);
  const subs = tingkat(m, "sub_kegiatan");
  const baca = subs.map((s) => [opsi.kode ? s.kode : null, s.pagu, s.realisasi]);
  const benar = t.sub.map(([k, p, r]) => [opsi.kode ? k : null, p, r]);
  if (JSON.stringify(baca) !== JSON.stringify(benar))
    return `sub kegiatan ${JSON.stringify(baca)} ≠ ${JSON.stringify(benar)}`;
  if (opsi.tingkat) {
    const n = [m.anggaran.length, tingkat(m, "kegiatan").length, subs.length];
    if (JSON.stringify(n) !== JSON.stringify(t.jumlah)) return `counts ${n.join("/")} ≠ ${t.jumlah.join("/")}`;
  }
  if (m.tahun !== 2024) return `tahun ${m.tahun}`;
  const galat = bukanInfo(m);
  return galat.length ? `galat ${galat.join(", ")}` : null;
}

const kasus = <T>(variasi: readonly Partial<T>[]) => variasi.flatMap((v) => models.map((model) => ({ v, model })));

test(`generic DPA table: ${VARIASI_DPA.length} one-property variants × ${RUNS} models read right on ≥ 95%`, () => {
  const { rate, gagal } = ukur("DPA", kasus(VARIASI_DPA), ({ v, model }) => {
    const tata = { ...DPA_DASAR, ...v };
    const m = bacaWorkbook(bukuDpa(model, tata).grids);
    const beda = bedaAnggaran(m, model, { kode: tata.kode !== "tanpa", tingkat: true });
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test(`DPA kept one sheet per program: ${VARIASI_DPA_PER_PROGRAM.length} variants × ${RUNS} models read right on ≥ 95%`, () => {
  // Two programs or more (one program is one sheet), from their own seed.
  const banyak = contoh(
    modelAnggaran.filter((m) => m.length >= 2),
    RUNS,
    SEED,
  );
  const kasusProgram = VARIASI_DPA_PER_PROGRAM.flatMap((v) => banyak.map((model) => ({ v, model })));
  const { rate, gagal } = ukur("DPA one sheet per program", kasusProgram, ({ v, model }) => {
    const tata = { ...DPA_DASAR, ...v };
    const m = bacaWorkbook(bukuDpa(model, tata).grids);
    const beda = bedaAnggaran(m, model, { kode: tata.kode !== "tanpa", tingkat: true });
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test(`SIPD RKA/DPA 2.2.1, one sheet per sub kegiatan or program: ${VARIASI_RKA_DPA.length} variants × ${RUNS} models read right on ≥ 95%`, () => {
  const { rate, gagal } = ukur("RKA/DPA 2.2.1", kasus(VARIASI_RKA_DPA), ({ v, model }) => {
    const tata = { ...RKA_DPA_DASAR, ...v };
    const m = bacaWorkbook(bukuRkaDpa(model, tata).grids);
    const t = kebenaran(model);
    const subs = tingkat(m, "sub_kegiatan");
    const baca = subs.map((s) => [s.kode, s.pagu, s.realisasi]);
    const benar = t.sub.map(([k, p]) => [k, p, null]);
    const n = [m.anggaran.length, tingkat(m, "kegiatan").length, subs.length];
    const beda =
      JSON.stringify(baca) !== JSON.stringify(benar)
        ? `sub kegiatan ${JSON.stringify(baca)} ≠ ${JSON.stringify(benar)}`
        : JSON.stringify(n) !== JSON.stringify(t.jumlah)
          ? `counts ${n.join("/")} ≠ ${t.jumlah.join("/")}`
          : m.tahun !== tata.tahun
            ? `tahun ${m.tahun}`
            : bukanInfo(m).length
              ? `galat ${bukanInfo(m).join(", ")}`
              : null;
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test(`RFK sheet: ${VARIASI_RFK.length} one-property variants × ${RUNS} models read right on ≥ 95%`, () => {
  const { rate, gagal } = ukur("RFK", kasus(VARIASI_RFK), ({ v, model }) => {
    const tata = { ...RFK_DASAR, ...v };
    const m = bacaWorkbook(bukuRfk(model, tata).grids);
    const beda = bedaAnggaran(m, model, { kode: tata.kode === "gabung", tingkat: false });
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test(`SIPD anggaran kas, one sheet per sub kegiatan: ${VARIASI_KAS.length} variants × ${RUNS} models read right on ≥ 95%`, () => {
  const { rate, gagal } = ukur("Anggaran kas", kasus(VARIASI_KAS), ({ v, model }) => {
    const tata = { ...KAS_DASAR, ...v };
    const m = bacaWorkbook(bukuKas(model, tata).grids);
    const t = kebenaran(model);
    const subs = tingkat(m, "sub_kegiatan");
    const baca = subs.map((s) => [s.kode, s.pagu, s.realisasi, s.rencana?.rp]);
    const benar = semuaSub(model).map((s) => [s.kode, s.pagu, null, rencanaKas(s)]);
    const n = [m.anggaran.length, tingkat(m, "kegiatan").length, subs.length];
    const beda =
      JSON.stringify(baca) !== JSON.stringify(benar)
        ? `sub kegiatan ${JSON.stringify(baca)} ≠ ${JSON.stringify(benar)}`
        : JSON.stringify(n) !== JSON.stringify(t.jumlah)
          ? `counts ${n.join("/")} ≠ ${t.jumlah.join("/")}`
          : m.tahun !== 2024
            ? `tahun ${m.tahun}`
            : bukanInfo(m).length
              ? `galat ${bukanInfo(m).join(", ")}`
              : null;
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

test(`SIPD anggaran kas in one sheet: ${VARIASI_KAS_DATAR.length} variants × ${RUNS} models read right on ≥ 95%`, () => {
  const { rate, gagal } = ukur("Anggaran kas, one sheet", kasus(VARIASI_KAS_DATAR), ({ v, model }) => {
    const tata = { ...KAS_DATAR_DASAR, ...v };
    const m = bacaWorkbook(bukuKasDatar(model, tata).grids);
    const t = kebenaran(model);
    const subs = tingkat(m, "sub_kegiatan");
    const baca = subs.map((s) => [s.kode, s.pagu, s.realisasi, s.rencana?.rp]);
    const benar = semuaSub(model).map((s) => [s.kode, s.pagu, null, rencanaKas(s)]);
    const n = [m.anggaran.length, tingkat(m, "kegiatan").length, subs.length];
    const beda =
      JSON.stringify(baca) !== JSON.stringify(benar)
        ? `sub kegiatan ${JSON.stringify(baca)} ≠ ${JSON.stringify(benar)}`
        : JSON.stringify(n) !== JSON.stringify(t.jumlah)
          ? `counts ${n.join("/")} ≠ ${t.jumlah.join("/")}`
          : tata.judul !== "" && m.tahun !== 2024
            ? `tahun ${m.tahun}`
            : bukanInfo(m).length
              ? `galat ${bukanInfo(m).join(", ")}`
              : null;
    return beda && `${JSON.stringify(v)}: ${beda}`;
  });
  expect(gagal).toEqual([]);
  expect(rate).toBeGreaterThanOrEqual(0.95);
});

describe("the reader fixes the generator found, each on its own", () => {
  const model: ProgramModel[] = [1, 2].map((p) => ({
    kode: `1.02.0${p}`,
    nama: `PROGRAM ${p}`,
    kegiatan: [
      {
        kode: `1.02.0${p}.2.01`,
        nama: `Kegiatan ${p}.1`,
        sub: [1, 2].map((s) => ({
          kode: `1.02.0${p}.2.01.000${s}`,
          nama: `Sub kegiatan ${p}.1.${s}`,
          pagu: p * 100_000_000 + s * 10_000_000,
          realisasi: p * 90_000_000 + s * 5_000_000,
        })),
      },
    ],
  }));
  const benar = semuaSub(model).map((s) => [s.kode, s.pagu, s.realisasi]);
  const baca = (m: Model) => tingkat(m, "sub_kegiatan").map((s) => [s.kode, s.pagu, s.realisasi]);

  test("one sheet per program with a summary sheet: each part read once, the summary checked against them", () => {
    const { grids } = bukuDpa(model, { ...DPA_DASAR, lembar: "program", rekap: true });
    expect(grids.map((g) => g.name)).toEqual(["Rekap DPA", "DPA 1.02.01", "DPA 1.02.02"]);
    const m = bacaWorkbook(grids);
    expect(baca(m)).toEqual(benar);
    expect(m.anggaran.map((p) => [p.kode, p.pagu])).toEqual([
      ["1.02.01", 230_000_000],
      ["1.02.02", 430_000_000],
    ]);
    const galat = (x: Model) =>
      x.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => [d.code, `${d.sheet}!${d.cell}`, d.found, d.expected]);
    expect(galat(m)).toEqual([]);
    // The summary's first program typed Rp 1.000.000 above its sheet: a galat at that cell (C6), the sheet used.
    const values = grids[0].values.map((r, i) => (i === 5 ? r.map((v, j) => (j === 2 ? 231_000_000 : v)) : r));
    const salah = bacaWorkbook([{ ...grids[0], values }, ...grids.slice(1)]);
    expect(baca(salah)).toEqual(benar);
    expect(galat(salah)).toEqual([["RINGKASAN_BERBEDA", "Rekap DPA!C6", "231000000", "230000000"]]);
  });
  test("sheets that are not one agency's programs stay one sheet read: two OPDs (a penunjang program each), two copies", () => {
    // Two agencies: each sheet's program is a penunjang program (1.01.01, 1.02.01).
    const ganti = (x: string, p: number) => x.replace(/^1\.02\.0\d/, `1.0${p + 1}.01`);
    const opd: ProgramModel[] = model.map((p, i) => ({
      ...p,
      kode: ganti(p.kode, i),
      kegiatan: p.kegiatan.map((k) => ({
        ...k,
        kode: ganti(k.kode, i),
        sub: k.sub.map((x) => ({ ...x, kode: ganti(x.kode, i) })),
      })),
    }));
    const dua = bacaWorkbook(bukuDpa(opd, { ...DPA_DASAR, lembar: "program" }).grids);
    expect(dua.anggaran.map((p) => p.kode)).toEqual(["1.01.01"]);
    expect(dua.diagnostics.some((d) => d.code === "PILIHAN_LEMBAR")).toBe(true);
    // The same table twice (a copy kept visible): read once.
    const [g] = bukuDpa(model, DPA_DASAR).grids;
    const salinan = bacaWorkbook([g, { ...g, name: "DPA 2024" }]);
    expect(baca(salinan)).toEqual(benar);
    expect(salinan.diagnostics.some((d) => d.code === "ANGGARAN_PER_LEMBAR")).toBe(false);
  });
  test("a 'Sub Total' row under the first program does not end the table", () => {
    const m = bacaWorkbook(bukuDpa(model, { ...DPA_DASAR, ringkasan: "subtotal" }).grids);
    expect(baca(m)).toEqual(benar);
    expect(m.anggaran.map((p) => p.kode)).toEqual(["1.02.01", "1.02.02"]);
  });
  test("'NAMA KEGIATAN : 1.02.01.2.01 …' rows over an RFK's sub kegiatan are kegiatan, not blank sub kegiatan", () => {
    const m = bacaWorkbook(bukuRfk(model, { ...RFK_DASAR, kegiatanJudul: true }).grids);
    expect(baca(m)).toEqual(benar);
    expect(tingkat(m, "kegiatan").map((k) => k.kode)).toEqual(["1.02.01.2.01", "1.02.02.2.01"]);
  });
  test("'Nama Sub Kegiatan | Anggaran | Keuangan › Realisasi' is the agency's table, not a flat export: realisasi read", () => {
    const m = bacaWorkbook(bukuRfk(model, { ...RFK_DASAR, kata: 2 }).grids);
    expect(baca(m)).toEqual(benar);
  });
});
