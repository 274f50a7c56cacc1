/**
 * The rekap from the OPD readings: kelengkapan first (who reported, who did not and why), each OPD's figures, the
 * Pemda total over the OPD that reported (weighted by DPA, never a mean of percentages, never a division by zero)
 * with what it would be with the others at 0, categories by named bands, and the sub kegiatan that need attention.
 * Percentages here are ratios (0,7120 = 71,20%), as the sheets' 0.00% cells hold them.
 */
import { formatPersen, formatRupiah } from "../numbers";
import { BacaanOpd, EntriDaftar, Periode, PitaKategori, StatusOpd, SubKegiatanOpd } from "./jenis";
import { KurvaTarget, TargetPeriode, targetPeriode } from "./kurva";
import { cocokDaftar, kunciNama } from "./nama";
import { BULAN } from "../read/judul";

/** The bands the city rekap uses for its Kategori (capaian keuangan ≥ 90% Sangat Baik, ≥ 80% Baik, ≥ 65% Cukup). */
export const PITA_BAWAAN: readonly PitaKategori[] = [
  { min: 0.9, label: "Sangat Baik", warna: "8FD19E" },
  { min: 0.8, label: "Baik", warna: "C6E9B4" },
  { min: 0.65, label: "Cukup", warna: "FFE699" },
  { min: -Infinity, label: "Kurang", warna: "F4A6A6" },
];

/** The same bands named in English, for --bahasa en. */
export const PITA_BAWAAN_EN: readonly PitaKategori[] = PITA_BAWAAN.map((p, i) => ({
  ...p,
  label: ["Very Good", "Good", "Fair", "Poor"][i],
}));

export interface OpsiRekap {
  readonly daftar?: readonly EntriDaftar[];
  /** The period of the rekap; else the one most reports state. */
  readonly periode?: { readonly tahun: number; readonly bulan: number };
  readonly pita?: readonly PitaKategori[];
  /** The Pemda's target curve (--target-kurva): the target of the period, and each OPD's deviasi against it. */
  readonly kurva?: KurvaTarget;
}

export interface AngkaOpd {
  readonly dpa: number;
  readonly rencana: number | null;
  readonly realisasi: number;
  readonly persen: number | null;
  readonly sisa: number;
  /** Pagu of the sub kegiatan with a fisik figure: the weight of the OPD's fisik in any total. */
  readonly bobotFisik: number;
  readonly fisikRencana: number | null;
  readonly fisik: number | null;
  /** Realisasi % minus rencana % (of the DPA), as a ratio: −0,05 = 5 points behind. */
  readonly deviasiKeu: number | null;
  readonly deviasiFisik: number | null;
  readonly kategori: string | null;
}

export interface BarisKelengkapan {
  readonly nama: string;
  readonly kode: string | null;
  readonly singkatan: string | null;
  readonly kelompok: string | null;
  readonly status: StatusOpd;
  readonly berkas: string | null;
  readonly sheet: string | null;
  readonly periode: Periode | null;
  /** The DPA read from its rows, else the list's. */
  readonly dpa: number | null;
  readonly dpaDaftar: number | null;
  readonly keterangan: string;
  readonly keteranganEn: string;
  /** Index into `bacaan`, when a report was read. */
  readonly bacaan?: number;
}

export interface BarisOpd extends AngkaOpd {
  readonly nama: string;
  readonly kode: string | null;
  readonly singkatan: string | null;
  readonly kelompok: string | null;
  readonly berkas: string;
  readonly sheet: string;
  readonly jumlahSub: number;
}

export type JenisPerhatian =
  | "realisasi_lebihi_dpa"
  | "fisik_lebihi_100"
  | "fisik_100_tanpa_rp"
  | "keuangan_nol"
  | "rencana_bukan_dpa"
  | "fisik_sama_keuangan";

