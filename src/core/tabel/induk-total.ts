/**
 * Parents written as plain figures (a kegiatan row with neither kode, label nor formula), found only when a total
 * says so; one rule for the rekap reader (rekap/baca.ts) and the audit's Jumlah rows (audit/cek-susunan.ts).
 */

/**
 * The rows (indexes into `nilai`) whose figure is exactly the sum of the rows under them that are not parents
 * themselves (found bottom up, so a program over its kegiatan too), taken as parents only when the rows left then add
 * up to `total` and all the rows do not. First with at least two rows under each parent, then with one. Else [].
 */
export function indukTersembunyi(nilai: readonly number[], total: number | null): number[] {
  if (total === null) return [];
  const semua = nilai.reduce((s, x) => s + x, 0);
  if (Math.abs(semua - total) <= 0.5) return [];
  for (const minimal of [2, 1]) {
    const induk = new Set<number>();
    for (let i = nilai.length - 2; i >= 0; i--) {
      let acc = 0;
      let n = 0;
      for (let j = i + 1; j < nilai.length && acc < nilai[i] - 0.5; j++) {
        if (induk.has(j)) continue;
        acc += nilai[j];
        n++;
      }
      if (n >= minimal && nilai[i] > 0 && Math.abs(acc - nilai[i]) <= 0.5) induk.add(i);
    }
    const sisa = semua - [...induk].reduce((s, i) => s + nilai[i], 0);
    if (induk.size > 0 && Math.abs(sisa - total) <= 0.5) return [...induk].sort((a, b) => a - b);
  }
  return [];
}
