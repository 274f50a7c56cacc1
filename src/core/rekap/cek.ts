/**
 * Each OPD's report checked on the way in: its TOTAL row against its rows — a SUM that leaves out rows holding
 * figures, a small constant added to a total (`=O93+0.01`), a typed total that is not the sum — and, through the
 * audit (Periksa Konsistensi), every row's serapan and sisa (a serapan typed 0). Each finding names file, sheet, cell.
 * A `+0`/`-0` changes nothing and a SUM that leaves out only blank rows adds the same: neither is reported.
 */
import { periksaLaporan } from "../audit";
import { a1, Grid, quoteSheet } from "../grid";
import { formatAngka } from "../numbers";
import { barisDijumlah } from "../read/rumus";
import type { KolomRfk } from "./baca";
import type { BacaanOpd, TemuanOpd } from "./jenis";

const KONSTANTA = /^=\s*(.*?[A-Za-z)\d])\s*([+-])\s*(\d+(?:\.\d+)?)\s*$/;

const RP: readonly (keyof KolomRfk)[] = ["pagu", "rencana", "realisasi"];

const bulat = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

function desimal(n: number): number {
  return Number.isInteger(n) ? 0 : 2;
}
const angkaId = (n: number) => formatAngka(n, desimal(n), desimal(n));
const angkaEn = (n: number) => formatAngka(n, desimal(n), desimal(n), "en");

export function cekOpd(g: Grid, b: BacaanOpd, kolom: KolomRfk): TemuanOpd[] {
  const out: TemuanOpd[] = [];
  const where = (r: number, c: number) => `${quoteSheet(g.name)}!${a1(r, c)}`;
  const tambah = (code: string, r: number, c: number, id: string, en: string, tertulis?: number, seharusnya?: number) =>
    out.push({
      severity: "error",
      code,
      message: `${where(r, c)}: ${id}`,
      messageEn: `${where(r, c)}: ${en}`,
      berkas: b.berkas,
      sheet: g.name,
      cell: a1(r, c),
      ...(tertulis !== undefined ? { tertulis } : {}),
      ...(seharusnya !== undefined ? { seharusnya } : {}),
    });
  const T = b.barisTotal;
  const subRows = b.sub.map((s) => s.row);
  if (T !== undefined && subRows.length > 0) {
    const nilai = (r: number, c: number) => {
      const v = g.values[r]?.[c];
      return typeof v === "number" ? v : 0;
    };
    const lebar = (g.values[T] ?? []).length;
    for (let c = 0; c < lebar; c++) {
      const f = g.formulas?.[T]?.[c] ?? null;
      const v = g.values[T]?.[c];
      if (typeof v !== "number") continue;
      if (f) {
        const k = KONSTANTA.exec(f);
        if (k && Number(k[3]) !== 0 && !/^\d+(\.\d+)?$/.test(k[1])) {
          const konst = (k[2] === "-" ? -1 : 1) * Number(k[3]);
          tambah(
            "KONSTANTA_DI_TOTAL",
            T,
            c,
            `total ditulis ${f} — konstanta ${k[2]}${k[3]} ditambahkan ke ${k[1]}: tertulis ${angkaId(v)}, tanpa konstanta ${angkaId(v - konst)}.`,
            `the total is written ${f} — a constant ${k[2]}${k[3]} added to ${k[1]}: stated ${angkaEn(v)}, without it ${angkaEn(v - konst)}.`,
            v,
            v - konst,
          );
          continue;
        }
        const rows = barisDijumlah(f, c);
        if (rows) {
          const dijumlah = new Set(rows);
          const luput = subRows.filter((r) => !dijumlah.has(r) && nilai(r, c) !== 0);
          const semua = v + luput.reduce((s, r) => s + nilai(r, c), 0);
          // What is left out must change the figure as shown (to the rupiah, or to 0,01 of a percentage).
          const d = RP.some((x) => kolom[x] === c) ? 0 : 2;
          if (luput.length > 0 && bulat(semua, d) !== bulat(v, d)) {
            const nomor = luput.map((r) => r + 1);
            tambah(
              "JUMLAH_KURANG_BARIS",
              T,
              c,
              `${f} tidak menjumlahkan baris ${nomor.slice(0, 5).join(", ")}${nomor.length > 5 ? ", …" : ""} (${luput.length} baris berisi angka): tertulis ${angkaId(v)}, jumlah semua baris ${angkaId(semua)}.`,
              `${f} leaves out row${luput.length > 1 ? "s" : ""} ${nomor.slice(0, 5).join(", ")}${nomor.length > 5 ? ", …" : ""} (${luput.length} with figures): stated ${angkaEn(v)}, all rows add up to ${angkaEn(semua)}.`,
              v,
              semua,
            );
          }
          continue;
        }
      }
      const isRp = RP.some((k) => kolom[k] === c);
      if (!f && isRp) {
        const jumlah = subRows.reduce((s, r) => s + nilai(r, c), 0);
        if (Math.abs(jumlah - v) > 0.5)
          tambah(
            "TOTAL_BERBEDA",
            T,
            c,
            `total diketik ${angkaId(v)}, jumlah ${subRows.length} baris sub kegiatan ${angkaId(jumlah)} (selisih ${angkaId(v - jumlah)}).`,
            `the total is typed ${angkaEn(v)}; the ${subRows.length} sub kegiatan rows add up to ${angkaEn(jumlah)} (difference ${angkaEn(v - jumlah)}).`,
            v,
            jumlah,
          );
      }
    }
  }
  // A serapan typed 0 on a row that spent money.
  if (kolom.serapan !== undefined)
    for (const s of b.sub) {
      const c = kolom.serapan;
      const v = g.values[s.row]?.[c];
      if (v === 0 && !g.formulas?.[s.row]?.[c] && s.realisasi > 0 && s.pagu > 0) {
        const benar = (s.realisasi / s.pagu) * 100;
        tambah(
          "SERAPAN_DIKETIK_NOL",
          s.row,
          c,
          `serapan diketik 0 padahal realisasi ${angkaId(s.realisasi)} dari DPA ${angkaId(s.pagu)} (${formatAngka(benar, 2, 2)}%).`,
          `absorption typed 0 although ${angkaEn(s.realisasi)} of a DPA of ${angkaEn(s.pagu)} was spent (${formatAngka(benar, 2, 2, "en")}%).`,
          0,
          benar,
        );
      }
    }
  // The audit's row checks (serapan, sisa, a Jumlah row) on the same sheet; a cell already named is not repeated.
  const sudah = new Set(out.map((t) => t.cell));
  for (const t of periksaLaporan([g]).temuan) {
    if (t.severity === "info" || sudah.has(t.cell)) continue;
    sudah.add(t.cell);
    out.push({
      severity: t.severity,
      code: t.code,
      message: `${where(...rc(t.cell))}: ${t.message}`,
      messageEn: `${where(...rc(t.cell))}: ${t.messageEn ?? t.message}`,
      berkas: b.berkas,
      sheet: t.sheet,
      cell: t.cell,
      ...(t.tertulis !== undefined ? { tertulis: t.tertulis } : {}),
      ...(t.seharusnya !== undefined ? { seharusnya: t.seharusnya } : {}),
    });
  }
  return out;
}

function rc(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}
