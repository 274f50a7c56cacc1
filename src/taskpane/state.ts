/** The task pane's state and its transitions, pure so they are tested without a browser. */
import { Temuan, Model, Pemetaan, Severity, semuaNode } from "../core/model";
import { OpsiSusun } from "../core/report/susun";
import { HasilBuat, HasilPeriksaHost, Pengaturan } from "../host";
import { Teks } from "./strings";
import type { Bahasa } from "../core/bahasa";
import { kelompokkanTemuan } from "../core/temuan-kelompok";

export type Langkah = "baca" | "tinjau" | "buat" | "konsistensi";

export interface State {
  readonly langkah: Langkah;
  readonly sibuk: boolean;
  readonly progres?: string;
  readonly model?: Model;
  readonly lembar: readonly string[];
  readonly pemetaan: Partial<Pemetaan>;
  readonly opsi: Omit<OpsiSusun, "pemetaan" | "namaLembar">;
  readonly hasil?: HasilBuat;
  readonly pemeriksaan?: HasilPeriksaHost;
  readonly galat?: string;
}

export type Aksi =
  | { type: "pengaturan"; pengaturan: Pengaturan }
  | { type: "mulai"; progres: string }
  | { type: "progres"; progres: string }
  | { type: "dibaca"; model: Model; lembar: string[] }
  | { type: "lembar"; peran: "pk" | "realisasi" | "anggaran"; nama: string }
  | { type: "kolom"; peran: "pk" | "realisasi" | "anggaran"; field: string; kolom: string }
  | { type: "opsi"; opsi: State["opsi"] }
  | { type: "ke"; langkah: Langkah }
  | { type: "dibuat"; hasil: HasilBuat }
  | { type: "diperiksa"; hasil: HasilPeriksaHost }
  | { type: "dibatalkan" }
  | { type: "gagal"; pesan: string };

/** The sheets' language: Indonesian unless English is chosen for the sheets; the pane's own language is separate. */
export const bahasaLembar = (opsi: State["opsi"]): Bahasa => opsi.bahasa ?? "id";

/** The download's name: "…-pemeriksaan.xlsx" from the Konsistensi tab, as the `kinerja audit` command names it. */
export function namaUnduh(nama: string, langkah: Langkah): string {
  return langkah === "konsistensi" ? nama.replace(/-kinerja(\.xls[xm])$/i, "-pemeriksaan$1") : nama;
}

export const AWAL: State = { langkah: "baca", sibuk: false, lembar: [], pemetaan: { versi: 1, lembar: {} }, opsi: {} };

export function reducer(s: State, a: Aksi): State {
  switch (a.type) {
    case "pengaturan":
      return { ...s, pemetaan: a.pengaturan.pemetaan ?? s.pemetaan, opsi: a.pengaturan.opsi ?? s.opsi };
    case "mulai":
      return {
        ...s,
        sibuk: true,
        progres: a.progres,
        galat: undefined,
        ...(s.langkah === "konsistensi" ? { pemeriksaan: undefined } : { hasil: undefined }),
      };
    case "progres":
      return { ...s, progres: a.progres };
    case "dibaca":
      // The reader's proposal fills what the user has not chosen; the user's choices stay.
      return {
        ...s,
        sibuk: false,
        progres: undefined,
        model: a.model,
        lembar: a.lembar,
        pemetaan: {
          versi: 1,
          lembar: { ...a.model.pemetaan.lembar, ...(s.pemetaan.lembar ?? {}) },
          tabel: s.pemetaan.tabel ?? a.model.pemetaan.tabel,
          ...((s.pemetaan.alias ?? a.model.pemetaan.alias)
            ? { alias: s.pemetaan.alias ?? a.model.pemetaan.alias }
            : {}),
        },
      };
    case "lembar":
      return {
        ...s,
        pemetaan: {
          ...s.pemetaan,
          versi: 1,
          lembar: { ...(s.pemetaan.lembar ?? {}), [a.peran]: a.nama },
          tabel: undefined,
        },
      };
    case "kolom": {
      const tabel = { ...(s.pemetaan.tabel ?? {}) };
      const t = tabel[a.peran] ?? {};
      tabel[a.peran] = { ...t, kolom: { ...(t.kolom ?? {}), [a.field]: a.kolom } };
      return { ...s, pemetaan: { ...s.pemetaan, versi: 1, tabel } };
    }
    case "opsi":
      return { ...s, opsi: a.opsi };
    case "ke":
      return { ...s, langkah: a.langkah, galat: undefined };
    case "dibuat":
      return { ...s, sibuk: false, progres: undefined, hasil: a.hasil };
    case "diperiksa":
      return { ...s, sibuk: false, progres: undefined, pemeriksaan: a.hasil };
    case "dibatalkan":
      return { ...s, sibuk: false, progres: undefined };
    case "gagal":
      return { ...s, sibuk: false, progres: undefined, galat: a.pesan };
  }
}

