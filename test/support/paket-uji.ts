/**
 * Workbooks with the features a user's working file has, built here (never copied from elsewhere): the sample's
 * three sheets written by ExcelJS with notes, an Excel table, data validation, sheet protection; then, at the zip
 * level, what ExcelJS cannot write: a chart in a drawing, a pivot-like cache part, a VBA project (an .xlsm), custom
 * document properties, workbook protection, sheet-scoped and constant defined names, a calcChain. And a small
 * checker of the fidelity rules: every part kept byte for byte but the four a new sheet must touch, those checked
 * for what they held.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sampleSheets } from "../../scripts/build-sample";
import { buildWorkbook } from "../../scripts/workbook-builder";
import { atribut, resolvePart, tagAll } from "../../src/xlsx/paket";

export type Bagian = Record<string, Uint8Array>;

const CT_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

export async function bukuKerjaFitur(opsi: { vba?: boolean; sheetTambahan?: string[] } = {}): Promise<Uint8Array> {
  const wb = buildWorkbook(sampleSheets());
  const pk = wb.getWorksheet("PK 2023")!;
  pk.getCell("B5").note = "Catatan pengguna: target dari Renstra 2021-2026";
  pk.addTable({
    name: "TabelCatatan",
    ref: "K1",
    headerRow: true,
    columns: [{ name: "Kode" }, { name: "Catatan" }],
    rows: [
      ["A", "satu"],
      ["B", "dua"],
    ],
  });
  pk.getCell("J5").dataValidation = { type: "list", allowBlank: true, formulae: ['"Ya,Tidak"'] };
  for (const n of opsi.sheetTambahan ?? []) wb.addWorksheet(n).getCell("A1").value = `lembar ${n}`;
  const dpa = wb.getWorksheet("DPA 2023")!;
  await dpa.protect("rahasia", { selectLockedCells: true });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const z = unzipSync(bytes);
  const teks = (k: string) => strFromU8(z[k]);
  const tulis = (k: string, s: string) => (z[k] = strToU8(s));

  // A chart on the first sheet: drawing + chart part + relationships.
  const rels1 = z["xl/worksheets/_rels/sheet1.xml.rels"]
    ? teks("xl/worksheets/_rels/sheet1.xml.rels")
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  tulis(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels1.replace(
      "</Relationships>",
      '<Relationship Id="rIdGambar1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    ),
  );
  const s1 = teks("xl/worksheets/sheet1.xml");
  const sebelum = [
    "legacyDrawing",
    "legacyDrawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ]
    .map((x) => s1.indexOf(`<${x}`))
    .filter((i) => i >= 0);
  const pos = sebelum.length ? Math.min(...sebelum) : s1.indexOf("</worksheet>");
  tulis("xl/worksheets/sheet1.xml", `${s1.slice(0, pos)}<drawing r:id="rIdGambar1"/>${s1.slice(pos)}`);
  tulis(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  tulis(
    "xl/drawings/_rels/drawing1.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  tulis(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'PK 2023'!$E$5:$E$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );

  // A pivot-like cache part, referenced from the workbook.
  tulis(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A4:D10" sheet="DPA 2023"/></cacheSource><cacheFields count="1"><cacheField name="Kode" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
  );

  let ct = teks("[Content_Types].xml");
  ct = ct.replace(
    "</Types>",
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
  );
  let rels = teks("xl/_rels/workbook.xml.rels");
  rels = rels.replace(
    "</Relationships>",
    '<Relationship Id="rIdPivot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
  );
  tulis(
    "xl/calcChain.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E7" i="2"/></calcChain>',
  );
  let w = teks("xl/workbook.xml");
  const nama =
    '<definedName name="TargetAKIP" localSheetId="0">\'PK 2023\'!$E$5</definedName><definedName name="Tarif">0.11</definedName><definedName name="TotalPagu">SUM(\'DPA 2023\'!$C$5:$C$40)</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">\'DPA 2023\'!$A$1:$H$52</definedName>';
  w = /<definedNames>/.test(w)
    ? w.replace("</definedNames>", `${nama}</definedNames>`)
    : w.replace("</sheets>", `</sheets><definedNames>${nama}</definedNames>`);
  w = w.replace(/(<workbookPr\b[^>]*?)(\/?)>/, (_m, a: string, e: string) => `${a} codeName="BukuKerjaIni"${e}>`);
  w = w.replace(/<bookViews>|<sheets>/, (m) => `<workbookProtection lockStructure="1"/>${m}`);
  w = w.replace("</workbook>", '<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot1"/></pivotCaches></workbook>');
  if (!/xmlns:r=/.test(w))
    w = w.replace(
      "<workbook ",
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );

  // Custom document properties.
  tulis(
    "docProps/custom.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Unit Kerja"><vt:lpwstr>Bidang Perencanaan</vt:lpwstr></property></Properties>`,
  );
  tulis(
    "_rels/.rels",
    teks("_rels/.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );

  if (opsi.vba) {
    // A VBA project: its binary part (any bytes will do for a package test), a macro workbook content type.
    z["xl/vbaProject.bin"] = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) & 0xff);
    ct = ct
      .replace(
        /ContentType="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml"/,
        `ContentType="${CT_MACRO}"`,
      )
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    rels = rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    );
  }
  tulis("[Content_Types].xml", ct);
  tulis("xl/_rels/workbook.xml.rels", rels);
  tulis("xl/workbook.xml", w);
  return zipSync(z, { level: 6 });
}

/** Workbook facts the rules speak of. */
export function faktaWorkbook(b: Bagian) {
  const ct = strFromU8(b["[Content_Types].xml"]);
  const w = strFromU8(b["xl/workbook.xml"]);
  const rels = tagAll(strFromU8(b["xl/_rels/workbook.xml.rels"]), "Relationship").map((r) => r.attr);
  const target = (id: string) => resolvePart("xl/workbook.xml", rels.find((r) => r.Id === id)?.Target ?? "");
  const sheets = tagAll(w, "sheet").map((s) => ({
    name: s.attr.name,
    state: s.attr.state ?? "visible",
    part: target(s.attr["r:id"]),
  }));
  const names = [...w.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const a = atribut(m[1]);
    return {
      name: a.name,
      scope: a.localSheetId === undefined ? null : sheets[Number(a.localSheetId)]?.name,
      value: m[2],
    };
  });
  return {
    overrides: tagAll(ct, "Override").map((o) => `${o.attr.PartName.toLowerCase()}=${o.attr.ContentType}`),
    defaults: tagAll(ct, "Default").map((o) => `${o.attr.Extension.toLowerCase()}=${o.attr.ContentType}`),
    rels: rels.map((r) => `${r.Type}→${resolvePart("xl/workbook.xml", r.Target)}`),
    sheets,
    names,
    elemen: (nama: string) => new RegExp(`<${nama}\\b[^>]*?(?:/>|>[\\s\\S]*?</${nama}>)`).exec(w)?.[0],
    workbookPr: tagAll(w, "workbookPr")[0]?.attr ?? {},
  };
}

