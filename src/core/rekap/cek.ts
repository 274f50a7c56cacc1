/**
 * Each OPD's report checked on the way in: its TOTAL row against its rows — a SUM that leaves out rows holding
 * figures, a small constant added to a total (`=O93+0.01`), a typed total that is not the sum — and, through the
 * audit (Periksa Konsistensi), every row's serapan and sisa (a serapan typed 0). Each finding names file, sheet, cell.
 * A `+0`/`-0` changes nothing and a SUM that leaves out only blank rows adds the same: neither is reported.
 */
import { periksaLaporan } from "../audit";
import { perSel } from "../temuan-kelompok";
import { a1, Grid, quoteSheet } from "../grid";
import { formatAngka } from "../numbers";
import { barisDijumlah } from "../read/rumus";
import type { KolomRfk } from "../formulir/rfk";
import type { BacaanOpd, TemuanOpd } from "./jenis";

const KONSTANTA = /^=\s*(.*?[A-Za-z)\d])\s*([+-])\s*(\d+(?:\.\d+)?)\s*$/;

const RP: readonly (keyof KolomRfk)[] = ["pagu", "rencana", "realisasi"];

const bulat = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

function desimal(n: number): number {
  return Number.isInteger(n) ? 0 : 2;
}
const angkaId = (n: number) => formatAngka(n, desimal(n), desimal(n));
const angkaEn = (n: number) => formatAngka(n, desimal(n), desimal(n), "en");

/**
 * The rows a TOTAL's formula adds, through the parents it adds (=C8+C13, C8 =C9, C9 =SUM(C10:C11)): every row
 * reached, and the last row of each parent's own range.
 */
function tutupan(g: Grid, rows: readonly number[], c: number): { dijumlah: Set<number>; ujung: Set<number> } {
  const dijumlah = new Set<number>();
  const ujung = new Set<number>();
  const antre = [...rows];
  while (antre.length > 0) {
    const r = antre.pop()!;
    if (dijumlah.has(r)) continue;
    dijumlah.add(r);
    const anak = barisDijumlah(g.formulas?.[r]?.[c] ?? undefined, c);
    if (!anak || anak.length === 0) continue;
    ujung.add(Math.max(...anak));
    antre.push(...anak);
  }
  return { dijumlah, ujung };
}

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
          const { dijumlah, ujung } = tutupan(g, rows, c);
          // A row left out just below a parent's own range is that parent's error (the audit names it), not the TOTAL's.
          const luput = subRows.filter((r) => !dijumlah.has(r) && nilai(r, c) !== 0 && !ujung.has(r - 1));
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
            `the total is typed ${angkaEn(v)}; the ${subRows.length} sub-activity rows add up to ${angkaEn(jumlah)} (difference ${angkaEn(v - jumlah)}).`,
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
  const sesuaiBaris = (cell: string) => {
    // A TOTAL the audit sums over parent rows too, while it is exactly the sum of the sub kegiatan: not a galat.
    const [r, c] = rc(cell);
    const v = g.values[r]?.[c];
    if (r !== T || typeof v !== "number") return false;
    const jumlah = subRows.reduce((s, x) => s + (typeof g.values[x]?.[c] === "number" ? g.values[x][c] : 0), 0);
    return Math.abs(jumlah - v) <= 0.5;
  };
  // Cell by cell: the rekap lists each OPD cell (a group's range would name no one cell).
  for (const t of perSel(periksaLaporan([g]).temuan)) {
    if (t.severity === "info" || sudah.has(t.cell)) continue;
    if (t.code === "JUMLAH_TOTAL" && sesuaiBaris(t.cell)) continue;
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

const RUJUK = /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]{1,3})\$?(\d+)/g;

function rujukanLain(f: string): { sheet: string; row: number; col: number; teks: string }[] {
  return [...f.matchAll(RUJUK)].map((m) => ({
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
    row: Number(m[4]) - 1,
    col: rc(`${m[3]}1`)[1],
    teks: m[0],
  }));
}

