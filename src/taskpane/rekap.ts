/**
 * The task pane's Rekap Pemda step, pure so it is tested without a browser: its state and transitions, and what it
 * shows of a rekap (kelengkapan, the Pemda's figures, the sub kegiatan that need attention) in the pane's language.
 * The figures are the core's (specRekap), only formatted here.
 */
import type { Bahasa } from "../core/bahasa";
import { formatPersen, formatRupiah } from "../core/numbers";
import type { BacaanOpd, Dilewati, EntriDaftar, HasilRekap, Perhatian, StatusOpd, TemuanOpd } from "../core/rekap";
import { namaPeriode } from "../core/rekap/hitung";
import { BulanRekap, periodeTeks } from "../core/rekap/jalan";
import { specRekap } from "../core/rekap";
import type { SheetSpec } from "../core/report/spec";

/** What the files picked gave: the readings (language-free), from which the rekap is computed in any language. */
export interface BacaanRekap {
  readonly berkas: readonly string[];
  readonly bacaan: readonly BacaanOpd[];
  readonly dilewati: readonly (Dilewati & { berkas: string })[];
  /** Findings about the hand-kept rekap sheets of the workbooks read. */
  readonly temuanRekap: readonly TemuanOpd[];
  readonly daftar?: readonly EntriDaftar[];
  readonly periode?: BulanRekap;
}

/** The rekap written: its sheets in this workbook (Excel), or a new workbook to download (standalone). */
export type Tulisan =
  | { readonly jenis: "excel"; readonly lembar: readonly string[] }
  | { readonly jenis: "unduh"; readonly nama: string; readonly url: string; readonly lembar: readonly string[] }
  | { readonly jenis: "bentrok"; readonly lembar: readonly string[] };

export interface StateRekap {
  /** The OPD files picked, by name. */
  readonly berkas: readonly string[];
  readonly daftar?: string;
  /** The period as typed ("" = the one most reports state). */
  readonly periode: string;
  /** The sheets' language: Indonesian unless chosen otherwise (the pane's language is separate). */
  readonly bahasaLembar: Bahasa;
  readonly sibuk: boolean;
  readonly progres?: { readonly ke: number; readonly dari: number; readonly nama: string };
  readonly hasil?: BacaanRekap;
  readonly tulisan?: Tulisan;
  readonly galat?: string;
}

export type AksiRekap =
  | { type: "berkas"; berkas: readonly string[] }
  | { type: "daftar"; nama: string | undefined }
  | { type: "periode"; teks: string }
  | { type: "bahasaLembar"; bahasa: Bahasa }
  | { type: "mulai" }
  | { type: "progres"; ke: number; dari: number; nama: string }
  | { type: "dibaca"; hasil: BacaanRekap }
  | { type: "menulis" }
  | { type: "ditulis"; tulisan: Tulisan }
  | { type: "dibatalkan" }
  | { type: "gagal"; pesan: string };

export const AWAL_REKAP: StateRekap = { berkas: [], periode: "", bahasaLembar: "id", sibuk: false };

export function reducerRekap(s: StateRekap, a: AksiRekap): StateRekap {
  switch (a.type) {
    // A new choice of inputs makes the rekap read from the earlier ones stale: it goes, with what was written of it.
    case "berkas":
      return { ...s, berkas: a.berkas, hasil: undefined, tulisan: undefined, galat: undefined };
    case "daftar":
      return { ...s, daftar: a.nama, hasil: undefined, tulisan: undefined, galat: undefined };
    case "periode":
      return { ...s, periode: a.teks, hasil: undefined, tulisan: undefined };
    // The sheets' language changes only what is written next.
    case "bahasaLembar":
      return { ...s, bahasaLembar: a.bahasa, tulisan: undefined };
    case "mulai":
      return { ...s, sibuk: true, progres: undefined, hasil: undefined, tulisan: undefined, galat: undefined };
    case "progres":
      return { ...s, progres: { ke: a.ke, dari: a.dari, nama: a.nama } };
    case "dibaca":
      return { ...s, sibuk: false, progres: undefined, hasil: a.hasil };
    case "menulis":
      return { ...s, sibuk: true, tulisan: undefined, galat: undefined };
    case "ditulis":
      return { ...s, sibuk: false, tulisan: a.tulisan };
    case "dibatalkan":
      return { ...s, sibuk: false, progres: undefined };
    case "gagal":
      return { ...s, sibuk: false, progres: undefined, galat: a.pesan };
  }
}

/** The period typed: undefined when blank (the rekap takes the one most reports state), "salah" when not understood. */
export function periodeDiketik(teks: string): BulanRekap | undefined | "salah" {
  if (teks.trim() === "") return undefined;
  return periodeTeks(teks) ?? "salah";
}

