/**
 * Header blocks as real forms write them: a title over several rows, then a header over 2–4 rows with merged
 * groups, a row of column numbers ("1", "6a", "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100"), a row of units (K, Rp,
 * Rp., %), a "Perangkat Daerah : …" row; after the data, a signature block. The numbering and unit rows are header,
 * never data. A column's meaning comes from its whole header path: group › sub-header › unit.
 */
import { CellValue, Grid, cell, isBlank, text } from "../grid";

/** "1", "(6)", "6a", "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100": the column number it states, or undefined. */
export function nomorKolom(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 60 ? v : undefined;
  const t = text(v);
  const m = /^\(?(\d{1,2})[a-z]?\)?(?:\s*=\s*[\d\s+\-x×*/:().a-z]+)?$/i.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** A row of column numbers: at least three numbered cells, nothing else, rising from left to right. */
export function isBarisNomor(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  const nums: number[] = [];
  for (const v of row) {
    if (isBlank(v)) continue;
    const n = nomorKolom(v);
    if (n === undefined) return false;
    nums.push(n);
  }
  return nums.length >= 3 && nums.every((x, i) => i === 0 || x >= nums[i - 1]);
}

const UNIT =
  /^(k|rp\.?|rupiah|%|persen|fisik|keu|keuangan|vol|volume|target|realisasi|fisik %|keu %|(%\s*)?(kum|ttb|kumulatif|tertimbang|bobot))$/i;

/** A row of units: K, Rp, Rp., % (and their kin) in at least three cells, nothing else. */
export function isBarisSatuan(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  let hits = 0;
  let units = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const t = text(v);
    if (!UNIT.test(t)) return false;
    hits++;
    if (/^(k|rp\.?|%)$/i.test(t)) units++;
  }
  return hits >= 3 && units >= 2;
}

export type Satuan = "k" | "rp" | "persen";

export function satuanDari(v: CellValue): Satuan | undefined {
  const t = text(v).toLowerCase();
  if (t === "k" || t === "vol" || t === "volume") return "k";
  if (/^rp\.?$|^rupiah$/.test(t)) return "rp";
  if (t === "%" || t === "persen") return "persen";
  return undefined;
}

/** "Perangkat Daerah : Badan …", "SKPD : Dinas …", "OPD: …": the agency it names. */
export function perangkatDaerahDari(grid: Grid, r: number): string | undefined {
  for (const v of grid.values[r] ?? []) {
    if (typeof v !== "string" || !v.includes(":")) continue;
    const m = /^(?:nama\s+)?(?:perangkat\s+daerah|skpd|opd|unit\s+kerja|satuan\s+kerja|instansi)\s*:\s*(\S.*)$/i.exec(
      text(v),
    );
    if (m) return m[1].trim();
  }
  return undefined;
}

/** The start of a signature block: "Kota, tanggal 2025", "Kepala …", "NIP …", "Mengetahui", a rank line. */
export function isTandaTangan(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  if (row.some((v) => typeof v === "number")) return false;
  const texts = row.filter((v) => !isBlank(v));
  if (texts.length === 0 || texts.length > 3) return false;
  return texts.some((v) => {
    const t = text(v);
    return (
      /^(kepala|sekretaris|plt\.?|plh\.?|mengetahui|disetujui|ditetapkan|pejabat|nip\.?\b|pembina|penata)\b/i.test(t) ||
      /^[A-Z][A-Za-z .'-]+,\s*(\d{1,2}\s+)?(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(19|20)\d\d$/i.test(
        t,
      )
    );
  });
}

/**
 * Header path of each column over `rows`, each part once: "Realisasi Kinerja Pada Triwulan › II". A merged group
 * covers its columns; without merge information a label carries to the blank cells on its right that sit under the
 * same group above.
 */
export function jalurJudul(grid: Grid, rows: readonly number[], width: number): string[][] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  for (const r of rows) {
    const before = parts.map((p) => p.join("\u0000"));
    let carried = "";
    for (let c = 0; c < width; c++) {
      let t = text(cell(grid, r, c));
      const merge = grid.merges?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (t === "" && merge) t = text(cell(grid, merge.top, merge.left));
      else if (t === "" && !merge && c > 0 && before[c] === before[c - 1] && before[c] !== "") t = carried;
      carried = t;
      if (t !== "" && parts[c][parts[c].length - 1] !== t) parts[c].push(t);
    }
  }
  return parts;
}
