/**
 * .xlsx host, writing: the output is the user's package plus our sheets. Every part of the input leaves byte for
 * byte (copied as stored) except the few that adding a sheet must touch — [Content_Types].xml, the workbook part and
 * its relationships, and styles.xml, each edited as text where it must change and left alone elsewhere: styles are
 * only appended (an identical entry from an earlier run is reused, so a second run writes identical parts), names
 * keep their text and scope, calcChain is dropped with its relationship. Our sheets are new worksheet parts with
 * inline strings and formulas without cached results (the workbook recalculates on load), found on the next run by
 * their tag (see lembarBertanda) and replaced; nothing else is ever removed.
 */
import { HasilPeriksa, OpsiPeriksa } from "../core/audit";
import { susunPemeriksaan } from "../core/audit/lembar";
import { Grid, a1, columnLetter, quoteSheet } from "../core/grid";
import { Cetak, FormatGaya, GAYA, cetakLembar, formatSel } from "../core/report/gaya";
import {
  Gaya,
  ID_PEMERIKSAAN,
  ID_TRIWULAN,
  SheetSpec,
  SpecCell,
  cariLembarBertanda,
  digantiOleh,
  idDariTag,
  namaTag,
  nilaiAman,
} from "../core/report/spec";
import { NS_REL, Paket, atribut, escapeXml, relsDari, resolvePart, tagAll } from "./paket";
import { bacaLembar, lembarKerja } from "./read";
import { BagianKeluar, PenulisBagian, Terkompresi, tulisZip } from "./zip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Our sheets, by spec id (cariLembarBertanda: the workbook-scoped tags; sheet-scoped copies ignored). */
export function lembarBertanda(p: Paket): Map<string, string> {
  return cariLembarBertanda(
    p.nama.map((n) => ({ name: n.nama, formula: n.nilai, lokal: n.lokal !== undefined })),
    lembarKerja(p).map((l) => l.nama),
  );
}

/**
 * The user's sheets as Grids (other sheet kinds as empty grids, so their names are taken), our sheets' names, and
 * `lama`: our earlier quarterly forms by id, for what the user typed into them (the E.81's notes, the threshold).
 */
export function gridsPengguna(p: Paket): { grids: Grid[]; ours: string[]; lama: Record<string, Grid> } {
  const bertanda = lembarBertanda(p);
  const ours = [...bertanda.values()];
  const grids = p.lembar
    .filter((l) => !ours.includes(l.nama))
    .map((l) => (l.jenis === "worksheet" ? bacaLembar(p, l) : { name: l.nama, values: [] }));
  const lama: Record<string, Grid> = {};
  for (const id of ID_TRIWULAN) {
    const l = p.lembar.find((x) => x.nama === bertanda.get(id) && x.jenis === "worksheet");
    if (l) lama[id] = bacaLembar(p, l);
  }
  p.lepasCache();
  return { grids, ours, lama };
}

export interface OpsiTulis {
  /** Called before each step, for fault-injection tests. */
  readonly langkah?: (nama: string) => void;
}

/**
 * Periksa Konsistensi on a package: the user's sheets are read (with `termasukBuatan`, the generated report too;
 * never an earlier audit result or our quarterly forms), and the Pemeriksaan sheet is written in that result's
 * place. Returns the output package's bytes.
 */
export function periksaBukuKerja(
  p: Paket,
  opsi: OpsiPeriksa = {},
): { hasil: HasilPeriksa; lembar: string; isi: Uint8Array } {
  const bertanda = lembarBertanda(p);
  const lama = bertanda.get(ID_PEMERIKSAAN);
  const triwulan = ID_TRIWULAN.flatMap((id) => bertanda.get(id) ?? []);
  const buatan = opsi.termasukBuatan ? [] : [...bertanda.values()];
  const grids = lembarKerja(p)
    .filter((l) => l.nama !== lama && !triwulan.includes(l.nama) && !buatan.includes(l.nama))
    .map((l) => bacaLembar(p, l));
  const { hasil, spec } = susunPemeriksaan(
    grids,
    p.lembar.map((l) => l.nama).filter((n) => n !== lama),
    opsi,
  );
  return { hasil, lembar: spec.nama, isi: tulisLembar(p, [spec]) };
}

