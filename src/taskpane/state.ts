/** The task pane's state and its transitions, pure so they are tested without a browser. */
import { Temuan, Model, Pemetaan, Severity, semuaNode } from "../core/model";
import { OpsiSusun } from "../core/report/susun";
import { HasilBuat, HasilPeriksaHost, Pengaturan } from "../host";
import { Teks } from "./strings";
import type { Bahasa } from "../core/bahasa";
import { BuktiBidang, BuktiTabel, PeranTabel, teksBukti } from "../core/read/bukti";
import { kelompokkanTemuan } from "../core/temuan-kelompok";

export type Langkah = "baca" | "tinjau" | "buat" | "konsistensi" | "rekap";

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
  /** The alias being written for a name the reader did not recognise (Tinjau's inline editor). */
  readonly editorAlias?: EditorAlias;
  /** The columns the user chose in Tinjau ("realisasi.target"): checked by them, no longer "needs checking". */
  readonly dipilih?: readonly string[];
}

export interface EditorAlias {
  /** The name as the realisasi or anggaran sheet spells it. */
  readonly dari: string;
  /** The PK's name it means; "" until chosen. */
  readonly ke: string;
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
  | { type: "gagal"; pesan: string }
  | { type: "aliasBuka"; dari: string; ke: string }
  | { type: "aliasPilih"; ke: string }
  | { type: "aliasSimpan" }
  | { type: "aliasTutup" };

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
        editorAlias: undefined,
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
        dipilih: (s.dipilih ?? []).filter((k) => !k.startsWith(`${a.peran}.`)),
      };
    case "kolom": {
      const tabel = { ...(s.pemetaan.tabel ?? {}) };
      const t = tabel[a.peran] ?? {};
      tabel[a.peran] = { ...t, kolom: { ...(t.kolom ?? {}), [a.field]: a.kolom } };
      const kunci = `${a.peran}.${a.field}`;
      return {
        ...s,
        pemetaan: { ...s.pemetaan, versi: 1, tabel },
        dipilih: [...(s.dipilih ?? []).filter((k) => k !== kunci), kunci],
      };
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
    case "aliasBuka":
      return { ...s, editorAlias: { dari: a.dari, ke: a.ke } };
    case "aliasPilih":
      return s.editorAlias ? { ...s, editorAlias: { ...s.editorAlias, ke: a.ke } } : s;
    case "aliasSimpan": {
      // The alias goes into the mapping (the CLI's --mapping "alias"); the caller re-reads with it.
      const e = s.editorAlias;
      if (!e || e.ke === "") return s;
      return {
        ...s,
        editorAlias: undefined,
        pemetaan: { ...s.pemetaan, versi: 1, alias: { ...(s.pemetaan.alias ?? {}), [e.dari]: e.ke } },
      };
    }
    case "aliasTutup":
      return { ...s, editorAlias: undefined };
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

/** The columns Tinjau always shows, per table; any other column read is shown when its reading needs checking. */
export const KOLOM_UTAMA = {
  pk: ["sasaran", "indikator", "satuan", "target", "polaritas"],
  realisasi: ["indikator", "target", "realisasi"],
  anggaran: ["kode", "uraian", "pagu", "realisasi_anggaran"],
} as const;

export type PeranPane = keyof typeof KOLOM_UTAMA;

/** One field in Tinjau: the column the mapping takes, and the reader's evidence for it (absent: not found). */
export interface BarisKolom {
  readonly field: string;
  readonly huruf?: string;
  readonly bukti?: BuktiBidang;
  /** Chosen by the user in Tinjau: their choice, whatever the evidence says. */
  readonly dipilih?: true;
}

/** The evidence the reader gave for a table. */
export const buktiPeran = (m: Model, peran: PeranTabel): BuktiTabel | undefined =>
  m.buktiKolom?.find((t) => t.peran === peran);

/**
 * Tinjau's rows for a table: the readings that need checking first, then the main fields in their order (those not
 * found last), each with the column the mapping takes now.
 */
export function barisTinjau(s: Pick<State, "pemetaan" | "dipilih">, m: Model, peran: PeranPane): BarisKolom[] {
  const tabel = buktiPeran(m, peran);
  if (!tabel) return [];
  const kolom = s.pemetaan.tabel?.[peran]?.kolom ?? {};
  const pilihan = new Set(s.dipilih ?? []);
  const utama: readonly string[] = KOLOM_UTAMA[peran];
  const baris = (field: string): BarisKolom => {
    const huruf = kolom[field];
    // The evidence speaks of the column read; a column chosen since is shown without it until the next read.
    const bukti = tabel.bidang.find((b) => b.field === field && b.huruf === huruf);
    return {
      field,
      ...(huruf ? { huruf } : {}),
      ...(bukti ? { bukti } : {}),
      ...(pilihan.has(`${peran}.${field}`) ? { dipilih: true as const } : {}),
    };
  };
  const ragu: string[] = tabel.bidang
    .filter((b) => !b.yakin && !pilihan.has(`${peran}.${b.field}`))
    .map((b) => b.field);
  const yakin = utama.filter((f) => !ragu.includes(f));
  return [...ragu, ...yakin.filter((f) => kolom[f]), ...yakin.filter((f) => !kolom[f])].map(baris);
}

/**
 * What Tinjau says under a field: the confidence word and the evidence in the words `kinerja baca` prints
 * (`teksBukti`), as a hint, or as a warning when the reading needs checking.
 */
export function keteranganBaris(b: BarisKolom, t: Teks, bahasa: Bahasa): { hint: string } | { ragu: string } {
  if (!b.huruf) return { hint: t.tidakDitemukan };
  if (!b.bukti) return { hint: t.belumDibaca };
  const bukti = teksBukti(b.bukti, bahasa);
  if (!b.bukti.yakin && !b.dipilih) return { ragu: `${t.perluDicek}: ${bukti}` };
  return { hint: `${b.dipilih ? t.dipilihAnda : t.yakin}: ${bukti}` };
}

/** The readings that need checking and the user has not chosen, table by table, for the note Tinjau opens with. */
export function kolomRagu(m: Model, dipilih: readonly string[] = []): { peran: PeranTabel; field: string }[] {
  return (m.buktiKolom ?? []).flatMap((t) =>
    t.bidang
      .filter((b) => !b.yakin && !dipilih.includes(`${t.peran}.${b.field}`))
      .map((b) => ({ peran: t.peran, field: b.field })),
  );
}

/**
 * A finding an alias fixes: a name on the realisasi or anggaran sheet the reader did not recognise (or joined to a
 * near spelling), and the PK's names it may mean, the ones still unmatched first.
 */
export function usulanAlias(d: Temuan, m: Model): { dari: string; ke: string; pilihan: string[] } | undefined {
  if (!d.found) return undefined;
  const indikator = m.sasaran.flatMap((s) => s.indikator);
  const namaIndikator = [
    ...indikator.filter((i) => !i.realisasi).map((i) => i.nama),
    ...indikator.filter((i) => i.realisasi).map((i) => i.nama),
  ];
  const namaProgram = (m.programPk ?? []).map((p) => p.nama);
  let pilihan: string[];
  if (d.code === "REALISASI_TANPA_PK") pilihan = namaIndikator;
  else if (d.code === "PROGRAM_TAK_ADA_DI_PK") pilihan = namaProgram;
  else if (d.code === "NAMA_HAMPIR_SAMA")
    pilihan = d.expected !== undefined && namaProgram.includes(d.expected) ? namaProgram : namaIndikator;
  else return undefined;
  pilihan = [...new Set(pilihan)];
  if (pilihan.length === 0) return undefined;
  const ke = d.code === "NAMA_HAMPIR_SAMA" && d.expected && pilihan.includes(d.expected) ? d.expected : "";
  return { dari: d.found, ke, pilihan };
}

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
