/**
 * One style and print description (src/core/report/gaya.ts), two hosts translating it: for the generated sample
 * and the audit sheet of the seed report, the Office.js host (on the fake workbook, which records range.format cell
 * by cell) and the .xlsx host (its styles.xml and sheet XML read back) give every styled cell the same font, fill,
 * border, alignment, wrap and number format (FMT, sel.ts), and every sheet the same print setup, column widths and
 * conditional colours, all equal to the core's description.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "../../src/cli/generate";
import { bukaBukuKerja } from "../../src/cli/berkas";
import { a1, parseArea, quoteSheet } from "../../src/core/grid";
import { Cetak, GAYA, HURUF_MIN, MARGIN, cetakLembar, formatSel, lebarPoin } from "../../src/core/report/gaya";
import { buatLaporan } from "../../src/core/report";
import { modelE81 } from "../../scripts/fixture-e81";
import { WARNA_PREDIKAT } from "../../src/core/rules/predikat";
import { SheetSpec } from "../../src/core/report/spec";
import { lembarPemeriksaan } from "../../src/core/audit/lembar";
import { generateExcel, periksaExcel } from "../../src/excel/generate";
import { bacaKeadaan, tulisLembarExcel } from "../../src/excel/write";
import { periksaBukuKerja, tulisLembar } from "../../src/xlsx/write";
import { Paket, atribut, tagAll } from "../../src/xlsx/paket";
import { readGrids } from "../../src/xlsx/read";
import { FakeBook, FakeSheet, FormatSel } from "../support/excel-fake";

const SAMPLE = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
const LAPORAN = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");

type Sisi = "top" | "bottom" | "left" | "right";
const SISI: Sisi[] = ["top", "bottom", "left", "right"];

/** A cell's look in host-neutral terms; colours RGB hex, absent properties as the hosts' defaults. */
interface Tampak {
  huruf: { nama: string; ukuran: number; tebal: boolean; miring: boolean; warna?: string };
  isi?: string;
  garis: Partial<Record<Sisi, string>>;
  rata?: string;
  tegak?: string;
  bungkus: boolean;
  indent: number;
}
type CetakNetral = Omit<Cetak, "skala"> & { skala?: number };
interface Warna {
  range: string;
  rumus: string;
  warna: string;
}

function diharapkan(gaya: NonNullable<SheetSpec["rows"][0][0]>["gaya"] & string, indent: number): Tampak {
  const f = formatSel(gaya, indent);
  const { nama, ukuran, tebal, miring, warna } = f.huruf;
  const t: Tampak = {
    huruf: { nama, ukuran, tebal, miring, ...(warna ? { warna } : {}) },
    garis: {},
    bungkus: f.bungkus,
    indent: f.indent ?? 0,
  };
  if (f.isi) t.isi = f.isi;
  if (f.garis) for (const s of SISI) t.garis[s] = f.garis.warna;
  if (f.rata) t.rata = f.rata;
  if (f.tegak) t.tegak = f.tegak;
  return t;
}
const cetakNetral = (c: Cetak): CetakNetral => ({
  ...c,
  barisJudul: [...c.barisJudul] as [number, number],
  skala: c.muatLebar ? undefined : c.skala,
});