export interface Perhatian {
  readonly jenis: JenisPerhatian;
  readonly opd: string;
  readonly berkas: string;
  readonly sheet: string;
  /** The sub kegiatan, or null for a finding about the whole OPD (fisik = keuangan on every row). */
  readonly sub: SubKegiatanOpd | null;
  readonly message: string;
  readonly messageEn: string;
}

/** The Pemda's figures: an OPD's, over the OPD that reported. */
export interface TotalPemda extends AngkaOpd {
  readonly jumlahOpd: number;
  /** The DPA of the OPD that did not report and whose DPA is known (the list's, or its own rows'). */
  readonly dpaLain: number;
  /** OPD that did not report and whose DPA nobody states: the figures with the others at 0 still leave them out. */
  readonly lainTanpaDpa: number;
  readonly persenSemua: number | null;
  readonly fisikSemua: number | null;
}

export interface HasilRekap {
  readonly periode: { readonly tahun: number; readonly bulan: number } | null;
  readonly kelengkapan: readonly BarisKelengkapan[];
  readonly opd: readonly BarisOpd[];
  readonly total: TotalPemda;
  readonly perhatian: readonly Perhatian[];
  readonly pita: readonly PitaKategori[];
  readonly jumlah: Readonly<Record<StatusOpd, number>>;
  /** Subtotals per group of the list (Asisten, urusan), over the OPD that reported; empty without groups. */
  readonly kelompok: readonly SubtotalKelompok[];
  /**
   * The target of the period from the Pemda's curve, with the Pemda's deviasi against it (ratios, realisasi −
   * target) and each OPD's (in the order of `opd`); null without a curve or a period.
   */
  readonly target: DeviasiTarget | null;
}

export interface DeviasiTarget extends TargetPeriode {
  readonly deviasiKeu: number | null;
  readonly deviasiFisik: number | null;
  readonly opd: readonly { readonly deviasiKeu: number | null; readonly deviasiFisik: number | null }[];
}

const kurang = (x: number | null, t: number | null): number | null => (x === null || t === null ? null : x - t);

/** The target of the rekap's month and every deviasi against it. */
export function deviasiTarget(
  kurva: KurvaTarget,
  bulan: number,
  opd: readonly AngkaOpd[],
  total: AngkaOpd,
): DeviasiTarget {
  const t = targetPeriode(kurva, bulan);
  return {
    ...t,
    deviasiKeu: kurang(total.persen, t.keuangan),
    deviasiFisik: kurang(total.fisik, t.fisik),
    opd: opd.map((o) => ({ deviasiKeu: kurang(o.persen, t.keuangan), deviasiFisik: kurang(o.fisik, t.fisik) })),
  };
}

export interface SubtotalKelompok {
  readonly nama: string;
  readonly jumlahOpd: number;
  readonly dpa: number;
  readonly realisasi: number;
  readonly persen: number | null;
  readonly fisik: number | null;
}

const bagi = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function kategori(persen: number | null, pita: readonly PitaKategori[]): string | null {
  if (persen === null) return null;
  // Compared in points to 1e-9, so 0,9 computed as 0,8999999999 is still 90%.
  return pita.find((p) => persen * 100 >= p.min * 100 - 1e-9)?.label ?? null;
}

/** Each OPD's figures from its sub kegiatan rows. */
export function angkaOpd(sub: readonly SubKegiatanOpd[], pita: readonly PitaKategori[] = PITA_BAWAAN): AngkaOpd {
  let dpa = 0;
  let realisasi = 0;
  let rencana: number | null = null;
  let bobot = 0;
  let fisikX = 0;
  let fisikRencanaX: number | null = 0;
  for (const s of sub) {
    dpa += s.pagu;
    realisasi += s.realisasi;
    if (s.rencana !== null) rencana = (rencana ?? 0) + s.rencana;
    if (s.fisik !== null) {
      bobot += s.pagu;
      fisikX += s.pagu * s.fisik;
      if (s.fisikRencana === null) fisikRencanaX = null;
      else if (fisikRencanaX !== null) fisikRencanaX += s.pagu * s.fisikRencana;
    }
  }
  const fisik = bobot > 0 ? fisikX / bobot / 100 : null;
  const fisikRencana = bobot > 0 && fisikRencanaX !== null ? fisikRencanaX / bobot / 100 : null;
  return angkaDari({ dpa, rencana, realisasi, bobot, fisik, fisikRencana }, pita);
}

