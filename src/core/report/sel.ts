/** The cells every generated sheet is made of: text from the user (a value), numbers, formulas with the core's value. */
import { a1 } from "../grid";
import { SelRef } from "../model";
import { Skala } from "../rules/predikat";
import * as R from "./formula";
import { Gaya, Skalar, SpecCell } from "./spec";

export const FMT = { rp: "#,##0", angka: "#,##0.##", persen: "0.00%" } as const;

export const teks = (v: string | null | undefined, gaya: Gaya = "teks"): SpecCell => ({ v: v ?? "", gaya });
export const angka = (v: number | null, fmt: string = FMT.angka): SpecCell => ({ v: v ?? "", fmt, gaya: "angka" });
export const rumus = (f: string, hasil: Skalar, fmt?: string, gaya: Gaya = "angka"): SpecCell => ({ f, hasil, ...(fmt ? { fmt } : {}), gaya });
export const cellA1 = (r: number, c: number) => a1(r, c);

/** A source value: the live link when the source cell holds a number, else the value itself. */
export function sumber(v: number | null, ref: SelRef | undefined, fmt: string): SpecCell {
  return ref ? rumus(R.tautan(ref), v ?? "", fmt) : angka(v, fmt);
}

export function predikatWarna(skala: Skala): { teks: string; warna: string }[] {
  return skala.pita.filter((p) => p.warna).map((p) => ({ teks: p.label, warna: p.warna }));
}