// ---- Office.js host, as the fake recorded it.
const tanpaPagar = (c: unknown) => (typeof c === "string" ? c.replace(/^#/, "").toUpperCase() : undefined);

function tampakOffice(f: FormatSel | undefined): Tampak | undefined {
  if (!f) return undefined;
  const h = f.font;
  const t: Tampak = {
    huruf: {
      nama: h.name as string,
      ukuran: h.size as number,
      tebal: h.bold as boolean,
      miring: h.italic as boolean,
      ...(h.color ? { warna: tanpaPagar(h.color) } : {}),
    },
    garis: {},
    bungkus: f.wrapText === true,
    indent: (f.indentLevel as number | undefined) ?? 0,
  };
  if (f.fill.color) t.isi = tanpaPagar(f.fill.color);
  for (const s of SISI) {
    const b = f.border[s];
    if (b?.style === "Continuous" && b.weight === "Thin") t.garis[s] = tanpaPagar(b.color);
  }
  if (f.horizontalAlignment) t.rata = (f.horizontalAlignment as string).toLowerCase();
  if (f.verticalAlignment) t.tegak = (f.verticalAlignment as string).toLowerCase();
  return t;
}

function cetakOffice(ws: FakeSheet): CetakNetral {
  const pl = ws.pageLayout as Record<string, number> & {
    paperSize: string;
    orientation: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  };
  const muatLebar = pl.zoom.horizontalFitToPages === 1 && pl.zoom.verticalFitToPages === 0;
  const [dari, sampai] = ws.printTitles.replace(/\$/g, "").split(":").map(Number);
  const inci = (k: string) => pl[k] / 72;
  const kolom = ws.printTitleColumns
    ? {
        kolomJudul: ws.printTitleColumns
          .replace(/\$/g, "")
          .split(":")
          .map((c) => parseArea(`${c}1`)!.left + 1),
      }
    : {};
  const area = /^A(\d+):[A-Z]+(\d+)$/.exec(ws.printArea);
  return {
    kertas: ({ A4: "A4", Folio: "F4", A3: "A3" } as const)[pl.paperSize as "A4"],
    orientasi: pl.orientation.toLowerCase() as "landscape",
    margin: {
      kiri: inci("leftMargin"),
      kanan: inci("rightMargin"),
      atas: inci("topMargin"),
      bawah: inci("bottomMargin"),
      kepala: inci("headerMargin"),
      kaki: inci("footerMargin"),
    },
    muatLebar,
    skala: muatLebar ? undefined : pl.zoom.scale,
    barisJudul: [dari, sampai],
    ...(kolom as { kolomJudul?: [number, number] }),
    putusKolom: ws.verticalBreaks,
    ...(area ? { barisCetak: [Number(area[1]), Number(area[2])] as [number, number] } : {}),
    garisKisi: ws.showGridlines as false,
  };
}

// ---- .xlsx host, read back from the package.
class StylesXlsx {
  private readonly xfs: Record<string, string>[];
  private readonly alignment: Record<string, string>[];
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly borders: string[];
  readonly dxfs: string[];
  private readonly numFmts: Map<number, string>;
  constructor(xml: string) {
    this.numFmts = new Map(tagAll(xml, "numFmt").map((t) => [Number(t.attr.numFmtId), t.attr.formatCode]));
    const daftar = (list: string, el: string) => {
      const blok = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
      return [...blok.matchAll(new RegExp(`<${el}\\b[^>]*?(?:/>|>[\\s\\S]*?</${el}>)`, "g"))].map((m) => m[0]);
    };
    const xf = daftar("cellXfs", "xf");
    this.xfs = xf.map((x) => atribut(/<xf\b[^>]*>/.exec(x)![0]));
    this.alignment = xf.map((x) => atribut(/<alignment\b[^>]*>/.exec(x)?.[0] ?? ""));
    this.fonts = daftar("fonts", "font");
    this.fills = daftar("fills", "fill");
    this.borders = daftar("borders", "border");
    this.dxfs = daftar("dxfs", "dxf");
  }
  /** A cell format's number format (the built-in ids our cells use, or a declared one). */
  format(s: number): string {
    const id = Number(this.xfs[s].numFmtId);
    return (
      (
        { 0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 49: "@" } as Record<
          number,
          string
        >
      )[id] ?? this.numFmts.get(id)!
    );
  }
  tampak(s: number): Tampak {
    const xf = this.xfs[s];
    const font = this.fonts[Number(xf.fontId)];
    const val = (el: string, k: string, x: string) => atribut(new RegExp(`<${el}\\b[^>]*>`).exec(x)?.[0] ?? "")[k];
    const rgb = (v: string | undefined) => v?.replace(/^FF/, "");
    const t: Tampak = {
      huruf: {
        nama: val("name", "val", font),
        ukuran: Number(val("sz", "val", font)),
        tebal: /<b\/>/.test(font),
        miring: /<i\/>/.test(font),
        ...(/<color\b/.test(font) ? { warna: rgb(val("color", "rgb", font)) } : {}),
      },
      garis: {},
      bungkus: this.alignment[s].wrapText === "1",
      indent: Number(this.alignment[s].indent ?? 0),
    };
    const fill = this.fills[Number(xf.fillId)];
    if (/patternType="solid"/.test(fill)) t.isi = rgb(val("fgColor", "rgb", fill));
    const border = this.borders[Number(xf.borderId)];
    for (const s of SISI) {
      const el = new RegExp(`<${s}\\b[^>]*?(?:/>|>[\\s\\S]*?</${s}>)`).exec(border)?.[0] ?? "";
      if (val(s, "style", el) === "thin") t.garis[s] = rgb(val("color", "rgb", el));
    }
    if (this.alignment[s].horizontal) t.rata = this.alignment[s].horizontal;
    if (this.alignment[s].vertical) t.tegak = this.alignment[s].vertical;
    return t;
  }
}

const KERTAS_XLSX: Record<string, Cetak["kertas"]> = { "9": "A4", "14": "F4", "8": "A3" };

function cetakXlsx(p: Paket, nama: string, xml: string): CetakNetral {
  const setup = tagAll(xml, "pageSetup")[0].attr;
  const m = tagAll(xml, "pageMargins")[0].attr;
  const muatLebar =
    tagAll(xml, "pageSetUpPr")[0]?.attr.fitToPage === "1" && setup.fitToWidth === "1" && setup.fitToHeight === "0";
  const idx = p.lembar.findIndex((l) => l.nama === nama);
  const judul = p.nama
    .find((n) => n.nama === "_xlnm.Print_Titles" && n.lokal === idx)!
    .nilai.split(",")
    .map((x) =>
      x
        .slice(`${quoteSheet(nama)}!`.length)
        .replace(/\$/g, "")
        .split(":"),
    );
  const [dari, sampai] = judul.find((x) => /^\d/.test(x[0]))!.map(Number);
  const kolom = judul.find((x) => /^[A-Z]/.test(x[0]))?.map((c) => parseArea(`${c}1`)!.left + 1);
  const area = p.nama.find((n) => n.nama === "_xlnm.Print_Area" && n.lokal === idx)?.nilai;
  const barisArea = area && /\$A\$(\d+):\$[A-Z]+\$(\d+)$/.exec(area);
  return {
    kertas: KERTAS_XLSX[setup.paperSize],
    orientasi: setup.orientation as "landscape",
    margin: {
      kiri: Number(m.left),
      kanan: Number(m.right),
      atas: Number(m.top),
      bawah: Number(m.bottom),
      kepala: Number(m.header),
      kaki: Number(m.footer),
    },
    muatLebar,
    skala: muatLebar ? undefined : Number(setup.scale),
    barisJudul: [dari, sampai],
    ...(kolom ? { kolomJudul: kolom as [number, number] } : {}),
    putusKolom: tagAll(xml, "brk").map((b) => Number(b.attr.id)),
    ...(barisArea ? { barisCetak: [Number(barisArea[1]), Number(barisArea[2])] as [number, number] } : {}),
    garisKisi: (tagAll(xml, "sheetView")[0].attr.showGridLines !== "0") as false,
  };
}

function warnaXlsx(xml: string, styles: StylesXlsx): Warna[] {
  return [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)].flatMap(
    ([, range, isi]) =>
      [...isi.matchAll(/<cfRule\b[^>]*dxfId="(\d+)"[^>]*><formula>([\s\S]*?)<\/formula>/g)].map(([, dxf, f]) => ({
        range,
        rumus: f.replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
        warna: /bgColor rgb="FF([0-9A-F]{6})"/.exec(styles.dxfs[Number(dxf)])![1],
      })),
  );
}

/** One generated sheet as the core described it and as each host wrote it. */
interface Kasus {
  spec: SheetSpec;
  ws: FakeSheet;
  paket: Paket;
  styles: StylesXlsx;
  xml: string;
}

let specs: SheetSpec[];
let paket: Paket;
let book: FakeBook;
let kasus: Kasus[];

async function fake(file: string): Promise<FakeBook> {
  const b = new FakeBook();
  for (const g of await readGrids(file)) b.addSheet(g.name, g.values as unknown[][]);
  return b;
}
function kasusDari(daftar: readonly SheetSpec[], b: FakeBook, p: Paket): Kasus[] {
  const styles = new StylesXlsx(p.teks(p.bagianRelasi("styles")!));
  return daftar.map((spec) => ({
    spec,
    ws: b.sheets.find((s) => s.name === spec.nama)!,
    paket: p,
    styles,
    xml: p.teks(p.lembar.find((l) => l.nama === spec.nama)!.bagian!),
  }));
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-gaya-"));
  const out = path.join(dir, "contoh.xlsx");
  specs = (await generate(SAMPLE, out, {})).laporan.sheets;
  paket = await bukaBukuKerja(out);
  book = await fake(SAMPLE);
  await generateExcel(book.context());
  // The audit of the seed report, in both hosts: its own colours per finding's severity.
  const a = periksaBukuKerja(new Paket(fs.readFileSync(LAPORAN)));
  const bukuPeriksa = await fake(LAPORAN);
  await periksaExcel(bukuPeriksa.context());
  kasus = [
    ...kasusDari(specs, book, paket),
    ...kasusDari([lembarPemeriksaan(a.hasil, a.lembar)], bukuPeriksa, new Paket(a.isi)),
  ];
}, 120_000);

