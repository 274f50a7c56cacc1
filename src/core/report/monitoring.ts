/**
 * Monitoring Triwulan: per indicator (Rencana Aksi) and per sub kegiatan (Rencana Aksi and anggaran kas), the plan
 * to date against the realisasi to date at the chosen quarter, K and Rp; the deviasi in points of the year's target
 * or pagu; the rows off plan by more than the threshold (a cell the user can change, default 10 points) marked
 * "Menyimpang" and coloured; the year's capaian and serapan projected at the present pace; and the plan and
 * realisasi per quarter, with a chart in Excel. Every computed figure is a native formula with the core's value.
 */
import type { Bahasa } from "../bahasa";
import { Hasil, isSakipError } from "../errors";
import { Grid } from "../grid";
import { Indikator, Model, NodeAnggaran, PerTriwulan, SelRef, semuaNode } from "../model";
import { JenisAkumulasi, jenisAkumulasiIndikator } from "../rules/agregasi";
import { MetodeNegatif, Polaritas } from "../rules/capaian";
import { deviasi, NAMA_TW, proyeksiTahun, realisasiSampaiTw, Triwulan } from "../rules/triwulan";
import { TOLERANSI } from "../rules/predikat";
import { adaTriwulanNode, isianLama, jenisNode, jumlahRumus, terakhirRumus } from "./e81";
import * as R from "./formula";
import { Lembar } from "./lembar";
import { angka, cellA1, FMT, rumus, sumber, teks } from "./sel";
import { Grafik, kodeCetak, SheetSpec, Skalar, SpecCell } from "./spec";

const M = {
  no: 0,
  uraian: 1,
  satuan: 2,
  target: 3,
  renK: [4, 5, 6, 7],
  realK: [8, 9, 10, 11],
  renKsd: 12,
  realKsd: 13,
  devK: 14,
  proyK: 15,
  proyC: 16,
  pagu: 17,
  kas: [18, 19, 20, 21],
  realRp: [22, 23, 24, 25],
  kasSd: 26,
  realRpSd: 27,
  devRp: 28,
  proyS: 29,
  status: 30,
} as const;
const LEBAR = 31;

export const BATAS_DEVIASI_BAWAAN = 10;
export const LABEL_BATAS = "Batas deviasi (poin)";
export const STATUS = { menyimpang: "Menyimpang", sesuai: "Sesuai rencana" } as const;

/** The sheet's words, per language. */
const KATA: Record<
  Bahasa,
  {
    judul: string;
    tahun: (tahun: number | null, tw: string) => string;
    batas: string;
    ubah: (menyimpang: string) => string;
    catatan: (tw: string, q: number) => string;
    kepala: (tw: string, q: number) => string[];
    kuartal: (j: number) => string;
    indikator: string;
    sub: string;
    jumlahSub: string;
    status: Record<keyof typeof STATUS, string>;
    grafikKepala: [string, string, string, string, string];
    grafik: (tw: string, q: number) => string;
    seri: [string, string];
  }
