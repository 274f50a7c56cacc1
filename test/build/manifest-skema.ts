/**
 * The subset of the Office add-in manifest schemas (appforoffice 1.1, taskpaneappversionoverrides 1.0,
 * officeappbasictypes 1.0) that manifest.xml uses, written out as a schema of our own: no registry package ships
 * the XSD files, and `office-addin-manifest validate` needs an online service. Each element: its attributes (required,
 * enumerations, patterns, lengths as the XSD restricts them) and its children in the XSD's order with their counts;
 * an element whose content depends on xsi:type names a type per value. An element or attribute the subset does not
 * know is an error: a manifest that grows past it must grow the schema (from the XSD) first.
 */
import { XMLParser } from "fast-xml-parser";

interface Atribut {
  wajib?: boolean;
  pilihan?: readonly string[];
  pola?: RegExp;
  maks?: number;
}
/** A child in sequence: name, min, max (Infinity: unbounded), its type (or a type per xsi:type). */
type Anak = readonly [string, number, number, string | Readonly<Record<string, string>>];
interface Tipe {
  atribut?: Readonly<Record<string, Atribut>>;
  anak?: readonly Anak[];
  /** Text content: its restriction. */
  teks?: Atribut;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URL = /^https:\/\/\S+$/;
const RESID = { wajib: true, maks: 32 } as const;
const LOKAL = { wajib: true, pola: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ } as const;
const xsiType = (...nilai: string[]) => ({ type: { wajib: true, pilihan: nilai } });
const nilaiDenganOverride = (maks: number, pola?: RegExp): Tipe => ({
  atribut: { DefaultValue: { wajib: true, maks, pola } },
  anak: [["Override", 0, Infinity, `Override${maks}${pola ? "url" : ""}`]],
});
const override = (maks: number, pola?: RegExp): Tipe => ({
  atribut: { Locale: LOKAL, Value: { wajib: true, maks, pola } },
});
const resid: Tipe = { atribut: { resid: RESID } };
const ikon: Tipe = { anak: [["Image", 1, Infinity, "IkonUkuran"]] };

export const SKEMA: Readonly<Record<string, Tipe>> = {
  OfficeApp: {
    atribut: { xmlns: {}, xsi: {}, bt: {}, ov: {}, ...xsiType("TaskPaneApp") },
    anak: [
      ["Id", 1, 1, "Id"],
      ["Version", 1, 1, "Version"],
      ["ProviderName", 1, 1, "Teks250"],
      ["DefaultLocale", 1, 1, "Lokal"],
      ["DisplayName", 1, 1, "Nilai125"],
      ["Description", 1, 1, "Nilai250"],
      ["IconUrl", 0, 1, "NilaiUrl"],
      ["HighResolutionIconUrl", 0, 1, "NilaiUrl"],
      ["SupportUrl", 0, 1, "NilaiUrl"],
      ["AppDomains", 0, 1, "AppDomains"],
      ["Hosts", 0, 1, "Hosts"],
      ["Requirements", 0, 1, "Requirements"],
      ["DefaultSettings", 0, 1, "DefaultSettings"],
      ["Permissions", 0, 1, "Permissions"],
      ["VersionOverrides", 0, 1, "VersionOverrides"],
    ],
  },
  Id: { teks: { pola: GUID } },
  Version: { teks: { pola: /^\d{1,5}(\.\d{1,5}){0,3}$/ } },
  Teks250: { teks: { maks: 250 } },
  Lokal: { teks: { pola: LOKAL.pola } },
  Nilai125: nilaiDenganOverride(125),
  Nilai250: nilaiDenganOverride(250),
  NilaiUrl: nilaiDenganOverride(2048, URL),
  Override125: override(125),
  Override250: override(250),
  Override2048url: override(2048, URL),
  AppDomains: { anak: [["AppDomain", 1, Infinity, "Url"]] },
  Url: { teks: { pola: URL, maks: 2048 } },
  Hosts: { anak: [["Host", 1, Infinity, "HostNama"]] },
  HostNama: {
    atribut: {
      Name: {
        wajib: true,
        pilihan: ["Document", "Database", "Mailbox", "Notebook", "Presentation", "Project", "Workbook"],
      },
    },
  },
  Requirements: { anak: [["Sets", 0, 1, "Sets"]] },
  Sets: { atribut: { DefaultMinVersion: { pola: /^\d+\.\d+$/ } }, anak: [["Set", 1, Infinity, "Set"]] },
  Set: { atribut: { Name: { wajib: true, maks: 32 }, MinVersion: { pola: /^\d+\.\d+$/ } } },
  DefaultSettings: { anak: [["SourceLocation", 1, 1, "NilaiUrl"]] },
  Permissions: {
    teks: { pilihan: ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"] },
  },
  VersionOverrides: {
    atribut: { xmlns: {}, ...xsiType("VersionOverridesV1_0") },
    anak: [
      ["Hosts", 1, 1, "VoHosts"],
      ["Resources", 0, 1, "Resources"],
    ],
  },
  VoHosts: { anak: [["Host", 1, Infinity, { Workbook: "VoHostWorkbook" }]] },
  VoHostWorkbook: {
    atribut: xsiType("Workbook"),
    anak: [
      ["Runtimes", 0, 1, "Runtimes"],
      ["AllFormFactors", 0, 1, "AllFormFactors"],
      ["DesktopFormFactor", 0, 1, "DesktopFormFactor"],
    ],
  },
  Runtimes: { anak: [["Runtime", 1, Infinity, "Runtime"]] },
  Runtime: { atribut: { resid: RESID, lifetime: { pilihan: ["short", "long"] } } },
  AllFormFactors: { anak: [["ExtensionPoint", 1, Infinity, { CustomFunctions: "EpCustomFunctions" }]] },
  EpCustomFunctions: {
    atribut: xsiType("CustomFunctions"),
    anak: [
      ["Script", 1, 1, "SumberLokasi"],
      ["Page", 1, 1, "SumberLokasi"],
      ["Metadata", 1, 1, "SumberLokasi"],
      ["Namespace", 1, 1, "Resid"],
    ],
  },
  SumberLokasi: { anak: [["SourceLocation", 1, 1, "Resid"]] },
  Resid: resid,
  DesktopFormFactor: {
    anak: [
      ["GetStarted", 0, 1, "GetStarted"],
      ["FunctionFile", 1, 1, "Resid"],
      ["ExtensionPoint", 0, Infinity, { PrimaryCommandSurface: "EpPrimaryCommandSurface" }],
    ],
  },
  GetStarted: {
    anak: [
      ["Title", 1, 1, "Resid"],
      ["Description", 1, 1, "Resid"],
      ["LearnMoreUrl", 1, 1, "Resid"],
    ],
  },
  EpPrimaryCommandSurface: { atribut: xsiType("PrimaryCommandSurface"), anak: [["OfficeTab", 1, 1, "OfficeTab"]] },
  OfficeTab: {
    atribut: {
      id: {
        wajib: true,
        pilihan: [
          "TabHome",
          "TabInsert",
          "TabPageLayoutExcel",
          "TabFormulas",
          "TabData",
          "TabReview",
          "TabView",
          "TabDeveloper",
          "TabAddIns",
        ],
      },
    },
    anak: [["Group", 1, Infinity, "Group"]],
  },
  Group: {
    atribut: { id: { wajib: true, maks: 125 } },
    anak: [
      ["Label", 1, 1, "Resid"],
      ["Icon", 1, 1, "Ikon"],
      ["Control", 1, Infinity, { Button: "Button" }],
    ],
  },
  Ikon: ikon,
  IkonUkuran: {
    atribut: { size: { wajib: true, pilihan: ["16", "20", "24", "32", "40", "48", "64", "80"] }, resid: RESID },
  },
  Button: {
    atribut: { ...xsiType("Button"), id: { wajib: true, maks: 125 } },
    anak: [
      ["Label", 1, 1, "Resid"],
      ["Supertip", 1, 1, "Supertip"],
      ["Icon", 1, 1, "Ikon"],
      ["Action", 1, 1, { ShowTaskpane: "AksiTaskpane", ExecuteFunction: "AksiFungsi" }],
    ],
  },
  Supertip: {
    anak: [
      ["Title", 1, 1, "Resid"],
      ["Description", 1, 1, "Resid"],
    ],
  },
  AksiTaskpane: {
    atribut: xsiType("ShowTaskpane"),
    anak: [
      ["TaskpaneId", 0, 1, "Teks250"],
      ["SourceLocation", 1, 1, "Resid"],
    ],
  },
  AksiFungsi: { atribut: xsiType("ExecuteFunction"), anak: [["FunctionName", 1, 1, "NamaFungsi"]] },
  NamaFungsi: { teks: { pola: /^[A-Za-z_$][\w$]*$/ } },
  Resources: {
    anak: [
      ["Images", 0, 1, "Images"],
      ["Urls", 0, 1, "Urls"],
      ["ShortStrings", 0, 1, "ShortStrings"],
      ["LongStrings", 0, 1, "LongStrings"],
    ],
  },
  Images: { anak: [["Image", 1, Infinity, "BtImage"]] },
  BtImage: {
    atribut: { id: RESID, DefaultValue: { wajib: true, pola: URL, maks: 2048 } },
    anak: [["Override", 0, Infinity, "Override2048url"]],
  },
  Urls: { anak: [["Url", 1, Infinity, "BtUrl"]] },
  BtUrl: {
    atribut: { id: RESID, DefaultValue: { wajib: true, pola: URL, maks: 2048 } },
    anak: [["Override", 0, Infinity, "Override2048url"]],
  },
  ShortStrings: { anak: [["String", 1, Infinity, "BtString125"]] },
  LongStrings: { anak: [["String", 1, Infinity, "BtString250"]] },
  BtString125: {
    atribut: { id: RESID, DefaultValue: { wajib: true, maks: 125 } },
    anak: [["Override", 0, Infinity, "Override125"]],
  },
  BtString250: {
    atribut: { id: RESID, DefaultValue: { wajib: true, maks: 250 } },
    anak: [["Override", 0, Infinity, "Override250"]],
  },
};

type Simpul = Record<string, unknown> & { ":@"?: Record<string, string> };

/** The manifest's errors against SKEMA (empty: valid), each with its element path. */
export function periksaManifest(xml: string): string[] {
  const pohon = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    commentPropName: "#comment",
  }).parse(xml) as Simpul[];
  const akar = pohon.filter((n) => nama(n) === "OfficeApp");
  if (akar.length !== 1) return ["/: satu elemen OfficeApp"];
  const galat: string[] = [];
  periksa(akar[0], "OfficeApp", "/OfficeApp", galat);
  return galat;
}