/** The figures that follow from the sums (an OPD's, or the Pemda's): persen, sisa, deviasi and the category. */
function angkaDari(
  j: {
    dpa: number;
    rencana: number | null;
    realisasi: number;
    bobot: number;
    fisik: number | null;
    fisikRencana: number | null;
  },
  pita: readonly PitaKategori[],
): AngkaOpd {
  const persen = bagi(j.realisasi, j.dpa);
  const persenRencana = j.rencana === null ? null : bagi(j.rencana, j.dpa);
  return {
    dpa: j.dpa,
    rencana: j.rencana,
    realisasi: j.realisasi,
    persen,
    sisa: j.dpa - j.realisasi,
    bobotFisik: j.bobot,
    fisikRencana: j.fisikRencana,
    fisik: j.fisik,
    deviasiKeu: persen !== null && persenRencana !== null ? persen - persenRencana : null,
    deviasiFisik: j.fisik !== null && j.fisikRencana !== null ? j.fisik - j.fisikRencana : null,
    kategori: kategori(persen, pita),
  };
}

/** The most common period of the reports with rows (the latest on a tie). */
export function periodeUmum(bacaan: readonly BacaanOpd[]): { tahun: number; bulan: number } | null {
  const hit = new Map<number, number>();
  for (const b of bacaan)
    if (b.periode && b.sub.length > 0) {
      const k = b.periode.tahun * 100 + b.periode.bulan;
      hit.set(k, (hit.get(k) ?? 0) + 1);
    }
  const [best] = [...hit].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return best ? { tahun: Math.floor(best[0] / 100), bulan: best[0] % 100 } : null;
}

const BULAN_JUDUL = BULAN.map((b) => b[0].toUpperCase() + b.slice(1));
const MONTH = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const namaPeriode = (p: { tahun: number; bulan: number }, bahasa: "id" | "en" = "id") =>
  `${(bahasa === "en" ? MONTH : BULAN_JUDUL)[p.bulan - 1]} ${p.tahun}`;

/** The name an OPD is shown by: its title's, else its sheet's without the leading number ("1 Disdik" → "Disdik"). */
export function namaTampil(b: BacaanOpd): string {
  return b.nama ?? (b.sheet.replace(/^\s*\d+[.)]?\s*/, "").trim() || b.sheet);
}

function statusBacaan(
  b: BacaanOpd,
  periode: { tahun: number; bulan: number } | null,
): { status: StatusOpd; id: string; en: string } {
  if (b.bentuk === "tak_terbaca")
    return { status: "tidak_terbaca", id: b.alasan ?? "tidak terbaca", en: b.alasanEn ?? "unreadable" };
  if (!b.sub.some((s) => s.pagu !== 0 || s.realisasi !== 0))
    return {
      status: "kosong",
      id: "lembar tanpa baris sub kegiatan berisi angka",
      en: "no sub-activity row with figures",
    };
  if (periode && b.periode && (b.periode.tahun !== periode.tahun || b.periode.bulan !== periode.bulan))
    return {
      status: "periode_lain",
      id: `periode ${namaPeriode(b.periode)} ("${b.periode.teks}"), bukan ${namaPeriode(periode)}: tidak dijumlahkan`,
      en: `period ${namaPeriode(b.periode, "en")} ("${b.periode.teks}"), not ${namaPeriode(periode, "en")}: not added`,
    };
  if (periode && !b.periode && b.tahunJudul !== undefined && b.tahunJudul !== periode.tahun)
    return {
      status: "periode_lain",
      id: `tahun ${b.tahunJudul} di judulnya, bukan ${periode.tahun}: tidak dijumlahkan`,
      en: `the year ${b.tahunJudul} in its title, not ${periode.tahun}: not added`,
    };
  if (periode && !b.periode)
    return {
      status: "lapor",
      id: "periode tidak tertulis di judul; dianggap periode rekap",
      en: "no period in the title; taken as the rekap's period",
    };
  return { status: "lapor", id: "", en: "" };
}

