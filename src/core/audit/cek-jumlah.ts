/**
 * Any table with a Jumlah/Total row, whatever it counts (staff by rank, documents, "20 Orang"): the row against the
 * rows above it in each column where it states a number. Tables the audit already reads as report tables are
 * checked there (cek-susunan.ts); this covers the rest.
 */
import { a1, Grid, isBlank, rowCount, text } from "../grid";
import { isSakipError } from "../errors";
import { parseAngka } from "../numbers";
import { SUBTOTAL_LABEL } from "../read/columns";
import { TabelLaporan } from "./tabel";
import { dua, EPS, Pemeriksa, setengah, tampil, tampilEn } from "./temuan";

/** A count as written: a number, or a number and its unit ("34 Orang", "12 Dokumen"); percentages are not counts. */
function hitungan(v: unknown): { nilai: number; desimal: number } | undefined {
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { nilai: v, desimal: Number.isInteger(v) ? 0 : (String(v).split(".")[1]?.length ?? 0) }
      : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^\s*(?:rp\.?\s*)?([\d.,]+)\s*([a-z][a-z .()/-]*)?$/i.exec(v);
  if (!m || (m[2] && /%|persen/i.test(m[2]))) return undefined;
  const n = parseAngka(m[1], { ambigu: "id" });
  if (typeof n !== "number" || isSakipError(n)) return undefined;
  const dec = /,(\d+)$/.exec(m[1]);
  return { nilai: n, desimal: dec ? dec[1].length : 0 };
}

const labelBaris = (row: readonly unknown[]) =>
  row.map((v) => (typeof v === "string" ? text(v) : "")).find((x) => x !== "") ?? "";

export function periksaJumlahLain(p: Pemeriksa, grids: readonly Grid[], tables: readonly TabelLaporan[]): void {
  const diliput = new Set(tables.flatMap((t) => t.baris.map((b) => `${t.sheet}|${b.row}`)));
  for (const g of grids) {
    const n = rowCount(g);
    for (let r = 1; r < n; r++) {
      const row = g.values[r] ?? [];
      const label = labelBaris(row);
      // "Jumlah Pegawai" is a header; "Jumlah", "Total", "Jumlah Total" close a table.
      if (!SUBTOTAL_LABEL.test(label) || /^jumlah\s+(?!total)\S/i.test(label) || diliput.has(`${g.name}|${r}`))
        continue;
      row.forEach((v, c) => {
        const total = hitungan(v);
        if (!total || (typeof v === "string" && SUBTOTAL_LABEL.test(v))) return;
        const bagian: { row: number; nilai: number }[] = [];
        let kosong = 0;
        let kepala = -1;
        for (let i = r - 1; i >= 0; i--) {
          const w = g.values[i] ?? [];
          if (w.every(isBlank)) {
            if (++kosong >= 2) break;
            continue;
          }
          kosong = 0;
          if (SUBTOTAL_LABEL.test(labelBaris(w)) && !/^jumlah\s+(?!total)\S/i.test(labelBaris(w))) break;
          const x = hitungan(w[c]);
          if (x) bagian.push({ row: i, nilai: x.nilai });
          else if (!isBlank(w[c] ?? null)) {
            kepala = i;
            break;
          } // the header ("Jumlah Pegawai") or text: the table starts below
        }
        if (bagian.length < 2) return;
        const jumlah = bagian.reduce((s, x) => s + x.nilai, 0);
        p.diperiksa++;
        if (Math.abs(jumlah - total.nilai) <= setengah(total.desimal) + EPS) return;
        // Fractions with a "total" within their range: an average or a ratio (a % column's TOTAL), not a count's sum.
        const nilai = bagian.map((x) => x.nilai);
        const pecahan = [total.nilai, ...nilai].some((x) => !Number.isInteger(x));
        if (
          pecahan &&
          nilai.every((x) => x >= 0) &&
          total.nilai >= Math.min(...nilai) &&
          total.nilai <= Math.max(...nilai)
        )
          return;
        const urut = [...bagian].reverse();
        const judul = kepala > 0 ? labelBaris(g.values[kepala - 1] ?? []) : "";
        const tentang = `${label}${judul ? ` (${judul.length > 60 ? `${judul.slice(0, 59)}…` : judul})` : ""}`;
        const d = total.desimal;
        p.tambah(
          "JUMLAH_TOTAL",
          dua(
            `${tentang} di ${a1(r, c)}: tertulis ${tampil(total.nilai, d)}, jumlah ${bagian.length} baris di atasnya (${urut.map((x) => tampil(x.nilai, d)).join(" + ")}) ${tampil(jumlah, d)} (selisih ${tampil(total.nilai - jumlah, d)}).`,
            `${tentang} in ${a1(r, c)}: stated ${tampilEn(total.nilai, d)}, the ${bagian.length} rows above it (${urut.map((x) => tampilEn(x.nilai, d)).join(" + ")}) add up to ${tampilEn(jumlah, d)} (difference ${tampilEn(total.nilai - jumlah, d)}).`,
          ),
          [{ sheet: g.name, cell: a1(r, c) }, ...urut.map((x) => ({ sheet: g.name, cell: a1(x.row, c) }))],
          { tertulis: total.nilai, seharusnya: jumlah, desimal: total.desimal },
        );
      });
    }
  }
}
