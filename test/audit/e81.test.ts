/**
 * Periksa Konsistensi on the E.81 form kept by hand (scripts/fixtures-nyata.ts): the errors found by hand in a real
 * working file, planted in the fixture, each found at its cell with the figures recomputed from the fixture's own
 * data; nothing else reported.
 */
import path from "node:path";
import { BIDANG } from "../../scripts/fixtures-nyata";
import { periksaLaporan, TemuanAudit } from "../../src/core/audit";
import { Grid } from "../../src/core/grid";
import { readGrids } from "../../src/xlsx/read";
import { perSel } from "../../src/core/temuan-kelompok";
import { lembarE81 } from "../../src/core/report/e81";
import { modelE81 } from "../../scripts/fixture-e81";

const DIR = path.join(__dirname, "../../samples/fixtures/nyata");
const line = (t: TemuanAudit) => `${t.severity} ${t.code} ${t.cell}`;
const subs = BIDANG.flatMap((b) => b.prog.flatMap((p) => p.keg.flatMap((k) => k.subs)));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("the E.81 with the errors of a real working file planted", () => {
  let grids: Grid[];
  let temuan: readonly TemuanAudit[];
  const at = (cell: string, code?: string) => temuan.find((t) => t.cell === cell && (!code || t.code === code))!;
  beforeAll(async () => {
    grids = await readGrids(path.join(DIR, "e81-periksa.xlsx"));
    // Cell by cell (a finding repeated on adjacent cells is one: test/audit/kelompok.test.ts).
    temuan = perSel(periksaLaporan(grids).temuan);
  });

  test("every planted error is found at its cell, and nothing else", () => {
    expect(temuan.map(line)).toEqual([
      "error RUMUS_RENTANG U12",
      "error RUMUS_RENTANG T22",
      "error RUMUS_RENTANG W22",
      "error RUMUS_RENTANG K27",
      "error RUMUS_SATUAN AE14",
      "error TRIWULAN_TAHUN R11",
      "error TRIWULAN_TAHUN R12",
      "error REALISASI_TANPA_TARGET AB17",
      "error PROGRES_TANPA_REALISASI AB19",
      "error PROGRES_TANPA_REALISASI AB20",
      "error REALISASI_LEBIHI_PAGU AC26",
      "error RUMUS_KONSTANTA AE24",
      "warning TRIWULAN_K W21",
    ]);
  });

  test("a SUM short by one row: the formula, the rows it should cover, the difference and where it climbs", () => {
    const t = at("K27");
    const keg = BIDANG[0].prog[1].keg[1];
    expect(t.message).toContain("=SUM(K28:K28) tidak meliputi baris 29");
    expect(t.message).toContain("Selisih ini terbawa ke K22, K12, K11");
    expect(t.tertulis).toBe(keg.subs[0].renstra[1]);
    expect(t.seharusnya).toBe(sum(keg.subs.map((s) => s.renstra[1])));
    // The same formula in the other money columns is named in the same finding, not reported again.
    expect(t.sel.map((s) => s.cell)).toEqual(expect.arrayContaining(["O27", "AC27", "K22", "K12", "K11"]));
  });

  test("a bidang's quarter total adding another bidang (all four quarters), and the year no longer the sum of its quarters", () => {
    const u12 = at("U12");
    expect(u12.message).toContain("=SUM(U13+U22+U30) ikut menjumlahkan baris 30 yang bukan rinciannya");
    const keuanganTw2 = sum(BIDANG[1].prog[0].keg[0].subs.map((s) => s.rp[1]));
    expect(u12.tertulis! - u12.seharusnya!).toBe(keuanganTw2);
    const r12 = at("R12", "TRIWULAN_TAHUN");
    const keuangan = sum(BIDANG[1].prog[0].keg[0].subs.flatMap((s) => s.rp));
    expect(r12.tertulis! - r12.seharusnya!).toBe(keuangan);
    expect(r12.message).toContain("Penyebabnya rumus U12, X12");
  });

  test("a chained range and a range across levels in an AVERAGE", () => {
    expect(at("T22").message).toContain(
      "=AVERAGE(T23:T25:T27) memakai rentang berantai yang dibaca Excel sebagai T23:T27, melintasi tingkat",
    );
    expect(at("T22").message).toContain("seharusnya meliputi tepat baris 23, 27");
    expect(at("W22").message).toContain("=AVERAGE(W23:W27) ikut merata-ratakan baris 24–26 yang bukan rinciannya");
    expect(at("W22").severity).toBe("error");
  });

  test("percent added into rupiah; a typed number among formulas", () => {
    expect(at("AE14").message).toContain("=M14+AF14 menjumlahkan rupiah");
    expect(at("AE14").sel.map((s) => s.cell)).toEqual(["AE14", "AF14"]);
    const s7 = subs[6];
    expect(at("AE24").tertulis).toBe(123_456_789);
    expect(at("AE24").seharusnya).toBe(s7.renstra[3] + sum(s7.rp));
  });

  test("quarters: realisasi without target, progress 100% with realisasi 0, realisasi above pagu", () => {
    expect(at("AB17").message).toContain("target K tahun ini (N17) 0");
    expect(at("AB17").sel.map((s) => s.cell)).toEqual(["AB17", "Y17", "N17"]);
    expect(at("AB19").message).toContain("diketik 0, bukan rumus seperti baris lain (=P19+S19+V19+Y19 = 45)");
    expect(at("AB19").seharusnya).toBe(subs[3].targetK);
    expect(at("AB20").message).toContain("K setiap triwulan 0");
    expect(at("AC26").tertulis).toBe(sum([...subs[8].rp.slice(0, 3), 500_000_000]));
    expect(at("AC26").seharusnya).toBe(subs[8].pagu);
  });
});