const bagianXml = (nama: string) => kasus.find((k) => k.spec.nama === nama)!.xml;
const styles = () => kasus[0].styles;

test("every styled cell looks the same in both hosts, as the core describes it, with the same number format", () => {
  let diperiksa = 0;
  let berformat = 0;
  const beda: string[] = [];
  for (const { spec, ws, xml, styles } of kasus) {
    const sDari = new Map(
      [...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map(([, r, s]) => [r, Number(s ?? 0)]),
    );
    spec.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        const addr = a1(r, col);
        const fmt = c.fmt ?? "General";
        if (ws.cells.get(addr)?.format !== fmt)
          beda.push(`Office ${spec.nama}!${addr} format ${ws.cells.get(addr)?.format} ≠ ${fmt}`);
        if (c.fmt && styles.format(sDari.get(addr)!) !== fmt)
          beda.push(`xlsx ${spec.nama}!${addr} format ${styles.format(sDari.get(addr)!)} ≠ ${fmt}`);
        if (c.fmt) berformat++;
        if (!c.gaya) return;
        const harap = JSON.stringify(diharapkan(c.gaya, c.indent ?? 0));
        const office = JSON.stringify(tampakOffice(ws.formats.get(addr)));
        const xlsx = JSON.stringify(styles.tampak(sDari.get(addr)!));
        if (office !== harap) beda.push(`Office ${spec.nama}!${addr} ${office} ≠ ${harap}`);
        if (xlsx !== harap) beda.push(`xlsx ${spec.nama}!${addr} ${xlsx} ≠ ${harap}`);
        diperiksa++;
      }),
    );
  }
  expect(beda.slice(0, 5)).toEqual([]);
  expect(kasus.map((k) => k.spec.id)).toEqual([...specs.map((x) => x.id), "pemeriksaan"]);
  expect(specs).toHaveLength(10);
  expect(diperiksa).toBeGreaterThan(1000); // 1,047 in the report today, and the audit sheet's
  expect(berformat).toBeGreaterThan(300);
});

