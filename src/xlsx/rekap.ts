/**
 * The rekap's .xlsx side, shared by the CLI (files on disk) and the task pane (files picked in the browser): an OPD
 * workbook's package read into readings, one sheet's grid at a time; the OPD list read from its package; the rekap's
 * sheets written into a new workbook. No file system here: the hosts open the files.
 */
import { strToU8, zipSync } from "fflate";
import { bacaBerkasOpd, bacaDaftar, BacaanOpd, Dilewati, EntriDaftar, TemuanOpd } from "../core/rekap";
import { takTerbaca } from "../core/rekap/jalan";
import type { Grid } from "../core/grid";
import type { SheetSpec } from "../core/report/spec";
import { Paket, PaketRusak } from "./paket";
import { pesanPaket } from "./pesan";
import { bacaLembar, lembarKerja } from "./read";
import { lembarBertanda, tulisLembar } from "./write";

export interface BacaanBerkas {
  readonly bacaan: BacaanOpd[];
  readonly dilewati: Dilewati[];
  readonly temuan: TemuanOpd[];
}

/** A package that is no workbook, or whose part is damaged: the file is "tidak terbaca", the rekap goes on. */
function rusak(berkas: string, e: PaketRusak): BacaanBerkas {
  return {
    bacaan: [takTerbaca(berkas, pesanPaket(e, berkas, "id"), pesanPaket(e, berkas, "en"))],
    dilewati: [],
    temuan: [],
  };
}

/** The readings of one OPD workbook. Never throws for a bad file: it is reported. */
export function bacaPaketOpd(berkas: string, paket: Paket): BacaanBerkas {
  // Sheets this add-in wrote (an earlier rekap, a report) are not an OPD's report.
  const buatan = new Set(lembarBertanda(paket).values());
  const semua = lembarKerja(paket);
  if (semua.length > 0 && semua.every((l) => buatan.has(l.nama)))
    return {
      bacaan: [],
      dilewati: [
        {
          sheet: semua.map((l) => l.nama).join(", "),
          alasan: "buku kerja buatan SAKIP Kinerja (rekap atau laporan), bukan laporan OPD",
          alasanEn: "a workbook SAKIP Kinerja wrote (a recap or report), not an agency's report",
        },
      ],
      temuan: [],
    };
  // Each sheet read just before it is needed and dropped after: one grid in memory at a time.
  function* lembar(): Generator<Grid> {
    for (const l of semua) if (!buatan.has(l.nama)) yield bacaLembar(paket, l);
  }
  try {
    return bacaBerkasOpd(berkas, lembar());
  } catch (e) {
    // A damaged sheet part found while reading: this file is unreadable, the rekap goes on.
    if (!(e instanceof PaketRusak)) throw e;
    return rusak(berkas, e);
  }
}

/** The readings of one OPD workbook from its bytes (the browser's picked file). */
export function bacaIsiOpd(berkas: string, isi: Uint8Array): BacaanBerkas {
  let paket: Paket;
  try {
    paket = new Paket(isi);
  } catch (e) {
    if (!(e instanceof PaketRusak)) throw e;
    return rusak(berkas, e);
  }
  return bacaPaketOpd(berkas, paket);
}

/** The OPD list of a workbook (--daftar), or undefined when no sheet holds one. */
export function daftarDariPaket(paket: Paket): EntriDaftar[] | undefined {
  return bacaDaftar(lembarKerja(paket).map((l) => bacaLembar(paket, l)));
}

/** A workbook with no sheet yet: the package the rekap's sheets are written into. */
export function bukuKosong(): Uint8Array {
  const NS = "http://schemas.openxmlformats.org";
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS}/package/2006/relationships"></Relationships>`,
    ),
  });
}

/** The rekap's sheets in a new workbook. */
export function bukuRekap(specs: readonly SheetSpec[]): Uint8Array {
  return tulisLembar(new Paket(bukuKosong()), specs);
}
