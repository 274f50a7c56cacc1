/**
 * Narasi: a first draft of the LKIP's Bab III prose, per sasaran and indikator (items 1–4 and 6 of PermenPANRB
 * 53/2014): the target, the realisasi, the capaian and predikat; the comparison with last year, the Renstra end
 * target and the national standard when the workbook has them; the budget used and its efficiency. Every figure
 * comes from the model through the core rules and is written id-ID; every verdict word follows from its number
 * ("melebihi target" only above 100%). Each paragraph lists the figures it states, so tests can check them.
 */
import { Hasil, isSakipError } from "../errors";
import { capaianIndikator, Evaluasi } from "../evaluasi";
import { Model } from "../model";
import { isPercentUnit } from "../read/values";
import { formatAngka, formatPersen, formatRupiah } from "../numbers";
import { TOLERANSI } from "../rules/predikat";
import { bandingNasional, pembanding, realisasiSampaiKini } from "./pembanding";
import { NAMA_TW, Triwulan } from "../rules/triwulan";
import { angkaMonitoring, barisDariIndikator, BATAS_DEVIASI_BAWAAN } from "./monitoring";
import type { Bahasa } from "../bahasa";

/** A figure the text states: what it is, its value (ratios for percentages), and how the text writes it. */
export interface AngkaNarasi {
  readonly apa: string;
  readonly nilai: number;
  readonly tampil: string;
}

export interface ParagrafNarasi {
  /** The sasaran the paragraph belongs to (its heading), and the indicator when it is about one. */
  readonly sasaran: string;
  readonly indikator?: string;
  readonly teks: string;
  readonly angka: readonly AngkaNarasi[];
}

export interface OpsiNarasi {
  /** null: not known; the text then says "this year", never a year of its own. */
  readonly tahun: number | null;
  /** The quarter of the monitoring: below IV each sasaran gains a paragraph on its progress to date. */
  readonly triwulan?: Triwulan;
  /** Points beyond which an indicator is off plan (the Monitoring sheet's threshold). */
  readonly batasDeviasi?: number;
  /** The narrative's language (default Indonesian, the LKIP's). */
  readonly bahasa?: Bahasa;
}

const TOL = TOLERANSI;

/** "melebihi target" only above 100%, "sesuai target" at 100%, "belum mencapai target" below. */
export function vonis(c: number): "melebihi target" | "sesuai target" | "belum mencapai target" {
  return c > 1 + TOL ? "melebihi target" : c >= 1 - TOL ? "sesuai target" : "belum mencapai target";
}

/** How figures are written: id-ID ("36,36%", "Rp 1.234.567") or en-US ("36.36%", "Rp 1,234,567"). */
interface Tulisan {
  readonly angka: (n: number, d?: number) => string;
  readonly persen: (ratio: number) => string;
  readonly rupiah: (n: number) => string;
}
const TULISAN: Record<Bahasa, Tulisan> = {
  id: { angka: (n, d = 2) => formatAngka(n, d), persen: (r) => formatPersen(r, 2), rupiah: formatRupiah },
  en: {
    angka: (n, d = 2) => formatAngka(n, d, 0, "en"),
    persen: (r) => formatPersen(r, 2, "en"),
    rupiah: (n) => formatRupiah(n, "en"),
  },
};

/** A value in its indicator's unit: "36,36%", "70,85", "1.875 orang". */
function dalamSatuan(f: Tulisan, n: number, satuan: string | null): string {
  const s = (satuan ?? "").trim();
  if (isPercentUnit(s)) return `${f.angka(n, 2)}%`;
  if (s === "" || /^(nilai|indeks|index|skor|poin|rasio|predikat|level|tingkat)\b/i.test(s)) return f.angka(n, 2);
  return `${f.angka(n, 2)} ${s}`;
}
/** A difference of two values in the unit: percentage points for "%". */
function selisihSatuan(f: Tulisan, k: Kalimat, n: number, satuan: string | null): string {
  return isPercentUnit((satuan ?? "").trim()) ? `${f.angka(n, 2)} ${k.poinPersen}` : dalamSatuan(f, n, satuan);
}