/** The output package: the input's parts, our previous sheets of the families written replaced by `specs`. */
export function tulisLembar(p: Paket, specs: readonly SheetSpec[], opsi: OpsiTulis = {}): Uint8Array {
  const step = opsi.langkah ?? (() => undefined);
  step("hapus-lama");
  const ours = lembarBertanda(p);
  const dibuang = new Set<string>();
  for (const [id, nama] of ours) if (digantiOleh(id, specs)) dibuang.add(nama);
  const tetap = p.lembar.filter((l) => !dibuang.has(l.nama));
  const bagianDibuang = new Set<string>();
  for (const l of p.lembar) {
    if (!dibuang.has(l.nama) || !l.bagian) continue;
    bagianDibuang.add(l.bagian.toLowerCase());
    const rels = relsDari(l.bagian);
    if (p.ada(rels)) bagianDibuang.add(rels.toLowerCase());
  }
  const calcChain = p.bagianRelasi("calcChain");
  if (calcChain) bagianDibuang.add(calcChain.toLowerCase());

  const gaya = new Gaya_(p);
  const dipakai = new Set(p.entri.map((e) => e.nama.toLowerCase()).filter((n) => !bagianDibuang.has(n)));
  const baru: { spec: SheetSpec; bagian: string; rId: string; sheetId: number; isi: Terkompresi }[] = [];
  let nomor = 1;
  let rIdNo = 1;
  const rIds = new Set(p.relasi.map((r) => r.id));
  let sheetId = Math.max(0, ...tetap.map((l) => l.sheetId || 0));
  const aktifLama = indeksAktif(p.workbookXml);
  const namaAktif = p.lembar[aktifLama]?.nama;
  // When our replaced sheet was the active tab, its successor (same id, else the first new sheet) takes it.
  const idAktif =
    namaAktif !== undefined && dibuang.has(namaAktif) ? [...ours].find(([, n]) => n === namaAktif)?.[0] : undefined;
  const gantiAktif =
    idAktif === undefined
      ? -1
      : Math.max(
          0,
          specs.findIndex((s) => s.id === idAktif),
        );
  for (const [i, spec] of specs.entries()) {
    step(`lembar:${spec.id}`);
    while (dipakai.has(`xl/worksheets/sheet${nomor}.xml`)) nomor++;
    const bagian = `xl/worksheets/sheet${nomor}.xml`;
    dipakai.add(bagian);
    while (rIds.has(`rId${rIdNo}`)) rIdNo++;
    const rId = `rId${rIdNo}`;
    rIds.add(rId);
    baru.push({ spec, bagian, rId, sheetId: ++sheetId, isi: tulisBagianLembar(spec, gaya, i === gantiAktif) });
  }

  const workbook = ubahWorkbook(
    p,
    dibuang,
    tetap.map((l) => l.nama),
    baru,
    gantiAktif,
  );
  const rels = ubahRelasi(p, dibuang, calcChain, baru);
  const ct = ubahContentTypes(
    p,
    bagianDibuang,
    baru.map((b) => b.bagian),
    gaya.bagianBaru,
  );
  const styles = gaya.xml();

  const diubah = new Map<string, string>([
    [p.bagianWorkbook.toLowerCase(), workbook],
    [p.relsWorkbook.toLowerCase(), rels],
    ["[content_types].xml", ct],
    [gaya.bagian.toLowerCase(), styles],
  ]);
  const keluar: BagianKeluar[] = [];
  for (const e of p.entri) {
    const k = e.nama.toLowerCase();
    if (bagianDibuang.has(k)) continue;
    const isi = diubah.get(k);
    keluar.push(isi === undefined ? { nama: e.nama, salin: e } : { nama: e.nama, isi });
    diubah.delete(k);
  }
  if (!p.ada(p.relsWorkbook)) keluar.push({ nama: p.relsWorkbook, isi: rels });
  if (gaya.bagianBaru) keluar.push({ nama: gaya.bagian, isi: styles });
  for (const b of baru) keluar.push({ nama: b.bagian, terkompresi: b.isi });
  step("selesai");
  return tulisZip(p.zip, keluar);
}

function indeksAktif(xml: string): number {
  const v = tagAll(xml, "workbookView")[0]?.attr.activeTab;
  return v ? Number(v) : 0;
}