/** The children of each style list, as texts. */
export function daftarGaya(xml: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [daftar, anak] of [
    ["numFmts", "numFmt"],
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellStyleXfs", "xf"],
    ["cellXfs", "xf"],
    ["cellStyles", "cellStyle"],
    ["dxfs", "dxf"],
  ]) {
    const blok = new RegExp(`<${daftar}\\b[^>]*>([\\s\\S]*?)</${daftar}>`).exec(xml)?.[1] ?? "";
    out[daftar] = [...blok.matchAll(new RegExp(`<${anak}\\b[^>]*?(?:/>|>[\\s\\S]*?</${anak}>)`, "g"))].map((m) => m[0]);
  }
  return out;
}

/** The parts that adding a sheet has to touch (checked for what they held); calcChain may go. */
export const DIUBAH = new Set([
  "[content_types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

/** Every rule of the fidelity checker this project holds to, as a list of problems (empty when all hold). */
export function masalahKesetiaan(masuk: Uint8Array, keluar: Uint8Array): string[] {
  const a = unzipSync(masuk);
  const b = unzipSync(keluar);
  const out: string[] = [];
  const bLower = new Map(Object.keys(b).map((k) => [k.toLowerCase(), k]));
  for (const [k, v] of Object.entries(a)) {
    const kk = k.toLowerCase();
    if (kk.endsWith("/")) continue;
    if (kk === "xl/calcchain.xml") continue;
    const other = bLower.get(kk);
    if (!other) out.push(`missing ${k}`);
    else if (!DIUBAH.has(kk) && Buffer.compare(Buffer.from(v), Buffer.from(b[other])) !== 0) out.push(`changed ${k}`);
  }
  const fa = faktaWorkbook(a);
  const fb = faktaWorkbook(b);
  for (const o of fa.overrides)
    if (!o.startsWith("/xl/calcchain.xml") && !fb.overrides.includes(o)) out.push(`content-types lost ${o}`);
  for (const d of fa.defaults) if (!fb.defaults.includes(d)) out.push(`content-types default lost ${d}`);
  for (const r of fa.rels) if (!r.includes("/calcChain") && !fb.rels.includes(r)) out.push(`workbook-rels lost ${r}`);
  const urutan = fb.sheets.filter((s) => fa.sheets.some((x) => x.name === s.name)).map((s) => s.name);
  if (JSON.stringify(urutan) !== JSON.stringify(fa.sheets.map((s) => s.name)))
    out.push(`sheets reordered or lost: ${urutan.join(", ")}`);
  for (const s of fa.sheets) {
    const t = fb.sheets.find((x) => x.name === s.name);
    if (t && (t.part.toLowerCase() !== s.part.toLowerCase() || t.state !== s.state))
      out.push(`sheet ${s.name} changed`);
  }
  for (const n of fa.names)
    if (!fb.names.some((x) => x.name === n.name && x.scope === n.scope && x.value === n.value))
      out.push(`defined name ${n.name} (${n.scope ?? "workbook"}) lost`);
  for (const e of ["workbookProtection", "pivotCaches", "fileSharing"])
    if (fa.elemen(e) !== fb.elemen(e)) out.push(`<${e}> changed`);
  for (const [k, v] of Object.entries(fa.workbookPr)) if (fb.workbookPr[k] !== v) out.push(`workbookPr ${k} changed`);
  const ga = daftarGaya(strFromU8(a["xl/styles.xml"]));
  const gb = daftarGaya(strFromU8(b["xl/styles.xml"]));
  for (const [daftar, isi] of Object.entries(ga))
    if (JSON.stringify(gb[daftar].slice(0, isi.length)) !== JSON.stringify(isi))
      out.push(`styles ${daftar} re-indexed`);
  return out;
}
