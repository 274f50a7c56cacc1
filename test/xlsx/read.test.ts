/**
 * The streaming reader on a sheet written by hand with what other programs write: shared formulas (followers
 * translated to their cell), inline and rich strings (phonetic runs left out), booleans, errors, dates by number
 * format, formulas without cached results, hidden rows and columns, merges, CDATA, comments and a prefix.
 */
import { strToU8, zipSync } from "fflate";
import { Paket } from "../../src/xlsx/paket";
import { bacaLembar, geserRumus } from "../../src/xlsx/read";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function paket(sheetXml: string, sst = ""): Paket {
  return new Paket(
    zipSync({
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      "xl/styles.xml": strToU8(
        `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;\\ #,##0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
      ),
      "xl/sharedStrings.xml": strToU8(`<sst xmlns="${MAIN}">${sst}</sst>`),
      "xl/worksheets/sheet1.xml": strToU8(sheetXml),
    }),
  );
}

test("values, shared formulas, strings, dates, errors, hidden rows and columns, merges", () => {
  const p = paket(
    `<?xml version="1.0"?><!-- dibuat tangan --><x:worksheet xmlns:x="${MAIN}"><x:cols><x:col min="3" max="3" hidden="1"/></x:cols><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t xml:space="preserve"> Rp &amp; </x:t></x:is></x:c></x:row>
      <x:row r="2"><x:c r="A2"><x:v>10</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B4" si="0">A2*2+$A$2+"x"&amp;"A1"</x:f><x:v>30</x:v></x:c><x:c r="C2" s="1"><x:v>45000</x:v></x:c><x:c r="D2" s="2"><x:v>0.5</x:v></x:c></x:row>
      <x:row r="3" hidden="1"><x:c r="A3"><x:v>20</x:v></x:c><x:c r="B3"><x:f t="shared" si="0"/><x:v>50</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4" s="3"><x:v>1500000</x:v></x:c><x:c r="B4"><x:f t="shared" si="0"/></x:c><x:c r="C4" t="str"><x:f>"a"&amp;"b"</x:f><x:v><![CDATA[a<b]]></x:v></x:c></x:row>
      <x:row r="6"><x:c r="A6" t="s"><x:v>2</x:v></x:c><x:c r="B6"><x:v>99</x:v></x:c></x:row>
    </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A6:B6"/></x:mergeCells></x:worksheet>`,
    `<si><t>Indikator</t></si><si><r><rPr><b/></rPr><t>Tar</t></r><r><t>get</t></r><rPh sb="0" eb="1"><t>タ</t></rPh></si><si><t>Jumlah_x000D_</t></si>`,
  );
  const g = bacaLembar(p, p.lembar[0]);
  expect(g.values).toEqual([
    ["Indikator", "Target", " Rp & "],
    [10, 30, "2023-03-15", 0.5],
    [20, 50, true, { error: "#DIV/0!" }],
    [1500000, null, "a<b"],
    [],
    ["Jumlah\r", null],
  ]);
  // Formulas and formats as far as the last one of their row (ragged, as the Grid allows), not the values' width.
  expect(g.formulas).toEqual([
    [],
    [null, '=A2*2+$A$2+"x"&"A1"'],
    [null, '=A3*2+$A$2+"x"&"A1"'],
    [null, '=A4*2+$A$2+"x"&"A1"', '="a"&"b"'],
    [],
    [],
  ]);
  expect(g.numberFormats?.[1]).toEqual([null, null, "mm-dd-yy", "0.00%"]);
  expect(g.numberFormats?.[3]?.[0]).toBe('"Rp"\\ #,##0');
  expect(g.hiddenRows).toEqual([2]);
  expect(g.hiddenColumns).toEqual([2]);
  expect(g.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 1 }]);
});

test("a row holding a value at XFD reads as one row of 16,384 values, its formulas and formats as short as theirs", () => {
  const p = paket(
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" s="1"><v>45000</v></c><c r="XFD1"><v>7</v></c></row><row r="2"><c r="C2" s="1"/></row></sheetData></worksheet>`,
    "",
  );
  const g = bacaLembar(p, p.lembar[0]);
  expect(g.values[0].length).toBe(16_384);
  expect([g.values[0][0], g.values[0][1], g.values[0][2], g.values[0][16_382], g.values[0][16_383]]).toEqual([
    2,
    "2023-03-15",
    null,
    null,
    7,
  ]);
  expect(g.values[0].filter((v) => v !== null)).toEqual([2, "2023-03-15", 7]);
  expect(Object.keys(g.values[0]).length).toBe(16_384); // filled, no holes
  expect(g.values.length).toBe(1); // a styled cell without a value is no cell
  expect(g.formulas).toEqual([["=1+1"]]);
  expect(g.numberFormats).toEqual([[null, "mm-dd-yy"]]);
});

test("a shared formula moves its relative references only, never text in quotes or another sheet's name", () => {
  expect(geserRumus("SUM(A1:B2)+$C$1+C$1+$D1", 2, 1)).toBe("SUM(B3:C4)+$C$1+D$1+$D3");
  expect(geserRumus(`'PK 2023'!E5*2&"A1"`, 1, 0)).toBe(`'PK 2023'!E6*2&"A1"`);
  expect(geserRumus("LOG10(A1)", 1, 0)).toBe("LOG10(A2)");
  // A sheet named like a cell: only the reference after the "!" moves.
  expect(geserRumus("DPA2023!D4/1000000", 1, 0)).toBe("DPA2023!D5/1000000");
});

test("a sheet whose XML does not close, or closes the wrong element, is a damaged part", () => {
  for (const xml of [
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`,
    `<worksheet xmlns="${MAIN}"><sheetData><row></c></row></sheetData></worksheet>`,
  ]) {
    const p = paket(xml);
    expect(() => bacaLembar(p, p.lembar[0])).toThrow(/bagian-rusak: xl\/worksheets\/sheet1\.xml/);
  }
});