test("the hand-kept E.81 as the lead built it: its two quirks, nothing else", async () => {
  const h = periksaLaporan(await readGrids(path.join(DIR, "e81-evaluasi-renja.xlsx")));
  expect(perSel(h.temuan).map(line)).toEqual([
    "error RUMUS_RENTANG U12",
    "error RUMUS_RENTANG K27",
    "error TRIWULAN_TAHUN R11",
    "error TRIWULAN_TAHUN R12",
  ]);
  expect(h.tahun).toBe(2025);
  expect(h.tabel).toEqual([expect.objectContaining({ sheet: "Realisasi TW IV", judul: "Evaluasi Renja (E.81)" })]);
});

test("an E.81 without formulas, K typed as increments: clean", async () => {
  expect(periksaLaporan(await readGrids(path.join(DIR, "e81-berkode.xlsx"))).temuan).toEqual([]);
});

test("the E.81 this add-in generates is recognised and audits clean (read through --termasuk-buatan)", () => {
  const spec = lembarE81(modelE81(), "Evaluasi Renja", { tahun: 2025, triwulan: 4, instansi: "", rumus: "native" });
  const values = spec.rows.map((r) => r.map((c) => (c ? (c.f ? (c.hasil ?? null) : (c.v ?? null)) : null)));
  const formulas = spec.rows.map((r) => r.map((c) => (c?.f ? c.f : null)));
  const h = periksaLaporan([{ name: spec.nama, values, formulas }]);
  expect(h.tabel.map((t) => t.judul)).toEqual(["Evaluasi Renja (E.81)"]);
  expect(h.temuan.map(line)).toEqual([]);
  expect(h.diperiksa).toBeGreaterThan(10);
});

test("a child counted twice in a parent's SUM: named, with the right total", async () => {
  const [g] = await readGrids(path.join(DIR, "e81-evaluasi-renja.xlsx"));
  // O14 (the first kegiatan's pagu) = SUM(O15:O17) in the fixture; written with O16 added twice.
  expect(g.formulas![13][14]).toBe("=SUM(O15:O17)");
  const subs1 = BIDANG[0].prog[0].keg[0].subs;
  const values = g.values.map((r) => [...r]);
  values[13][14] = sum(subs1.map((s) => s.pagu)) + subs1[1].pagu;
  const formulas = g.formulas!.map((r) => [...r]);
  formulas[13][14] = "=SUM(O15:O17,O16)";
  const h = periksaLaporan([{ ...g, values, formulas }]);
  const t = h.temuan.find((x) => x.cell === "O14")!;
  expect(t).toMatchObject({
    severity: "error",
    code: "RUMUS_RENTANG",
    tertulis: values[13][14],
    seharusnya: sum(subs1.map((s) => s.pagu)),
  });
  expect(t.message).toContain("=SUM(O15:O17,O16) menjumlahkan baris 16 dua kali");
});