/** One expected OPD as the pane lists it. */
export interface BarisTampil {
  readonly nama: string;
  readonly status: StatusOpd;
  /** Where it was read from: "file › sheet". */
  readonly sumber: string | null;
  readonly periode: string | null;
  readonly dpa: string | null;
  /** Why (tidak terbaca, periode lain, kosong…), in the pane's language; "" when nothing to say. */
  readonly keterangan: string;
}

export function barisKelengkapan(h: HasilRekap, bahasa: Bahasa): BarisTampil[] {
  return h.kelengkapan.map((x) => ({
    // A file that could not be opened names no OPD: shown by its file.
    nama: x.nama || x.berkas || "?",
    status: x.status,
    sumber: x.berkas ? (x.sheet ? `${x.berkas} › ${x.sheet}` : x.berkas) : null,
    periode: x.periode ? namaPeriode(x.periode, bahasa) : null,
    dpa: x.dpa === null ? null : formatRupiah(x.dpa, bahasa),
    keterangan: bahasa === "en" ? x.keteranganEn : x.keterangan,
  }));
}

/** The Pemda's figures as shown: over the OPD that reported, and with the others at 0. "–" where there is no figure. */
export interface AngkaTampil {
  readonly jumlahOpd: number;
  readonly dpa: string;
  readonly realisasi: string;
  readonly persen: string;
  readonly fisik: string;
  readonly dpaLain: string;
  readonly lainTanpaDpa: number;
  readonly persenSemua: string;
  readonly fisikSemua: string;
}

export function angkaPemda(h: HasilRekap, bahasa: Bahasa): AngkaTampil {
  const pct = (v: number | null) => (v === null ? "–" : formatPersen(v, 2, bahasa));
  const t = h.total;
  return {
    jumlahOpd: t.jumlahOpd,
    dpa: formatRupiah(t.dpa, bahasa),
    realisasi: formatRupiah(t.realisasi, bahasa),
    persen: pct(t.persen),
    fisik: pct(t.fisik),
    dpaLain: formatRupiah(t.dpaLain, bahasa),
    lainTanpaDpa: t.lainTanpaDpa,
    persenSemua: pct(t.persenSemua),
    fisikSemua: pct(t.fisikSemua),
  };
}

export interface ItemPerhatian {
  readonly opd: string;
  readonly teks: string;
  readonly teksEn: string;
  readonly sumber: string;
  /** The sub kegiatan's row (1-based); null for a finding about the whole OPD. */
  readonly baris: number | null;
}

/** The sub kegiatan that need attention, one group per kind (in the core's order of first appearance). */
export function kelompokPerhatian(ps: readonly Perhatian[]): { jenis: Perhatian["jenis"]; items: ItemPerhatian[] }[] {
  const out = new Map<Perhatian["jenis"], ItemPerhatian[]>();
  for (const p of ps) {
    const g = out.get(p.jenis) ?? out.set(p.jenis, []).get(p.jenis)!;
    g.push({
      opd: p.opd,
      teks: p.message,
      teksEn: p.messageEn,
      sumber: `${p.berkas} › ${p.sheet}`,
      baris: p.sub ? p.sub.row + 1 : null,
    });
  }
  return [...out].map(([jenis, items]) => ({ jenis, items }));
}

/** The findings about the OPD files, one group per file. */
export function temuanPerBerkas(
  bacaan: readonly BacaanOpd[],
  lain: readonly TemuanOpd[],
): { berkas: string; items: TemuanOpd[] }[] {
  const out = new Map<string, TemuanOpd[]>();
  for (const t of [...bacaan.flatMap((b) => b.temuan), ...lain])
    (out.get(t.berkas) ?? out.set(t.berkas, []).get(t.berkas)!).push(t);
  return [...out].map(([berkas, items]) => ({ berkas, items }));
}

/** The downloaded rekap's name: "rekap-pemda-2024-12.xlsx", or without the month when none was read. */
export function namaUnduhRekap(h: HasilRekap): string {
  return h.periode
    ? `rekap-pemda-${h.periode.tahun}-${String(h.periode.bulan).padStart(2, "0")}.xlsx`
    : "rekap-pemda.xlsx";
}

/** The rekap of the readings in the sheets' language (its category bands named in it), and its sheets. */
export function susunRekapPane(b: BacaanRekap, bahasa: Bahasa): { rekap: HasilRekap; specs: SheetSpec[] } {
  return specRekap(b.bacaan, {
    ...(b.daftar ? { daftar: b.daftar } : {}),
    ...(b.periode ? { periode: b.periode } : {}),
    bahasa,
    temuanLain: b.temuanRekap,
  });
}
