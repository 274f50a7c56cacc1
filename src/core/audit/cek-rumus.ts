/**
 * A report table's formulas against their own column's pattern (src/core/audit/cek-e81.ts does the same for the
 * E.81 form through its hierarchy). Only what arithmetic proves is a galat:
 * - a formula of the column's row pattern pointing at another row ("=K15/G16" where the siblings are "=K{r}/G{r}"):
 *   a galat when it gives another value than the pattern on its row, else a warning;
 * - a typed number among cells that share one row pattern, when it differs from what the pattern gives;
 * - a parent's AVERAGE where its sibling parents SUM (rupiah columns);
 * - a parent's SUM over the rows right below it that stops short of its run, when its sibling parents each cover
 *   their whole run and no formula of the column counts the rows left out.
 */
import { a1, cell, columnCount, columnLetter, Grid, isBlank, numberFormat } from "../grid";
import { formatAngka, formatRupiah } from "../numbers";
import { bacaRumus, barisDijumlah } from "../read/rumus";
import { kedalaman } from "../tabel/tingkat";
import { hitungRumus } from "./hitung-rumus";
import { Isian, ISIAN_PERSEN, ISIAN_RUPIAH, TabelLaporan } from "./tabel";
import { dua, Pemeriksa, pendek, rentangBaris, rumusRentang, tampilEn } from "./temuan";

/** A formula with its row numbers made relative to its own row ("=K{0}/G{0}"). */
export function polaBaris(formula: string, row: number): string {
  return formula
    .replace(/^=?/, "=")
    .replace(/"(?:[^"]|"")*"/g, (s) => s.replace(/\d/g, "§"))
    .replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, d1, c, d2, r) =>
      d2 ? `${d1}${c}${d2}${r}` : `${d1}${c}{${Number(r) - 1 - row}}`,
    );
}

/** The pattern written out for a row. */
export function rumusDi(pola: string, row: number): string {
  return pola.replace(/\{(-?\d+)\}/g, (_, d) => String(row + 1 + Number(d)));
}

const kerangka = (pola: string) => pola.replace(/\{-?\d+\}/g, "{}");
const barisLain = (pola: string) => /\{-?[1-9]\d*\}/.test(pola);

const ROLLUP = /^=?\s*(SUM|AVERAGE)\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/i;

