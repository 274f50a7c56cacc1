/**
 * The small parts read as XML (src/xlsx/xml.ts): what the text scanning got wrong (issue 21) read as Excel reads it,
 * edits written once, and what is not XML refused; the sheet tokenizer's tag ends; shared formulas' sheet names.
 */
import { PaketRusak } from "../../src/xlsx/paket";
import { Pemindai } from "../../src/xlsx/pindai";
import { geserRumus } from "../../src/xlsx/read";
import { anakEl, attr, attrNs, dekodeXml, satuEl, teksEl, tulisXml, uraiXml } from "../../src/xlsx/xml";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const rusak = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof PaketRusak ? e.alasan : `bukan PaketRusak: ${String(e)}`;
  }
  return "tidak ditolak";
};

test("a comment holding </sheets>, whitespace in end tags and a prefix read as Excel reads them", () => {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="${NS_MAIN}" xmlns:rel="${NS_REL}"><x:sheets><!-- lama: </x:sheets> --><x:sheet name="PK" sheetId="1" rel:id="rId1"/></x:sheets ><x:definedNames><x:definedName name="A"><![CDATA[PK!$A$1]]></x:definedName></x:definedNames
></x:workbook>`;
  const wb = uraiXml(xml, "xl/workbook.xml").akar;
  expect([wb.lokal, wb.uri]).toEqual(["workbook", NS_MAIN]);
  const sheets = anakEl(satuEl(wb, "sheets")!, "sheet");
  expect(sheets.map((s) => [attr(s, "name"), attrNs(s, NS_REL, "id")])).toEqual([["PK", "rId1"]]);
  expect(teksEl(anakEl(satuEl(wb, "definedNames")!, "definedName")[0])).toBe("PK!$A$1");
});

test("written once: comments, CDATA, prefixes and attribute order kept; a second write is identical", () => {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:a xmlns:x="urn:a" b="1" a="&lt;&quot;"><!-- c --><x:t><![CDATA[1 < 2]]></x:t><x:u>a&amp;b&#10;</x:u></x:a>`;
  const satu = tulisXml(uraiXml(xml, "p"));
  expect(satu).toBe(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:a xmlns:x="urn:a" b="1" a="&lt;&quot;"><!-- c --><x:t><![CDATA[1 < 2]]></x:t><x:u>a&amp;b\n</x:u></x:a>`,
  );
  expect(tulisXml(uraiXml(satu, "p"))).toBe(satu);
});

test("UTF-16 with a byte-order mark (and UTF-8 with one) decoded; written back as UTF-8", () => {
  const teks = `<?xml version="1.0" encoding="UTF-16"?><Types xmlns="urn:t"><Default Extension="xml" ContentType="é"/></Types>`;
  const le = new Uint8Array(2 + teks.length * 2);
  le.set([0xff, 0xfe]);
  const be = new Uint8Array(2 + teks.length * 2);
  be.set([0xfe, 0xff]);
  for (let i = 0; i < teks.length; i++) {
    le[2 + 2 * i] = teks.charCodeAt(i);
    be[3 + 2 * i] = teks.charCodeAt(i);
  }
  expect(dekodeXml(le)).toBe(teks);
  expect(dekodeXml(be)).toBe(teks);
  expect(dekodeXml(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]))).toBe("<a/>");
  const d = uraiXml(le, "[Content_Types].xml");
  expect(attr(anakEl(d.akar, "Default")[0], "ContentType")).toBe("é");
  expect(tulisXml(d)).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Types/);
});

test("a DOCTYPE, an entity, a character past Unicode, a deep nest and unclosed elements are refused", () => {
  expect(rusak(() => uraiXml(`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, "p"))).toBe("bagian-rusak");
  expect(rusak(() => uraiXml(`<a>&x;</a>`, "p"))).toBe("bagian-rusak");
  expect(rusak(() => uraiXml(`<a>&#x110000;</a>`, "p"))).toBe("bagian-rusak");
  expect(rusak(() => uraiXml(`<sst>${"<si><t>x</t>".repeat(1000)}</sst>`, "p"))).toBe("bagian-rusak");
  expect(rusak(() => uraiXml(`<a><b></a>`, "p"))).toBe("bagian-rusak");
  expect(rusak(() => uraiXml(`<a x="1" x="2"/>`, "p"))).toBe("bagian-rusak");
});

test("the sheet tokenizer: a '>' inside a quoted value, split across pieces, does not end the tag", () => {
  const tags: string[] = [];
  const p = new Pemindai({
    buka: (nama, mentah) => tags.push(`${nama}|${mentah}`),
    teks: () => undefined,
    tutup: () => undefined,
  });
  for (const potongan of ['<a><c r="A1" x="1>', '2" y=', "'>'", "/><d/></a>"]) p.tulis(potongan);
  p.selesai();
  expect(tags).toEqual(["a|a", `c|c r="A1" x="1>2" y='>'/`, "d|d/"]);
});

test("a missing quote makes the part damaged, not a hang", () => {
  const p = new Pemindai({ buka: () => undefined, teks: () => undefined, tutup: () => undefined });
  p.tulis(`<a><c r="A1 s="0"><v>1</v></c>`);
  for (let i = 0; i < 200; i++) p.tulis(`<c r="B${i}"><v>${i}</v></c>`);
  p.tulis("</a>");
  expect(() => p.selesai()).toThrow();
});

test("a shared formula's follower keeps its sheet names, quoted or not", () => {
  expect(geserRumus("DPA2023!F8+A1", 1, 0)).toBe("DPA2023!F9+A2");
  expect(geserRumus("'DPA 2023'!F8*TW4!B2", 2, 1)).toBe("'DPA 2023'!G10*TW4!C4");
  expect(geserRumus("SUM(PK2023!$C$5:C5)", 1, 0)).toBe("SUM(PK2023!$C$5:C6)");
});
