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
  namaKami,
  nilaiAman,
} from "../core/report/spec";
import { NS_MAIN, NS_PKG_REL, NS_REL, Paket, PaketRusak, escapeXml, relsDari, resolvePart } from "./paket";
import { Dokumen, Elemen, anakEl, attr, aturAttr, buatEl, prefiksNs, satuEl, tulisEl, tulisXml, uraiXml } from "./xml";
import { bacaLembar, lembarKerja } from "./read";
import { BagianKeluar, PenulisBagian, Terkompresi, awalBagian, tulisZip } from "./zip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * Our record of the sheets we wrote: a hidden workbook-scoped name holding `"id=sheetId;…"`. Excel keeps it and
 * its sheetIds through a save; a sheet copied by the user gets a new sheetId, and a user's name copied or typed
 * like our tag names no sheet of the record.
 */
export const NAMA_CATATAN = "_sakip_lembar_kami";

function bacaCatatan(p: Paket): Map<string, number> | undefined {
  const n = p.nama.find((x) => x.nama.toLowerCase() === NAMA_CATATAN && x.lokal === undefined);
  const isi = n && /^"([^"]*)"$/.exec(n.nilai.trim())?.[1];
  if (isi === undefined) return undefined;
  const out = new Map<string, number>();
  for (const bagian of isi.split(";")) {
    const m = /^([a-z0-9-]+)=(\d{1,10})$/.exec(bagian);
    if (m) out.set(m[1], Number(m[2]));
  }
  return out;
}