> = {
  id: {
    judul: "MONITORING RENCANA AKSI DAN ANGGARAN KAS PER TRIWULAN",
    tahun: (tahun, tw) => `${tahun === null ? "" : `TAHUN ${tahun} — `}S.D. TRIWULAN ${tw}`,
    batas: LABEL_BATAS,
    ubah: (menyimpang) => `ubah angka ini; baris yang deviasinya lebih dari batas ditandai ${menyimpang}`,
    catatan: (tw, q) =>
      `Deviasi = (realisasi s.d. TW ${tw} − rencana s.d. TW ${tw}) ÷ target tahun (K) atau pagu (Rp), dalam poin persen; negatif berarti tertinggal dari rencana. Proyeksi: aliran dan Rp = realisasi s.d. TW ${tw} × 4 ÷ ${q}; stok (persentase, indeks) = nilai terakhir.`,
    kuartal: (j) => `TW ${NAMA_TW[j - 1]}`,
    kepala: (tw) => [
      "No",
      "Indikator / Sub Kegiatan",
      "Satuan",
      "Target Tahun",
      ...NAMA_TW.map((t) => `Rencana K TW ${t}`),
      ...NAMA_TW.map((t) => `Realisasi K TW ${t}`),
      `Rencana K s.d. TW ${tw}`,
      `Realisasi K s.d. TW ${tw}`,
      "Deviasi K (poin)",
      "Proyeksi Realisasi K Tahun",
      "Proyeksi Capaian Tahun",
      "Pagu (Rp)",
      ...NAMA_TW.map((t) => `Anggaran Kas TW ${t} (Rp)`),
      ...NAMA_TW.map((t) => `Realisasi TW ${t} (Rp)`),
      `Anggaran Kas s.d. TW ${tw} (Rp)`,
      `Realisasi s.d. TW ${tw} (Rp)`,
      "Deviasi Rp (poin)",
      "Proyeksi Serapan Tahun",
      "Status",
    ],
    indikator: "INDIKATOR KINERJA (RENCANA AKSI)",
    sub: "SUB KEGIATAN (RENCANA AKSI DAN ANGGARAN KAS)",
    jumlahSub: "JUMLAH SUB KEGIATAN",
    status: STATUS,
    grafikKepala: [
      "Triwulan",
      "Rencana kumulatif (Rp)",
      "Realisasi kumulatif (Rp)",
      "Rencana (% pagu)",
      "Realisasi (% pagu)",
    ],
    grafik: (tw) => `Rencana dan realisasi anggaran kumulatif s.d. TW ${tw} (% pagu)`,
    seri: ["Rencana (anggaran kas)", "Realisasi"],
  },
  en: {
    judul: "QUARTERLY MONITORING OF THE ACTION PLAN AND CASH BUDGET",
    tahun: (tahun, tw) => `${tahun === null ? "" : `YEAR ${tahun} — `}TO QUARTER ${tw}`,
    batas: "Deviation threshold (points)",
    ubah: (menyimpang) => `change this figure; rows that deviate by more are marked ${menyimpang}`,
    catatan: (_tw, q) =>
      `Deviation = (actual to Q${q} − plan to Q${q}) ÷ year target (K) or budget (Rp), in percentage points; negative means behind plan. Projection: flows and Rp = actual to Q${q} × 4 ÷ ${q}; stocks (percentage, index) = the last value.`,
    kuartal: (j) => `Q${j}`,
    kepala: (_tw, q) => [
      "No",
      "Indicator / Sub-activity",
      "Unit",
      "Year Target",
      ...[1, 2, 3, 4].map((t) => `Plan K Q${t}`),
      ...[1, 2, 3, 4].map((t) => `Actual K Q${t}`),
      `Plan K to Q${q}`,
      `Actual K to Q${q}`,
      "Deviation K (points)",
      "Projected Actual K for the Year",
      "Projected Achievement for the Year",
      "Budget (Rp)",
      ...[1, 2, 3, 4].map((t) => `Cash Budget Q${t} (Rp)`),
      ...[1, 2, 3, 4].map((t) => `Spent Q${t} (Rp)`),
      `Cash Budget to Q${q} (Rp)`,
      `Spent to Q${q} (Rp)`,
      "Deviation Rp (points)",
      "Projected Absorption for the Year",
      "Status",
    ],
    indikator: "PERFORMANCE INDICATORS (ACTION PLAN)",
    sub: "SUB-ACTIVITIES (ACTION PLAN AND CASH BUDGET)",
    jumlahSub: "TOTAL OF SUB-ACTIVITIES",
    status: { menyimpang: "Off plan", sesuai: "On plan" },
    grafikKepala: [
      "Quarter",
      "Cumulative plan (Rp)",
      "Cumulative spent (Rp)",
      "Plan (% of budget)",
      "Spent (% of budget)",
    ],
    grafik: (_tw, q) => `Cumulative budget plan and spending to Q${q} (% of budget)`,
    seri: ["Plan (cash budget)", "Spent"],
  },
};