type Vonis = ReturnType<typeof vonis>;
/** The narrative's sentences, per language; figures come in already written. */
interface Kalimat {
  readonly judul: (no: string, nama: string) => string;
  readonly pembuka: (nama: string, n: string) => string;
  /** "tahun 2024" / "2024", or "tahun ini" / "this year" when the year is not known. */
  readonly padaTahun: (tahun: number | null) => string;
  readonly rata: (tahun: string, cs: string, pred: string | null, v: string) => string;
  readonly walaupun: (belum: string, n: number) => string;
  readonly sasaranBelum: string;
  readonly indikatorBelum: (nama: string, tahun: string, target: string | null, real: string | null) => string;
  readonly indikator: (
    nama: string,
    tahun: string,
    target: string,
    real: string,
    c: string,
    pred: string | null,
    v: string | null,
  ) => string;
  readonly negatif: (rasio: boolean) => string;
  readonly tahunLalu: (tahun: number, real: string, c: string | null, perubahan: string | null) => string;
  readonly arah: (naik: boolean, selisih: string, baik: boolean | null) => string;
  readonly renstra: (target: string, stok: boolean, sd: string, c: string | null) => string;
  readonly nasional: (arah: "lebihBaik" | "setara" | "kurang", std: string) => string;
  readonly anggaran: (n: string, pagu: string, real: string) => string;
  readonly serapan: (sr: string, sisa: string) => string;
  readonly efisiensi: (e: string) => string;
  readonly efisien: string;
  readonly kurang: (cs: string, sr: string) => string;
  readonly penuh: string;
  readonly poinPersen: string;
  /** The quarter's progress paragraph (a quarter before IV). */
  readonly tw: (nama: string) => string;
  readonly twBelum: (nama: string) => string;
  readonly twReal: (nama: string, real: string) => string;
  readonly twTarget: (target: string) => string;
  readonly twRencana: (
    tw: string,
    rencana: string,
    arah: "sesuai" | "tertinggal" | "melampaui",
    poin: string,
    menyimpang: boolean,
  ) => string;
  readonly twProyeksi: (c: string) => string;
  readonly twParagraf: (tw: string, tahun: string, kalimat: string) => string;
  readonly vonis: Record<Vonis, string>;
  /** The predikat label (lower case) that already says the verdict, so the verdict is not said twice. */
  readonly predikatVonis: Record<Vonis, string>;
}