const nama = (n: Simpul) => Object.keys(n).find((k) => k !== ":@")!;

function cekNilai(v: string, a: Atribut, di: string, galat: string[]): void {
  if (a.pilihan && !a.pilihan.includes(v)) galat.push(`${di}: "${v}" bukan salah satu dari ${a.pilihan.join(", ")}`);
  if (a.pola && !a.pola.test(v)) galat.push(`${di}: "${v}" tidak sesuai pola`);
  if (a.maks !== undefined && v.length > a.maks) galat.push(`${di}: ${v.length} karakter, paling banyak ${a.maks}`);
}

function periksa(simpul: Simpul, tipeNama: string, jalur: string, galat: string[]): void {
  const tipe = SKEMA[tipeNama];
  const attrs = simpul[":@"] ?? {};
  for (const [k, a] of Object.entries(tipe.atribut ?? {})) {
    if (attrs[k] === undefined) {
      if (a.wajib) galat.push(`${jalur}: atribut ${k} wajib`);
    } else cekNilai(attrs[k], a, `${jalur}/@${k}`, galat);
  }
  for (const k of Object.keys(attrs)) if (!tipe.atribut?.[k]) galat.push(`${jalur}: atribut ${k} tidak dikenal`);
  const isi = (simpul[nama(simpul)] as Simpul[]).filter((n) => nama(n) !== "#comment");
  const teks = isi
    .filter((n) => nama(n) === "#text")
    .map((n) => String(n["#text"]).trim())
    .join("");
  const anak = isi.filter((n) => nama(n) !== "#text");
  if (tipe.teks) cekNilai(teks, tipe.teks, jalur, galat);
  else if (teks) galat.push(`${jalur}: teks tidak boleh`);
  // The sequence: each expected child in order, between its min and max times.
  let i = 0;
  for (const [n, min, max, t] of tipe.anak ?? []) {
    let jumlah = 0;
    while (i < anak.length && nama(anak[i]) === n) {
      const jenis = typeof t === "string" ? t : t[anak[i][":@"]?.type ?? ""];
      if (!jenis) galat.push(`${jalur}/${n}: xsi:type "${anak[i][":@"]?.type}" tidak dikenal`);
      else periksa(anak[i], jenis, `${jalur}/${n}`, galat);
      i++;
      jumlah++;
    }
    if (jumlah < min) galat.push(`${jalur}: ${n} kurang (${jumlah} < ${min})`);
    if (jumlah > max) galat.push(`${jalur}: ${n} terlalu banyak (${jumlah} > ${max})`);
  }
  if (i < anak.length) galat.push(`${jalur}: ${nama(anak[i])} tidak diharapkan di sini`);
}
