/**
 * What a data row of a table is: an item, or a summary row the table adds ("Jumlah", "Total", "Sub Total",
 * "Rata-rata capaian", "Nilai rata-rata"). "Jumlah Pegawai" names an item (or a header), not a sum.
 */
import { SUBTOTAL_LABEL } from "../read/columns";

export type JenisBaris = "item" | "jumlah" | "rata";

const RATA = /^(rata\s*-?\s*rata|rerata|nilai rata)/i;

/** The kind of a row from its first label (its name, or the first text of the row). */
export function jenisBaris(label: string): JenisBaris {
  if (SUBTOTAL_LABEL.test(label) && !/^jumlah\s+(?!total)\S/i.test(label)) return "jumlah";
  return RATA.test(label) ? "rata" : "item";
}
