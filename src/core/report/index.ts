/**
 * Model → SheetSpecs: the Pengukuran Kinerja sheet and the Bab III tables of the LKIP (PermenPANRB 53/2014):
 * Capaian IKU (item 1), Realisasi Anggaran (III.B) and Efisiensi (item 6). Every computed cell is a native formula
 * over the source cells (live, portable) with the core's value beside it; values typed as text are written as values.
 */
import { columnLetter } from "../grid";
import { Indikator, Model, NilaiSel, NodeAnggaran, Sasaran } from "../model";
import { capaianIndikator, Evaluasi, evaluasi, NilaiAnggaran, predikatDari } from "../evaluasi";
import { MetodeNegatif, polaritasDariNamaSaja } from "../rules/capaian";
import { MetodeEfisiensi } from "../rules/anggaran";
import { SKALA, Skala, TOLERANSI } from "../rules/predikat";
import { tahunTerakhir } from "../read/columns";
import { TANPA_SASARAN } from "../read/pk";
import { Grid } from "../grid";
import { Triwulan } from "../rules/triwulan";
import { adaTriwulanNode, lembarE81, triwulanLaporan } from "./e81";
import { adaMonitoring, adaRencana, barisIndikator, batasDeviasi, lembarMonitoring } from "./monitoring";
import * as R from "./formula";
import { Dilewati, kodeCetak, SheetSpec, Skalar, SpecCell } from "./spec";
import { Lembar } from "./lembar";
import { angka, cellA1, FMT, fmtNilai, predikatWarna, rumus, sumber, teks } from "./sel";
export { FMT, fmtNilai } from "./sel";
import { ParagrafNarasi, susunNarasi } from "./narasi";
import { bandingNasional, pembanding, realisasiSampaiKini } from "./pembanding";
import type { Bahasa } from "../bahasa";
import { ID_LEMBAR, IdLembar, skalaBahasa, TEKS } from "./teks";
export { skalaBahasa } from "./teks";

export interface OpsiLaporan {
  /** The year reported; else the model's (from the titles); else none: the sheets then name no year. */
  readonly tahun?: number;
  /** Id of a named predikat scale (default "tiga"). */
  readonly skala?: string;
  readonly metodeNegatif?: MetodeNegatif;
  readonly metodeEfisiensi?: MetodeEfisiensi;
  /** native: Excel formulas that work without the add-in (default); sakip: SAKIP.* custom functions. */
  readonly rumus?: "native" | "sakip";
  readonly bahasa?: Bahasa;
  readonly instansi?: string;
  /** Final sheet names chosen by the host (to avoid the user's own sheets); defaults to the language's names. */
  readonly namaLembar?: Partial<Record<IdLembar, string>>;
  /** The quarter of the E.81 and Monitoring Triwulan sheets (default: the latest with data). */
  readonly triwulan?: Triwulan;
  /** Monitoring: rows off plan by more than this many points are marked (default: the sheet's, else 10). */
  readonly batasDeviasi?: number;
  /** Our previously generated sheets by id, for what the user typed into them (E.81 notes, the threshold). */
  readonly lembarLama?: Partial<Record<IdLembar, Grid>>;
}

export interface Laporan {
  readonly sheets: SheetSpec[];
  /** The Bab III narrative draft, also written to the Narasi sheet. */
  readonly narasi: ParagrafNarasi[];
  readonly dilewati: Dilewati[];
  readonly opsi: Required<Omit<OpsiLaporan, "namaLembar" | "instansi" | "batasDeviasi" | "lembarLama" | "tahun">> & {
    instansi: string;
    /** null: no year was given nor found; the sheets name none (never the clock's). */
    tahun: number | null;
  };
}

export function namaBawaan(bahasa: Bahasa = "id"): Record<IdLembar, string> {
  return { ...TEKS[bahasa].lembar };
}

