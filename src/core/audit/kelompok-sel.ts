/**
 * Findings repeated cell by cell (282 cells of #REF!/#DIV/0!, a column of text where numbers belong) are one
 * finding per sheet and kind, written with its ranges and a count: "'Cetak'!K13:K46: 34 sel berisi #REF!". The
 * real findings are never buried under them.
 */
import { a1, parseArea } from "../grid";
import type { Temuan } from "../model";
import { kelompokBerurut } from "./temuan";

/** Cells A1 as ranges, column by column: "K13:K46, M13:M20, P7". */
export function rentangSel(cells: readonly string[]): string[] {
  const perKolom = new Map<number, number[]>();
  for (const c of cells) {
    const a = parseArea(c);
    if (!a) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let k = a.left; k <= a.right; k++) (perKolom.get(k) ?? perKolom.set(k, []).get(k)!).push(r);
  }
  // Columns with the same runs of rows side by side are one rectangle (J12:K46).
  const runs = [...perKolom.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([k, rows]) => ({ k, runs: kelompokBerurut(rows) }));
  const out: string[] = [];
  for (let i = 0; i < runs.length;) {
    let j = i;
    const tanda = JSON.stringify(runs[i].runs);
    while (j + 1 < runs.length && runs[j + 1].k === runs[j].k + 1 && JSON.stringify(runs[j + 1].runs) === tanda) j++;
    for (const [a, b] of runs[i].runs) {
      const kiri = a1(a, runs[i].k);
      const kanan = a1(b, runs[j].k);
      out.push(kiri === kanan ? kiri : `${kiri}:${kanan}`);
    }
    i = j + 1;
  }
  return out;
}

/** How many cells; how many ranges are written out before "…". */
const MAKS_RENTANG = 6;

/**
 * Findings of one code, sheet and stated value (the error "#REF!", …) at two cells or more become one, whose cell is
 * the first range and whose message names every range (up to six) and the count. Others are kept as they are.
 */
export function kelompokkanSel(list: readonly Temuan[]): Temuan[] {
  const grup = new Map<string, Temuan[]>();
  const urut: (Temuan | string)[] = [];
  for (const t of list) {
    if (!t.cell || !t.sheet) {
      urut.push(t);
      continue;
    }
    const key = `${t.severity}\u0000${t.code}\u0000${t.sheet}\u0000${t.code === "SEL_GALAT" ? (t.found ?? "") : ""}`;
    if (!grup.has(key)) {
      grup.set(key, []);
      urut.push(key);
    }
    grup.get(key)!.push(t);
  }
  return urut.map((x) => {
    if (typeof x !== "string") return x;
    const ts = grup.get(x)!;
    if (ts.length === 1) return ts[0];
    const t = ts[0];
    const rentang = rentangSel(ts.map((y) => y.cell!));
    const daftar = `${rentang.slice(0, MAKS_RENTANG).join(", ")}${rentang.length > MAKS_RENTANG ? ", …" : ""}`;
    const n = ts.length;
    const [id, en] =
      t.code === "SEL_GALAT"
        ? [
            `${n} sel berisi ${t.found ?? "galat"} (${daftar}); nilainya tidak dipakai.`,
            `${n} cells hold ${t.found ?? "an error"} (${daftar}); their values are not used.`,
          ]
        : [
            `${n} sel (${daftar}): ${t.message.replace(/\.$/, "")}, dan ${n - 1} sel serupa.`,
            `${n} cells (${daftar}): ${(t.messageEn ?? t.message).replace(/\.$/, "")}, and ${n - 1} like it.`,
          ];
    return { ...t, cell: rentang[0], message: id, messageEn: en };
  });
}
