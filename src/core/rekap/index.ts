/**
 * Rekap Pemda: every OPD's own report → kelengkapan, per-OPD figures, the Pemda total, the sub kegiatan that need
 * attention and the rekap sheets. Hosts read one OPD file at a time into BacaanOpd (bacaBerkasOpd) and hand the
 * readings to susunRekap; nothing of a grid is kept.
 */
import { Grid } from "../grid";
import { bacaLembarOpd, Dilewati } from "./baca";
import { cekRekapLama } from "./cek";
import { BacaanOpd, TemuanOpd } from "./jenis";

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
  return { bacaan, dilewati, temuan };
}
