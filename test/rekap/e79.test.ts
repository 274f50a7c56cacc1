/**
 * The E.79 (Evaluasi terhadap hasil RKPD) that `kinerja rekap` assembles from three OPD E.81 forms
 * (scripts/fixtures-rekap-e81.ts), with the RPJMD table and without it: every figure checked by hand, and the
 * workbook recalculated by LibreOffice (0 error cells, every formula equal to the core).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { bacaRpjmdBerkas, rekap } from "../../src/cli/rekap";
import { specRekap } from "../../src/core/rekap";
import { cariRpjmd, ID_E79 } from "../../src/core/rekap/e79";
import { digantiOleh, keluarga, SheetSpec, SpecCell } from "../../src/core/report/spec";
import { kataBahasa } from "../support/bahasa";
import { bandingLibreOffice } from "../support/libreoffice";

const DIR = path.join(__dirname, "../../samples/fixtures/rekap");
const JT = 1_000_000;

/** A row of the sheet by the start of its (3) text, as [c8K, c8Rp, c13K, c13Rp, c14K, c14Rp, c15K, c15Rp, unit]. */
function baris(s: SheetSpec, awal: string): (string | number | boolean | null | undefined)[] {
  const row = s.rows.find((r) =>
    String(r[2]?.v ?? "")
      .trim()
      .startsWith(awal),
  );
  if (!row) throw new Error(`no row ${awal}`);
  const n = (c: SpecCell | null | undefined) => (c?.f ? c.hasil : c?.v);
  return [9, 10, 19, 20, 21, 22, 23, 24, 25].map((c) => n(row[c]));
}