export interface OpsiMonitoring {
  /** null: not known; the title names no year. */
  readonly tahun: number | null;
  readonly triwulan: Triwulan;
  readonly bahasa?: Bahasa;
  readonly instansi: string;
  readonly metodeNegatif: MetodeNegatif;
  /** Points; else the value the user left on our previous sheet; else 10. */
  readonly batasDeviasi?: number;
  readonly lama?: Grid;
}

/** One monitored row: an indicator or a sub kegiatan. */
export interface BarisMonitoring {
  readonly uraian: string;
  readonly satuan: string | null;
  readonly jenis: JenisAkumulasi;
  readonly polaritas: Polaritas;
  readonly targetAtas?: number | null;
  readonly target: number | null;
  readonly refTarget?: SelRef;
  readonly rencanaK?: PerTriwulan;
  readonly realisasiK?: PerTriwulan;
  readonly refK?: readonly (SelRef | undefined)[];
  /** Sub kegiatan only. */
  readonly rp?: {
    pagu: number | null;
    refPagu?: SelRef;
    kas?: PerTriwulan;
    realisasi?: PerTriwulan;
    refRp?: readonly (SelRef | undefined)[];
  };
}

/** The figures the formulas of a row compute. */
export interface AngkaMonitoring {
  readonly renKsd: number | null;
  readonly realKsd: number | null;
  readonly devK: Skalar;
  readonly proyK: Skalar;
  readonly proyC: Skalar;
  readonly kasSd: number | null;
  readonly realRpSd: number | null;
  readonly devRp: Skalar;
  readonly proyS: Skalar;
  readonly status: Skalar;
}

const sampai = (tw: PerTriwulan | undefined, q: Triwulan): (number | null)[] =>
  [0, 1, 2, 3].map((i) => (i < q ? (tw?.[i] ?? null) : null));
const hasil = (h: Hasil<number> | null): Skalar => (h === null || isSakipError(h) ? R.KOSONG : h);

export function adaMonitoring(model: Model): boolean {
  return barisIndikator(model).length > 0 || barisSubKegiatan(model).length > 0;
}

/** A row has a plan per quarter (Rencana Aksi K or anggaran kas): without one, no deviasi can be computed. */
export function adaRencana(model: Model): boolean {
  const isi = (tw: PerTriwulan | undefined) => (tw ?? []).some((v) => v !== null && v !== undefined);
  return [...barisIndikator(model), ...barisSubKegiatan(model)].some((b) => isi(b.rencanaK) || isi(b.rp?.kas));
}

/** The model has anything quarterly (E.81 or Monitoring data): the pane then offers the quarter. */
export function adaTriwulan(model: Model): boolean {
  return adaTriwulanNode(model) || adaMonitoring(model);
}

export function barisIndikator(model: Model): BarisMonitoring[] {
  return model.sasaran.flatMap((s) => s.indikator).flatMap((i) => barisDariIndikator(i) ?? []);
}

/** An indicator's monitoring row, when it has realisasi per TW. */
export function barisDariIndikator(i: Indikator): BarisMonitoring | undefined {
  if (!(i.realisasi?.tw ?? []).some((v) => v !== null)) return undefined;
  return {
    uraian: i.nama,
    satuan: i.satuan,
    jenis: i.realisasi?.jenisAkumulasi ?? jenisAkumulasiIndikator(i.satuan, i.nama) ?? "kumulatif",
    polaritas: i.polaritas,
    targetAtas: i.targetAtas,
    target: i.target,
    refTarget: i.refTarget,
    rencanaK: i.targetTw && ([0, 1, 2, 3].map((k) => i.targetTw?.[k] ?? null) as unknown as PerTriwulan),
    realisasiK: [0, 1, 2, 3].map((k) => i.realisasi?.tw?.[k] ?? null) as unknown as PerTriwulan,
  };
}

/** The threshold in points: the option, else what the user left on our previous sheet (in either language), else 10. */
export function batasDeviasi(opsi: number | undefined, lama: Grid | undefined): number {
  const diSheet = isianLama(lama, KATA.id.batas, 0, 3) ?? isianLama(lama, KATA.en.batas, 0, 3);
  return opsi ?? (typeof diSheet === "number" ? diSheet : BATAS_DEVIASI_BAWAAN);
}

