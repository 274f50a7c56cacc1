/**
 * A synthetic SIPD-style budget table of n sub kegiatan (10 kegiatan of up to 500 per program), for benchmarks and
 * size tests. Row 1 is the header Kode | Uraian | Pagu | Realisasi.
 */
export function dpaRows(n: number, realisasi: (s: number) => unknown = (s) => 900_000 + s): unknown[][] {
  const rows: unknown[][] = [["Kode Rekening", "Uraian", "Pagu", "Realisasi"]];
  let c = 0;
  for (let p = 1; c < n; p++) {
    rows.push([`1.01.${String(p).padStart(2, "0")}`, `Program ${p}`]);
    for (let k = 1; k <= 10 && c < n; k++) {
      const kk = `1.01.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}`;
      rows.push([kk, `Kegiatan ${p}.${k}`]);
      for (let s = 1; s <= 500 && c < n; s++, c++)
        rows.push([`${kk}.${String(s).padStart(4, "0")}`, `Sub kegiatan ${p}.${k}.${s}`, 1_000_000 + s, realisasi(s)]);
    }
  }
  return rows;
}