export function buatLaporan(dibaca: Model, opsi: OpsiLaporan = {}): Laporan {
  const bahasa = opsi.bahasa ?? "id";
  // The reader's placeholder name of a sasaran, in the sheets' language (sasaran are matched by their no, not by object).
  const model =
    bahasa === "id"
      ? dibaca
      : {
          ...dibaca,
          sasaran: dibaca.sasaran.map((s) =>
            s.nama === TANPA_SASARAN ? { ...s, nama: TEKS[bahasa].tanpaNamaSasaran } : s,
          ),
        };
  const t = TEKS[bahasa];
  const lengkap = {
    tahun: opsi.tahun ?? tahunModel(model),
    skala: opsi.skala ?? "tiga",
    metodeNegatif: opsi.metodeNegatif ?? "selisih",
    metodeEfisiensi: opsi.metodeEfisiensi ?? "sisa",
    rumus: opsi.rumus ?? "native",
    bahasa,
    instansi: opsi.instansi ?? "",
    triwulan: triwulanLaporan(model, opsi.triwulan),
  };
  if (!SKALA[lengkap.skala]) throw new Error(`Skala tidak dikenal: ${lengkap.skala}`);
  const skala = skalaBahasa(SKALA[lengkap.skala], bahasa, lengkap.rumus);
  const nama = { ...namaBawaan(bahasa), ...opsi.namaLembar };
  // Every figure once; the sheets and the Narasi state these (formulas beside them must agree).
  const ev = evaluasi(model, { skala, metodeNegatif: lengkap.metodeNegatif, metodeEfisiensi: lengkap.metodeEfisiensi });
  const ctx: Ctx = { model, ev, t, skala, o: lengkap, nama };
  const pengukuran = lembarPengukuran(ctx);
  const adaAnggaran = model.anggaran.length > 0;
  const pilihan = {
    perbandingan: lembarPerbandingan(ctx),
    renstra: lembarRenstra(ctx),
    "standar-nasional": lembarStandarNasional(ctx),
    "realisasi-anggaran": adaAnggaran ? lembarRealisasiAnggaran(ctx) : undefined,
    efisiensi: adaAnggaran ? lembarEfisiensi(ctx, pengukuran.capaianSasaran) : undefined,
    e81: adaTriwulanNode(model)
      ? lembarE81(model, nama.e81, {
          tahun: lengkap.tahun,
          triwulan: lengkap.triwulan,
          instansi: lengkap.instansi,
          rumus: lengkap.rumus,
          bahasa,
          lama: opsi.lembarLama?.e81,
        })
      : undefined,
    monitoring: adaMonitoring(model)
      ? lembarMonitoring(model, nama.monitoring, {
          tahun: lengkap.tahun,
          triwulan: lengkap.triwulan,
          instansi: lengkap.instansi,
          bahasa,
          metodeNegatif: lengkap.metodeNegatif,
          batasDeviasi: opsi.batasDeviasi,
          lama: opsi.lembarLama?.monitoring,
        })
      : undefined,
  };
  const narasi = susunNarasi(model, ev, {
    tahun: lengkap.tahun,
    triwulan: lengkap.triwulan,
    batasDeviasi: batasDeviasi(opsi.batasDeviasi, opsi.lembarLama?.monitoring),
    bahasa,
  });
  // A sheet without rows is not generated: skipped with its reason, like a table without its data.
  const adaIndikator = semuaIndikator(ctx).length > 0;
  const kosong = new Set<Exclude<keyof typeof t.kosong, "efisiensiTanpaKaitan">>([
    ...(adaIndikator ? [] : (["pengukuran", "capaian-iku"] as const)),
    ...(pilihan.efisiensi && ctx.ev.kelompok.every((g) => !g.sasaran) ? (["efisiensi"] as const) : []),
    // Sub kegiatan without a plan: the E.81 shows their quarters already, and no deviasi can be computed.
    ...(pilihan.monitoring && pilihan.e81 && !adaRencana(model) && barisIndikator(model).length === 0
      ? (["monitoring"] as const)
      : []),
    ...(narasi.length === 0 ? (["narasi"] as const) : []),
  ]);
  // The Bab III tables are numbered; the quarterly forms keep their own titles.
  const { e81, monitoring, ...bab3 } = pilihan;
  const tabel = [
    pengukuran.spec,
    ...(adaAnggaran ? [lembarPendukung(ctx)] : []),
    lembarCapaianIku(ctx),
    ...Object.values(bab3)
      .flat()
      .filter((x): x is SheetSpec => x !== undefined),
  ].filter((s) => !kosong.has(s.id as Exclude<keyof typeof t.kosong, "efisiensiTanpaKaitan">));
  const narasiSheet = lembarNarasi(ctx, narasi);
  const sheets = [
    ...tabel.map((spec, i) => bernomor(spec, `${t.tabel} 3.${i + 1}`)),
    ...[e81, kosong.has("monitoring") ? undefined : monitoring].filter((x): x is SheetSpec => x !== undefined),
    ...(kosong.has("narasi") ? [] : [narasiSheet]),
  ];
  // Nothing at all to write: the measurement sheet, empty, says so rather than no sheet.
  if (sheets.length === 0) sheets.push(bernomor(pengukuran.spec, `${t.tabel} 3.1`));
  const dilewati = [
    ...(Object.keys(pilihan) as (keyof typeof pilihan)[])
      .filter((id) => !pilihan[id])
      .map((id) => ({ id, nama: t.dilewati[id][0], alasan: t.dilewati[id][1] })),
    ...[...kosong]
      .filter((id) => !sheets.some((s) => s.id === id))
      .map((id) => ({
        id,
        nama: t.lembar[id],
        alasan: id === "efisiensi" && model.programPk.length > 0 ? t.kosong.efisiensiTanpaKaitan : t.kosong[id],
      })),
  ];
  return { sheets, narasi, dilewati, opsi: lengkap };
}

/**
 * A scale in the sheet's language: the English labels and title where the sheet is English and its formulas are
 * native (SAKIP.PREDIKAT, the add-in's function, answers in Indonesian, so its sheets keep the Indonesian labels).
 */

/** The model's year (its titles), else the latest year its sheets' names state, else none: never the clock's. */
export function tahunModel(model: Model): number | null {
  if (model.tahun) return model.tahun;
  const y = Math.max(...Object.values(model.pemetaan.lembar).map((s) => tahunTerakhir(s ?? "")), 0);
  return y > 0 ? y : null;
}