/** Prefix ("x:" or "") of the element with this local name in xml. */
function prefiks(xml: string, nama: string): string {
  return new RegExp(`<([\\w.-]+:)?${nama}[\\s>/]`).exec(xml)?.[1] ?? "";
}

function ubahWorkbook(
  p: Paket,
  dibuang: Set<string>,
  tetap: string[],
  baru: { spec: SheetSpec; rId: string; sheetId: number }[],
  gantiAktif: number,
): string {
  let xml = p.workbookXml;
  const P = prefiks(xml, "workbook");
  const lamaKeBaru = new Map<number, number>();
  p.lembar.forEach((l, i) => {
    if (!dibuang.has(l.nama)) lamaKeBaru.set(i, tetap.indexOf(l.nama));
  });
  // Sheets: ours removed, the new ones appended.
  xml = xml.replace(/<(?:[\w.-]+:)?sheet\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?sheet>)/g, (m) =>
    dibuang.has(atribut(m).name ?? "") ? "" : m,
  );
  const relPrefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "",
  )?.[1];
  const rAttr = (id: string) => (relPrefix ? `${relPrefix}:id="${id}"` : `xmlns:r="${NS_REL}" r:id="${id}"`);
  const sheets = baru
    .map((b) => `<${P}sheet name="${escapeXml(b.spec.nama)}" sheetId="${b.sheetId}" ${rAttr(b.rId)}/>`)
    .join("");
  xml = xml.replace(new RegExp(`</${P}sheets>`), `${sheets}</${P}sheets>`);

  // Defined names: ours of the families written and any local to a removed sheet dropped, local ids remapped.
  const namaBaru = baru.flatMap((b, i) => {
    const idx = tetap.length + i;
    const ref = `${quoteSheet(b.spec.nama)}!$A$1`;
    const c = cetakLembar(b.spec);
    const q = quoteSheet(b.spec.nama);
    // Columns first, then rows: Excel's order for print titles of both.
    const judul = [
      ...(c.kolomJudul ? [`${q}!$${hurufKolom(c.kolomJudul[0] - 1)}:$${hurufKolom(c.kolomJudul[1] - 1)}`] : []),
      `${q}!$${c.barisJudul[0]}:$${c.barisJudul[1]}`,
    ].join(",");
    const area = c.barisCetak
      ? `${q}!$A$${c.barisCetak[0]}:$${hurufKolom(b.spec.lebar.length - 1)}$${c.barisCetak[1]}`
      : undefined;
    return [
      ...(area
        ? [`<${P}definedName name="_xlnm.Print_Area" localSheetId="${idx}">${escapeXml(area)}</${P}definedName>`]
        : []),
      `<${P}definedName name="_xlnm.Print_Titles" localSheetId="${idx}">${escapeXml(judul)}</${P}definedName>`,
      `<${P}definedName name="${namaTag(b.spec.id)}">${escapeXml(ref)}</${P}definedName>`,
    ];
  });
  const ditulis = baru.map((b) => b.spec);
  xml = xml.replace(
    /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g,
    (m, attrs: string) => {
      const a = atribut(attrs);
      const id = idDariTag(a.name ?? "");
      if (a.localSheetId === undefined) return id !== undefined && digantiOleh(id, ditulis) ? "" : m;
      const lama = Number(a.localSheetId);
      const baruIdx = lamaKeBaru.get(lama);
      // Only a name local to a sheet we removed goes; one whose index names no sheet at all is the user's, kept.
      if (baruIdx === undefined) return lama < p.lembar.length ? "" : m;
      return baruIdx === Number(a.localSheetId) ? m : m.replace(/localSheetId="\d+"/, `localSheetId="${baruIdx}"`);
    },
  );
  const blok = namaBaru.join("");
  if (new RegExp(`</${P}definedNames>`).test(xml))
    xml = xml.replace(new RegExp(`</${P}definedNames>`), `${blok}</${P}definedNames>`);
  else if (new RegExp(`<${P}definedNames\\s*/>`).test(xml))
    xml = xml.replace(new RegExp(`<${P}definedNames\\s*/>`), `<${P}definedNames>${blok}</${P}definedNames>`);
  else {
    // After sheets, functionGroups and externalReferences, whichever comes last (the schema's order).
    const akhir = [`</${P}externalReferences>`, `</${P}functionGroups>`, `<${P}functionGroups/>`, `</${P}sheets>`].find(
      (t) => xml.includes(t),
    )!;
    xml = xml.replace(akhir, `${akhir}<${P}definedNames>${blok}</${P}definedNames>`);
  }
  xml = xml.replace(/<(?:[\w.-]+:)?definedNames>\s*<\/(?:[\w.-]+:)?definedNames>/, "");

  // The active and first tabs follow their sheets; our replaced sheet hands the active tab to its successor.
  xml = xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (m) =>
    m.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_x, k: string, v: string) => {
      const lama = Number(v);
      const b = lamaKeBaru.get(lama);
      const n = b !== undefined ? b : k === "activeTab" && gantiAktif >= 0 ? tetap.length + gantiAktif : 0;
      return `${k}="${n}"`;
    }),
  );
  // Formulas without cached results: every engine computes them on load.
  if (/<(?:[\w.-]+:)?calcPr\b/.test(xml))
    xml = xml.replace(/<((?:[\w.-]+:)?calcPr)\b([^>]*?)(\/?)>/, (m, tag: string, a: string, end: string) =>
      /fullCalcOnLoad=/.test(a)
        ? m.replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"')
        : `<${tag}${a} fullCalcOnLoad="1"${end}>`,
    );
  else {
    const setelah = [`</${P}definedNames>`, `</${P}externalReferences>`, `</${P}sheets>`].find((t) => xml.includes(t))!;
    xml = xml.replace(setelah, `${setelah}<${P}calcPr fullCalcOnLoad="1"/>`);
  }
  return xml;
}

