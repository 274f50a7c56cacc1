/** The cells every generated sheet is made of: text from the user (a value), numbers, formulas with the core's value. */
import { a1 } from "../grid";
import { SelRef } from "../model";
import { Skala } from "../rules/predikat";
import * as R from "./formula";
import { Gaya, Skalar, SpecCell } from "./spec";

/**
 * Number formats per meaning, each right in Excel and LibreOffice alike (never "#,##0.##", which Excel shows as
 * "21," for a whole number): rupiah and counts without decimals, an indicator's value with two, a ratio as a percent.
 * An Indonesian Excel shows them as 1.234.567, 70,85 and 36,36%.
 */
export const FMT = { rp: "#,##0", cacah: "#,##0", desimal: "#,##0.00", persen: "0.00%" } as const;

/**
 * An indicator's target and realisasi: a count (whole numbers in a unit that is not a percentage, index, ratio or
 * score) without decimals, any other value with two.
 */
export function fmtNilai(satuan: string | null | undefined, ...nilai: (number | null | undefined)[]): string {
  const bukanCacah = /%|persen|indeks|index|rasio|ratio|nilai|skor|score|poin/i.test(satuan ?? "");
  const bulat = nilai.every((v) => v == null || Number.isInteger(v));
  return !bukanCacah && bulat && nilai.some((v) => v != null) ? FMT.cacah : FMT.desimal;
}

/** A text; `indent`: its level (a budget tree node's depth). */
export const teks = (v: string | null | undefined, gaya: Gaya = "teks", indent = 0): SpecCell =>
  indent > 0 ? { v: v ?? "", gaya, indent } : { v: v ?? "", gaya };
export const angka = (v: number | null, fmt: string = FMT.desimal): SpecCell => ({ v: v ?? "", fmt, gaya: "angka" });
/** A formula cell; the formula held flat (datar). */
export const rumus = (f: string, hasil: Skalar, fmt?: string, gaya: Gaya = "angka"): SpecCell =>
  fmt ? { f: datar(f), hasil, fmt, gaya } : { f: datar(f), hasil, gaya };

/**
 * A string built by concatenation as one flat string: reading a character makes V8 copy the tree of pieces into
 * one string, and the collector then drops the tree. A report holds hundreds of thousands of formulas; as trees
 * they took twice the memory (88 MB more at 50,000 sub kegiatan) and lived on into the old generation.
 */
export function datar(s: string): string {
  return s.charCodeAt(0) === -1 ? "" : s;
}
export const cellA1 = (r: number, c: number) => a1(r, c);

/** A source value: the live link when the source cell holds a number, else the value itself. */
export function sumber(v: number | null, ref: SelRef | undefined, fmt: string): SpecCell {
  return ref ? rumus(R.tautan(ref), v ?? "", fmt) : angka(v, fmt);
}

export function predikatWarna(skala: Skala): { teks: string; warna: string }[] {
  return skala.pita.filter((p) => p.warna).map((p) => ({ teks: p.label, warna: p.warna }));
}