const KALIMAT: Record<Bahasa, Kalimat> = {
  id: {
    judul: (no, nama) => `Sasaran ${no}: ${nama}`,
    pembuka: (nama, n) => `Sasaran strategis "${nama}" diukur dengan ${n} indikator kinerja.`,
    padaTahun: (tahun) => (tahun === null ? "tahun ini" : `tahun ${tahun}`),
    rata: (tahun, cs, pred, v) =>
      ` Rata-rata capaian indikatornya pada ${tahun} sebesar ${cs}${pred ? ` dengan predikat "${pred}"` : ""}, sehingga sasaran ini ${v}`,
    walaupun: (belum, n) => `, walaupun ${belum} dari ${n} indikatornya belum mencapai target.`,
    sasaranBelum: ` Capaian sasaran belum dapat dihitung karena ada indikator yang target atau realisasinya belum tersedia.`,
    indikatorBelum: (nama, tahun, target, real) =>
      `Indikator ${nama} pada ${tahun}${target !== null ? ` ditargetkan ${target}` : ""}; ${real === null ? "realisasinya belum dilaporkan" : `realisasinya ${real}`}, sehingga capaiannya belum dapat dihitung.`,
    indikator: (nama, tahun, target, real, c, pred, v) =>
      `Indikator ${nama} pada ${tahun} ditargetkan ${target} dan terealisasi ${real}, sehingga capaian kinerjanya ${c}${pred ? ` dengan predikat "${pred}"` : ""}${v ? `, artinya ${v}` : ""}.`,
    negatif: (rasio) =>
      `Indikator ini bersifat negatif (makin rendah makin baik), sehingga capaian dihitung ${rasio ? "sebagai target ÷ realisasi" : "sebagai (2 × target − realisasi) ÷ target"}.`,
    tahunLalu: (tahun, real, c, perubahan) =>
      `Dibandingkan tahun ${tahun} dengan realisasi ${real}${c ? ` (capaian ${c})` : ""}, realisasi tahun ini ${perubahan ?? "sama dengan tahun lalu"}.`,
    arah: (naik, selisih, baik) =>
      `${naik ? "naik" : "turun"} ${selisih}${baik === null ? "" : baik ? " (membaik)" : " (memburuk)"}`,
    renstra: (target, stok, sd, c) =>
      `Terhadap target akhir Renstra sebesar ${target}, realisasi ${stok ? "tahun ini" : "kumulatif sampai dengan tahun ini"} sebesar ${sd}${c ? `, atau ${c} dari target akhir periode` : ""}.`,
    nasional: (arah, std) =>
      `Realisasi ini ${arah === "lebihBaik" ? "lebih baik dari" : arah === "setara" ? "setara dengan" : "di bawah"} standar nasional sebesar ${std}.`,
    anggaran: (n, pagu, real) => `Sasaran ini didukung ${n} program dengan pagu ${pagu} dan realisasi ${real}`,
    serapan: (sr, sisa) => ` (serapan ${sr}), dengan sisa anggaran ${sisa}.`,
    efisiensi: (e) => ` Efisiensi anggaran sasaran ini ${e} dari pagu.`,
    efisien: ` Target sasaran tercapai dengan anggaran di bawah pagu, sehingga terdapat efisiensi penggunaan sumber daya.`,
    kurang: (cs, sr) =>
      ` Capaian sasaran ${cs} belum mencapai target, sementara anggaran terserap ${sr}; perlu dianalisis penyebabnya.`,
    penuh: ` Target sasaran tercapai dengan anggaran terserap penuh.`,
    poinPersen: "poin persen",
    tw: (nama) => `Triwulan ${nama}`,
    twBelum: (nama) => `indikator ${nama} belum dilaporkan realisasinya`,
    twReal: (nama, real) => `indikator ${nama} terealisasi ${real}`,
    twTarget: (target) => ` dari target tahun ${target}`,
    twRencana: (tw, rencana, arah, poin, menyimpang) =>
      ` (rencana aksi s.d. ${tw} ${rencana}; ${arah === "sesuai" ? "sesuai rencana" : `${arah === "tertinggal" ? "tertinggal" : "melampaui rencana"} ${poin} poin`}${menyimpang ? ", melebihi batas deviasi" : ""})`,
    twProyeksi: (c) => `; dengan laju saat ini capaian akhir tahun diproyeksikan ${c}`,
    twParagraf: (tw, tahun, kalimat) => `Sampai dengan ${tw} ${tahun}, ${kalimat}.`,
    vonis: {
      "melebihi target": "melebihi target",
      "sesuai target": "sesuai target",
      "belum mencapai target": "belum mencapai target",
    },
    predikatVonis: {
      "melebihi target": "melebihi target",
      "sesuai target": "sesuai target",
      "belum mencapai target": "belum mencapai target",
    },
  },
  en: {
    judul: (no, nama) => `Goal ${no}: ${nama}`,
    pembuka: (nama, n) =>
      `The strategic goal "${nama}" is measured by ${n} performance indicator${n === "1" ? "" : "s"}.`,
    padaTahun: (tahun) => (tahun === null ? "this year" : String(tahun)),
    rata: (tahun, cs, pred, v) =>
      ` The mean achievement of its indicators in ${tahun} is ${cs}${pred ? `, rated "${pred}"` : ""}, so this goal ${v}`,
    walaupun: (belum, n) => `, although ${belum} of its ${n} indicators did not reach the target.`,
    sasaranBelum: ` The goal's achievement cannot be computed yet: an indicator's target or actual is not available.`,
    indikatorBelum: (nama, tahun, target, real) =>
      `The indicator ${nama} in ${tahun}${target !== null ? ` had a target of ${target}` : ""}; ${real === null ? "its actual has not been reported" : `its actual is ${real}`}, so its achievement cannot be computed yet.`,
    indikator: (nama, tahun, target, real, c, pred, v) =>
      `The indicator ${nama} in ${tahun} had a target of ${target} and an actual of ${real}, an achievement of ${c}${pred ? `, rated "${pred}"` : ""}${v ? `: it ${v}` : ""}.`,
    negatif: (rasio) =>
      `This indicator is negative (lower is better), so its achievement is computed ${rasio ? "as target ÷ actual" : "as (2 × target − actual) ÷ target"}.`,
    tahunLalu: (tahun, real, c, perubahan) =>
      `Compared with ${tahun}, when the actual was ${real}${c ? ` (achievement ${c})` : ""}, this year's actual ${perubahan ?? "is the same as last year's"}.`,
    arah: (naik, selisih, baik) =>
      `${naik ? "rose by" : "fell by"} ${selisih}${baik === null ? "" : baik ? " (better)" : " (worse)"}`,
    renstra: (target, stok, sd, c) =>
      `Against the Strategic Plan's end target of ${target}, the actual ${stok ? "this year" : "to date, cumulated"} is ${sd}${c ? `, or ${c} of the end-of-period target` : ""}.`,
    nasional: (arah, std) =>
      `This actual is ${arah === "lebihBaik" ? "better than" : arah === "setara" ? "at" : "below"} the national standard of ${std}.`,
    anggaran: (n, pagu, real) =>
      `This goal is supported by ${n} program${n === "1" ? "" : "s"} with a budget of ${pagu} and spending of ${real}`,
    serapan: (sr, sisa) => ` (absorption ${sr}), leaving ${sisa} unspent.`,
    efisiensi: (e) => ` The goal's budget efficiency is ${e} of the budget.`,
    efisien: ` The goal's target was reached below budget: resources were used efficiently.`,
    kurang: (cs, sr) =>
      ` The goal's achievement of ${cs} is below target while ${sr} of the budget was spent; the causes need analysis.`,
    penuh: ` The goal's target was reached with the budget fully spent.`,
    poinPersen: "percentage points",
    tw: (nama) => `quarter ${nama}`,
    twBelum: (nama) => `the indicator ${nama} has no actual reported yet`,
    twReal: (nama, real) => `the indicator ${nama} reached ${real}`,
    twTarget: (target) => ` against a target for the year of ${target}`,
    twRencana: (tw, rencana, arah, poin, menyimpang) =>
      ` (action plan to ${tw}: ${rencana}; ${arah === "sesuai" ? "on plan" : `${arah === "tertinggal" ? "behind plan" : "ahead of plan"} by ${poin} points`}${menyimpang ? ", beyond the deviation threshold" : ""})`,
    twProyeksi: (c) => `; at the current pace the year-end achievement is projected at ${c}`,
    twParagraf: (tw, tahun, kalimat) => `Up to ${tw} of ${tahun}, ${kalimat}.`,
    vonis: {
      "melebihi target": "exceeds the target",
      "sesuai target": "meets the target",
      "belum mencapai target": "has not reached the target",
    },
    predikatVonis: { "melebihi target": "above target", "sesuai target": "on target", "belum mencapai target": "" },
  },
};