export function barisSubKegiatan(model: Model): BarisMonitoring[] {
  return semuaNode(model.anggaran)
    .filter((n) => n.children.length === 0 && (n.triwulan || n.rencana))
    .map((n: NodeAnggaran) => ({
      uraian: `${kodeCetak(n.kode) ? `${n.kode} ` : ""}${n.uraian}${n.kinerja?.indikator ? ` — ${n.kinerja.indikator}` : ""}`,
      satuan: n.kinerja?.satuan ?? null,
      jenis: jenisNode(n),
      polaritas: "positif",
      target: n.kinerja?.target ?? null,
      rencanaK: n.rencana?.k,
      realisasiK: n.triwulan?.k,
      refK:
        n.triwulan && (n.triwulan.gaya === "tambahan" || n.triwulan.gaya === "kumulatif_dikurangi")
          ? n.triwulan.refK
          : undefined,
      rp: { pagu: n.pagu, refPagu: n.refPagu, kas: n.rencana?.rp, realisasi: n.triwulan?.rp, refRp: n.triwulan?.refRp },
    }));
}

/** A row's figures at TW q with the threshold in points. */
export function angkaMonitoring(
  b: BarisMonitoring,
  q: Triwulan,
  batas: number,
  metode: MetodeNegatif,
): AngkaMonitoring {
  const renKsd = b.rencanaK ? realisasiSampaiTw(b.rencanaK, q, b.jenis) : null;
  const realKsd = realisasiSampaiTw(sampai(b.realisasiK, q), q, b.jenis);
  const devK = b.target === null ? R.KOSONG : hasil(deviasi(realKsd, renKsd, b.target));
  const p = proyeksiTahun(realKsd, q, b.jenis);
  const proyK: Skalar = isSakipError(p) ? "" : p;
  const proyC = R.capaianHasil(typeof proyK === "number" ? proyK : null, b.target, b.polaritas, metode, b.targetAtas);
  const kasSd = b.rp?.kas ? realisasiSampaiTw(b.rp.kas, q, "kumulatif") : null;
  const realRpSd = b.rp ? realisasiSampaiTw(sampai(b.rp.realisasi, q), q, "kumulatif") : null;
  const devRp = b.rp && b.rp.pagu !== null ? hasil(deviasi(realRpSd, kasSd, b.rp.pagu)) : R.KOSONG;
  const proyRp = proyeksiTahun(realRpSd, q, "kumulatif");
  const proyS = b.rp ? R.serapanHasil(isSakipError(proyRp) ? null : proyRp, b.rp.pagu) : R.KOSONG;
  return { renKsd, realKsd, devK, proyK, proyC, kasSd, realRpSd, devRp, proyS, status: status(devK, devRp, batas) };
}

/** Off plan when either deviasi is more than the threshold away from 0 (in points), "–" when neither is known. */
export function status(devK: Skalar, devRp: Skalar, batas: number): Skalar {
  if (typeof devK !== "number" && typeof devRp !== "number") return R.KOSONG;
  const d = Math.max(typeof devK === "number" ? Math.abs(devK) : 0, typeof devRp === "number" ? Math.abs(devRp) : 0);
  return d * 100 > batas + TOLERANSI ? STATUS.menyimpang : STATUS.sesuai;
}

