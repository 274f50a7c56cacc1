/**
 * Names for generated sheets that never take a user's sheet: "Pengukuran Kinerja" when free, else
 * "Pengukuran Kinerja (2)", … — within Excel's rules (31 characters, none of : \ / ? * [ ]).
 */
export function namaSah(nama: string): string {
  return nama
    .replace(/[:\\/?*[\]]/g, "-")
    .slice(0, 31)
    .trim();
}

export function cariNamaLembar(
  specs: readonly { id: string; nama: string }[],
  diambil: readonly string[],
): { nama: Record<string, string>; bentrok: string[] } {
  const taken = new Set(diambil.map((n) => n.toLowerCase()));
  const nama: Record<string, string> = {};
  const bentrok: string[] = [];
  for (const s of specs) {
    const base = namaSah(s.nama);
    let candidate = base;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++)
      candidate = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (candidate !== base) bentrok.push(base);
    taken.add(candidate.toLowerCase());
    nama[s.id] = candidate;
  }
  return { nama, bentrok };
}
