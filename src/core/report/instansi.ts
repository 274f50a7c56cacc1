/**
 * The agency's name for the annex's title block, when the user gave none: read from the title above the PK table
 * ("PERJANJIAN KINERJA PERUBAHAN TAHUN 2023 DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK" → "DINAS KOPERASI DAN USAHA
 * MIKRO KOTA DEPOK"): from the first word that names a kind of government body to the end of that text.
 */
import { Grid } from "../grid";

const BADAN =
  /\b(dinas|badan|sekretariat|inspektorat|kantor|kecamatan|kelurahan|satuan polisi|rumah sakit|bagian|direktorat|kementerian|lembaga|biro|puskesmas|uptd?)\b/i;

/** Rows a title may occupy when the table's header row is not known. */
const BARIS_JUDUL = 8;

/** `kepala`: the table's first header row (1-based), when known; only the rows above it are a title. */
export function instansiDariJudul(grid: Grid | undefined, kepala?: number): string | undefined {
  if (!grid) return undefined;
  for (const row of grid.values.slice(0, kepala ? kepala - 1 : BARIS_JUDUL)) {
    for (const v of row) {
      if (typeof v !== "string") continue;
      const m = BADAN.exec(v);
      if (!m) continue;
      // "… — Pemerintah Kota Depok" after the agency is the region, not part of its name.
      const nama = v
        .slice(m.index)
        .split(/\s+[—–-]\s+/)[0]
        .replace(/\s+/g, " ")
        // "… KAPUAS HULU TAHUN 2023": the year is the title's own, written once after the name.
        .replace(/\s+tahun(\s+anggaran)?\s+\d{4}$/i, "")
        .trim();
      if (nama.length >= 8 && nama.length <= 120) return nama;
    }
  }
  return undefined;
}