export function susunRekap(bacaan: readonly BacaanOpd[], opsi: OpsiRekap = {}): HasilRekap {
  const pita = opsi.pita ?? PITA_BAWAAN;
  const periode = opsi.periode ?? periodeUmum(bacaan);
  const daftar = opsi.daftar ?? [];
  const status = bacaan.map((b) => statusBacaan(b, periode));
  // Each report to its list entry (by kode, name, short name, sheet name), or to its own name without a list.
  const entri = bacaan.map((b) => (daftar.length > 0 ? cocokDaftar(b, daftar) : undefined));
  const kunci = bacaan.map((b, i) => (entri[i] !== undefined ? `#${entri[i]}` : `=${kunciNama(namaTampil(b))}`));
  // Two reports of one OPD: the one that reported with the most rows counts, the other is "ganda".
  const utama = new Map<string, number>();
  const nilai = (i: number) => (status[i].status === "lapor" ? 1e9 : 0) + bacaan[i].sub.length;
  bacaan.forEach((_, i) => {
    const j = utama.get(kunci[i]);
    if (j === undefined || nilai(i) > nilai(j)) utama.set(kunci[i], i);
  });
  const kelengkapan: BarisKelengkapan[] = [];
  const opd: BarisOpd[] = [];
  const dpaDaftar = (i: number) => (entri[i] !== undefined ? (daftar[entri[i]].dpa ?? null) : null);
  bacaan.forEach((b, i) => {
    const e = entri[i] !== undefined ? daftar[entri[i]] : undefined;
    const a = angkaOpd(b.sub, pita);
    let st = status[i];
    if (utama.get(kunci[i]) !== i) {
      const lain = bacaan[utama.get(kunci[i])!];
      st = {
        status: "ganda",
        id: `OPD yang sama dengan '${lain.sheet}' (${lain.berkas}); yang dipakai '${lain.sheet}'`,
        en: `the same OPD as '${lain.sheet}' (${lain.berkas}); '${lain.sheet}' is used`,
      };
    }
    const tambahan = daftar.length > 0 && !e ? { id: "tidak ada di daftar OPD", en: "not in the OPD list" } : undefined;
    const dpaD = dpaDaftar(i);
    const beda =
      st.status === "lapor" && dpaD !== null && Math.abs(dpaD - a.dpa) > 0.5
        ? {
            id: `DPA di daftar ${formatRupiah(dpaD)}, di laporan ${formatRupiah(a.dpa)}`,
            en: `DPA in the list ${formatRupiah(dpaD, "en")}, in the report ${formatRupiah(a.dpa, "en")}`,
          }
        : undefined;
    const ket = [st, tambahan, beda].filter((x) => x && x.id !== "");
    kelengkapan.push({
      nama: e?.nama ?? namaTampil(b),
      kode: e?.kode ?? b.kode,
      singkatan: e?.singkatan ?? null,
      kelompok: e?.kelompok ?? null,
      status: st.status,
      berkas: b.berkas,
      sheet: b.sheet,
      periode: b.periode,
      dpa: st.status === "kosong" || st.status === "tidak_terbaca" ? dpaD : a.dpa,
      dpaDaftar: dpaD,
      keterangan: ket.map((x) => x!.id).join("; "),
      keteranganEn: ket.map((x) => x!.en).join("; "),
      bacaan: i,
    });
    if (st.status === "lapor")
      opd.push({
        ...a,
        nama: e?.nama ?? namaTampil(b),
        kode: e?.kode ?? b.kode,
        singkatan: e?.singkatan ?? null,
        kelompok: e?.kelompok ?? null,
        berkas: b.berkas,
        sheet: b.sheet,
        jumlahSub: b.sub.length,
      });
  });
  const dipakai = new Set(entri.filter((x): x is number => x !== undefined));
  daftar.forEach((e, i) => {
    if (dipakai.has(i)) return;
    kelengkapan.push({
      nama: e.nama,
      kode: e.kode,
      singkatan: e.singkatan,
      kelompok: e.kelompok ?? null,
      status: "belum_lapor",
      berkas: null,
      sheet: null,
      periode: null,
      dpa: e.dpa,
      dpaDaftar: e.dpa,
      keterangan: "di daftar, tanpa berkas laporan",
      keteranganEn: "in the list, no report file",
    });
  });
  const total = totalPemda(opd, kelengkapan, pita);
  const jumlah = { lapor: 0, kosong: 0, periode_lain: 0, tidak_terbaca: 0, belum_lapor: 0, ganda: 0 };
  for (const k of kelengkapan) jumlah[k.status]++;
  return {
    periode,
    kelengkapan,
    opd,
    total,
    perhatian: perhatian(bacaan, kelengkapan, periode?.bulan === 12),
    pita,
    jumlah,
    kelompok: subtotal(opd),
    target: opsi.kurva && periode ? deviasiTarget(opsi.kurva, periode.bulan, opd, total) : null,
  };
}