test("spot checks, by hand: a header cell, an indented budget line and a note in both hosts", () => {
  const pk = specs.find((s) => s.id === "pengukuran")!;
  const kepala = {
    huruf: { nama: "Calibri", ukuran: 11, tebal: true, miring: false },
    isi: "D9E7DD",
    garis: { top: "8A8A8A", bottom: "8A8A8A", left: "8A8A8A", right: "8A8A8A" },
    rata: "center",
    tegak: "center",
    bungkus: true,
    indent: 0,
  };
  expect(pk.rows[3][0]?.gaya).toBe("kepala");
  expect(tampakOffice(book.sheets.find((s) => s.name === pk.nama)!.formats.get("A4"))).toEqual(kepala);
  const sPk = Number(/<c r="A4" s="(\d+)"/.exec(bagianXml(pk.nama))![1]);
  expect(styles().tampak(sPk)).toEqual(kepala);
  // An indented line of the budget tree: left-aligned at its depth, top-aligned and wrapped like any text.
  const ra = specs.find((s) => s.id === "realisasi-anggaran")!;
  const r = ra.rows.findIndex((row) => (row[1]?.indent ?? 0) === 2);
  expect(r).toBeGreaterThan(0);
  const addr = a1(r, 1);
  const baris = { rata: "left", tegak: "top", bungkus: true, indent: 2 };
  expect(tampakOffice(book.sheets.find((s) => s.name === ra.nama)!.formats.get(addr))).toMatchObject(baris);
  expect(styles().tampak(Number(new RegExp(`<c r="${addr}" s="(\\d+)"`).exec(bagianXml(ra.nama))![1]))).toMatchObject(
    baris,
  );
  // A note: small grey italics (the Office host wrote it black before the one description).
  expect(GAYA.catatan.huruf).toEqual({ nama: "Calibri", ukuran: 9, tebal: false, miring: true, warna: "555555" });
});