/** The first bytes of a sheet part as our writer writes them (tulisBagianLembar). */
const AWAL_KAMI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><`;

/** Whether a sheet part begins as ours does (only its first piece is inflated). */
function awalanKami(p: Paket, bagian: string | undefined): boolean {
  if (!bagian) return false;
  try {
    return awalBagian(p.zip, p.entriDari(bagian), AWAL_KAMI.length + 20).startsWith(AWAL_KAMI);
  } catch {
    return false;
  }
}

/**
 * Our sheets, by spec id: a workbook-scoped tag (cariLembarBertanda; sheet-scoped copies ignored; Excel's names are
 * case-insensitive, so a tag's case twin is the tag) on a sheet that our record lists with that sheetId — or, in a
 * workbook without the record (written before it, or re-saved by a program that dropped it), on a sheet part that
 * begins as ours does or bears our name for that id (namaKami). Anything else
 * is the user's sheet: never removed or replaced; its name is taken, so ours gets another (the `bentrok` notice).
 */
export function lembarBertanda(p: Paket): Map<string, string> {
  const tags = cariLembarBertanda(
    p.nama.map((n) => ({ name: n.nama.toLowerCase(), formula: n.nilai, lokal: n.lokal !== undefined })),
    lembarKerja(p).map((l) => l.nama),
  );
  const catatan = bacaCatatan(p);
  const out = new Map<string, string>();
  for (const [id, nama] of tags) {
    const l = p.lembar.find((x) => x.nama === nama);
    if (l && (catatan ? catatan.get(id) === l.sheetId : awalanKami(p, l.bagian) || namaKami(id, nama)))
      out.set(id, nama);
  }
  return out;
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
  // sheetId is an unsigned 32-bit number: past the user's highest when that fits, else the lowest free ones.
  const idDipakai = new Set(tetap.map((l) => l.sheetId));
  let sheetId = Math.max(0, ...tetap.map((l) => (Number.isInteger(l.sheetId) && l.sheetId > 0 ? l.sheetId : 0)));
  if (sheetId + specs.length > 0xffffffff) sheetId = 0;
  const sheetIdBerikut = () => {
    do sheetId++;
    while (idDipakai.has(sheetId));
    return sheetId;
  };
  const aktifLama = indeksAktif(p);
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
    // A free name whose relationships part is free too (an orphan sheetN.xml.rels is not inherited).
    while (dipakai.has(`xl/worksheets/sheet${nomor}.xml`) || dipakai.has(`xl/worksheets/_rels/sheet${nomor}.xml.rels`))
      nomor++;
    const bagian = `xl/worksheets/sheet${nomor}.xml`;
    dipakai.add(bagian);
    while (rIds.has(`rId${rIdNo}`)) rIdNo++;
    const rId = `rId${rIdNo}`;
    rIds.add(rId);
    baru.push({ spec, bagian, rId, sheetId: sheetIdBerikut(), isi: tulisBagianLembar(spec, gaya, i === gantiAktif) });
  }

  const workbook = ubahWorkbook(
    p,
    dibuang,
    tetap.map((l) => l.nama),
    baru,
    gantiAktif,
  );
  const rels = ubahRelasi(p, dibuang, calcChain, baru, gaya);
  const ct = ubahContentTypes(
    p,
    bagianDibuang,
    baru.map((b) => b.bagian),
    gaya.bagianBaru ? gaya.bagian : undefined,
    dipakai,
  );
  const styles = gaya.xml();

  const diubah = new Map<string, string>([
    [p.bagianWorkbook.toLowerCase(), workbook],
    [p.relsWorkbook.toLowerCase(), rels],
    ["[content_types].xml", ct],
  ]);
  // The user's styles leave byte for byte when nothing of ours was added (a second run).
  if (styles !== undefined && !gaya.bagianBaru) diubah.set(gaya.bagian.toLowerCase(), styles);
  const keluar: BagianKeluar[] = [];
  for (const e of p.entri) {
    const k = e.nama.toLowerCase();
    if (bagianDibuang.has(k)) continue;
    const isi = diubah.get(k);
    keluar.push(isi === undefined ? { nama: e.nama, salin: e } : { nama: e.nama, isi });
    diubah.delete(k);
  }
  if (!p.ada(p.relsWorkbook)) keluar.push({ nama: p.relsWorkbook, isi: rels });
  if (gaya.bagianBaru) keluar.push({ nama: gaya.bagian, isi: styles! });
  for (const b of baru) keluar.push({ nama: b.bagian, terkompresi: b.isi });
  step("selesai");
  return tulisZip(p.zip, keluar);
}

function indeksAktif(p: Paket): number {
  const v = vieww(p.workbook.akar).map((el) => attr(el, "activeTab"))[0];
  const n = Number(v ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function vieww(wb: Elemen): Elemen[] {
  return anakEl(satuEl(wb, "bookViews") ?? buatEl(wb, "bookViews"), "workbookView");
}

/** The workbook's children in the schema's order (CT_Workbook): where a missing one goes. */
const URUTAN_WORKBOOK = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** `el` into `induk` before the first child that comes after it in `urutan` (else at the end). */
function sisipUrut(induk: Elemen, el: Elemen, urutan: readonly string[]): void {
  const posisi = urutan.indexOf(el.lokal);
  const i = induk.anak.findIndex((s) => s.jenis === "el" && s.uri === induk.uri && urutan.indexOf(s.lokal) > posisi);
  if (i < 0) induk.anak.push(el);
  else induk.anak.splice(i, 0, el);
}

function buang(induk: Elemen, keluar: (el: Elemen) => boolean): void {
  induk.anak = induk.anak.filter((s) => s.jenis !== "el" || !keluar(s));
}

function ubahWorkbook(
  p: Paket,
  dibuang: Set<string>,
  tetap: string[],
  baru: { spec: SheetSpec; rId: string; sheetId: number }[],
  gantiAktif: number,
): string {
  // A fresh tree: the package's own stays as read.
  const d = uraiXml(p.workbookXml, p.bagianWorkbook);
  const wb = d.akar;
  const ours = lembarBertanda(p);
  const lamaKeBaru = new Map<number, number>();
  p.lembar.forEach((l, i) => {
    if (!dibuang.has(l.nama)) lamaKeBaru.set(i, tetap.indexOf(l.nama));
  });
  // Sheets: ours removed, the new ones appended.
  let sheets = satuEl(wb, "sheets");
  if (!sheets) sisipUrut(wb, (sheets = buatEl(wb, "sheets")), URUTAN_WORKBOOK);
  buang(sheets, (el) => el.lokal === "sheet" && dibuang.has(attr(el, "name") ?? ""));
  const r = prefiksNs(wb, NS_REL) || undefined;
  for (const b of baru) {
    const attrs: [string, string][] = [
      ["name", b.spec.nama],
      ["sheetId", String(b.sheetId)],
    ];
    attrs.push(
      ...((r
        ? [[`${r}:id`, b.rId]]
        : [
            ["xmlns:r", NS_REL],
            ["r:id", b.rId],
          ]) as [string, string][]),
    );
    sheets.anak.push(buatEl(sheets, "sheet", attrs));
  }

  // Defined names: ours of the families written and any local to a removed sheet dropped, local ids remapped.
  const ditulis = baru.map((b) => b.spec);
  let names = satuEl(wb, "definedNames");
  if (!names) sisipUrut(wb, (names = buatEl(wb, "definedNames")), URUTAN_WORKBOOK);
  buang(names, (el) => {
    if (el.lokal !== "definedName") return false;
    const lokal = attr(el, "localSheetId");
    if (lokal === undefined) {
      const nama = (attr(el, "name") ?? "").toLowerCase();
      if (nama === NAMA_CATATAN) return true;
      const id = idDariTag(nama);
      // Our tags of the families written go; so does a look-alike on a sheet that is not ours (the tag's name is
      // reserved to us), while that sheet stays the user's.
      return id !== undefined && digantiOleh(id, ditulis);
    }
    const lama = Number(lokal);
    const baruIdx = lamaKeBaru.get(lama);
    // Only a name local to a sheet we removed goes; one whose index names no sheet at all is the user's, kept.
    if (baruIdx === undefined) return lama < p.lembar.length;
    if (baruIdx !== lama) aturAttr(el, "localSheetId", String(baruIdx));
    return false;
  });
  baru.forEach((b, i) => {
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
    const lokal = (nama: string, isi: string) =>
      buatEl(
        names,
        "definedName",
        [
          ["name", nama],
          ["localSheetId", String(idx)],
        ],
        [{ jenis: "teks", isi }],
      );
    names.anak.push(
      ...(area ? [lokal("_xlnm.Print_Area", area)] : []),
      lokal("_xlnm.Print_Titles", judul),
      buatEl(names, "definedName", [["name", namaTag(b.spec.id)]], [{ jenis: "teks", isi: ref }]),
    );
  });
  // The record: our sheets kept from the other family, and the new ones.
  const catatan = [
    ...[...ours]
      .filter(([id]) => !digantiOleh(id, ditulis))
      .flatMap(([id, nama]) => {
        const l = p.lembar.find((x) => x.nama === nama);
        return l ? [`${id}=${l.sheetId}`] : [];
      }),
    ...baru.map((b) => `${b.spec.id}=${b.sheetId}`),
  ];
  if (catatan.length)
    names.anak.push(
      buatEl(
        names,
        "definedName",
        [
          ["name", NAMA_CATATAN],
          ["hidden", "1"],
        ],
        [{ jenis: "teks", isi: `"${catatan.join(";")}"` }],
      ),
    );
  if (!anakEl(names, "definedName").length) buang(wb, (el) => el === names);

  // The active and first tabs follow their sheets; our replaced sheet hands the active tab to its successor.
  for (const v of vieww(wb))
    for (const k of ["activeTab", "firstSheet"]) {
      const x = attr(v, k);
      if (x === undefined) continue;
      const b = lamaKeBaru.get(Number(x));
      const n = b !== undefined ? b : k === "activeTab" && gantiAktif >= 0 ? tetap.length + gantiAktif : 0;
      aturAttr(v, k, String(n));
    }
  // Formulas without cached results: every engine computes them on load.
  let calc = satuEl(wb, "calcPr");
  if (!calc) sisipUrut(wb, (calc = buatEl(wb, "calcPr")), URUTAN_WORKBOOK);
  aturAttr(calc, "fullCalcOnLoad", "1");
  return tulisXml(d);
}

function ubahRelasi(
  p: Paket,
  dibuang: Set<string>,
  calcChain: string | undefined,
  baru: { bagian: string; rId: string }[],
  gaya: { bagian: string; bagianBaru: boolean },
): string {
  const buangId = new Set(p.lembar.filter((l) => dibuang.has(l.nama)).map((l) => l.rId));
  const d = p.ada(p.relsWorkbook)
    ? p.xml(p.relsWorkbook)
    : uraiXml(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`,
        p.relsWorkbook,
      );
  const rels = d.akar;
  buang(rels, (el) => {
    if (el.lokal !== "Relationship") return false;
    if (buangId.has(attr(el, "Id") ?? "")) return true;
    return (
      !!calcChain &&
      (attr(el, "Type") ?? "").endsWith("/calcChain") &&
      resolvePart(p.bagianWorkbook, attr(el, "Target") ?? "").toLowerCase() === calcChain.toLowerCase()
    );
  });
  const dir = p.bagianWorkbook.split("/").slice(0, -1).join("/");
  const rel = (target: string) => (dir && target.startsWith(`${dir}/`) ? target.slice(dir.length + 1) : `/${target}`);
  const tambah = (id: string, type: string, target: string) =>
    rels.anak.push(
      buatEl(rels, "Relationship", [
        ["Id", id],
        ["Type", `${REL}/${type}`],
        ["Target", rel(target)],
      ]),
    );
  for (const b of baru) tambah(b.rId, "worksheet", b.bagian);
  if (gaya.bagianBaru) {
    const ids = new Set(anakEl(rels, "Relationship").map((el) => attr(el, "Id")));
    let id = "rIdSakipStyles";
    for (let n = 2; ids.has(id); n++) id = `rIdSakipStyles${n}`;
    tambah(id, "styles", gaya.bagian);
  }
  return tulisXml(d);
}

