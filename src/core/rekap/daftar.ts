/**
 * The Pemda's list of expected OPD (--daftar), in whatever layout the Bappeda keeps it: a table with the OPD's name,
 * its kode SKPD and short name where there are some, its DPA, perhaps a grouping column (Asisten, urusan) and a
 * JUMLAH row. Found through the reader's table layer (findTables, headerLabels), or, for a bare list ("No | Nama
 * Perangkat Daerah | Singkatan"), by a name column beside a No, kode or short name; the columns by their header words.
 */
import { Grid, columnCount, rowCount } from "../grid";
import { SUBTOTAL_LABEL } from "../read/columns";
import { DaftarTemuan } from "../read/diagnostics";
import { dataRows, findTables, headerLabels } from "../read/tables";
import { readAngka, readTeks } from "../read/values";
import type { EntriDaftar } from "./jenis";

const NAMA = /\b(nama|perangkat daerah|opd|skpd|unit kerja|satuan kerja|instansi|uraian|organisasi)\b/i;
/** A column of programs or kegiatan is an OPD's own report, never a list of OPD (an RFK's "URAIAN KEGIATAN"). */
const BUKAN_NAMA_OPD = /\b(program|kegiatan|indikator|rekening|belanja)\b/i;
const SINGKAT = /\b(singkatan|akronim|alias|nama singkat|singkat)\b/i;
const KELOMPOK = /\b(asisten|urusan|kelompok|bidang|rumpun)\b/i;
const KODE = /\bkode\b/i;
const NO = /^(no|nomor|no\.? urut)\.?$/i;
const DPA = /\b(dpa|pagu|anggaran|apbd|belanja)\b/i;

/** Header rows the table layer does not take for a table of its kinds: a name column beside a No, kode or short name. */
function tabelNama(g: Grid): { headerRows: number[]; rows: number[]; columns: { pagu?: number } }[] {
  const width = columnCount(g);
  for (let r = 0; r < Math.min(rowCount(g), 30); r++) {
    const labels = headerLabels(g, [r], width);
    const nama = labels.findIndex((l) => NAMA.test(l) && !BUKAN_NAMA_OPD.test(l) && l.length <= 40);
    if (nama < 0 || !labels.some((l, c) => c !== nama && (NO.test(l) || SINGKAT.test(l) || KODE.test(l)))) continue;
    return [{ headerRows: [r], rows: dataRows(g, r, rowCount(g), width, 3), columns: {} }];
  }
  return [];
}

/** The list's entries, from the first sheet that holds such a table; undefined when none does. */
export function bacaDaftar(grids: readonly Grid[]): EntriDaftar[] | undefined {
  for (const g of grids) {
    const width = columnCount(g);
    const tables = findTables(g);
    for (const t of tables.length > 0 ? tables : tabelNama(g)) {
      const labels = headerLabels(g, t.headerRows, width);
      const kol = (re: RegExp, kecuali: (number | undefined)[] = []) => {
        const c = labels.findIndex((l, i) => re.test(l) && !kecuali.includes(i));
        return c >= 0 ? c : undefined;
      };
      const singkat = kol(SINGKAT);
      const kode = kol(KODE);
      const dpa = t.columns.pagu ?? kol(DPA, [kode, singkat]);
      const nama = kol(NAMA, [kode, singkat, dpa]);
      if (nama === undefined || BUKAN_NAMA_OPD.test(labels[nama])) continue;
      const kelompok = kol(KELOMPOK, [nama, kode, singkat, dpa]);
      const diag = new DaftarTemuan();
      const out: EntriDaftar[] = [];
      for (const r of t.rows) {
        const n = readTeks(g, r, nama);
        if (!n || SUBTOTAL_LABEL.test(n.trim())) continue;
        const d = dpa === undefined ? null : readAngka({ grid: g, diag }, r, dpa, "DPA").value;
        out.push({
          nama: n.trim(),
          kode: readTeks(g, r, kode)?.replace(/\s+/g, "") ?? null,
          singkatan: readTeks(g, r, singkat)?.trim() ?? null,
          dpa: d,
          kelompok: readTeks(g, r, kelompok)?.trim() ?? null,
        });
      }
      if (out.length > 0) return out;
    }
  }
  return undefined;
}
