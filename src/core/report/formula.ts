/**
 * Native Excel formulas for the rules; the values they must compute come from the evaluation (src/core/evaluasi.ts),
 * so an independent engine can be checked against it. A rule's error ("not reported", target 0…) shows as "–" in a
 * generated sheet, as an LKIP table would print it; the formulas produce the same "–" in the same cases.
 */
import { Hasil, isSakipError } from "../errors";
import { columnLetter, quoteSheet } from "../grid";
import { SelRef } from "../model";
import { capaian, MetodeNegatif, Polaritas } from "../rules/capaian";
import { Skala, TOLERANSI } from "../rules/predikat";
import { MetodeEfisiensi, serapan } from "../rules/anggaran";
import { Skalar } from "./spec";

export const KOSONG = "–";

/** A cell of the generated sheet or a source sheet, as used inside a formula. */
export function ref(r: SelRef): string {
  return `${quoteSheet(r.sheet)}!$${columnLetter(r.col)}$${r.row + 1}`;
}

/** The live link to a source value: blank stays blank (""), never 0; a %-formatted source is scaled to points. */
export function tautan(r: SelRef): string {
  const src = ref(r);
  return `=IF(ISBLANK(${src}),"",${r.kali && r.kali !== 1 ? `${src}*${r.kali}` : src})`;
}

export function tampil(h: Hasil<number | string | null>): Skalar {
  return isSakipError(h) || h === null ? KOSONG : h;
}

export function capaianRumus(r: string, t: string, polaritas: Polaritas, metode: MetodeNegatif, atas?: string): string {
  const k = `"${KOSONG}"`;
  const neg = (x: string, tt: string) => (metode === "rasio" ? `${tt}/${x}` : `(2*${tt}-${x})/${tt}`);
  const negGuard = (x: string, tt: string) => (metode === "rasio" ? `OR(${x}=0,${tt}=0)` : `${tt}=0`);
  if (polaritas === "rentang" && atas) {
    return `=IF(OR(${t}="",${r}="",${atas}=""),${k},IF(${atas}<${t},${k},IF(${r}<${t},IF(${t}=0,${k},${r}/${t}),IF(${r}>${atas},IF(${negGuard(r, atas)},${k},${neg(r, atas)}),1))))`;
  }
  if (polaritas === "negatif") return `=IF(OR(${t}="",${r}=""),${k},IF(${negGuard(r, t)},${k},${neg(r, t)}))`;
  return `=IF(OR(${t}="",${r}=""),${k},IF(${t}=0,${k},${r}/${t}))`;
}

export function capaianHasil(
  r: number | null,
  t: number | null,
  polaritas: Polaritas,
  metode: MetodeNegatif,
  atas?: number | null,
): Skalar {
  return tampil(capaian(r, t, { polaritas, metode, targetAtas: atas ?? null }));
}

/** Nested IFs over the scale's bands, with the core's tolerances as literal bounds. */
export function predikatRumus(x: string, skala: Skala): string {
  const k = `"${KOSONG}"`;
  let expr = "";
  const bands = skala.pita;
  for (let i = bands.length - 1; i >= 0; i--) {
    const p = bands[i];
    const label = `"${p.label.replace(/"/g, '""')}"`;
    if (i === bands.length - 1 && !Number.isFinite(p.min)) {
      expr = label;
      continue;
    }
    const tol = TOLERANSI * Math.max(1, Math.abs(p.min));
    const test = p.inklusif ? `${x}>=${String(p.min - tol)}` : `${x}>${String(p.min + tol)}`;
    expr = expr === "" ? `IF(${test},${label},${k})` : `IF(${test},${label},${expr})`;
  }
  // Excel and LibreOffice evaluate every argument of OR: test ISNUMBER first, in its own IF, before any arithmetic.
  const range =
    skala.masukan === "rasio" ? `ABS(${x})>10` : skala.masukan === "skor" ? `OR(${x}<0,${x}>100)` : undefined;
  return `=IF(NOT(ISNUMBER(${x})),${k},${range ? `IF(${range},${k},${expr})` : expr})`;
}

/** Mean of a sasaran's capaian cells; any "–" among them makes the mean "–" (errors propagate, as in the core). */
export function rataRumus(range: string): string {
  return `=IF(COUNT(${range})<ROWS(${range}),"${KOSONG}",AVERAGE(${range}))`;
}

export function serapanRumus(r: string, p: string): string {
  return `=IF(OR(${p}="",${r}=""),"${KOSONG}",IF(${p}<=0,"${KOSONG}",${r}/${p}))`;
}