describe("E.79 from three OPD E.81s, with the RPJMD table", () => {
  let out: string;
  let specs: SheetSpec[];
  let r: Awaited<ReturnType<typeof rekap>>;
  beforeAll(async () => {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e79-")), "rekap.xlsx");
    const rpjmd = path.join(DIR, "rpjmd.xlsx");
    r = await rekap([path.join(DIR, "e81")], out, { rpjmd });
    specs = specRekap(r.bacaan, { rpjmd: await bacaRpjmdBerkas(rpjmd) }).specs;
  });

  test("each E.81 is read with its programs, quarter and year", () => {
    expect(r.bacaan.map((b) => [b.nama, b.periode?.bulan, b.periode?.tahun, b.e81?.program.length])).toEqual([
      ["Dinas Kesehatan", 9, 2024, 2],
      ["Dinas Perhubungan", 9, 2024, 1],
      ["Badan Perencanaan Pembangunan Daerah", 9, 2024, 1],
    ]);
    expect(r.bacaan[0].e81?.program[1]).toMatchObject({
      kode: "1.02.02",
      jenis: "kumulatif",
      targetK: 6,
      twK: [1, 2, 1, null],
      pagu: 1500 * JT,
      // TW IV: no sub kegiatan states it (the program's SUM of blanks is not a figure).
      twRp: [150 * JT, 400 * JT, 400 * JT, null],
    });
    expect(r.lembar).toContain("E.79 Evaluasi RKPD");
  });

  test("the RPJMD table: by kode, and by name when it has no kode", () => {
    const p = r.bacaan[2].e81!.program[0];
    const t = specs.find((s) => s.id === ID_E79)!;
    expect(t).toBeDefined();
    expect(
      cariRpjmd(
        [{ ...baku, kode: null, program: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah" }],
        p,
        null,
      ),
    ).toBeDefined();
    expect(cariRpjmd([{ ...baku, kode: "9.99.99", program: "lain" }], p, null)).toBeUndefined();
  });

  test("(13)–(15) per program, the OPD blocks and the Pemda total, by hand", () => {
    const t = specs.find((s) => s.id === ID_E79)!;
    // Dinkes 1.02.01: a stock (%), no RPJMD row: (13) K the last quarter 75, (14) = 75, (15) blank; Rp 40+50+60.
    expect(baris(t, "1.02.01")).toEqual([100, 200 * JT, 75, 150 * JT, 75, 150 * JT, "–", "–", "Dinas Kesehatan"]);
    // Dinkes 1.02.02: a flow, (13) 1+2+1 = 4, (14) 20 + 4 = 24, (15) 24/30; Rp 950, 3.500 + 950, 4.450/6.000.
    expect(baris(t, "1.02.02")).toEqual([
      6,
      1500 * JT,
      4,
      950 * JT,
      24,
      4450 * JT,
      80,
      (4450 / 6000) * 100,
      "Dinas Kesehatan",
    ]);
    // Dishub: 20+30+40 = 90, 350 + 90 = 440, 440/600; Rp 600, 2.100 + 600 = 2.700, 2.700/4.000.
    expect(baris(t, "2.15.02")).toEqual([
      120,
      800 * JT,
      90,
      600 * JT,
      440,
      2700 * JT,
      (440 / 600) * 100,
      67.5,
      "Dinas Perhubungan",
    ]);
    // Bappeda (matched by name): a stock, 100; (14) the latest, 100; Rp 210, 900 + 210 = 1.110, 1.110/1.500.
    expect(baris(t, "5.01.02")).toEqual([100, 300 * JT, 100, 210 * JT, 100, 1110 * JT, 100, 74, expect.any(String)]);
    // The Dinkes block: Rp the sum of its programs (no K), (6)/(7) blank as one program has none.
    expect(baris(t, "Dinas Kesehatan").slice(0, 8)).toEqual(["", 1700 * JT, "", 1100 * JT, "", 1100 * JT, "", "–"]);
    // The Pemda: 2.800 jt, realisasi 190+320… = 1.910 jt.
    expect(baris(t, "JUMLAH").slice(0, 4)).toEqual(["", 2800 * JT, "", 1910 * JT]);
    // The Permendagri 86 predikat of (15): K 80 Tinggi, Rp 74,17 Sedang.
    const row = t.rows.find((x) => String(x[2]?.v ?? "").includes("1.02.02"))!;
    expect([row[27]?.hasil, row[28]?.hasil]).toEqual(["Tinggi", "Sedang"]);
  });

  test("recalculated by LibreOffice: 0 error cells, every formula as the core says", async () => {
    const { formulas, salah } = await bandingLibreOffice(out, specs);
    expect(salah).toEqual([]);
    expect(formulas).toBeGreaterThan(150);
  }, 120_000);

  test("the rekap's sheets are their own family: written into a workbook, they leave the report's sheets alone", () => {
    expect(new Set(specs.map((s) => keluarga(s.id)))).toEqual(new Set(["rekap"]));
    // A rekap written into an OPD's workbook replaces an earlier rekap, not the LKIP sheets or the audit's…
    expect(["pengukuran", "e81", "pemeriksaan"].filter((id) => digantiOleh(id, specs))).toEqual([]);
    expect(digantiOleh(ID_E79, specs) && digantiOleh("rekap-opd", specs)).toBe(true);
    // …and a report written there leaves the rekap alone.
    expect(digantiOleh("rekap-opd", [{ id: "pengukuran" }, { id: "e81" }])).toBe(false);
  });
});

const baku = {
  kode: null,
  program: "",
  opd: null,
  targetK: 1,
  targetRp: 1,
  realisasiK: null,
  realisasiRp: null,
};

test("without the RPJMD table: (6), (7) and (15) blank, and a note says why", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e79-")), "rekap.xlsx");
  const r = await rekap([path.join(DIR, "e81")], out);
  const t = specRekap(r.bacaan).specs.find((s) => s.id === ID_E79)!;
  expect(t.rows.some((x) => String(x[4]?.v ?? "").includes("tabel RPJMD tidak diberikan (--rpjmd)"))).toBe(true);
  expect(baris(t, "1.02.02")).toEqual([6, 1500 * JT, 4, 950 * JT, 4, 950 * JT, "–", "–", "Dinas Kesehatan"]);
  const { salah } = await bandingLibreOffice(out, [t]);
  expect(salah).toEqual([]);
}, 120_000);

test("an RFK rekap writes no E.79", () => {
  expect(specRekap([]).specs.some((s) => s.id === ID_E79)).toBe(false);
});

test("in English: the E.79's own words (title, headers, notes) hold no Indonesian", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e79-")), "rekap.xlsx");
  const r = await rekap([path.join(DIR, "e81")], out, { bahasa: "en" });
  expect(r.lembar).toContain("E.79 RKPD Evaluation");
  for (const rpjmd of [undefined, await bacaRpjmdBerkas(path.join(DIR, "rpjmd.xlsx"))]) {
    const t = specRekap(r.bacaan, { bahasa: "en", ...(rpjmd ? { rpjmd } : {}) }).specs.find((s) => s.id === ID_E79)!;
    const sendiri = t.rows.flatMap((row) =>
      row.flatMap((c) =>
        c && ["judul", "subjudul", "kepala", "catatan"].includes(c.gaya ?? "") ? [String(c.v ?? "")] : [],
      ),
    );
    expect(sendiri.length).toBeGreaterThan(20);
    expect(sendiri.flatMap((x) => kataBahasa(x, "id"))).toEqual([]);
  }
});

test("the per-OPD --json carries the E.81's programs: the readings, combined, give the same E.79", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e79-json-"));
  const sink = (f: (s: string) => void) => ({ write: f });
  for (const f of fs.readdirSync(path.join(DIR, "e81"))) {
    let out = "";
    const code = await main(
      ["rekap", path.join(DIR, "e81", f), "--json"],
      sink((s) => (out += s)),
      sink(() => undefined),
    );
    expect(code).toBe(0);
    fs.writeFileSync(path.join(dir, `${f}.json`), out);
  }
  const dariJson = await rekap([dir], undefined);
  const langsung = await rekap([path.join(DIR, "e81")], undefined);
  const e79 = (b: typeof langsung.bacaan) => specRekap(b).specs.find((s) => s.id === ID_E79)!.rows;
  expect(dariJson.bacaan.map((b) => b.e81)).toEqual(langsung.bacaan.map((b) => b.e81));
  expect(e79(dariJson.bacaan)).toEqual(e79(langsung.bacaan));
});