/** Each group's DPA, realisasi, % (Σ ÷ Σ) and fisik (weighted by the pagu berfisik), in the order first met. */
export function subtotal(opd: readonly BarisOpd[]): SubtotalKelompok[] {
  const grup = new Map<string, BarisOpd[]>();
  for (const o of opd) if (o.kelompok) grup.set(o.kelompok, [...(grup.get(o.kelompok) ?? []), o]);
  return [...grup].map(([nama, xs]) => {
    const dpa = xs.reduce((s, o) => s + o.dpa, 0);
    const realisasi = xs.reduce((s, o) => s + o.realisasi, 0);
    const berfisik = xs.filter((o) => o.fisik !== null);
    const bobot = berfisik.reduce((s, o) => s + o.bobotFisik, 0);
    return {
      nama,
      jumlahOpd: xs.length,
      dpa,
      realisasi,
      persen: bagi(realisasi, dpa),
      fisik: bobot > 0 ? berfisik.reduce((s, o) => s + o.bobotFisik * o.fisik!, 0) / bobot : null,
    };
  });
}

export function totalPemda(
  opd: readonly AngkaOpd[],
  kelengkapan: readonly BarisKelengkapan[],
  pita: readonly PitaKategori[] = PITA_BAWAAN,
): TotalPemda {
  let dpa = 0;
  let realisasi = 0;
  let rencana: number | null = null;
  let bobot = 0;
  let fisikX = 0;
  let bobotRencana = 0;
  let fisikRencanaX = 0;
  for (const o of opd) {
    dpa += o.dpa;
    realisasi += o.realisasi;
    if (o.rencana !== null) rencana = (rencana ?? 0) + o.rencana;
    if (o.fisik !== null) {
      bobot += o.bobotFisik;
      fisikX += o.bobotFisik * o.fisik;
    }
    if (o.fisikRencana !== null) {
      bobotRencana += o.bobotFisik;
      fisikRencanaX += o.bobotFisik * o.fisikRencana;
    }
  }
  const lain = kelengkapan.filter((k) => k.status !== "lapor" && k.status !== "ganda");
  const dpaLain = lain.reduce((s, k) => s + (k.dpa ?? 0), 0);
  const fisik = bobot > 0 ? fisikX / bobot : null;
  const fisikRencana = bobotRencana > 0 ? fisikRencanaX / bobotRencana : null;
  return {
    jumlahOpd: opd.length,
    ...angkaDari({ dpa, rencana, realisasi, bobot, fisik, fisikRencana }, pita),
    dpaLain,
    lainTanpaDpa: lain.filter((k) => k.dpa === null).length,
    persenSemua: bagi(realisasi, dpa + dpaLain),
    fisikSemua: bobot + dpaLain > 0 ? fisikX / (bobot + dpaLain) : null,
  };
}