export function lembarMonitoring(model: Model, nama: string, o: OpsiMonitoring): SheetSpec {
  const q = o.triwulan;
  const tw = NAMA_TW[q - 1];
  const batas = batasDeviasi(o.batasDeviasi, o.lama);
  // The row's No and name head every page across; the rupiah columns start a page of their own.
  const sh = new Lembar(
    [5, 44, 9, 11, 8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 10, 11, 11, 16, 15, 15, 15, 15, 15, 15, 15, 15, 16, 16, 10, 11, 15],
    { kolomJudulCetak: [M.no + 1, M.uraian + 1], putusBoleh: [M.pagu] },
  );
  const kata = KATA[o.bahasa ?? "id"];
  // The status in the sheet's words: the formulas write them, the core's value is translated alike.
  const tulisStatus = (s: Skalar): Skalar =>
    s === STATUS.menyimpang ? kata.status.menyimpang : s === STATUS.sesuai ? kata.status.sesuai : s;
  // The instruction is for the screen: above the title, out of the print area.
  const rUbah = sh.push([]);
  sh.judul(
    kata.judul,
    [o.instansi || model.perangkatDaerah || "", kata.tahun(o.tahun, tw)]
      .filter((s) => s !== "")
      .join(" — ")
      .toUpperCase(),
  );
  const rBatas = sh.push([teks(kata.batas, "teksTebal"), null, null, { v: batas, fmt: "0.##", gaya: "angka" }]);
  sh.merge(rBatas, 0, rBatas, 2);
  const batasSel = `$D$${rBatas + 1}`;
  sh.rows[rUbah] = [{ v: `${kata.batas} (D${rBatas + 1}): ${kata.ubah(kata.status.menyimpang)}`, gaya: "catatan" }];
  sh.merge(rUbah, 0, rUbah, 16);
  sh.catatan(kata.catatan(tw, q));
  const kepala = sh.kepala(kata.kepala(tw, q));
  const pertama = sh.next;

  const tulis = (b: BarisMonitoring, no: string): number => {
    const r = sh.next;
    const a = angkaMonitoring(b, q, batas, o.metodeNegatif);
    const at = (c: number) => cellA1(r, c);
    const stok = b.jenis === "nilai_akhir";
    const row: (SpecCell | null)[] = new Array<SpecCell | null>(LEBAR).fill(null);
    row[M.no] = teks(no);
    row[M.uraian] = teks(b.uraian);
    row[M.satuan] = teks(b.satuan);
    row[M.target] = sumber(b.target, b.refTarget, FMT.desimal);
    M.renK.forEach((c, i) => (row[c] = angka(b.rencanaK?.[i] ?? null)));
    M.realK.forEach(
      (c, i) => (row[c] = i < q ? sumber(b.realisasiK?.[i] ?? null, b.refK?.[i], FMT.desimal) : angka(null)),
    );
    const renQ = M.renK.slice(0, q).map(at);
    const realQ = M.realK.slice(0, q).map(at);
    row[M.renKsd] = rumus(stok ? terakhirRumus(renQ) : jumlahRumus(renQ), a.renKsd ?? "", FMT.desimal);
    row[M.realKsd] = rumus(stok ? terakhirRumus(realQ) : jumlahRumus(realQ), a.realKsd ?? "", FMT.desimal);
    row[M.devK] = rumus(deviasiRumus(at(M.realKsd), at(M.renKsd), at(M.target)), a.devK, FMT.persen);
    row[M.proyK] = rumus(
      `=IF(ISNUMBER(${at(M.realKsd)}),${stok ? at(M.realKsd) : `${at(M.realKsd)}*4/${q}`},"")`,
      a.proyK,
      FMT.desimal,
    );
    row[M.proyC] = rumus(
      R.capaianRumus(
        at(M.proyK),
        at(M.target),
        b.polaritas,
        o.metodeNegatif,
        b.polaritas === "rentang" ? String(b.targetAtas ?? '""') : undefined,
      ),
      a.proyC,
      FMT.persen,
    );
    if (b.rp) {
      row[M.pagu] = sumber(b.rp.pagu, b.rp.refPagu, FMT.rp);
      M.kas.forEach((c, i) => (row[c] = angka(b.rp?.kas?.[i] ?? null, FMT.rp)));
      M.realRp.forEach(
        (c, i) =>
          (row[c] = i < q ? sumber(b.rp?.realisasi?.[i] ?? null, b.rp?.refRp?.[i], FMT.rp) : angka(null, FMT.rp)),
      );
      rupiah(row, r, a);
    } else {
      for (const c of [M.pagu, ...M.kas, ...M.realRp, M.kasSd, M.realRpSd, M.devRp, M.proyS]) row[c] = teks("");
    }
    row[M.status] = rumus(
      statusRumus(at(M.devK), at(M.devRp), batasSel, kata.status),
      tulisStatus(a.status),
      undefined,
      "teks",
    );
    sh.push(row);
    return r;
  };

  /** Kas and realisasi to date, deviasi and projected serapan of a row whose quarterly Rp are written. */
  const rupiah = (
    row: (SpecCell | null)[],
    r: number,
    a: Pick<AngkaMonitoring, "kasSd" | "realRpSd" | "devRp" | "proyS">,
    gaya: "angka" | "total" = "angka",
  ) => {
    const at = (c: number) => cellA1(r, c);
    row[M.kasSd] = rumus(jumlahRumus(M.kas.slice(0, q).map(at)), a.kasSd ?? "", FMT.rp, gaya);
    row[M.realRpSd] = rumus(jumlahRumus(M.realRp.slice(0, q).map(at)), a.realRpSd ?? "", FMT.rp, gaya);
    row[M.devRp] = rumus(deviasiRumus(at(M.realRpSd), at(M.kasSd), at(M.pagu)), a.devRp, FMT.persen, gaya);
    row[M.proyS] = rumus(
      `=IF(OR(NOT(ISNUMBER(${at(M.realRpSd)})),NOT(ISNUMBER(${at(M.pagu)}))),"${R.KOSONG}",IF(${at(M.pagu)}<=0,"${R.KOSONG}",${at(M.realRpSd)}*4/${q}/${at(M.pagu)}))`,
      a.proyS,
      FMT.persen,
      gaya,
    );
  };

  const ind = barisIndikator(model);
  const sub = barisSubKegiatan(model);
  if (ind.length > 0) {
    const r = sh.push([teks(`A. ${kata.indikator}`, "teksTebal")]);
    sh.merge(r, 0, r, LEBAR - 1);
    ind.forEach((b, i) => tulis(b, String(i + 1)));
  }
  let grafik: Grafik | undefined;
  if (sub.length > 0) {
    const r = sh.push([teks(`${ind.length > 0 ? "B" : "A"}. ${kata.sub}`, "teksTebal")]);
    sh.merge(r, 0, r, LEBAR - 1);
    const rows = sub.map((b, i) => tulis(b, String(i + 1)));
    // The total of the sub kegiatan: pagu, kas and realisasi per quarter.
    const rT = sh.next;
    const row: (SpecCell | null)[] = Array.from({ length: LEBAR }, () => teks(""));
    row[M.uraian] = teks(kata.jumlahSub, "teksTebal");
    const range = (c: number) => `${cellA1(rows[0], c)}:${cellA1(rows[rows.length - 1], c)}`;
    const total = (pick: (b: BarisMonitoring) => number | null): number | null => {
      const xs = sub.map(pick);
      return xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
    };
    const pagu = total((b) => b.rp?.pagu ?? null);
    const kas = M.kas.map((_, i) => total((b) => b.rp?.kas?.[i] ?? null));
    const real = M.realRp.map((_, i) => (i < q ? total((b) => b.rp?.realisasi?.[i] ?? null) : null));
    row[M.pagu] = rumus(jumlahRumus([range(M.pagu)]), pagu ?? "", FMT.rp, "total");
    M.kas.forEach((c, i) => (row[c] = rumus(jumlahRumus([range(c)]), kas[i] ?? "", FMT.rp, "total")));
    M.realRp.forEach(
      (c, i) => (row[c] = i < q ? rumus(jumlahRumus([range(c)]), real[i] ?? "", FMT.rp, "total") : angka(null, FMT.rp)),
    );
    const tot: BarisMonitoring = {
      uraian: "",
      satuan: null,
      jenis: "kumulatif",
      polaritas: "positif",
      target: null,
      rp: { pagu, kas: kas as unknown as PerTriwulan, realisasi: real as unknown as PerTriwulan },
    };
    const a = angkaMonitoring(tot, q, batas, o.metodeNegatif);
    rupiah(row, rT, a, "total");
    row[M.status] = rumus(
      statusRumus(cellA1(rT, M.devK), cellA1(rT, M.devRp), batasSel, kata.status),
      tulisStatus(status(R.KOSONG, a.devRp, batas)),
      undefined,
      "teks",
    );
    sh.push(row);

    // Plan and realisasi per quarter, cumulative, as a share of the pagu: the chart's data.
    sh.push([]);
    const g = kata.grafikKepala;
    const rH = sh.push([
      null,
      teks(g[0], "kepala"),
      null,
      teks(g[1], "kepala"),
      null,
      null,
      null,
      teks(g[2], "kepala"),
      null,
      null,
      null,
      null,
      teks(g[3], "kepala"),
      teks(g[4], "kepala"),
    ]);
    sh.merge(rH, 3, rH, 6);
    sh.merge(rH, 7, rH, 10);
    const first = sh.next;
    for (let j = 1; j <= 4; j++) {
      const rr = sh.next;
      const ren = total((b) => (b.rp?.kas ? realisasiSampaiTw(b.rp.kas, j as Triwulan, "kumulatif") : null));
      const re = j <= q ? jumlahAngka(real.slice(0, j)) : null;
      const pct = (x: number | null): Skalar => (x === null || pagu === null || pagu <= 0 ? "" : x / pagu);
      const P = cellA1(rT, M.pagu);
      const pctF = (x: string) => `=IF(NOT(ISNUMBER(${x})),"",IF(NOT(ISNUMBER(${P})),"",IF(${P}<=0,"",${x}/${P})))`;
      const cells: (SpecCell | null)[] = new Array<SpecCell | null>(14).fill(null);
      cells[1] = teks(kata.kuartal(j));
      cells[3] = rumus(jumlahRumus(M.kas.slice(0, j).map((c) => cellA1(rT, c))), ren ?? "", FMT.rp);
      cells[7] =
        j <= q
          ? rumus(jumlahRumus(M.realRp.slice(0, j).map((c) => cellA1(rT, c))), re ?? "", FMT.rp)
          : angka(null, FMT.rp);
      cells[12] = rumus(pctF(cellA1(rr, 3)), pct(ren), FMT.persen);
      cells[13] = rumus(pctF(cellA1(rr, 7)), j <= q ? pct(re) : "", FMT.persen);
      sh.push(cells);
      sh.merge(rr, 3, rr, 6);
      sh.merge(rr, 7, rr, 10);
    }
    const last = sh.next - 1;
    grafik = {
      judul: kata.grafik(tw, q),
      kategori: `${cellA1(first, 1)}:${cellA1(last, 1)}`,
      seri: [
        { nama: kata.seri[0], range: `${cellA1(first, 12)}:${cellA1(last, 12)}` },
        { nama: kata.seri[1], range: `${cellA1(first, 13)}:${cellA1(last, 13)}` },
      ],
      posisi: cellA1(sh.next + 1, 1),
    };
  }
  if (sh.next > pertama) {
    sh.warna.push({
      range: `${cellA1(pertama, M.status)}:${cellA1(sh.next - 1, M.status)}`,
      aturan: [
        { teks: kata.status.menyimpang, warna: "FF0000" },
        { teks: kata.status.sesuai, warna: "92D050" },
      ],
    });
  }
  return sh.spec("monitoring", nama, kepala, {
    beku: { baris: kepala + 2, kolom: 2 },
    barisCetak: [rUbah + 2, sh.next],
    ...(grafik ? { grafik } : {}),
  });
}

const jumlahAngka = (xs: readonly (number | null)[]): number | null =>
  xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);

export function deviasiRumus(real: string, rencana: string, target: string): string {
  const k = `"${R.KOSONG}"`;
  return `=IF(OR(NOT(ISNUMBER(${real})),NOT(ISNUMBER(${rencana})),NOT(ISNUMBER(${target}))),${k},IF(${target}=0,${k},(${real}-${rencana})/${target}))`;
}

function statusRumus(devK: string, devRp: string, batas: string, label: Record<keyof typeof STATUS, string>): string {
  return `=IF(AND(NOT(ISNUMBER(${devK})),NOT(ISNUMBER(${devRp}))),"${R.KOSONG}",IF(MAX(IF(ISNUMBER(${devK}),ABS(${devK}),0),IF(ISNUMBER(${devRp}),ABS(${devRp}),0))*100>${batas}+1E-9,"${label.menyimpang}","${label.sesuai}"))`;
}