export function periksaRumusTabel(p: Pemeriksa, grid: Grid, t: TabelLaporan): void {
  if (!grid.formulas) return;
  const item = t.baris.filter((b) => b.jenis === "item" && !b.tersembunyi);
  if (item.length < 4) return;
  const batas = t.baris.map((b) => b.row);
  const akhirTabel = Math.max(...batas);
  const isianKolom = new Map(t.kolom.map((k) => [k.col, k.isian] as const));
  const nama = new Map(t.baris.map((b) => [b.row, b.nama ?? b.indikator ?? ""] as const));
  const bukanItem = new Set(t.baris.filter((b) => b.jenis !== "item").map((b) => b.row));
  const tingkatKode = new Map(
    t.baris.flatMap((b) => (b.tingkat !== null && b.dasarTingkat === "kode" ? [[b.row, b.tingkat] as const] : [])),
  );
  const width = columnCount(grid);
  const rumus = (r: number, c: number) => grid.formulas?.[r]?.[c] ?? null;
  const angka = (r: number, c: number) => {
    const v = cell(grid, r, c);
    return typeof v === "number" ? v : isBlank(v) ? 0 : undefined;
  };
  /** A column's parents (a SUM/AVERAGE over rows below them), each one's run of rows, and those covering it whole. */
  const indukKolom = (c: number) => {
    const induk: { row: number; fungsi: string; atas: number; bawah: number }[] = [];
    for (const b of t.baris) {
      const f = rumus(b.row, c);
      const m = f ? ROLLUP.exec(f) : null;
      if (!m || m[2].toUpperCase() !== columnLetter(c) || m[4].toUpperCase() !== columnLetter(c)) continue;
      const [atas, bawah] = [Number(m[3]) - 1, Number(m[5]) - 1].sort((x, y) => x - y);
      if (atas <= b.row || bukanItem.has(b.row)) continue;
      induk.push({ row: b.row, fungsi: m[1].toUpperCase(), atas, bawah });
    }
    const dirujuk = new Set<number>();
    if (induk.length > 0)
      for (let r = 0; r <= akhirTabel; r++) {
        const f = rumus(r, c);
        if (!f) continue;
        for (const x of bacaRumus(f).rujukan)
          if (x.col === c) for (let i = x.top; i <= x.bottom && i - x.top < 5000; i++) dirujuk.add(i);
      }
    const barisInduk = new Set(induk.map((x) => x.row));
    // A parent's run: the rows below it down to the next parent, total row or the table's end.
    // Any row that adds other rows of the column ("=K11", "=SUM(K13,K20)": a parent of another shape) ends it too.
    const menjumlah = (r: number) => (barisDijumlah(rumus(r, c), c) ?? []).some((x) => x !== r);
    // A row whose kode puts it at the parent's level or above (the next program after a kegiatan) is no child of it,
    // whatever its formula ("=SUM(D14:D18)/2" is no roll-up this check reads).
    const bukanAnak = (induk: number, r: number) => {
      const [a, b] = [tingkatKode.get(induk), tingkatKode.get(r)];
      return a !== undefined && b !== undefined && kedalaman(b) <= kedalaman(a);
    };
    const run = (x: (typeof induk)[number]) => {
      const rows = batas.filter((r) => r > x.row);
      const ujung = rows.findIndex((r) => barisInduk.has(r) || bukanItem.has(r) || menjumlah(r) || bukanAnak(x.row, r));
      return (ujung < 0 ? rows : rows.slice(0, ujung)).filter((r) => !isBlank(cell(grid, r, c)));
    };
    const penuh = induk.filter((x) => {
      const rs = run(x);
      return rs.length > 0 && rs[0] === x.atas && rs[rs.length - 1] === x.bawah;
    });
    return { induk, run, penuh, dirujuk, barisInduk };
  };
  // Rows whose run another column's SUM covers whole: the rows below them are proven theirs.
  const barisPenuh = new Map<number, number>();
  const indukLain = new Map<number, string>();
  for (let c = 0; c < width; c++)
    for (const x of indukKolom(c).penuh)
      if (x.fungsi === "SUM") {
        barisPenuh.set(x.row, (barisPenuh.get(x.row) ?? 0) + 1);
        if (!indukLain.has(x.row)) indukLain.set(x.row, `${a1(x.row, c)} ${rumus(x.row, c)}`);
      }
  const ketikan = new Map<number, KetikanSel[]>();
  for (let c = 0; c < width; c++) {
    const isian = isianKolom.get(c);
    const rupiah = isian !== undefined && ISIAN_RUPIAH.has(isian);
    const persen = isian !== undefined && ISIAN_PERSEN.has(isian);
    const tampil = (v: number) => (rupiah ? formatRupiah(v) : persen ? `${formatAngka(v, 2)}%` : formatAngka(v, 2, 0));
    const tampilE = (v: number) => (rupiah ? `Rp ${tampilEn(v, 0)}` : persen ? `${tampilEn(v, 2)}%` : tampilEn(v, 2));
    const beda = (a: number, b: number) => Math.abs(a - b) > (rupiah ? 0.5 : 1e-6 * Math.max(1, Math.abs(b)));
    const selR = (r: number) => ({ sheet: grid.name, cell: a1(r, c) });

    // 1. Row patterns: formulas that read only their own row (the ratio, the sisa).
    const pola = new Map<number, string>();
    for (const b of item) {
      const f = rumus(b.row, c);
      if (!f || ROLLUP.test(f)) continue;
      const isi = bacaRumus(f);
      if (isi.keLembarLain || isi.rujukan.length === 0) continue;
      pola.set(b.row, polaBaris(f, b.row));
    }
    const hitung = new Map<string, number>();
    for (const x of pola.values()) if (!barisLain(x)) hitung.set(x, (hitung.get(x) ?? 0) + 1);
    const [utama, n] = [...hitung].sort((x, y) => y[1] - x[1])[0] ?? ["", 0];
    if (n >= 3 && n * 10 >= pola.size * 6) {
      const rumusUtama = (r: number) => rumusDi(utama, r);
      for (const b of item) {
        const r = b.row;
        const x = pola.get(r);
        const v = angka(r, c);
        if (x === utama || v === undefined) continue;
        const seharusnya = hitungRumus(grid, rumusUtama(r));
        if (seharusnya === undefined) continue;
        p.diperiksa++;
        if (x !== undefined && barisLain(x) && kerangka(x) === kerangka(utama)) {
          // The same formula, reading another row.
          const f = rumus(r, c)!;
          const galat = beda(v, seharusnya);
          const sebab = dua(
            `Rumus ${f} menunjuk baris lain; seharusnya =${rumusUtama(r).replace(/^=/, "")}`,
            `The formula ${f} points at another row; it should be =${rumusUtama(r).replace(/^=/, "")}`,
          );
          if (p.gabungDi(selR(r), sebab)) continue;
          p.tambah(
            "RUMUS_POLA",
            dua(
              `${pendek(nama.get(r) ?? "", 50)}: ${a1(r, c)} ${f} merujuk baris lain; ${n} baris lain di kolom ini berumus ${rumusUtama(r)} untuk barisnya sendiri${galat ? `, yang di baris ini menghasilkan ${tampil(seharusnya)}, bukan ${tampil(v)}` : " (nilainya kini kebetulan sama)"}.`,
              `${pendek(nama.get(r) ?? "", 50)}: ${a1(r, c)} ${f} reads another row; ${n} other rows of this column compute ${rumusUtama(r)} on their own row${galat ? `, which gives ${tampilE(seharusnya)} here, not ${tampilE(v)}` : " (the value happens to be the same today)"}.`,
            ),
            [selR(r)],
            {
              severity: galat ? "error" : "warning",
              tertulis: v,
              seharusnya,
              desimal: rupiah ? 0 : 2,
              ...(isian ? { isian } : {}),
              penyebab: sebab,
            },
          );
        } else if (x === undefined && cell(grid, r, c) !== null && n * 4 >= item.length * 3) {
          // A typed number among the pattern's cells, told apart by the decimals the cell shows.
          const d = rupiah ? 0 : Math.min(desimalFormat(grid, r, c), 4);
          if (Math.abs(v - seharusnya) <= 0.5 * 10 ** -d + 1e-9) continue;
          const daftar = ketikan.get(r) ?? ketikan.set(r, []).get(r)!;
          daftar.push({ col: c, v, seharusnya, rumus: rumusUtama(r), n, tampil, tampilE, isian });
        }
      }
    }

    // 2. Parents' roll-ups over the rows right below them (rupiah columns, or any column of sums).
    if (persen) continue;
    const { induk, run, penuh, dirujuk, barisInduk } = indukKolom(c);
    // A lone parent is checked when its own row proves its rows (another column's SUM covers them whole).
    if (induk.length < 2 && !(induk.length === 1 && (barisPenuh.get(induk[0].row) ?? 0) >= 1)) continue;
    const sum = penuh.filter((x) => x.fungsi === "SUM");
    for (const x of induk) {
      const v = angka(x.row, c);
      if (v === undefined) continue;
      const rs = run(x);
      const nm = pendek(nama.get(x.row) ?? "", 50);
      const f = rumus(x.row, c)!;
      // AVERAGE where the sibling parents SUM.
      const terbukti = sum.length >= 2 || (barisPenuh.get(x.row) ?? 0) >= 1;
      if (x.fungsi === "AVERAGE" && sum.length >= 1 && terbukti && rupiah) {
        const cakup = batas.filter((r) => r >= x.atas && r <= x.bawah);
        const jumlah = cakup.reduce((s, r) => s + (angka(r, c) ?? 0), 0);
        p.diperiksa++;
        if (!beda(v, jumlah)) continue;
        const benar = rumusRentang("SUM", columnLetter(c), cakup);
        const sebabRata = dua(
          `AVERAGE di tempat SUM: seharusnya =${benar}`,
          `AVERAGE instead of SUM: it should be =${benar}`,
        );
        if (p.gabungDi(selR(x.row), sebabRata)) continue;
        p.tambah(
          "RUMUS_POLA",
          dua(
            `${nm}: ${a1(x.row, c)} ${f} merata-ratakan rinciannya, padahal ${sum.length} induk lain di kolom ini menjumlahkan (SUM). Tertulis ${tampil(v)}, jumlahnya ${tampil(jumlah)} (${benar}).`,
            `${nm}: ${a1(x.row, c)} ${f} averages its details, while ${sum.length} other parents of this column add them up (SUM). Stated ${tampilE(v)}, their sum ${tampilE(jumlah)} (${benar}).`,
          ),
          [selR(x.row), ...sum.slice(0, 2).map((s) => selR(s.row))],
          {
            tertulis: v,
            seharusnya: jumlah,
            desimal: rupiah ? 0 : 2,
            ...(isian ? { isian } : {}),
            penyebab: dua(
              `AVERAGE di tempat SUM: seharusnya =${benar}`,
              `AVERAGE instead of SUM: it should be =${benar}`,
            ),
          },
        );
        continue;
      }
      // A SUM right below its row that stops short of its run.
      if (x.fungsi !== "SUM" || !terbukti || penuh.includes(x)) continue;
      if (rs.length === 0 || rs[0] !== x.atas || !rs.includes(x.bawah)) continue;
      const kurang = rs.filter((r) => r > x.bawah && !dirujuk.has(r) && !barisInduk.has(r));
      if (kurang.length === 0 || kurang.length !== rs.filter((r) => r > x.bawah).length) continue;
      p.diperiksa++;
      const semua = rs;
      const jumlah = semua.reduce((s, r) => s + (angka(r, c) ?? 0), 0);
      const galat = beda(v, jumlah);
      const benar = rumusRentang("SUM", columnLetter(c), semua);
      // What proves the rows are its own: its siblings' formulas, or its own row's in another column.
      const lain = indukLain.get(x.row);
      const [buktiId, buktiEn] =
        sum.length >= 2 || !lain
          ? [
              `${sum.length} induk lain di kolom ini menjumlahkan semua baris di bawahnya`,
              `${sum.length} other parents of this column add every row below them`,
            ]
          : [
              `${lain} di baris yang sama menjumlahkan ke-${rs.length} baris itu`,
              `${lain} on the same row adds all ${rs.length} rows`,
            ];
      const sebabRentang = dua(
        `Rumus ${f} tidak meliputi baris ${rentangBaris(kurang)}: seharusnya =${benar}`,
        `The formula ${f} leaves out rows ${rentangBaris(kurang)}: it should be =${benar}`,
      );
      if (galat && p.gabungDi(selR(x.row), sebabRentang)) continue;
      p.tambah(
        "RUMUS_RENTANG",
        dua(
          `${nm}: ${a1(x.row, c)} ${f} menjumlahkan ${rs.length - kurang.length} dari ${rs.length} baris rinciannya; baris ${rentangBaris(kurang)} tidak dijumlahkan oleh rumus mana pun, padahal ${buktiId}. Seharusnya =${benar}${galat ? `: ${tampil(jumlah)}, bukan ${tampil(v)} (selisih ${tampil(v - jumlah)})` : " (baris yang tertinggal kini bernilai 0)"}.`,
          `${nm}: ${a1(x.row, c)} ${f} adds ${rs.length - kurang.length} of its ${rs.length} detail rows; rows ${rentangBaris(kurang)} are added by no formula, while ${buktiEn}. It should be =${benar}${galat ? `: ${tampilE(jumlah)}, not ${tampilE(v)} (difference ${tampilE(v - jumlah)})` : " (the rows left out are 0 today)"}.`,
        ),
        [selR(x.row), ...kurang.slice(0, 3).map(selR)],
        {
          severity: galat ? "error" : "warning",
          tertulis: v,
          seharusnya: jumlah,
          desimal: rupiah ? 0 : 2,
          ...(isian ? { isian } : {}),
          penyebab: dua(
            `Rentang rumus berhenti sebelum baris rincian terakhir: seharusnya =${benar}`,
            `The formula's range stops before the last detail row: it should be =${benar}`,
          ),
        },
      );
    }
  }
  // Typed numbers over a row's formulas: one finding per row (a row pasted as values is one error), joined to a
  // finding the row already has.
  for (const [r, sel] of ketikan) {
    const nm = pendek(nama.get(r) ?? "", 50);
    const teks = (f: (x: KetikanSel) => string) => sel.map(f).join("; ");
    const id = teks(
      (x) => `${a1(r, x.col)} diketik ${x.tampil(x.v)}, rumus kolomnya ${x.rumus} = ${x.tampil(x.seharusnya)}`,
    );
    const en = teks(
      (x) => `${a1(r, x.col)} typed ${x.tampilE(x.v)}, its column's formula ${x.rumus} = ${x.tampilE(x.seharusnya)}`,
    );
    const sebab = dua(`Angka diketik menimpa rumus kolomnya: ${id}`, `Typed numbers over the column formulas: ${en}`);
    if (
      p.gabungBaris(
        grid.name,
        r + 1,
        sebab,
        sel.map((x) => ({ sheet: grid.name, cell: a1(r, x.col) })),
      )
    )
      continue;
    const x = sel[0];
    p.tambah(
      "RUMUS_KONSTANTA",
      dua(
        `${nm}: ${sel.length} sel diketik, padahal baris lain di kolomnya berumus sama (${x.n} baris): ${id}.`,
        `${nm}: ${sel.length} ${sel.length === 1 ? "cell is" : "cells are"} typed where the other rows of the column share one formula (${x.n} rows): ${en}.`,
      ),
      sel.map((y) => ({ sheet: grid.name, cell: a1(r, y.col) })),
      {
        tertulis: x.v,
        seharusnya: x.seharusnya,
        desimal: x.isian && ISIAN_RUPIAH.has(x.isian) ? 0 : 2,
        ...(x.isian ? { isian: x.isian } : {}),
        penyebab: dua("Angka diketik menimpa rumus", "A typed number over a formula"),
      },
    );
  }
}

interface KetikanSel {
  col: number;
  v: number;
  seharusnya: number;
  rumus: string;
  n: number;
  tampil: (v: number) => string;
  tampilE: (v: number) => string;
  isian: Isian | undefined;
}

/** The decimals a cell's number format shows (General: 2). */
function desimalFormat(grid: Grid, r: number, c: number): number {
  const fmt = (numberFormat(grid, r, c) ?? "").split(";")[0].replace(/"[^"]*"/g, "");
  if (fmt === "" || /general/i.test(fmt)) return 2;
  const m = /\.([0#]+)/.exec(fmt);
  return (m ? m[1].length : 0) + (fmt.includes("%") ? 2 : 0);
}
