/**
 * One evaluation of the model: every figure the sheets, the Narasi, --json and the pane state, computed once through
 * src/core/rules. Each figure is a Hasil: the number, or the error that says why there is none (target kosong,
 * realisasi belum dilaporkan, …). The sheets' formulas (report/formula.ts) must compute the same values.
 */
import { Hasil, isSakipError, sakipError } from "./errors";
import { Indikator, jumlahAnggaran, Model, NodeAnggaran, Sasaran } from "./model";
import { capaianSasaranLengkap } from "./rules/agregasi";
import { efisiensi, MetodeEfisiensi, serapan, sisa } from "./rules/anggaran";
import { capaian, MetodeNegatif, polaritasDariNamaSaja } from "./rules/capaian";
import { predikat, Skala } from "./rules/predikat";
import { programPerSasaran } from "./report/pembanding";

export interface OpsiEvaluasi {
  readonly skala: Skala;
  readonly metodeNegatif: MetodeNegatif;
  readonly metodeEfisiensi?: MetodeEfisiensi;
}

export interface NilaiIndikator {
  readonly indikator: Indikator;
  readonly capaian: Hasil<number>;
  /** The capaian's band; without a capaian, its reason. */
  readonly predikat: Hasil<string>;
}

export interface NilaiSasaran {
  readonly sasaran: Sasaran;
  readonly indikator: readonly NilaiIndikator[];
  /** The mean of all its indicators' capaian: none until every one has a capaian (docs/RULES.md). */
  readonly capaian: Hasil<number>;
  readonly predikat: Hasil<string>;
}

export interface NilaiAnggaran {
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly serapan: Hasil<number>;
  readonly sisa: Hasil<number>;
  /** By the chosen method, against `capaian` (the node's own indicator, or the sasaran's). */
  readonly efisiensi: Hasil<number>;
  /** The performance figure the efisiensi weighs: a program's own indicator (positive), or a sasaran's capaian. */
  readonly capaian: Hasil<number>;
}

export interface Evaluasi {
  readonly opsi: Required<OpsiEvaluasi>;
  readonly sasaran: readonly NilaiSasaran[];
  /** A sasaran's figures (by object or by its no). */
  readonly dariSasaran: (s: Sasaran) => NilaiSasaran | undefined;
  /** A budget node's figures, computed on first use (a budget tree may hold 100,000 nodes). */
  readonly anggaran: (n: NodeAnggaran) => NilaiAnggaran;
  /** The budget behind each sasaran (its programs summed), unlinked programs last with sasaran null. */
  readonly kelompok: readonly { sasaran: Sasaran | null; program: NodeAnggaran[]; nilai: NilaiAnggaran }[];
  /** The agency total: every program summed (blank when no program has the figure). */
  readonly total: NilaiAnggaran;
}

/** Capaian of an indicator's realisasi against a target (this year's, an earlier year's or the Renstra's). */
export function capaianIndikator(
  i: Indikator,
  realisasi: number | null,
  target: number | null,
  metode: MetodeNegatif,
): Hasil<number> {
  return capaian(realisasi, target, { polaritas: i.polaritas, metode, targetAtas: i.targetAtas ?? null });
}

/** A predikat, or the reason the value has none. */
export function predikatDari(c: Hasil<number>, skala: Skala): Hasil<string> {
  return isSakipError(c) ? c : predikat(c, skala);
}

/** Budget figures of a pagu and realisasi against a performance figure. */
export function nilaiAnggaran(
  pagu: number | null,
  realisasi: number | null,
  c: Hasil<number>,
  metode: MetodeEfisiensi,
): NilaiAnggaran {
  return {
    pagu,
    realisasi,
    serapan: serapan(realisasi, pagu),
    sisa: sisa(pagu, realisasi),
    efisiensi: efisiensi(pagu, realisasi, isSakipError(c) ? null : c, metode),
    capaian: c,
  };
}

/** Pagu and realisasi of nodes summed; blank where none of them has the figure (never a 0 nobody reported). */
function jumlahAtauKosong(nodes: readonly NodeAnggaran[]): { pagu: number | null; realisasi: number | null } {
  const { pagu, realisasi } = jumlahAnggaran(nodes);
  return {
    pagu: nodes.some((n) => n.pagu !== null) ? pagu : null,
    realisasi: nodes.some((n) => n.realisasi !== null) ? realisasi : null,
  };
}

const TANPA_KINERJA = sakipError("#N/A", { id: "Tidak ada indikator kinerja.", en: "No performance indicator." });

export function evaluasi(model: Model, o: OpsiEvaluasi): Evaluasi {
  const opsi = { skala: o.skala, metodeNegatif: o.metodeNegatif, metodeEfisiensi: o.metodeEfisiensi ?? "sisa" };
  const sasaran = model.sasaran.map((s): NilaiSasaran => {
    const indikator = s.indikator.map((i) => {
      const c = capaianIndikator(i, i.realisasi?.nilai ?? null, i.target, opsi.metodeNegatif);
      return { indikator: i, capaian: c, predikat: predikatDari(c, opsi.skala) };
    });
    const cs = capaianSasaranLengkap(indikator.map((x) => x.capaian));
    return { sasaran: s, indikator, capaian: cs, predikat: predikatDari(cs, opsi.skala) };
  });
  const perSasaran = new Map(sasaran.map((x) => [x.sasaran, x]));
  const dariSasaran = (s: Sasaran) =>
    perSasaran.get(s) ?? sasaran.find((x) => x.sasaran.no !== null && x.sasaran.no === s.no);
  const cache = new WeakMap<NodeAnggaran, NilaiAnggaran>();
  const anggaran = (n: NodeAnggaran): NilaiAnggaran => {
    let v = cache.get(n);
    if (!v) {
      const c = n.kinerja
        ? capaian(n.kinerja.realisasi, n.kinerja.target, {
            polaritas: polaritasDariNamaSaja(n.kinerja.indikator),
            metode: opsi.metodeNegatif,
          })
        : TANPA_KINERJA;
      v = nilaiAnggaran(n.pagu, n.realisasi, c, opsi.metodeEfisiensi);
      cache.set(n, v);
    }
    return v;
  };
  const kelompok = programPerSasaran(model).map((g) => {
    const { pagu, realisasi } = jumlahAtauKosong(g.program);
    const cs = g.sasaran ? (dariSasaran(g.sasaran)?.capaian ?? TANPA_KINERJA) : TANPA_KINERJA;
    return { ...g, nilai: nilaiAnggaran(pagu, realisasi, cs, opsi.metodeEfisiensi) };
  });
  const { pagu, realisasi } = jumlahAtauKosong(model.anggaran);
  return {
    opsi,
    sasaran,
    dariSasaran,
    anggaran,
    kelompok,
    total: nilaiAnggaran(pagu, realisasi, TANPA_KINERJA, opsi.metodeEfisiensi),
  };
}
