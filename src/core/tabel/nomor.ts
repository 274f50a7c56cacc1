/**
 * A row of column numbers that does not fill its row: "1 | 2 | 3 | 4" under the table's header with a small form
 * beside it ("NAMA PROGRAM : …", the real Form RFK's INPUT), or a numbering row that starts mid-sheet. `isBarisNomor`
 * (read/judul.ts) takes a row of numbers and nothing else; this one takes the run from the row's first filled cell.
 */
import { Grid, isBlank } from "../grid";
import { nomorKolom } from "../read/judul";

/**
 * From the row's first filled cell, three or more cells numbering the columns 1, 2, 3 … (each one more than the one
 * before; blanks of merged cells between), then a blank column before anything else; `namaCol`, the table's name
 * column, must be among them (a number is never a name: "1 | 2 | 3 | 4" with a name is a data row).
 */
export function barisNomorSamping(grid: Grid, r: number, namaCol: number | undefined): boolean {
  const row = grid.values[r] ?? [];
  const awal = row.findIndex((v) => !isBlank(v));
  if (awal < 0) return false;
  const nomor: number[] = [];
  let akhir = awal;
  for (let c = awal; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    const n = nomorKolom(v);
    if (n === undefined || (nomor.length > 0 && n !== nomor[nomor.length - 1] + 1)) {
      // What follows the numbers stands apart from them, after a blank column.
      if (c - akhir < 2) return false;
      break;
    }
    if (nomor.length === 0 && n !== 1) return false;
    nomor.push(n);
    akhir = c;
  }
  return nomor.length >= 3 && (namaCol === undefined || (namaCol >= awal && namaCol <= akhir));
}
