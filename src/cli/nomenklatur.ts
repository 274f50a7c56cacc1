/** `--nomenklatur daftar.xlsx|.csv`: the agency's nomenclature list (its SIPD export), in the layouts SIPD writes. */
import * as fs from "fs";
import type { Dwibahasa } from "../core/bahasa";
import { EntriNomenklatur, nomenklaturDariGrid, nomenklaturDariTeks } from "../core/read/nomenklatur";
import { paketKeGrids } from "../xlsx/read";
import { bukaBukuKerja } from "./berkas";
import { ExpectedError } from "./errors";

/**
 * The list, from a CSV/text file or a workbook; a workbook that cannot be used is named in the message as the
 * nomenclature file (an .xls or .ods read through LibreOffice like the input, `catat` told so).
 */
export async function bacaNomenklatur(
  file: string | undefined,
  catat?: (d: Dwibahasa) => void,
): Promise<EntriNomenklatur[] | undefined> {
  if (file === undefined) return undefined;
  if (!fs.existsSync(file))
    throw new ExpectedError({
      id: `Berkas nomenklatur tidak ditemukan: ${file}`,
      en: `Nomenclature file not found: ${file}`,
    });
  const entries = /\.(csv|txt)$/i.test(file)
    ? nomenklaturDariTeks(fs.readFileSync(file, "utf8"))
    : paketKeGrids(await bukaBukuKerja(file, catat)).flatMap(nomenklaturDariGrid);
  if (entries.length === 0)
    throw new ExpectedError({
      id: `${file} tidak memuat kode dan nama nomenklatur (mis. "1.01.02.2.01.0001 Nama Sub Kegiatan", atau kolom kode di samping kolom nama).`,
      en: `${file} holds no nomenclature codes and names (e.g. "1.01.02.2.01.0001 Sub-activity name", or a code column beside a name column).`,
    });
  return entries;
}