function ubahRelasi(
  p: Paket,
  dibuang: Set<string>,
  calcChain: string | undefined,
  baru: { bagian: string; rId: string }[],
): string {
  const buang = new Set(p.lembar.filter((l) => dibuang.has(l.nama)).map((l) => l.rId));
  let xml =
    p.teksAtau(p.relsWorkbook) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const P = prefiks(xml, "Relationships");
  xml = xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Relationship>)/g, (m) => {
    const a = atribut(m);
    if (buang.has(a.Id)) return "";
    if (
      calcChain &&
      a.Type?.endsWith("/calcChain") &&
      resolvePart(p.bagianWorkbook, a.Target ?? "").toLowerCase() === calcChain.toLowerCase()
    )
      return "";
    return m;
  });
  const dir = p.bagianWorkbook.split("/").slice(0, -1).join("/");
  const rel = (target: string) => (dir && target.startsWith(`${dir}/`) ? target.slice(dir.length + 1) : `/${target}`);
  const tambah = baru.map((b) => `<${P}Relationship Id="${b.rId}" Type="${REL}/worksheet" Target="${rel(b.bagian)}"/>`);
  if (gayaBaru(p))
    tambah.push(`<${P}Relationship Id="rIdSakipStyles" Type="${REL}/styles" Target="${rel("xl/styles.xml")}"/>`);
  return xml.replace(new RegExp(`</${P}Relationships>`), `${tambah.join("")}</${P}Relationships>`);
}

function gayaBaru(p: Paket): boolean {
  const s = p.bagianRelasi("styles");
  return !s || !p.ada(s);
}

function ubahContentTypes(p: Paket, dibuang: Set<string>, baru: string[], stylesBaru: boolean): string {
  let xml = p.teks("[Content_Types].xml");
  const P = prefiks(xml, "Types");
  xml = xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?Override>)/g, (m) =>
    dibuang.has((atribut(m).PartName ?? "").replace(/^\//, "").toLowerCase()) ? "" : m,
  );
  const tambah = baru.map((b) => `<${P}Override PartName="/${b}" ContentType="${CT_WORKSHEET}"/>`);
  if (stylesBaru) tambah.push(`<${P}Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/>`);
  return xml.replace(new RegExp(`</${P}Types>`), `${tambah.join("")}</${P}Types>`);
}