/** The budget was read from an E.81 form: its rows carry the Renstra figures (6) and (7), which only the E.81 has. */
export function adaE81(m: Model): boolean {
  return semuaNode(m.anggaran).some((n) => n.renstra !== undefined);
}

/** What was found, in plain words: "3 indikator di 'PK 2023'", "26 sub kegiatan di 'DPA 2023'". */
export function ringkasanBaca(m: Model, t: Teks): string[] {
  const ind = m.sasaran.flatMap((s) => s.indikator);
  const subs = semuaNode(m.anggaran).filter((n) => n.level === "sub_kegiatan").length;
  const out: string[] = [];
  const { pk, realisasi, anggaran } = m.pemetaan.lembar;
  const e81 = anggaran && adaE81(m);
  // An E.81 alone is a complete input of its own: said as such, not as a PK missing.
  if (pk) out.push(t.ditemukanIndikator(m.sasaran.length, ind.length, pk));
  else if (!e81 || realisasi) out.push(t.tidakAdaPk);
  if (realisasi) out.push(t.ditemukanRealisasi(ind.filter((i) => i.realisasi?.nilai != null).length, realisasi));
  if (e81) {
    out.push(t.ditemukanE81(m.anggaran.length, subs, anggaran, m.triwulan?.terakhir ?? 4));
    if (!pk && !realisasi) out.push(t.tanpaPkE81);
  } else out.push(anggaran ? t.ditemukanAnggaran(m.anggaran.length, subs, anggaran) : t.tidakAdaAnggaran);
  return out;
}

/** The year typed in the pane, as the CLI's --tahun takes it (2000–2100); blank: the workbook's. */
export function tahunDiketik(v: string): number | undefined | "salah" {
  if (v.trim() === "") return undefined;
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : "salah";
}

export const URUTAN: readonly Severity[] = ["error", "warning", "info"];

/**
 * Findings per level, those repeated cell by cell as one with their ranges and count: the grouping of every output
 * (src/core/temuan-kelompok.ts; the audit's come grouped already, the reader's are grouped here as `baca` does).
 */
export function kelompokTemuan<D extends Temuan>(ds: readonly D[]): Record<Severity, D[]> {
  const out: Record<Severity, D[]> = { error: [], warning: [], info: [] };
  for (const d of kelompokkanTemuan(ds)) out[d.severity].push(d);
  return out;
}

/**
 * Above this many findings of one code, the pane folds them under the code's title and count (as the CLI prints
 * them under one head line): findings, each already one per repeated group, never cells.
 */
export const BATAS_GRUP = 3;

/** One severity's findings by code, in order of first appearance: each group collapsed when it is long. */
export function kelompokKode<D extends Temuan>(ds: readonly D[]): { code: D["code"]; items: D[]; lipat: boolean }[] {
  const out = new Map<D["code"], D[]>();
  for (const d of ds) (out.get(d.code) ?? out.set(d.code, []).get(d.code)!).push(d);
  return [...out].map(([code, items]) => ({ code, items, lipat: items.length > BATAS_GRUP }));
}

/** The columns the pane lets the user re-point, per table. */
export const KOLOM_UTAMA = {
  pk: ["sasaran", "indikator", "satuan", "target", "polaritas"],
  realisasi: ["indikator", "target", "realisasi"],
  anggaran: ["kode", "uraian", "pagu", "realisasi_anggaran"],
} as const;

export const HURUF = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/** The narrative as plain text to paste into the LKIP document: a heading per sasaran, a blank line between paragraphs. */
export function teksNarasi(narasi: HasilBuat["narasi"]): string {
  const out: string[] = [];
  let sasaran = "";
  for (const p of narasi) {
    if (p.sasaran !== sasaran) {
      out.push(p.sasaran);
      sasaran = p.sasaran;
    }
    out.push(p.teks);
  }
  return out.join("\n\n");
}
