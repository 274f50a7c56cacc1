/**
 * Rekap Pemda: every OPD's own report → kelengkapan, per-OPD figures, the Pemda total, the sub kegiatan that need
 * attention and the rekap sheets. Hosts read one OPD file at a time into BacaanOpd (bacaBerkasOpd) and hand the
 * readings to susunRekap; nothing of a grid is kept.
 */
import { Grid } from "../grid";
import { SheetSpec } from "../report/spec";
import { Triwulan } from "../rules/triwulan";
import { gabungBidang } from "./bidang";
import { bacaLembarOpd, Dilewati } from "./baca";
import { cekRekapLama } from "./cek";
import { BarisRpjmd, lembarE79 } from "./e79";
import { HasilRekap, OpsiRekap, PITA_BAWAAN_EN, susunRekap } from "./hitung";
import { BacaanOpd, TemuanOpd } from "./jenis";
import { lembarRekap, OpsiLembarRekap } from "./lembar";

export * from "./jenis";
export { bacaLembarOpd } from "./baca";
export type { Dilewati } from "./baca";
export { bacaDaftar } from "./daftar";
export {
  angkaOpd,
  kategori,
  namaPeriode,
  namaTampil,
  periodeUmum,
  PITA_BAWAAN,
  PITA_BAWAAN_EN,
  susunRekap,
  totalPemda,
} from "./hitung";
export type { AngkaOpd, BarisKelengkapan, BarisOpd, HasilRekap, OpsiRekap, Perhatian, TotalPemda } from "./hitung";
export { cocokDaftar, kunciNama } from "./nama";
export { bulanTahunDariJudul } from "../read/judul";
export { bacaRpjmd, ID_E79, lembarE79 } from "./e79";
export type { BarisRpjmd } from "./e79";
export { bacaKurvaTarget, bacaPita, targetPeriode } from "./kurva";
export type { KurvaTarget, TargetPeriode } from "./kurva";
export { ID_REKAP, lembarRekap } from "./lembar";
export type { OpsiLembarRekap } from "./lembar";

export interface OpsiSpecRekap extends OpsiRekap, Omit<OpsiLembarRekap, "bacaan"> {
  /** The RPJMD table (bacaRpjmd), for the E.79's (6) and (7). */
  readonly rpjmd?: readonly BarisRpjmd[];
}

/**
 * The whole rekap for a host to write: from the OPD readings (bacaBerkasOpd, one file at a time), the rekap's
 * figures and its SheetSpecs — Kelengkapan, Rekap per OPD, the rankings, Perlu Perhatian, Pemeriksaan OPD, and the
 * E.79 when OPD reported with an E.81 form. The specs' ids are the "rekap" family (report/spec.ts keluarga): written
 * into a workbook, they replace an earlier rekap and leave the report's and the audit's sheets alone.
 */
export function specRekap(
  bacaan: readonly BacaanOpd[],
  opsi: OpsiSpecRekap = {},
): { rekap: HasilRekap; specs: SheetSpec[] } {
  // The default bands in the sheets' language.
  const rekap = susunRekap(bacaan, opsi.pita || opsi.bahasa !== "en" ? opsi : { ...opsi, pita: PITA_BAWAAN_EN });
  const specs = lembarRekap(rekap, { ...opsi, bacaan });
  const lapor = new Set(rekap.opd.map((o) => `${o.berkas}\u0000${o.sheet}`));
  const e81 = bacaan.filter((b) => b.e81 && lapor.has(`${b.berkas}\u0000${b.sheet}`));
  if (e81.length > 0) {
    const tw = rekap.periode
      ? (Math.ceil(rekap.periode.bulan / 3) as Triwulan)
      : (Math.max(...e81.map((b) => b.e81!.triwulan ?? 4)) as Triwulan);
    specs.push(
      lembarE79(e81, {
        nama: opsi.bahasa === "en" ? "E.79 RKPD Evaluation" : "E.79 Evaluasi RKPD",
        bahasa: opsi.bahasa ?? "id",
        tahun: rekap.periode?.tahun ?? e81.find((b) => b.e81!.tahun)?.e81!.tahun ?? null,
        triwulan: tw,
        ...(opsi.rpjmd ? { rpjmd: opsi.rpjmd } : {}),
      }),
    );
  }
  return { rekap, specs };
}

/**
 * The sheets of one file, each read as an OPD's report or set aside with why. A file with no OPD report at all is
 * one reading "tidak terbaca" with the reasons, so it shows on the Kelengkapan sheet and is never silently dropped.
 * `lembar` yields the sheets one at a time (a host may read each just before it is needed).
 */
export function bacaBerkasOpd(
  berkas: string,
  lembar: Iterable<Grid>,
): { bacaan: BacaanOpd[]; dilewati: Dilewati[]; temuan: TemuanOpd[] } {
  const bacaan: BacaanOpd[] = [];
  const dilewati: Dilewati[] = [];
  const semua: Grid[] = [];
  // The sheets set aside whose formulas reach into other sheets: the hand-kept rekap, checked against the OPD sheets.
  const rekapLama: Grid[] = [];
  let n = 0;
  for (const g of lembar) {
    n++;
    if (n === 1) semua.push(g);
    const h = bacaLembarOpd(g, berkas, false);
    if ("bacaan" in h) bacaan.push(h.bacaan);
    else {
      dilewati.push(h.dilewati);
      if (g.formulas?.some((r) => r?.some((f) => f?.includes("!"))))
        rekapLama.push({ name: g.name, values: g.values, formulas: g.formulas });
    }
  }
  if (bacaan.length === 0 && n === 1) {
    // A file of one sheet is an OPD's report or unreadable as one: read it as such to say why.
    const h = bacaLembarOpd(semua[0], berkas, true);
    if ("bacaan" in h) return { bacaan: [h.bacaan], dilewati: [], temuan: [] };
  }
  if (bacaan.length === 0)
    bacaan.push({
      berkas,
      sheet: dilewati.map((d) => d.sheet).join(", ") || "(tanpa lembar)",
      nama: null,
      kode: null,
      periode: null,
      bentuk: "tak_terbaca",
      alasan: dilewati.map((d) => `'${d.sheet}': ${d.alasan}`).join("; ") || "buku kerja tanpa lembar",
      alasanEn: dilewati.map((d) => `'${d.sheet}': ${d.alasanEn}`).join("; ") || "a workbook without sheets",
      sub: [],
      temuan: [],
    });
  const opd = new Set(bacaan.filter((b) => b.bentuk !== "tak_terbaca").map((b) => b.sheet));
  const temuan = rekapLama.length > 0 && opd.size > 0 ? cekRekapLama(berkas, rekapLama, opd) : [];
  // One OPD kept one sheet per bidang is one OPD.
  const bidang = gabungBidang(bacaan);
  return { bacaan: bidang.bacaan, dilewati, temuan: [...temuan, ...bidang.temuan] };
}
