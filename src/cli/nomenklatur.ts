/** `--nomenklatur daftar.xlsx|.csv`: the agency's nomenclature list (its SIPD export), in the layouts SIPD writes. */
import * as fs from "fs";
import { EntriNomenklatur, nomenklaturDariGrid, nomenklaturDariTeks } from "../core/read/nomenklatur";
import { readGrids } from "../xlsx/read";
import { ExpectedError } from "./errors";

export async function bacaNomenklatur(file: string | undefined): Promise<EntriNomenklatur[] | undefined> {
  if (file === undefined) return undefined;
  if (!fs.existsSync(file))
    throw new ExpectedError({
      id: `Berkas nomenklatur tidak ditemukan: ${file}`,
      en: `Nomenclature file not found: ${file}`,
    });
  const entries = /\.(csv|txt)$/i.test(file)
    ? nomenklaturDariTeks(fs.readFileSync(file, "utf8"))
    : (await readGrids(file)).flatMap(nomenklaturDariGrid);
  if (entries.length === 0)
    throw new ExpectedError({
      id: `${file} tidak memuat kode dan nama nomenklatur (mis. "1.01.02.2.01.0001 Nama Sub Kegiatan", atau kolom kode di samping kolom nama).`,
      en: `${file} holds no nomenclature codes and names (e.g. "1.01.02.2.01.0001 Sub-activity name", or a code column beside a name column).`,
    });
  return entries;
}