interface Ctx {
  readonly model: Model;
  readonly ev: Evaluasi;
  readonly t: (typeof TEKS)[Bahasa];
  readonly skala: Skala;
  readonly o: Laporan["opsi"];
  readonly nama: Record<IdLembar, string>;
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator rows, shared by Pengukuran Kinerja and Capaian IKU.

interface BarisIndikator {
  /** Row of each sasaran's capaian (0-based), for other sheets to reference. */
  capaianSasaran: Map<Sasaran, { row: number; col: number; hasil: Skalar }>;
  /** Capaian column and first/last indicator rows, for summaries. */
  kolomCapaian: number;
  baris: number[];
}

/** Columns: No | Sasaran | Indikator | Satuan | Polaritas | Target | Realisasi | Capaian | Predikat */
function tulisIndikator(ctx: Ctx, sh: Lembar, denganSasaranRow: boolean): BarisIndikator {
  const { t, skala, o } = ctx;
  const C = { target: 5, real: 6, capaian: 7, predikat: 8 };
  const capaianSasaran = new Map<Sasaran, { row: number; col: number; hasil: Skalar }>();
  const baris: number[] = [];
  for (const s of ctx.model.sasaran) {
    const first = sh.next;
    const nilai = ctx.ev.dariSasaran(s)!;
    for (const [k, i] of s.indikator.entries()) {
      const r = sh.next;
      const [T, Rl] = [cellA1(r, C.target), cellA1(r, C.real)];
      const real = i.realisasi?.nilai ?? null;
      const hasil = R.tampil(nilai.indikator[k].capaian);
      const polaritasLabel =
        i.polaritas === "rentang" && i.targetAtas != null
          ? `${t.polaritas.rentang} (${i.target}–${i.targetAtas})`
          : t.polaritas[i.polaritas];
      const capaianF =
        o.rumus === "sakip"
          ? R.SAKIP.capaian(
              Rl,
              T,
              i.polaritas,
              o.metodeNegatif,
              i.polaritas === "rentang" ? String(i.targetAtas ?? "") : undefined,
            )
          : R.capaianRumus(Rl, T, i.polaritas, o.metodeNegatif, atasLiteral(i));
      const fmt = fmtNilai(i.satuan, i.target, real);
      sh.push([
        k === 0 ? teks(s.no ?? String(ctx.model.sasaran.indexOf(s) + 1)) : null,
        k === 0 ? teks(s.nama) : null,
        teks(i.nama),
        teks(i.satuan),
        teks(polaritasLabel),
        sumber(i.target, i.refTarget, fmt),
        sumber(real, i.realisasi?.ref, fmt),
        rumus(capaianF, hasil, FMT.persen),
        rumus(
          o.rumus === "sakip"
            ? R.SAKIP.predikat(cellA1(r, C.capaian), skala)
            : R.predikatRumus(cellA1(r, C.capaian), skala),
          R.tampil(nilai.indikator[k].predikat),
          undefined,
          "teks",
        ),
      ]);
      baris.push(r);
    }
    if (s.indikator.length === 0) continue;
    let last = sh.next - 1;
    if (denganSasaranRow) {
      const r = sh.next;
      const range = `${cellA1(first, C.capaian)}:${cellA1(last, C.capaian)}`;
      const hasil = R.tampil(nilai.capaian);
      sh.push([
        null,
        null,
        teks(t.capaianSasaran, "teksTebal"),
        null,
        null,
        null,
        null,
        rumus(o.rumus === "sakip" ? R.SAKIP.rata(range) : R.rataRumus(range), hasil, FMT.persen, "total"),
        rumus(
          o.rumus === "sakip"
            ? R.SAKIP.predikat(cellA1(r, C.capaian), skala)
            : R.predikatRumus(cellA1(r, C.capaian), skala),
          R.tampil(nilai.predikat),
          undefined,
          "total",
        ),
      ]);
      capaianSasaran.set(s, { row: r, col: C.capaian, hasil });
      last = r;
    }
    sh.merge(first, 0, last, 0);
    sh.merge(first, 1, last, 1);
  }
  if (baris.length > 0) {
    sh.warna.push({
      range: `${cellA1(baris[0], C.predikat)}:${cellA1(sh.next - 1, C.predikat)}`,
      aturan: predikatWarna(skala),
    });
  }
  return { capaianSasaran, kolomCapaian: C.capaian, baris };
}

function kolomIndikator(t: Ctx["t"]): string[] {
  const k = t.kolom;
  return [k.no, k.sasaran, k.indikator, k.satuan, k.polaritas, k.target, k.realisasi, k.capaian, k.predikat];
}

// ---------------------------------------------------------------------------------------------------------------
// Budget tree rows: Kode | Uraian | [Indikator | Target | Realisasi | Capaian] | Pagu | Realisasi | Serapan | [Sisa]

interface KolomPohon {
  kinerja: boolean;
  sisa: boolean;
}

/** Writes a node and its subtree; returns the node's row. Parents sum their children by formula. */
function tulisPohon(ctx: Ctx, sh: Lembar, node: NodeAnggaran, k: KolomPohon, depth = 0): number {
  const { o } = ctx;
  const nilai = ctx.ev.anggaran(node);
  const r = sh.next;
  const base = k.kinerja ? 6 : 2;
  const [cP, cR] = [base, base + 1];
  // The row at its final length from the start (a grown array keeps spare room: 20 MB at 100,000 sub kegiatan).
  const cells: (SpecCell | null)[] = new Array<SpecCell | null>(cR + (k.sisa ? 3 : 2));
  cells[0] = teks(kodeCetak(node.kode));
  cells[1] = teks(node.uraian, depth === 0 ? "teksTebal" : "teks", depth);
  if (k.kinerja) {
    const kin = node.kinerja;
    const hasil = R.tampil(nilai.capaian);
    const fmt = fmtNilai(null, kin?.target, kin?.realisasi);
    cells[2] = teks(kin?.indikator);
    cells[3] = angka(kin?.target ?? null, fmt);
    cells[4] = angka(kin?.realisasi ?? null, fmt);
    const pol = polaritasDariNamaSaja(kin?.indikator);
    cells[5] = rumus(R.capaianRumus(cellA1(r, 4), cellA1(r, 3), pol, o.metodeNegatif), hasil, FMT.persen);
  }
  sh.push(cells);
  const childRows: number[] = [];
  for (const ch of node.children) childRows.push(tulisPohon(ctx, sh, ch, k, depth + 1));
  // A parent sums its children when one of them reports (blank when none does); a figure typed on the parent alone
  // is linked as it is.
  const anakMelapor = (key: "pagu" | "realisasi") => node[key] === null || node.children.some((ch) => ch[key] !== null);
  const pagu = anakMelapor("pagu") ? jumlahAnak(node, childRows, cP) : undefined;
  const real = anakMelapor("realisasi") ? jumlahAnak(node, childRows, cR) : undefined;
  cells[cP] = pagu ? rumus(pagu, node.pagu ?? "", FMT.rp) : sumber(node.pagu, node.refPagu, FMT.rp);
  cells[cR] = real ? rumus(real, node.realisasi ?? "", FMT.rp) : sumber(node.realisasi, node.refRealisasi, FMT.rp);
  const [P, Rl] = [cellA1(r, cP), cellA1(r, cR)];
  cells[cR + 1] = rumus(
    o.rumus === "sakip" ? R.SAKIP.serapan(Rl, P) : R.serapanRumus(Rl, P),
    R.tampil(nilai.serapan),
    FMT.persen,
  );
  if (k.sisa)
    cells[cR + 2] = rumus(o.rumus === "sakip" ? R.SAKIP.sisa(P, Rl) : R.sisaRumus(P, Rl), R.tampil(nilai.sisa), FMT.rp);
  if (depth === 0) for (const c of cells) if (c && c.gaya === "angka") Object.assign(c, { gaya: "total" });
  return r;
}

/** A parent's sum of its children's rows in a column: one range when they are leaves, else a list of up to 200. */
function jumlahAnak(node: NodeAnggaran, childRows: readonly number[], col: number): string | undefined {
  if (childRows.length === 0) return undefined;
  const contiguous = node.children.every((ch) => ch.children.length === 0);
  if (contiguous)
    return jumlahAtauKosong([`${cellA1(childRows[0], col)}:${cellA1(childRows[childRows.length - 1], col)}`]);
  return childRows.length <= 200 ? jumlahAtauKosong(childRows.map((cr) => cellA1(cr, col))) : undefined;
}

/** The sum of cells, blank when none holds a number (children that report nothing make a blank parent, not 0). */
function jumlahAtauKosong(cells: readonly string[]): string {
  return `=IF(${R.daftarRumus("COUNT", cells)}=0,"",${R.daftarRumus("SUM", cells)})`;
}

// ---------------------------------------------------------------------------------------------------------------

function lembarPengukuran(ctx: Ctx): { spec: SheetSpec; capaianSasaran: BarisIndikator["capaianSasaran"] } {
  const { t } = ctx;
  const sh = new Lembar([6, 40, 40, 9, 12, 12, 12, 12, 18]);
  sh.judul(t.judul.pengukuran, subjudul(ctx));
  const kepala = sh.kepala(kolomIndikator(t));
  const ind = tulisIndikator(ctx, sh, true);
  sh.catatan(t.catatanKosong);
  return { spec: sh.spec("pengukuran", ctx.nama.pengukuran, kepala), capaianSasaran: ind.capaianSasaran };
}

/**
 * The programs, kegiatan and sub kegiatan supporting each sasaran: a table of its own (its own sheet, so that its
 * own header is the one repeated over its printed pages).
 */
function lembarPendukung(ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const k = t.kolom;
  const sh = new Lembar([18, 44, 40, 11, 11, 10, 17, 17, 10]);
  sh.judul(t.judul.pendukung, subjudul(ctx));
  const kepala = sh.kepala([
    k.kode,
    k.uraian,
    k.indikator,
    k.target,
    k.realisasi,
    k.capaian,
    k.pagu,
    k.realisasiRp,
    k.serapan,
  ]);
  // Without any sasaran (no PK program table) the programs are listed without a heading that would say so.
  const adaSasaran = ctx.ev.kelompok.some((g) => g.sasaran);
  for (const g of ctx.ev.kelompok) {
    if (adaSasaran) {
      const r = sh.push([teks(g.sasaran ? t.sasaranKe(g.sasaran.no, g.sasaran.nama) : t.tanpaSasaran, "teksTebal")]);
      sh.merge(r, 0, r, 8);
    }
    for (const p of g.program) tulisPohon(ctx, sh, p, { kinerja: true, sisa: false });
  }
  return sh.spec("pendukung", ctx.nama.pendukung, kepala);
}

function lembarCapaianIku(ctx: Ctx): SheetSpec {
  const { t } = ctx;
  const sh = new Lembar([6, 40, 40, 9, 12, 12, 12, 12, 18]);
  sh.judul(t.judul["capaian-iku"], subjudul(ctx));
  const kepala = sh.kepala(kolomIndikator(t));
  const ind = tulisIndikator(ctx, sh, false);
  const n = ind.baris.length;
  if (n > 0) {
    // Met = capaian ≥ 100% (the core's tolerance), whatever the rating scale; "–" counts as neither.
    sh.push([]);
    const range = `${cellA1(ind.baris[0], 7)}:${cellA1(ind.baris[n - 1], 7)}`;
    const nilai = ind.baris.map((r) => sh.rows[r][7]?.hasil).filter((x): x is number => typeof x === "number");
    const met = 1 - TOLERANSI;
    const [l1, , l2, , l3] = t.ringkasIku("", "", "");
    sh.push([
      null,
      null,
      teks(l1, "teksTebal"),
      rumus(`=ROWS(${range})`, n, FMT.cacah, "total"),
      teks(l2, "teksTebal"),
      rumus(`=COUNTIF(${range},">=${met}")`, nilai.filter((x) => x >= met).length, FMT.cacah, "total"),
      teks(l3, "teksTebal"),
      rumus(`=COUNTIF(${range},"<${met}")`, nilai.filter((x) => x < met).length, FMT.cacah, "total"),
    ]);
  }
  sh.catatan(`${t.skala}: ${ctx.skala.judul}`);
  const grafik =
    n > 0
      ? {
          judul: t.grafik,
          kategori: `${cellA1(ind.baris[0], 2)}:${cellA1(ind.baris[n - 1], 2)}`,
          seri: [
            { nama: t.kolom.target, range: `${cellA1(ind.baris[0], 5)}:${cellA1(ind.baris[n - 1], 5)}` },
            { nama: t.kolom.realisasi, range: `${cellA1(ind.baris[0], 6)}:${cellA1(ind.baris[n - 1], 6)}` },
          ],
          posisi: cellA1(sh.next + 1, 1),
        }
      : undefined;
  return sh.spec("capaian-iku", ctx.nama["capaian-iku"], kepala, grafik ? { grafik } : {});
}

function lembarRealisasiAnggaran(ctx: Ctx): SheetSpec {
  const { t, o } = ctx;
  const k = t.kolom;
  const sh = new Lembar([20, 60, 18, 18, 10, 18]);
  sh.judul(t.judul["realisasi-anggaran"], subjudul(ctx));
  const kepala = sh.kepala([k.kode, k.uraian, k.pagu, k.realisasiRp, k.serapan, k.sisa], false);
  const programRows = ctx.model.anggaran.map((p) => tulisPohon(ctx, sh, p, { kinerja: false, sisa: true }));
  const last = sh.next - 1;
  if (programRows.length > 0) {
    const r = sh.next;
    const sum = (c: number) =>
      programRows.length <= 200
        ? jumlahAtauKosong(programRows.map((pr) => cellA1(pr, c)))
        : `=SUMPRODUCT((LEN($A$${kepala + 2}:$A$${last + 1})-LEN(SUBSTITUTE($A$${kepala + 2}:$A$${last + 1},".",""))=2)*(${columnLetter(c)}${kepala + 2}:${columnLetter(c)}${last + 1}))`;
    const total = ctx.ev.total;
    const [P, Rl] = [cellA1(r, 2), cellA1(r, 3)];
    sh.push([
      null,
      teks(t.jumlah, "teksTebal"),
      rumus(sum(2), total.pagu ?? "", FMT.rp, "total"),
      rumus(sum(3), total.realisasi ?? "", FMT.rp, "total"),
      rumus(
        o.rumus === "sakip" ? R.SAKIP.serapan(Rl, P) : R.serapanRumus(Rl, P),
        R.tampil(total.serapan),
        FMT.persen,
        "total",
      ),
      rumus(o.rumus === "sakip" ? R.SAKIP.sisa(P, Rl) : R.sisaRumus(P, Rl), R.tampil(total.sisa), FMT.rp, "total"),
    ]);
  }
  const tabel = programRows.length > 0 ? `A${kepala + 1}:F${last + 1}` : undefined;
  return sh.spec("realisasi-anggaran", ctx.nama["realisasi-anggaran"], kepala, tabel ? { tabel } : {});
}

/** A program's pagu or realisasi: the live link for a leaf, the value (the sum of its children) for a parent. */
function sumberNode(p: NodeAnggaran, key: "pagu" | "realisasi"): SpecCell {
  const ref = p.children.length === 0 ? (key === "pagu" ? p.refPagu : p.refRealisasi) : undefined;
  return sumber(p[key], ref, FMT.rp);
}

/**
 * Efisiensi: kinerja and anggaran side by side per sasaran, and per program on a sheet of its own (each table under
 * its own printed header); a sasaran's budget figures sum its programs' rows there.
 */
function lembarEfisiensi(ctx: Ctx, capaianSasaran: BarisIndikator["capaianSasaran"]): SheetSpec[] {
  const { t, o } = ctx;
  const k = t.kolom;
  const m = o.metodeEfisiensi;
  const dasar = m === "selisih" ? SKALA.efisiensi_selisih : m === "rasio" ? SKALA.efisiensi_rasio : undefined;
  const kategori = dasar && skalaBahasa(dasar, o.bahasa, o.rumus);
  const lebar = [14, 50, 14, 18, 18, 10, 18, 12, ...(kategori ? [16] : [])];
  const kolom = (kode: string, nama: string) => [
    kode,
    nama,
    k.capaianKinerja,
    k.pagu,
    k.realisasiRp,
    k.serapan,
    k.sisa,
    k.efisiensi,
    ...(kategori ? [k.kategori] : []),
  ];
  const groups = ctx.ev.kelompok;

  const shP = new Lembar([...lebar]);
  shP.judul(t.judul.perProgram, subjudul(ctx));
  shP.catatan(`${t.metode}: ${t.penjelasanEfisiensi[m]}`);
  const kepalaP = shP.kepala(kolom(k.kode, k.program));
  const programRow = new Map<NodeAnggaran, number>();
  for (const g of groups) {
    for (const p of g.program) {
      const r = shP.next;
      // The program's own indicator (as read, a value): its capaian is shown as a value, the budget figures are live.
      const nilai = ctx.ev.anggaran(p);
      const c = R.tampil(nilai.capaian);
      const capaianCell: SpecCell = typeof c === "number" ? { v: c, fmt: FMT.persen, gaya: "angka" } : teks(R.KOSONG);
      shP.push([
        teks(kodeCetak(p.kode)),
        teks(p.uraian),
        capaianCell,
        sumberNode(p, "pagu"),
        sumberNode(p, "realisasi"),
      ]);
      baris(shP, r, nilai);
      programRow.set(p, r);
    }
  }

  const sh = new Lembar([...lebar]);
  sh.judul(t.judul.efisiensi, subjudul(ctx));
  sh.catatan(`${t.metode}: ${t.penjelasanEfisiensi[m]}`);
  const kepala = sh.kepala(kolom(k.no, k.sasaran));
  const program = `'${ctx.nama["efisiensi-program"].replace(/'/g, "''")}'!`;
  for (const [i, g] of groups.entries()) {
    const r = sh.push([teks(String(g.sasaran?.no ?? i + 1)), teks(g.sasaran ? g.sasaran.nama : t.tanpaSasaran)]);
    const rows = g.program.map((p) => programRow.get(p)!);
    const cs = g.sasaran ? capaianSasaran.get(g.sasaran) : undefined;
    const { nilai } = g;
    const cells = sh.rows[r];
    cells[2] = cs
      ? rumus(
          `='${ctx.nama.pengukuran.replace(/'/g, "''")}'!${cellA1(cs.row, cs.col)}`,
          R.tampil(nilai.capaian),
          FMT.persen,
        )
      : teks(R.KOSONG);
    cells[3] = rumus(jumlahAtauKosong(rows.map((pr) => program + cellA1(pr, 3))), nilai.pagu ?? "", FMT.rp);
    cells[4] = rumus(jumlahAtauKosong(rows.map((pr) => program + cellA1(pr, 4))), nilai.realisasi ?? "", FMT.rp);
    baris(sh, r, nilai);
  }

  /** Serapan, sisa, efisiensi (and category) of row r from its capaian (col 2), pagu (3) and realisasi (4). */
  function baris(s: Lembar, r: number, nilai: NilaiAnggaran): void {
    const [C, P, Rl] = [cellA1(r, 2), cellA1(r, 3), cellA1(r, 4)];
    const cells = s.rows[r];
    while (cells.length < 5) cells.push(null);
    cells[5] = rumus(R.serapanRumus(Rl, P), R.tampil(nilai.serapan), FMT.persen);
    cells[6] = rumus(R.sisaRumus(P, Rl), R.tampil(nilai.sisa), FMT.rp);
    cells[7] = rumus(
      o.rumus === "sakip" ? R.SAKIP.efisiensi(P, Rl, C, m) : R.efisiensiRumus(P, Rl, C, m),
      R.tampil(nilai.efisiensi),
      FMT.persen,
    );
    if (kategori)
      cells[8] = rumus(
        R.predikatRumus(cellA1(r, 7), kategori),
        R.tampil(predikatDari(nilai.efisiensi, kategori)),
        undefined,
        "teks",
      );
  }
  if (kategori) {
    for (const [s, kp] of [
      [sh, kepala],
      [shP, kepalaP],
    ] as const)
      s.warna.push({ range: `I${kp + 3}:I${s.next}`, aturan: predikatWarna(kategori) });
  }
  return [
    sh.spec("efisiensi", ctx.nama.efisiensi, kepala),
    shP.spec("efisiensi-program", ctx.nama["efisiensi-program"], kepalaP),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Bab III items 2–4: only when the workbook holds the data.

const semuaIndikator = (ctx: Ctx) => ctx.model.sasaran.flatMap((s) => s.indikator);
const sel = (n: NilaiSel | undefined, fmt: string) => sumber(n?.nilai ?? null, n?.ref, fmt);

/** Item 2: target, realisasi and capaian of every year the workbook has, this year last. */
function lembarPerbandingan(ctx: Ctx): SheetSpec | undefined {
  const { t, o } = ctx;
  const ind = semuaIndikator(ctx);
  const years = [...new Set(ind.flatMap((i) => (pembanding(i).tahunLalu ?? []).map((y) => y.tahun)))]
    .sort((a, b) => a - b)
    .filter((y) => y !== o.tahun);
  if (years.length === 0) return undefined;
  const all = [...years, o.tahun];
  const k = t.kolom;
  // Many years make it wide: the No, indikator and satuan head every page across.
  const sh = new Lembar([6, 40, 9, ...all.flatMap(() => [11, 11, 11])], { kolomJudulCetak: [1, 3] });
  sh.judul(t.judul.perbandingan, subjudul(ctx));
  const kepala = sh.kepala([
    k.no,
    k.indikator,
    k.satuan,
    ...all.flatMap((y) => [denganTahun(k.target, y), denganTahun(k.realisasi, y), denganTahun(k.capaian, y)]),
  ]);
  ind.forEach((i, n) => {
    const r = sh.next;
    const row: (SpecCell | null)[] = [teks(String(n + 1)), teks(i.nama), teks(i.satuan)];
    const lalu = pembanding(i).tahunLalu ?? [];
    const fmt = fmtNilai(
      i.satuan,
      i.target,
      i.realisasi?.nilai,
      ...lalu.flatMap((y) => [y.target.nilai, y.realisasi.nilai]),
    );
    all.forEach((y, j) => {
      const data =
        y === o.tahun
          ? {
              target: { nilai: i.target, ref: i.refTarget },
              realisasi: { nilai: i.realisasi?.nilai ?? null, ref: i.realisasi?.ref },
            }
          : pembanding(i).tahunLalu?.find((x) => x.tahun === y);
      const c0 = 3 + 3 * j;
      const hasil = R.tampil(
        capaianIndikator(i, data?.realisasi.nilai ?? null, data?.target.nilai ?? null, o.metodeNegatif),
      );
      row.push(
        sel(data?.target, fmt),
        sel(data?.realisasi, fmt),
        rumus(
          R.capaianRumus(cellA1(r, c0 + 1), cellA1(r, c0), i.polaritas, o.metodeNegatif, atasLiteral(i)),
          hasil,
          FMT.persen,
        ),
      );
    });
    sh.push(row);
  });
  sh.catatan(t.catatanKosong);
  return sh.spec("perbandingan", ctx.nama.perbandingan, kepala);
}

/** Item 3: realisasi to date against the Renstra end target; stocks take this year's value, flows are summed. */
function lembarRenstra(ctx: Ctx): SheetSpec | undefined {
  const { t, o } = ctx;
  const ind = semuaIndikator(ctx).filter((i) => pembanding(i).targetRenstra);
  if (ind.length === 0) return undefined;
  const k = t.kolom;
  const p = t.pembanding;
  const sh = new Lembar([6, 40, 9, 16, 14, 14, 14, 14, 14]);
  sh.judul(t.judul.renstra, subjudul(ctx));
  const kepala = sh.kepala([
    k.no,
    k.indikator,
    k.satuan,
    p.jenis,
    p.targetRenstra,
    p.sdLalu,
    denganTahun(k.realisasi, o.tahun),
    p.sdKini(o.tahun),
    p.capaianRenstra,
  ]);
  ind.forEach((i, n) => {
    const r = sh.next;
    const pb = pembanding(i);
    const { stok, sdLalu: lalu, sd } = realisasiSampaiKini(i);
    const kini = i.realisasi?.nilai ?? null;
    const sdLalu: Skalar = lalu ?? R.KOSONG;
    const [F, G] = [cellA1(r, 5), cellA1(r, 6)];
    const hasil = R.tampil(capaianIndikator(i, sd, pb.targetRenstra?.nilai ?? null, o.metodeNegatif));
    const fmt = fmtNilai(i.satuan, pb.targetRenstra?.nilai, lalu, kini, sd);
    sh.push([
      teks(String(n + 1)),
      teks(i.nama),
      teks(i.satuan),
      teks(stok ? p.stok : p.aliran),
      sel(pb.targetRenstra, fmt),
      typeof sdLalu === "number" ? angka(sdLalu, fmt) : teks(sdLalu),
      sumber(kini, i.realisasi?.ref, fmt),
      rumus(stok ? `=${G}` : `=IF(${G}="","",IF(ISNUMBER(${F}),${F},0)+${G})`, sd ?? "", fmt),
      rumus(
        R.capaianRumus(cellA1(r, 7), cellA1(r, 4), i.polaritas, o.metodeNegatif, atasLiteral(i)),
        hasil,
        FMT.persen,
      ),
    ]);
  });
  sh.catatan(p.catatanRenstra);
  return sh.spec("renstra", ctx.nama.renstra, kepala);
}

/** Item 4: this year's realisasi beside the national standard, judged by the indicator's polarity. */
function lembarStandarNasional(ctx: Ctx): SheetSpec | undefined {
  const { t, o } = ctx;
  const ind = semuaIndikator(ctx).filter((i) => pembanding(i).standarNasional);
  if (ind.length === 0) return undefined;
  const k = t.kolom;
  const p = t.pembanding;
  const sh = new Lembar([6, 40, 9, 14, 14, 14, 30]);
  sh.judul(t.judul["standar-nasional"], subjudul(ctx));
  const kepala = sh.kepala([
    k.no,
    k.indikator,
    k.satuan,
    denganTahun(k.realisasi, o.tahun),
    p.nasional,
    p.selisih,
    k.keterangan,
  ]);
  ind.forEach((i, n) => {
    const r = sh.next;
    const std = pembanding(i).standarNasional!;
    const kini = i.realisasi?.nilai ?? null;
    const banding = bandingNasional(i);
    const selisih: Skalar = banding.selisih ?? R.KOSONG;
    const arah = i.polaritas === "negatif" ? -1 : 1;
    const [D, E, F] = [cellA1(r, 3), cellA1(r, 4), cellA1(r, 5)];
    const ket: Skalar = banding.arah ? p[banding.arah] : R.KOSONG;
    const fmt = fmtNilai(i.satuan, kini, std.nilai);
    const ketF =
      i.polaritas === "rentang"
        ? `="${R.KOSONG}"`
        : `=IF(NOT(ISNUMBER(${F})),"${R.KOSONG}",IF(ABS(${F})<=1E-9*MAX(1,ABS(${E})),"${p.setara}",IF(${arah}*${F}>0,"${p.lebihBaik}","${p.kurang}")))`;
    sh.push([
      teks(String(n + 1)),
      teks(i.nama),
      teks(i.satuan),
      sumber(kini, i.realisasi?.ref, fmt),
      sel(std, fmt),
      rumus(`=IF(OR(${D}="",${E}=""),"${R.KOSONG}",${D}-${E})`, selisih, FMT.desimal),
      rumus(ketF, ket, undefined, "teks"),
    ]);
  });
  return sh.spec("standar-nasional", ctx.nama["standar-nasional"], kepala);
}

/** The narrative draft: a heading per sasaran, then its paragraphs, one per row, wrapped across the page. */
function lembarNarasi(ctx: Ctx, narasi: readonly ParagrafNarasi[]): SheetSpec {
  const sh = new Lembar([110]);
  sh.judul(ctx.t.judul.narasi, subjudul(ctx));
  sh.catatan(ctx.t.judul.catatanNarasi);
  let sasaran = "";
  for (const p of narasi) {
    if (p.sasaran !== sasaran) {
      sh.push([]);
      sh.push([teks(p.sasaran, "teksTebal")]);
      sasaran = p.sasaran;
    }
    sh.push([teks(p.teks)]);
  }
  return sh.spec("narasi", ctx.nama.narasi, 3, { beku: { baris: 0, kolom: 0 }, barisJudulCetak: [1, 2] });
}

/** The upper bound of a range target as a formula literal. */
function atasLiteral(i: Indikator): string | undefined {
  return i.polaritas === "rentang" ? String(i.targetAtas ?? '""') : undefined;
}

/** The table's number before its title: "TABEL 3.1 PENGUKURAN KINERJA". */
function bernomor(spec: SheetSpec, nomor: string): SheetSpec {
  const [judul, ...rest] = spec.rows;
  // Every copy of the title (one per page across, when the table prints over several) carries the number.
  const bernomor = judul.map((c) => (c?.gaya === "judul" ? { ...c, v: `${nomor} ${c.v}` } : c));
  return { ...spec, rows: [bernomor, ...rest] };
}

/** "Realisasi 2024", or "Realisasi" when the year is not known. */
function denganTahun(label: string, tahun: number | null): string {
  return tahun === null ? label : `${label} ${tahun}`;
}

function subjudul(ctx: Ctx): string {
  return [ctx.o.instansi, ctx.o.tahun === null ? "" : `${ctx.t.tahun} ${ctx.o.tahun}`]
    .filter((s) => s !== "")
    .join(" — ")
    .toUpperCase();
}

export { ID_LEMBAR };
export type { IdLembar };