const TOL = 1e-9;

/** `akhirTahun`: the rekap is of December, when the plan to date is the whole DPA. */
function perhatian(
  bacaan: readonly BacaanOpd[],
  kelengkapan: readonly BarisKelengkapan[],
  akhirTahun: boolean,
): Perhatian[] {
  const out: Perhatian[] = [];
  for (const k of kelengkapan) {
    if (k.bacaan === undefined || k.status !== "lapor") continue;
    const b = bacaan[k.bacaan];
    const tambah = (jenis: JenisPerhatian, sub: SubKegiatanOpd | null, id: string, en: string) =>
      out.push({ jenis, opd: k.nama, berkas: b.berkas, sheet: sub?.sheet ?? b.sheet, sub, message: id, messageEn: en });
    for (const s of b.sub) {
      if (s.realisasi > s.pagu + 0.5)
        tambah(
          "realisasi_lebihi_dpa",
          s,
          `realisasi ${formatRupiah(s.realisasi)} melebihi DPA ${formatRupiah(s.pagu)}`,
          `realisation ${formatRupiah(s.realisasi, "en")} exceeds the DPA ${formatRupiah(s.pagu, "en")}`,
        );
      if (s.fisik !== null && s.fisik > 100 + TOL)
        tambah(
          "fisik_lebihi_100",
          s,
          `fisik ${formatPersen(s.fisik / 100)} melebihi 100%`,
          `physical progress ${formatPersen(s.fisik / 100, 2, "en")} exceeds 100%`,
        );
      if (s.fisik !== null && Math.abs(s.fisik - 100) <= TOL && s.realisasi === 0 && s.pagu > 0)
        tambah(
          "fisik_100_tanpa_rp",
          s,
          `fisik 100% dengan realisasi keuangan Rp 0 (DPA ${formatRupiah(s.pagu)})`,
          `physical progress 100% with Rp 0 spent (DPA ${formatRupiah(s.pagu, "en")})`,
        );
      else if (s.rencana !== null && s.rencana > 0 && s.realisasi === 0)
        tambah(
          "keuangan_nol",
          s,
          `realisasi keuangan Rp 0, padahal rencana ${formatRupiah(s.rencana)}`,
          `Rp 0 spent where the plan is ${formatRupiah(s.rencana, "en")}`,
        );
    }
    if (akhirTahun)
      for (const s of b.sub)
        if (s.rencana !== null && s.pagu > 0 && Math.abs(s.rencana - s.pagu) > 0.5)
          tambah(
            "rencana_bukan_dpa",
            s,
            `rencana akhir tahun ${formatRupiah(s.rencana)} tidak sama dengan DPA ${formatRupiah(s.pagu)}`,
            `the year-end plan ${formatRupiah(s.rencana, "en")} differs from the DPA ${formatRupiah(s.pagu, "en")}`,
          );
    const berisi = b.sub.filter((s) => s.pagu > 0 && s.fisik !== null);
    if (
      berisi.length >= 3 &&
      berisi.some((s) => s.realisasi > 0) &&
      berisi.every((s) => Math.abs(s.fisik! - (s.realisasi / s.pagu) * 100) <= 0.005)
    )
      tambah(
        "fisik_sama_keuangan",
        null,
        `fisik sama dengan % keuangan di semua ${berisi.length} baris: fisik tampaknya disalin dari keuangan`,
        `physical progress equals the financial % on all ${berisi.length} rows: it looks copied from the financial figure`,
      );
  }
  return out;
}