function ubahContentTypes(
  p: Paket,
  dibuang: Set<string>,
  baru: string[],
  stylesBaru: string | undefined,
  ada: Set<string>,
): string {
  const d = p.xml("[Content_Types].xml");
  const types = d.akar;
  const ditambah = new Set([...baru, ...(stylesBaru ? [stylesBaru] : [])].map((b) => b.toLowerCase()));
  // Overrides of removed parts go; so do stale ones (their part is missing) that a new part of ours would double.
  buang(types, (el) => {
    if (el.lokal !== "Override") return false;
    const part = (attr(el, "PartName") ?? "").replace(/^\//, "").toLowerCase();
    return dibuang.has(part) || ditambah.has(part) || !ada.has(part);
  });
  // A template's workbook (.xltx, .xltm) becomes a workbook: the copy is written as .xlsx or .xlsm, which Excel opens
  // only with the workbook's own content type.
  for (const el of anakEl(types, "Override")) {
    const ctype = attr(el, "ContentType") ?? "";
    if ((attr(el, "PartName") ?? "").replace(/^\//, "").toLowerCase() === p.bagianWorkbook.toLowerCase())
      aturAttr(
        el,
        "ContentType",
        ctype
          .replace(/\.template\.main\+xml$/, ".sheet.main+xml")
          .replace(".template.macroEnabled.", ".sheet.macroEnabled."),
      );
  }
  for (const b of baru)
    types.anak.push(
      buatEl(types, "Override", [
        ["PartName", `/${b}`],
        ["ContentType", CT_WORKSHEET],
      ]),
    );
  if (stylesBaru)
    types.anak.push(
      buatEl(types, "Override", [
        ["PartName", `/${stylesBaru}`],
        ["ContentType", CT_STYLES],
      ]),
    );
  return tulisXml(d);
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
  private readonly dok: Dokumen;
  private readonly akar: Elemen;
  private diubah = false;
  /** Each list's children as written (tulisEl), to find an entry of an earlier run by its text. */
  private readonly teksAnak = new Map<string, string[]>();
  private readonly cacheXf = new Map<string, number>();
  /** The ` s="…"` attribute by style, format and indent (xmlSel asks once per cell). */
  private readonly cacheAtribut = new Map<Gaya | undefined, Map<string | undefined, string[]>>();
  private readonly cacheDxf = new Map<string, number>();

  constructor(p: Paket) {
    const part = p.bagianRelasi("styles");
    this.bagianBaru = !part || !p.ada(part);
    if (this.bagianBaru) {
      // A styles part without its relationship is the user's, kept as it is: ours takes a free name.
      let nama = "xl/styles.xml";
      for (let n = 2; p.ada(nama); n++) nama = `xl/styles${n}.xml`;
      this.bagian = nama;
    } else this.bagian = p.namaAsli(part!);
    this.dok = uraiXml(this.bagianBaru ? STYLES_KOSONG : p.bytes(this.bagian), this.bagian);
    this.akar = this.dok.akar;
  }

  /** The styles part when it changed or is new (undefined when every entry was already there). */
  xml(): string | undefined {
    return this.diubah || this.bagianBaru ? tulisXml(this.dok) : undefined;
  }

  /** Our entry as an element of the user's styles (their prefix), from its unprefixed text. */
  private el(teks: string): Elemen {
    const d = uraiXml(`<styleSheet xmlns="${NS_MAIN}">${teks}</styleSheet>`, this.bagian);
    const ganti = (e: Elemen): Elemen => ({
      ...e,
      nama: this.akar.prefix ? `${this.akar.prefix}:${e.lokal}` : e.lokal,
      prefix: this.akar.prefix,
      uri: this.akar.uri,
      anak: e.anak.map((x) => (x.jenis === "el" ? ganti(x) : x)),
    });
    return ganti(d.akar.anak.find((x): x is Elemen => x.jenis === "el")!);
  }

  private daftar(nama: string): Elemen | undefined {
    return satuEl(this.akar, nama);
  }

  /** The children of a list (fonts, fills…) as their texts. */
  private anak(daftar: string, anak: string): string[] {
    let t = this.teksAnak.get(daftar);
    if (!t) {
      const el = this.daftar(daftar);
      t = el ? anakEl(el, anak).map((x) => tulisEl(x).join("")) : [];
      this.teksAnak.set(daftar, t);
    }
    return t;
  }

  /** Index of the entry in the list, appended when not there. */
  private cari(daftar: string, anak: string, teks: string): number {
    const el = this.el(teks);
    const tulis = tulisEl(el).join("");
    const ada = this.anak(daftar, anak);
    const i = ada.indexOf(tulis);
    if (i >= 0) return i;
    this.tambah(daftar, el);
    ada.push(tulis);
    return ada.length - 1;
  }

  private tambah(daftar: string, el: Elemen): void {
    this.diubah = true;
    // Excel opens at most 64,000 cell formats: past that it drops formats (and says the file is damaged).
    if (daftar === "cellXfs" && this.anak("cellXfs", "xf").length >= BATAS_XF) throw new PaketRusak("gaya-penuh");
    let d = this.daftar(daftar);
    if (!d) sisipUrut(this.akar, (d = buatEl(this.akar, daftar)), URUTAN_STYLES);
    d.anak.push(el);
    aturAttr(d, "count", String(anakEl(d, el.lokal).length));
  }

  private numFmt(fmt: string | undefined): number {
    if (!fmt || FORMAT_ID[fmt] !== undefined) return FORMAT_ID[fmt ?? "General"];
    const d = this.daftar("numFmts");
    const ada = d ? anakEl(d, "numFmt") : [];
    const sama = ada.find((t) => attr(t, "formatCode") === fmt);
    if (sama) return Number(attr(sama, "numFmtId"));
    const ids = ada.map((t) => Number(attr(t, "numFmtId"))).filter((n) => Number.isInteger(n) && n < 1e6);
    const id = Math.max(163, ...ids) + 1;
    this.tambah("numFmts", this.el(`<numFmt numFmtId="${id}" formatCode="${escapeXml(fmt)}"/>`));
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
    const f: Partial<FormatGaya> = g ? formatSel(g, indent) : {};
    const numFmtId = this.numFmt(fmt);
    // Our cells name their font (appended, the workbook's base font untouched).
    let fontId = 0;
    if (f.huruf) {
      const h = f.huruf;
      fontId = this.cari(
        "fonts",
        "font",
        `<font>${h.tebal ? `<b/>` : ""}${h.miring ? `<i/>` : ""}<sz val="${h.ukuran}"/>${h.warna ? `<color rgb="${argb(h.warna)}"/>` : ""}<name val="${escapeXml(h.nama)}"/></font>`,
      );
    }
    const fillId = f.isi
      ? this.cari(
          "fills",
          "fill",
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.isi)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const sisi = (s: string) => `<${s} style="thin"><color rgb="${argb(f.garis!.warna)}"/></${s}>`;
    const borderId = f.garis
      ? this.cari(
          "borders",
          "border",
          `<border>${sisi("left")}${sisi("right")}${sisi("top")}${sisi("bottom")}<diagonal/></border>`,
        )
      : 0;
    const rata = indent > 0 && !g ? "left" : f.rata;
    const align =
      rata || f.tegak || f.bungkus
        ? `<alignment${rata ? ` horizontal="${rata}"` : ""}${f.tegak ? ` vertical="${f.tegak}"` : ""}${f.bungkus ? ' wrapText="1"' : ""}${indent > 0 ? ` indent="${indent}"` : ""}/>`
        : "";
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"${align ? `>${align}</xf>` : "/>"}`;
    const i = this.cari("cellXfs", "xf", xf);
    this.cacheXf.set(key, i);
    return i;
  }

  dxf(warna: string): number {
    const cached = this.cacheDxf.get(warna);
    if (cached !== undefined) return cached;
    const i = this.cari(
      "dxfs",
      "dxf",
      `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb(warna)}"/></patternFill></fill></dxf>`,
    );
    this.cacheDxf.set(warna, i);
    return i;
  }
}

const BATAS_XF = 64_000;

/** styleSheet's lists in the schema's order (CT_Stylesheet): where a missing one goes. */
const URUTAN_STYLES = [
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

/** A package without styles gets the minimum Excel needs (its base font that of our text), then ours appended. */
const STYLES_KOSONG = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="${GAYA.teks.huruf.ukuran}"/><name val="${GAYA.teks.huruf.nama}"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