export function serapanHasil(r: number | null, p: number | null): Skalar {
  return tampil(serapan(r, p));
}

export function sisaRumus(p: string, r: string): string {
  return `=IF(OR(${p}="",${r}=""),"${KOSONG}",IF(${p}<0,"${KOSONG}",${p}-${r}))`;
}

export function efisiensiRumus(p: string, r: string, c: string, metode: MetodeEfisiensi): string {
  const k = `"${KOSONG}"`;
  const s = `(${r}/${p})`;
  const base = `OR(${p}="",${r}="",NOT(ISNUMBER(${p})),NOT(ISNUMBER(${r})))`;
  switch (metode) {
    case "sisa":
      return `=IF(${base},${k},IF(${p}<=0,${k},1-${s}))`;
    case "bersyarat":
      return `=IF(OR(${base},NOT(ISNUMBER(${c}))),${k},IF(${p}<=0,${k},IF(${c}>=1-1E-9,1-${s},0)))`;
    case "selisih":
      return `=IF(OR(${base},NOT(ISNUMBER(${c}))),${k},IF(${p}<=0,${k},${c}-${s}))`;
    case "rasio":
      return `=IF(OR(${base},NOT(ISNUMBER(${c}))),${k},IF(OR(${p}<=0,${c}=0),${k},${s}/${c}))`;
  }
}

/** Excel's limits on a formula: 255 arguments to one function, 8,192 characters in all. */
export const MAKS_ARGUMEN = 255;
export const MAKS_PANJANG_RUMUS = 8192;

/**
 * A list function (SUM, COUNT) over cells, within Excel's 255 arguments: a short list as it is; a longer one with
 * each run of adjacent rows of a column as one range, and, still over the limit, nested in calls of at most 255
 * (COUNT's parts summed). Both hosts write what this returns. Whether the whole formula also fits 8,192
 * characters is the caller's to ask (muatRumus).
 */
export function daftarRumus(fungsi: "SUM" | "COUNT", cells: readonly string[]): string {
  if (cells.length <= MAKS_ARGUMEN) return `${fungsi}(${cells.join(",")})`;
  const args: string[] = [];
  let run: { awal: string; prefix: string; col: string; row: number; akhir: number } | undefined;
  const tutup = () => {
    if (run) args.push(run.akhir === run.row ? run.awal : `${run.awal}:${run.col}${run.akhir}`);
    run = undefined;
  };
  for (const c of cells) {
    const m = /^(.*!)?(\$?[A-Z]{1,3}\$?)(\d+)$/.exec(c);
    if (!m) {
      tutup();
      args.push(c);
      continue;
    }
    const [prefix, col, row] = [m[1] ?? "", m[2], Number(m[3])];
    if (run && run.prefix === prefix && run.col === col && row === run.akhir + 1) run.akhir = row;
    else {
      tutup();
      run = { awal: c, prefix, col, row, akhir: row };
    }
  }
  tutup();
  let daftar = args;
  let f: string = fungsi;
  while (daftar.length > MAKS_ARGUMEN) {
    const bagian: string[] = [];
    for (let i = 0; i < daftar.length; i += MAKS_ARGUMEN)
      bagian.push(`${f}(${daftar.slice(i, i + MAKS_ARGUMEN).join(",")})`);
    daftar = bagian;
    f = "SUM";
  }
  return `${f}(${daftar.join(",")})`;
}

/** Whether Excel takes a formula: at most MAKS_PANJANG_RUMUS characters (the argument counts are daftarRumus's). */
export function muatRumus(f: string): boolean {
  return f.length <= MAKS_PANJANG_RUMUS;
}

/** SAKIP.* custom-function variants, for workbooks where the add-in is installed. */
export const SAKIP = {
  capaian: (r: string, t: string, polaritas: Polaritas, metode: MetodeNegatif, atas?: string) =>
    `=SAKIP.CAPAIAN(${r},${t},"${polaritas}","${metode}"${atas ? `,${atas}` : ""})`,
  predikat: (x: string, skala: Skala) => `=SAKIP.PREDIKAT(${x},"${skala.id}")`,
  serapan: (r: string, p: string) => `=SAKIP.SERAPAN(${r},${p})`,
  sisa: (p: string, r: string) => `=SAKIP.SISA(${p},${r})`,
  efisiensi: (p: string, r: string, c: string, metode: MetodeEfisiensi) =>
    `=SAKIP.EFISIENSI(${p},${r},${c},"${metode}")`,
  rata: (range: string) => `=SAKIP.CAPAIAN_SASARAN(${range})`,
};
