/**
 * The table layer, one for the reader and the audit: where a table's header is and the path of each column's
 * labels (one builder, `jalurKepala`: merges, labels carried over blanks, 1–4 header rows, a row of units), which
 * rows are data (blank runs, the signature block, the numbering row), what each row is (an item or a summary row:
 * `jenisBaris`), and its level (`Tingkat`), decided in one place: `tingkatBaris` weighs the kode (glued or split
 * over columns, `kodeBaris`), the numbering (`tingkatNomor`), label words (`tingkatLabel`), parent formulas
 * (`tingkatRumus`) and meaningful indentation (`tingkatIndentasi`), in that order. The reader (src/core/read) and the audit (src/core/audit/tabel.ts) both take their
 * headers and rows from here; what a column means stays with each (the reader's fields, the audit's figures).
 */
export {
  candidateRow,
  dataRows,
  headerLabels,
  isNumberingRow,
  kepalaBertingkat,
  rowHasNumbers,
  rowIsBlank,
} from "../read/tables";
export { isBarisNomor, isBarisSatuan, isTandaTangan, jalurJudul, perangkatDaerahDari } from "../read/judul";
export { jalurBerisi, jalurKepala } from "./kepala";
export type { OpsiKepala } from "./kepala";
export { jenisBaris } from "./baris";
export { barisNomorSamping } from "./nomor";
export type { JenisBaris } from "./baris";
export { kodeBaris } from "./kode-baris";
export type { KodeBaris } from "./kode-baris";
export { TINGKAT, kedalaman, tingkatKolom, tingkatLabel } from "./tingkat";
export {
  URUTAN_BUKTI,
  indentasiBerarti,
  nomorBaris,
  tingkatBaris,
  tingkatIndentasi,
  tingkatNomor,
  tingkatRumus,
} from "./tingkat-baris";
export type { BuktiTingkat, DasarTingkat, PutusanTingkat } from "./tingkat-baris";
export type { Tingkat, TingkatKode } from "./tingkat";
