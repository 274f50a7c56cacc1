/**
 * The audit on the layout generator's workbooks (test/support/tata-letak.ts, issue 20): on clean layouts of a DPA
 * table, an RFK sheet and an anggaran kas, every layout property varied on its own, not one galat; with one error
 * planted (a realisasi above its pagu, a kegiatan's SUM that leaves out its last sub kegiatan, a typed JUMLAH Rp
 * 1.000.000 off), that error is found at its cell and it is the only galat (a realisasi above its pagu may lift its
 * parents' above theirs too: those, in its column, are true as well). Shares printed.
 */
import fc from "fast-check";
import { periksaLaporan } from "../../src/core/audit";
import { perSel } from "../../src/core/temuan-kelompok";
import {
  Cacat,
  DPA_DASAR,
  KAS_DASAR,
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
  modelAnggaran,
  semuaSub,
  ukur,
} from "../support/tata-letak";

const RUNS = 6;
const models = contoh(modelAnggaran, RUNS, 2021);
const galat = (grids: Parameters<typeof periksaLaporan>[0]) =>
  periksaLaporan(grids)
    .temuan.filter((t) => t.severity === "error")
    .map((t) => `${t.code} ${t.sheet}!${t.cell}`);

describe("clean layouts: no galat", () => {
  const kasus = <T>(variasi: readonly Partial<T>[]) => variasi.flatMap((v) => models.map((model) => ({ v, model })));
  test(`DPA: ${VARIASI_DPA.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean DPA", kasus(VARIASI_DPA), ({ v, model }) => {
      const g = galat(bukuDpa(model, { ...DPA_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
  test(`DPA one sheet per program: ${VARIASI_DPA_PER_PROGRAM.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean DPA one sheet per program", kasus(VARIASI_DPA_PER_PROGRAM), ({ v, model }) => {
      const g = galat(bukuDpa(model, { ...DPA_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
  test(`SIPD RKA/DPA 2.2.1: ${VARIASI_RKA_DPA.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean RKA/DPA 2.2.1", kasus(VARIASI_RKA_DPA), ({ v, model }) => {
      const g = galat(bukuRkaDpa(model, { ...RKA_DPA_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
  test(`RFK: ${VARIASI_RFK.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean RFK", kasus(VARIASI_RFK), ({ v, model }) => {
      const g = galat(bukuRfk(model, { ...RFK_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
  test(`anggaran kas in one sheet: ${VARIASI_KAS_DATAR.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean anggaran kas in one sheet", kasus(VARIASI_KAS_DATAR), ({ v, model }) => {
      const g = galat(bukuKasDatar(model, { ...KAS_DATAR_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
  test(`anggaran kas: ${VARIASI_KAS.length} variants × ${RUNS} models`, () => {
    const { gagal } = ukur("Audit, clean anggaran kas", kasus(VARIASI_KAS), ({ v, model }) => {
      const g = galat(bukuKas(model, { ...KAS_DASAR, ...v }).grids);
      return g.length ? `${JSON.stringify(v)}: ${g.join(", ")}` : null;
    });
    expect(gagal).toEqual([]);
  });
});

const KODE: Record<Cacat, RegExp> = {
  lebih: /^REALISASI_LEBIHI_PAGU$/,
  pendek: /^(RUMUS_RENTANG|JUMLAH_INDUK|JUMLAH_TOTAL)$/,
  ketik: /^(JUMLAH_TOTAL|RUMUS_KONSTANTA)$/,
};

test("one planted error in any DPA layout: found at its cell, the only galat", () => {
  const kasus = contoh(
    fc.record({
      // Two programs or more: a JUMLAH under a single program is not proven its total (a rekap's JUMLAH under one
      // urusan row may add rows the table hides), so a typed one there is not a galat.
      model: modelAnggaran.filter((m) => m.length >= 2 && m.some((p) => p.kegiatan.some((k) => k.sub.length >= 2))),
      v: fc.constantFrom(...VARIASI_DPA.filter((v) => v.ringkasan === undefined)),
      jenis: fc.constantFrom<Cacat>("lebih", "pendek", "ketik"),
      di: fc.nat(50),
    }),
    60,
    2022,
  );
  const { gagal } = ukur("Audit, planted errors (DPA)", kasus, ({ model, v, jenis, di }) => {
    // A short SUM is planted at a kegiatan of two or more sub kegiatan.
    const keg = model.flatMap((p) => p.kegiatan);
    const i = jenis === "pendek" ? keg.findIndex((k, j) => j >= di % keg.length && k.sub.length >= 2) : di;
    const at = jenis === "pendek" && i < 0 ? keg.findIndex((k) => k.sub.length >= 2) : i;
    const { grids, sel } = bukuDpa(model, { ...DPA_DASAR, ...v }, { jenis, di: at });
    // Cell by cell: findings of one kind on adjacent cells are one group (temuan-kelompok.ts).
    const temuan = perSel(periksaLaporan(grids).temuan).filter((t) => t.severity === "error");
    // A realisasi above its pagu may lift its kegiatan's (and program's) above theirs as well: those are true too,
    // in the same column; nothing else is a galat.
    const kolom = (c?: string) => c?.replace(/\d+$/, "");
    const ok =
      temuan.some((t) => t.cell === sel && KODE[jenis].test(t.code)) &&
      (temuan.length === 1 ||
        (jenis === "lebih" && temuan.every((t) => KODE.lebih.test(t.code) && kolom(t.cell) === kolom(sel))));
    return ok
      ? null
      : `${jenis} at ${sel} in ${JSON.stringify(v)}: ${temuan.map((t) => `${t.code} ${t.cell}`).join(", ")}`;
  });
  expect(gagal).toEqual([]);
});

test("one planted error in any SIPD RKA/DPA 2.2.1 layout (a Jumlah short of its rincian): found at its cell, the only galat", () => {
  const kasus = contoh(
    fc.record({ model: modelAnggaran, v: fc.constantFrom(...VARIASI_RKA_DPA), di: fc.nat(50) }),
    30,
    2023,
  );
  const { gagal } = ukur("Audit, planted errors (RKA/DPA 2.2.1)", kasus, ({ model, v, di }) => {
    const subs = semuaSub(model);
    const pendek = subs[di % subs.length].kode;
    const { grids, sel, lembar } = bukuRkaDpa(model, { ...RKA_DPA_DASAR, ...v, pendek });
    const temuan = periksaLaporan(grids).temuan.filter((t) => t.severity === "error");
    const ok =
      temuan.length === 1 && temuan[0].code === "JUMLAH_INDUK" && temuan[0].sheet === lembar && temuan[0].cell === sel;
    return ok
      ? null
      : `${pendek} at ${lembar}!${sel} in ${JSON.stringify(v)}: ${temuan.map((t) => `${t.code} ${t.sheet}!${t.cell}`).join(", ")}`;
  });
  expect(gagal).toEqual([]);
});

test("a lone kegiatan whose realisasi SUM leaves out its last row: the pagu's SUM on its row proves the rows", () => {
  const sub = (s: number, pagu: number, realisasi: number) => ({
    kode: `1.02.01.2.01.000${s}`,
    nama: `Sub kegiatan ${s}`,
    pagu,
    realisasi,
  });
  const model = [
    {
      kode: "1.02.01",
      nama: "PROGRAM PENUNJANG",
      kegiatan: [
        {
          kode: "1.02.01.2.01",
          nama: "Perencanaan",
          sub: [
            sub(1, 5_921_228_000, 4_440_921_000),
            sub(2, 2_104_432_000, 1_304_747_000),
            sub(3, 1_590_264_000, 1_129_087_000),
          ],
        },
      ],
    },
  ];
  const { grids, sel } = bukuDpa(model, DPA_DASAR, { jenis: "pendek", di: 0 });
  expect(sel).toBe("D7");
  expect(galat(grids)).toEqual(["RUMUS_RENTANG DPA!D7"]);
});

test("one planted error in any RFK layout: found at its cell, the only galat (the TOTAL's sisa beside it is info)", () => {
  const kasus = contoh(
    fc.record({
      model: modelAnggaran.filter((m) => semuaSub(m).length >= 2),
      v: fc.constantFrom(...VARIASI_RFK.filter((v) => v.total === undefined)),
      jenis: fc.constantFrom<Cacat>("lebih", "pendek", "ketik"),
      di: fc.nat(50),
    }),
    45,
    2023,
  );
  const { gagal } = ukur("Audit, planted errors (RFK)", kasus, ({ model, v, jenis, di }) => {
    const { grids, sel } = bukuRfk(model, { ...RFK_DASAR, ...v }, { jenis, di });
    const temuan = periksaLaporan(grids).temuan.filter((t) => t.severity === "error");
    // The TOTAL's sisa (=C−D) beside a wrong TOTAL pagu or realisasi is that error's consequence: info, not a galat.
    const ok = temuan.length === 1 && temuan[0].cell === sel && KODE[jenis].test(temuan[0].code);
    return ok
      ? null
      : `${jenis} at ${sel} in ${JSON.stringify(v)}: ${temuan.map((t) => `${t.code} ${t.cell}`).join(", ")}`;
  });
  expect(gagal).toEqual([]);
});