/**
 * The hand-kept rekap sheets of a workbook that also holds the OPD sheets: a row whose cells take their figures from
 * two OPD sheets (a row labelled Bappeda whose DPA is the RSUD's, directly or through another rekap sheet's row), and
 * a constant added to a figure taken from an OPD sheet (`='6 Bakesbangpol'!E49-1`). Only a row whose other cells
 * agree on one OPD is reported, at the cells that differ: when in doubt, nothing.
 */
export function cekRekapLama(berkas: string, lembar: readonly Grid[], opd: ReadonlySet<string>): TemuanOpd[] {
  const out: TemuanOpd[] = [];
  const perNama = new Map(lembar.map((g) => [g.name, g]));
  const sasaran = (f: string): { opd: string; lewat?: string }[] => {
    const hasil: { opd: string; lewat?: string }[] = [];
    for (const r of rujukanLain(f)) {
      if (opd.has(r.sheet)) hasil.push({ opd: r.sheet });
      else {
        const g = perNama.get(r.sheet);
        const lanjut = g?.formulas?.[r.row]?.[r.col];
        if (lanjut)
          for (const x of rujukanLain(lanjut)) if (opd.has(x.sheet)) hasil.push({ opd: x.sheet, lewat: r.teks });
      }
    }
    return hasil;
  };
  for (const g of lembar) {
    (g.formulas ?? []).forEach((baris, r) => {
      const sel: { c: number; opd: string; lewat?: string }[] = [];
      (baris ?? []).forEach((f, c) => {
        if (!f || !f.includes("!")) return;
        const s = sasaran(f);
        const beda = new Set(s.map((x) => x.opd));
        if (beda.size === 1) sel.push({ c, ...s[0] });
        const k = KONSTANTA.exec(f);
        if (k && Number(k[3]) !== 0 && /!/.test(k[1]) && rujukanLain(k[1]).length === 1 && beda.size === 1) {
          const v = g.values[r]?.[c];
          const konst = (k[2] === "-" ? -1 : 1) * Number(k[3]);
          out.push({
            severity: "error",
            code: "KONSTANTA_DI_REKAP",
            message: `${quoteSheet(g.name)}!${a1(r, c)}: rekap menulis ${f} — angka ${k[1]} diubah dengan ${k[2]}${k[3]}.`,
            messageEn: `${quoteSheet(g.name)}!${a1(r, c)}: the rekap writes ${f} — the figure ${k[1]} changed by ${k[2]}${k[3]}.`,
            berkas,
            sheet: g.name,
            cell: a1(r, c),
            ...(typeof v === "number" ? { tertulis: v, seharusnya: v - konst } : {}),
          });
        }
      });
      const hitung = new Map<string, number>();
      for (const s of sel) hitung.set(s.opd, (hitung.get(s.opd) ?? 0) + 1);
      if (hitung.size < 2) return;
      const [utama, n] = [...hitung].sort((a, b) => b[1] - a[1])[0];
      if (n < 2 || [...hitung.values()].filter((x) => x === n).length > 1) return;
      for (const s of sel.filter((x) => x.opd !== utama)) {
        const lewat = s.lewat ? ` (lewat ${s.lewat})` : "";
        const via = s.lewat ? ` (through ${s.lewat})` : "";
        out.push({
          severity: "error",
          code: "REKAP_SALAH_OPD",
          message: `${quoteSheet(g.name)}!${a1(r, s.c)}: sel ini mengambil angka lembar ${quoteSheet(s.opd)}${lewat}, sedangkan ${n} sel lain di barisnya mengambil lembar ${quoteSheet(utama)}.`,
          messageEn: `${quoteSheet(g.name)}!${a1(r, s.c)}: this cell takes its figure from sheet ${quoteSheet(s.opd)}${via}, while ${n} other cells of its row take sheet ${quoteSheet(utama)}.`,
          berkas,
          sheet: g.name,
          cell: a1(r, s.c),
        });
      }
    });
  }
  return out;
}