/** A sheet's part from its spec, deflated as it is written; `aktif` selects its tab. */
function tulisBagianLembar(spec: SheetSpec, gaya: Gaya_, aktif: boolean): Terkompresi {
  const o = new PenulisBagian();
  o.tulis(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
  );
  const cetak = cetakLembar(spec);
  // One page wide only where the text stays at least 8 pt (spec.muatLebar); else full size under repeated headers.
  if (cetak.muatLebar) o.tulis(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  const { baris, kolom } = spec.beku;
  const pane =
    baris > 0 || kolom > 0
      ? `<pane${kolom ? ` xSplit="${kolom}"` : ""}${baris ? ` ySplit="${baris}"` : ""} topLeftCell="${a1(baris, kolom)}" activePane="${baris && kolom ? "bottomRight" : baris ? "bottomLeft" : "topRight"}" state="frozen"/>`
      : "";
  o.tulis(
    `<sheetViews><sheetView${aktif ? ' tabSelected="1"' : ""} showGridLines="${cetak.garisKisi ? 1 : 0}" workbookViewId="0">${pane}</sheetView></sheetViews>`,
  );
  o.tulis(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (spec.lebar.length)
    o.tulis(
      `<cols>${spec.lebar.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`,
    );
  o.tulis("<sheetData>");
  const barisN = Math.max(spec.rows.length, spec.tinggi.length);
  for (let r = 0; r < barisN; r++) {
    const row = spec.rows[r] ?? [];
    const h = spec.tinggi[r];
    const nomor = String(r + 1);
    let cells = "";
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (c) cells += xmlSel(c, nomor, col, gaya);
    }
    if (!cells && !h) continue;
    o.tulis(`<row r="${nomor}"${h ? ` ht="${h}" customHeight="1"` : ""}>${cells}</row>`);
  }
  o.tulis("</sheetData>");
  if (spec.merges.length)
    o.tulis(
      `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
    );
  let prioritas = 1;
  for (const w of spec.warna) {
    const top = w.range.split(":")[0].replace(/\$/g, "");
    const rules = w.aturan.map(
      (a) =>
        `<cfRule type="expression" dxfId="${gaya.dxf(a.warna)}" priority="${prioritas++}"><formula>${escapeXml(`${top}="${a.teks.replace(/"/g, '""')}"`)}</formula></cfRule>`,
    );
    o.tulis(`<conditionalFormatting sqref="${w.range.replace(/\$/g, "")}">${rules.join("")}</conditionalFormatting>`);
  }
  const m = cetak.margin;
  o.tulis(
    `<pageMargins left="${m.kiri}" right="${m.kanan}" top="${m.atas}" bottom="${m.bawah}" header="${m.kepala}" footer="${m.kaki}"/>`,
  );
  o.tulis(
    `<pageSetup paperSize="${KERTAS[cetak.kertas]}"${cetak.muatLebar ? "" : ` scale="${cetak.skala}"`} orientation="${cetak.orientasi}"${cetak.muatLebar ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
  );
  // Pages across start at these columns (the manual breaks Excel writes: before column id, 0-based).
  if (cetak.putusKolom.length)
    o.tulis(
      `<colBreaks count="${cetak.putusKolom.length}" manualBreakCount="${cetak.putusKolom.length}">${cetak.putusKolom.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`,
    );
  o.tulis("</worksheet>");
  return o.selesai();
}

const HURUF_KOLOM: string[] = [];
const hurufKolom = (col: number) => (HURUF_KOLOM[col] ??= columnLetter(col));

/**
 * Text as element content holds it (quotes need no escape there): one test for the common case, a single character
 * class (any "_" takes the full path, which looks for "_xHHHH_"), about twice as fast as the exact pattern.
 */
const TAK_POLOS = /[&<>_\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
const teksSel = (s: string) =>
  TAK_POLOS.test(s) ? teksXml(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s;

/** A cell's element; `nomor`: its row number as text. */
function xmlSel(c: SpecCell, nomor: string, col: number, gaya: Gaya_): string {
  const ref = hurufKolom(col) + nomor;
  const sa = c.gaya || c.fmt ? gaya.atribut(c.gaya, c.fmt, c.indent ?? 0) : "";
  if (c.f) return `<c r="${ref}"${sa}><f>${teksSel(c.f.slice(1))}</f></c>`;
  const v = nilaiAman(c.v);
  if (v === null || v === undefined || v === "") return sa ? `<c r="${ref}"${sa}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${sa}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  const spasi = v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${sa} t="inlineStr"><is><t${spasi}>${teksSel(v)}</t></is></c>`;
}

/** Characters XML 1.0 cannot hold, as OOXML writes them (_xHHHH_); a literal "_x…_" escaped the same way. */
const TEKS_KHUSUS = /_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

function teksXml(s: string): string {
  if (!TEKS_KHUSUS.test(s)) return s;
  return s
    .replace(/_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, (m) =>
      m.length > 1 ? `_x005F${m}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** The paper sizes of the file format (ECMA-376 pageSetup paperSize). */
const KERTAS: Record<Cetak["kertas"], number> = { A4: 9, F4: 14, A3: 8 };

/** An RGB hex colour as the file's ARGB. */
const argb = (rgb: string) => `FF${rgb}`;

/** Built-in number formats we may use without declaring them. */
const FORMAT_ID: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * The user's styles.xml with ours appended: fonts, fills, borders, number formats, cell formats and the
 * conditional formats' fills. Each entry is looked up first (by its exact text, so a second run finds the first
 * run's), and added only when missing; nothing of the user's is renumbered.
 */
class Gaya_ {
  readonly bagian: string;
  readonly bagianBaru: boolean;
  private teks: string;
  private readonly P: string;
  private readonly cacheXf = new Map<string, number>();
  /** The ` s="…"` attribute by style, format and indent (xmlSel asks once per cell). */
  private readonly cacheAtribut = new Map<Gaya | undefined, Map<string | undefined, string[]>>();
  private readonly cacheDxf = new Map<string, number>();

  constructor(p: Paket) {
    const part = p.bagianRelasi("styles");
    this.bagianBaru = !part || !p.ada(part);
    this.bagian = this.bagianBaru ? "xl/styles.xml" : p.namaAsli(part!);
    this.teks = this.bagianBaru ? STYLES_KOSONG : p.teks(this.bagian);
    this.P = prefiks(this.teks, "styleSheet");
  }

  xml(): string {
    return this.teks;
  }

  /** The children of a list (fonts, fills…) as their exact texts. */
  private anak(daftar: string, anak: string): string[] {
    const blok = new RegExp(`<${this.P}${daftar}\\b[^>]*>([\\s\\S]*?)</${this.P}${daftar}>`).exec(this.teks)?.[1] ?? "";
    return [...blok.matchAll(new RegExp(`<${this.P}${anak}\\b[^>]*?(?:/>|>[\\s\\S]*?</${this.P}${anak}>)`, "g"))].map(
      (m) => m[0],
    );
  }

  /** Index of `el` in the list, appended when not there. */
  private cari(daftar: string, anak: string, el: string): number {
    const ada = this.anak(daftar, anak);
    const i = ada.indexOf(el);
    if (i >= 0) return i;
    this.tambah(daftar, el, ada.length + 1);
    return ada.length;
  }

  private tambah(daftar: string, el: string, count: number): void {
    const P = this.P;
    const buka = new RegExp(`<${P}${daftar}\\b([^>]*?)(/?)>`);
    const m = buka.exec(this.teks);
    if (m) {
      const attrs = /count="/.test(m[1]) ? m[1].replace(/count="\d*"/, `count="${count}"`) : `${m[1]} count="${count}"`;
      if (m[2]) this.teks = this.teks.replace(buka, `<${P}${daftar}${attrs}>${el}</${P}${daftar}>`);
      else
        this.teks = this.teks
          .replace(buka, `<${P}${daftar}${attrs}>`)
          .replace(new RegExp(`</${P}${daftar}>`), `${el}</${P}${daftar}>`);
      return;
    }
    // The list is missing: put it before the first list that follows it in the schema.
    const urutan = [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ];
    const blok = `<${P}${daftar} count="${count}">${el}</${P}${daftar}>`;
    const sesudah = urutan.slice(urutan.indexOf(daftar) + 1).find((x) => new RegExp(`<${P}${x}\\b`).test(this.teks));
    if (sesudah) this.teks = this.teks.replace(new RegExp(`<${P}${sesudah}\\b`), (x) => `${blok}${x}`);
    else this.teks = this.teks.replace(new RegExp(`</${P}styleSheet>`), `${blok}</${P}styleSheet>`);
  }

  private numFmt(fmt: string | undefined): number {
    if (!fmt || FORMAT_ID[fmt] !== undefined) return FORMAT_ID[fmt ?? "General"];
    const ada = tagAll(this.teks, "numFmt");
    const sama = ada.find((t) => t.attr.formatCode === fmt);
    if (sama) return Number(sama.attr.numFmtId);
    const id = Math.max(163, ...ada.map((t) => Number(t.attr.numFmtId))) + 1;
    this.tambah("numFmts", `<${this.P}numFmt numFmtId="${id}" formatCode="${escapeXml(fmt)}"/>`, ada.length + 1);
    return id;
  }

  atribut(g: Gaya | undefined, fmt: string | undefined, indent: number): string {
    let perFmt = this.cacheAtribut.get(g);
    if (!perFmt) this.cacheAtribut.set(g, (perFmt = new Map<string | undefined, string[]>()));
    let perIndent = perFmt.get(fmt);
    if (!perIndent) perFmt.set(fmt, (perIndent = []));
    let a = perIndent[indent];
    if (a === undefined) {
      const s = this.xf(g, fmt, indent);
      a = perIndent[indent] = s ? ` s="${s}"` : "";
    }
    return a;
  }

  xf(g: Gaya | undefined, fmt: string | undefined, indent = 0): number {
    const key = `${g ?? ""}|${fmt ?? ""}|${indent}`;
    const cached = this.cacheXf.get(key);
    if (cached !== undefined) return cached;
    const P = this.P;
    const f: Partial<FormatGaya> = g ? formatSel(g, indent) : {};
    const numFmtId = this.numFmt(fmt);
    // Our cells name their font (appended, the workbook's base font untouched).
    let fontId = 0;
    if (f.huruf) {
      const h = f.huruf;
      fontId = this.cari(
        "fonts",
        "font",
        `<${P}font>${h.tebal ? `<${P}b/>` : ""}${h.miring ? `<${P}i/>` : ""}<${P}sz val="${h.ukuran}"/>${h.warna ? `<${P}color rgb="${argb(h.warna)}"/>` : ""}<${P}name val="${h.nama}"/></${P}font>`,
      );
    }
    const fillId = f.isi
      ? this.cari(
          "fills",
          "fill",
          `<${P}fill><${P}patternFill patternType="solid"><${P}fgColor rgb="${argb(f.isi)}"/><${P}bgColor indexed="64"/></${P}patternFill></${P}fill>`,
        )
      : 0;
    const sisi = (s: string) => `<${P}${s} style="thin"><${P}color rgb="${argb(f.garis!.warna)}"/></${P}${s}>`;
    const borderId = f.garis
      ? this.cari(
          "borders",
          "border",
          `<${P}border>${sisi("left")}${sisi("right")}${sisi("top")}${sisi("bottom")}<${P}diagonal/></${P}border>`,
        )
      : 0;
    const rata = indent > 0 && !g ? "left" : f.rata;
    const align =
      rata || f.tegak || f.bungkus
        ? `<${P}alignment${rata ? ` horizontal="${rata}"` : ""}${f.tegak ? ` vertical="${f.tegak}"` : ""}${f.bungkus ? ' wrapText="1"' : ""}${indent > 0 ? ` indent="${indent}"` : ""}/>`
        : "";
    const xf = `<${P}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"${align ? `>${align}</${P}xf>` : "/>"}`;
    const i = this.cari("cellXfs", "xf", xf);
    this.cacheXf.set(key, i);
    return i;
  }

  dxf(warna: string): number {
    const cached = this.cacheDxf.get(warna);
    if (cached !== undefined) return cached;
    const P = this.P;
    const i = this.cari(
      "dxfs",
      "dxf",
      `<${P}dxf><${P}fill><${P}patternFill patternType="solid"><${P}bgColor rgb="${argb(warna)}"/></${P}patternFill></${P}fill></${P}dxf>`,
    );
    this.cacheDxf.set(warna, i);
    return i;
  }
}

/** A package without styles gets the minimum Excel needs (its base font that of our text), then ours appended. */
const STYLES_KOSONG = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="${GAYA.teks.huruf.ukuran}"/><name val="${GAYA.teks.huruf.nama}"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