test("every sheet prints the same in both hosts: A4 landscape, the margins, fit, header rows, no gridlines", () => {
  for (const { spec, ws, paket: p, xml } of kasus) {
    const harap = cetakNetral(cetakLembar(spec));
    expect(cetakOffice(ws)).toEqual(harap);
    expect(cetakXlsx(p, spec.nama, xml)).toEqual(harap);
  }
  expect(MARGIN).toEqual({ kiri: 0.5, kanan: 0.5, atas: 0.6, bawah: 0.6, kepala: 0.3, kaki: 0.3 });
  // Pengukuran Kinerja fits one page wide under its header rows 4–5; so does every sheet of the sample.
  expect(cetakLembar(specs.find((s) => s.id === "pengukuran")!)).toMatchObject({ muatLebar: true, barisJudul: [4, 5] });
  expect(specs.filter((s) => !s.muatLebar)).toEqual([]);
});

test("the E.81 and Monitoring, too wide for A3 at 8 pt, print on A3 over pages across in both hosts", async () => {
  const quarterly = buatLaporan(modelE81(), { tahun: 2025, triwulan: 2 }).sheets.filter(
    (s) => s.id === "e81" || s.id === "monitoring",
  );
  expect(quarterly.length).toBe(2);
  const fake = new FakeBook();
  fake.addSheet("PK");
  await tulisLembarExcel(fake.context(), quarterly, await bacaKeadaan(fake.context()));
  const p = new Paket(tulisLembar(paket, quarterly));
  for (const spec of quarterly) {
    const xml = p.teks(p.lembar.find((l) => l.nama === spec.nama)!.bagian!);
    const harap = cetakNetral(cetakLembar(spec));
    expect(cetakOffice(fake.sheets.find((s) => s.name === spec.nama)!)).toEqual(harap);
    expect(cetakXlsx(p, spec.nama, xml)).toEqual(harap);
    // A3, two pages across at 8 pt or more, the row's No and name repeated on the left of each.
    expect(harap).toMatchObject({ kertas: "A3", muatLebar: false });
    expect(harap.skala).toBeGreaterThanOrEqual((100 * HURUF_MIN) / 11);
    expect(harap.putusKolom.length).toBe(1);
  }
  const [e81, mon] = quarterly.map((s) => cetakLembar(s));
  // The E.81's second page across starts at (13), the Monitoring's at the pagu: a K/Rp pair is never split.
  expect(e81).toMatchObject({ kolomJudul: [1, 4], putusKolom: [19] });
  expect(quarterly[0].rows[quarterly[0].barisJudulCetak[1] - 1][19]?.v).toBe("(13) = 9+10+11+12");
  expect(mon).toMatchObject({ kolomJudul: [1, 2], putusKolom: [17] });
  expect(quarterly[1].rows[quarterly[1].barisJudulCetak[0] - 1][17]?.v).toBe("Pagu (Rp)");
  // The Monitoring's instruction (row 1) is for the screen: the print area starts under it.
  expect(String(quarterly[1].rows[0][0]?.v)).toMatch(/ubah angka ini/);
  expect(mon.barisCetak).toEqual([2, quarterly[1].rows.length]);
});

test("column widths and conditional colours (predikat, the audit's severities) are the same in both hosts", () => {
  for (const { spec, ws, xml, styles } of kasus) {
    const lebarXlsx = tagAll(xml, "col").map((c) => lebarPoin(Number(c.attr.width)));
    expect(ws.columnWidths).toEqual(spec.lebar.map(lebarPoin));
    expect(lebarXlsx).toEqual(spec.lebar.map(lebarPoin));
    const harap: Warna[] = spec.warna.flatMap((w) =>
      w.aturan.map((a) => ({ range: w.range, rumus: `${w.range.split(":")[0]}="${a.teks}"`, warna: a.warna })),
    );
    const office = ws.conditionalFormats.map((c) => ({
      range: c.range,
      rumus: c.formula!.slice(1),
      warna: tanpaPagar(c.fill)!,
    }));
    expect(office).toEqual(harap);
    expect(warnaXlsx(xml, styles)).toEqual(harap);
  }
  // Width 40 characters: 40 × 7 + 5 = 285 pixels, 213.75 pt.
  expect(lebarPoin(40)).toBe(213.75);
  const pk = specs.find((s) => s.id === "pengukuran")!;
  expect(pk.warna[0].aturan.map((a) => a.warna)).toEqual([
    WARNA_PREDIKAT.HIJAU_TUA,
    WARNA_PREDIKAT.HIJAU,
    WARNA_PREDIKAT.MERAH,
  ]);
  expect(kasus.at(-1)!.spec.warna.length).toBeGreaterThan(0);
});