class Penulis {
  readonly angka: AngkaNarasi[] = [];
  /** Writes a figure and records it. */
  tulis(apa: string, nilai: number, tampil: string): string {
    this.angka.push({ apa, nilai, tampil });
    return tampil;
  }
}

/** The narrative of the model's evaluation: it states the figures the sheets show, and no other. */
export function susunNarasi(model: Model, ev: Evaluasi, o: OpsiNarasi): ParagrafNarasi[] {
  const out: ParagrafNarasi[] = [];
  const k = KALIMAT[o.bahasa ?? "id"];
  const f = TULISAN[o.bahasa ?? "id"];
  const persen = f.persen;
  const { metodeNegatif, metodeEfisiensi } = ev.opsi;
  const label = (p: Hasil<string>) => (isSakipError(p) ? null : p);
  model.sasaran.forEach((s, n) => {
    const judul = k.judul(s.no ?? String(n + 1), s.nama);
    const nilai = ev.dariSasaran(s)!;
    const nilaiCapaian = nilai.indikator.map((x) => (isSakipError(x.capaian) ? null : x.capaian));
    const cs = nilai.capaian;
    // Opening: the sasaran and its capaian.
    {
      const w = new Penulis();
      let teks = k.pembuka(s.nama, w.tulis("jumlah indikator", s.indikator.length, String(s.indikator.length)));
      if (!isSakipError(cs)) {
        const pred = label(nilai.predikat);
        const belum = nilaiCapaian.filter((c) => c !== null && c < 1 - TOL).length;
        teks += k.rata(k.padaTahun(o.tahun), w.tulis("capaian sasaran", cs, persen(cs)), pred, k.vonis[vonis(cs)]);
        teks +=
          belum > 0 && cs >= 1 - TOL
            ? k.walaupun(w.tulis("indikator belum tercapai", belum, String(belum)), s.indikator.length)
            : ".";
      } else teks += k.sasaranBelum;
      out.push({ sasaran: judul, teks, angka: w.angka });
    }
    s.indikator.forEach((i, idx) => {
      const w = new Penulis();
      const parts: string[] = [];
      const r = i.realisasi?.nilai ?? null;
      const c = nilaiCapaian[idx];
      // Item 1: target, realisasi, capaian, predikat.
      if (i.target === null || r === null || c === null) {
        parts.push(
          k.indikatorBelum(
            i.nama,
            k.padaTahun(o.tahun),
            i.target !== null ? w.tulis("target", i.target, dalamSatuan(f, i.target, i.satuan)) : null,
            r === null ? null : w.tulis("realisasi", r, dalamSatuan(f, r, i.satuan)),
          ),
        );
      } else {
        const pred = label(nilai.indikator[idx].predikat);
        const target = w.tulis("target", i.target, dalamSatuan(f, i.target, i.satuan));
        const real = w.tulis("realisasi", r, dalamSatuan(f, r, i.satuan));
        // The verdict is said only where the predikat does not already say it.
        parts.push(
          k.indikator(
            i.nama,
            k.padaTahun(o.tahun),
            target,
            real,
            w.tulis("capaian", c, persen(c)),
            pred,
            pred?.toLowerCase() === k.predikatVonis[vonis(c)] ? null : k.vonis[vonis(c)],
          ),
        );
        if (i.polaritas === "negatif") parts.push(k.negatif(metodeNegatif === "rasio"));
      }
      const pb = pembanding(i);
      // Item 2: last year.
      const lalu = [...(pb.tahunLalu ?? [])]
        .filter((y) => o.tahun !== null && y.tahun < o.tahun)
        .sort((a, b) => b.tahun - a.tahun)[0];
      if (lalu && lalu.realisasi.nilai !== null && r !== null) {
        const d = r - lalu.realisasi.nilai;
        const cl = capaianIndikator(i, lalu.realisasi.nilai, lalu.target.nilai, metodeNegatif);
        const sama = Math.abs(d) <= TOL * Math.max(1, Math.abs(r));
        const baik = sama || i.polaritas === "rentang" ? null : d > 0 === (i.polaritas !== "negatif");
        const realLalu = w.tulis(
          "realisasi tahun lalu",
          lalu.realisasi.nilai,
          dalamSatuan(f, lalu.realisasi.nilai, i.satuan),
        );
        const capLalu = isSakipError(cl) ? null : w.tulis("capaian tahun lalu", cl, persen(cl));
        parts.push(
          k.tahunLalu(
            lalu.tahun,
            realLalu,
            capLalu,
            sama
              ? null
              : k.arah(
                  d > 0,
                  w.tulis("selisih tahun lalu", Math.abs(d), selisihSatuan(f, k, Math.abs(d), i.satuan)),
                  baik,
                ),
          ),
        );
      }
      // Item 3: the Renstra end target.
      const tr = pb.targetRenstra?.nilai ?? null;
      const { sd, stok } = realisasiSampaiKini(i);
      if (tr !== null && sd !== null) {
        const cr = capaianIndikator(i, sd, tr, metodeNegatif);
        const target = w.tulis("target Renstra", tr, dalamSatuan(f, tr, i.satuan));
        const kini = w.tulis("realisasi s.d. tahun ini", sd, dalamSatuan(f, sd, i.satuan));
        parts.push(k.renstra(target, stok, kini, isSakipError(cr) ? null : w.tulis("capaian Renstra", cr, persen(cr))));
      }
      // Item 4: the national standard.
      const std = pb.standarNasional?.nilai ?? null;
      const bn = bandingNasional(i);
      if (std !== null && bn.arah)
        parts.push(k.nasional(bn.arah, w.tulis("standar nasional", std, dalamSatuan(f, std, i.satuan))));
      out.push({ sasaran: judul, indikator: i.nama, teks: parts.join(" "), angka: w.angka });
    });
    // The quarter's progress, when the year is not over: realisasi to date against the Rencana Aksi.
    const q = o.triwulan;
    const pantau = q && q < 4 ? s.indikator.flatMap((i) => barisDariIndikator(i) ?? []) : [];
    if (q && pantau.length > 0) {
      const w = new Penulis();
      const tw = k.tw(NAMA_TW[q - 1]);
      const kalimat = pantau.map((b) => {
        const a = angkaMonitoring(b, q, o.batasDeviasi ?? BATAS_DEVIASI_BAWAAN, metodeNegatif);
        if (a.realKsd === null) return k.twBelum(b.uraian);
        let x = k.twReal(
          b.uraian,
          w.tulis(`realisasi s.d. TW ${b.uraian}`, a.realKsd, dalamSatuan(f, a.realKsd, b.satuan)),
        );
        if (b.target !== null)
          x += k.twTarget(w.tulis(`target ${b.uraian}`, b.target, dalamSatuan(f, b.target, b.satuan)));
        if (a.renKsd !== null && typeof a.devK === "number") {
          const poin = a.devK * 100;
          const arah = Math.abs(poin) <= TOL ? "sesuai" : poin < 0 ? "tertinggal" : "melampaui";
          const rencana = w.tulis(`rencana ${b.uraian}`, a.renKsd, dalamSatuan(f, a.renKsd, b.satuan));
          const deviasi =
            arah === "sesuai" ? "" : w.tulis(`deviasi ${b.uraian}`, Math.abs(poin), f.angka(Math.abs(poin), 2));
          x += k.twRencana(tw, rencana, arah, deviasi, a.status === "Menyimpang");
        }
        if (typeof a.proyC === "number")
          x += k.twProyeksi(w.tulis(`proyeksi capaian ${b.uraian}`, a.proyC, persen(a.proyC)));
        return x;
      });
      out.push({ sasaran: judul, teks: k.twParagraf(tw, k.padaTahun(o.tahun), kalimat.join("; ")), angka: w.angka });
    }
    // Item 6: the budget behind the sasaran and its efficiency.
    const g = ev.kelompok.find((x) => x.sasaran === s);
    if (g) {
      const w = new Penulis();
      const { pagu: p, realisasi: rl, serapan: sr, sisa: ss, efisiensi: e } = g.nilai;
      const [pagu, real] = [p ?? 0, rl ?? 0];
      let teks = k.anggaran(
        w.tulis("jumlah program", g.program.length, String(g.program.length)),
        w.tulis("pagu", pagu, f.rupiah(pagu)),
        w.tulis("realisasi anggaran", real, f.rupiah(real)),
      );
      if (!isSakipError(sr) && !isSakipError(ss)) {
        teks += k.serapan(w.tulis("serapan", sr, persen(sr)), w.tulis("sisa", ss, f.rupiah(ss)));
        if (!isSakipError(e) && metodeEfisiensi !== "selisih" && metodeEfisiensi !== "rasio")
          teks += k.efisiensi(w.tulis("efisiensi", e, persen(e)));
        if (!isSakipError(cs)) {
          teks +=
            cs >= 1 - TOL && sr < 1 - TOL
              ? k.efisien
              : cs < 1 - TOL
                ? k.kurang(w.tulis("capaian sasaran", cs, persen(cs)), w.tulis("serapan", sr, persen(sr)))
                : k.penuh;
        }
      } else teks += ".";
      out.push({ sasaran: judul, teks, angka: w.angka });
    }
  });
  return out;
}
