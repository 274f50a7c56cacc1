/**
 * The "Pemeriksaan" sheet: the audit's result inside the workbook. A summary per rule, then one row per finding
 * with a link to its cell, the stated and the expected figure, the message and the likely cause; then what could
 * not be read. Written by both hosts like any generated sheet, tagged, and replaced by the next audit only.
 */
import type { Severity } from "../model";
import { quoteSheet } from "../grid";
import { Lembar } from "../report/lembar";
import { cariNamaLembar } from "../report/names";
import { ID_PEMERIKSAAN, SheetSpec, SpecCell } from "../report/spec";
import { Grid } from "../grid";
import { ATURAN, HasilPeriksa, KodeTemuan, OpsiPeriksa, periksaLaporan, SelTemuan } from "./index";
import { Isian, ISIAN_PERSEN, ISIAN_RUPIAH } from "./tabel";

export const NAMA_PEMERIKSAAN = "Pemeriksaan";

const TINGKAT: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };
const WARNA: Record<Severity, string> = { error: "F8CBAD", warning: "FFE699", info: "DDEBF7" };
const KOLOM = ["No", "Tingkat", "Aturan", "Sel", "Tertulis", "Seharusnya", "Uraian", "Kemungkinan penyebab", "Sel lain yang terlibat"];

/**
 * The figures' format by what they are: percentages (capaian, serapan, efisiensi, in percentage points) with the
 * sign, rupiah without decimals, any other figure with its decimals — never a trailing separator in Excel.
 */
export const FMT_TEMUAN = { persen: '#,##0.00##"%"', rupiah: '"Rp "#,##0', nilai: "#,##0.00##" } as const;

export function fmtTemuan(isian: Isian | undefined): string {
  return isian && ISIAN_PERSEN.has(isian) ? FMT_TEMUAN.persen : isian && ISIAN_RUPIAH.has(isian) ? FMT_TEMUAN.rupiah : FMT_TEMUAN.nilai;
}

const rujukan = (s: SelTemuan) => `${quoteSheet(s.sheet)}!${s.cell}`;

/** A link that selects the cell, in Excel and in LibreOffice ("#'Sheet'!A1"). */
function tautan(s: SelTemuan): SpecCell {
  const teks = rujukan(s);
  const q = (x: string) => x.replace(/"/g, '""');
  return { f: `=HYPERLINK("#${q(teks)}","${q(teks)}")`, hasil: teks, gaya: "teks" };
}

/** The sheet's final name: "Pemeriksaan", or "Pemeriksaan (2)" when a user's sheet has that name. */
export function namaPemeriksaan(diambil: readonly string[]): string {
  return cariNamaLembar([{ id: ID_PEMERIKSAAN, nama: NAMA_PEMERIKSAAN }], diambil).nama[ID_PEMERIKSAAN];
}

export function lembarPemeriksaan(h: HasilPeriksa, nama: string): SheetSpec {
  // Narrow enough to print one A4 landscape page wide at 8 pt or more (src/core/report/lembar.ts, ukuranCetak).
  const sh = new Lembar([4, 10, 24, 18, 17, 17, 46, 30, 18]);
  const n = (sev: Severity) => h.temuan.filter((t) => t.severity === sev).length;
  sh.judul(
    "PEMERIKSAAN KONSISTENSI LAPORAN KINERJA",
    `${h.tahun ? `Tahun ${h.tahun} · ` : ""}${h.tabel.length} tabel · ${h.diperiksa} angka dihitung ulang atau dibandingkan · ${n("error")} galat, ${n("warning")} peringatan, ${n("info")} info`,
  );
  // Summary per rule.
  sh.push([null, { v: "Aturan", gaya: "kepala" }, null, null, null, null, { v: "Temuan", gaya: "kepala" }]);
  sh.merge(sh.next - 1, 1, sh.next - 1, 5);
  for (const code of Object.keys(ATURAN) as KodeTemuan[]) {
    const jumlah = h.jumlah[code] ?? 0;
    const r = sh.push([null, { v: ATURAN[code], gaya: "teks" }, null, null, null, null, { v: jumlah, fmt: "0", gaya: "angka" }]);
    sh.merge(r, 1, r, 5);
  }
  sh.push([]);
  const kepala = sh.kepala(KOLOM, false);
  const mulai = sh.next;
  h.temuan.forEach((t, i) => {
    const fmt = fmtTemuan(t.isian);
    const angka = (v: number | undefined): SpecCell => (v === undefined ? { v: "", gaya: "angka" } : { v: Number(v.toPrecision(12)), fmt, gaya: "angka" });
    sh.push([
      { v: i + 1, fmt: "0", gaya: "angka" },
      { v: TINGKAT[t.severity], gaya: "teksTebal" },
      { v: t.aturan, gaya: "teks" },
      tautan(t.sel[0]),
      angka(t.tertulis),
      angka(t.seharusnya),
      { v: t.message, gaya: "teks" },
      { v: t.penyebab ?? "", gaya: "teks" },
      { v: t.sel.slice(1).map(rujukan).join(", "), gaya: "teks" },
    ]);
  });
  if (h.temuan.length === 0) sh.catatan("Tidak ada temuan: setiap angka yang dapat dihitung ulang sesuai dengan barisnya dan dengan tabel lain.");
  const akhir = sh.next - 1;
  if (h.temuan.length > 0) {
    for (const sev of ["error", "warning", "info"] as const) sh.warna.push({ range: `B${mulai + 1}:B${akhir + 1}`, aturan: [{ teks: TINGKAT[sev], warna: WARNA[sev] }] });
  }
  if (h.diagnostik.length > 0) {
    sh.push([]);
    sh.catatan("Yang tidak dapat dibaca (tidak ikut diperiksa):");
    for (const d of h.diagnostik) sh.push([null, { v: TINGKAT[d.severity], gaya: "teksTebal" }, { v: "Sel yang tidak dapat dibaca", gaya: "teks" }, d.sheet && d.cell ? tautan({ sheet: d.sheet, cell: d.cell }) : { v: d.sheet ?? "", gaya: "teks" }, null, null, { v: d.message, gaya: "teks" }]);
  }
  sh.catatan("Tertulis dan Seharusnya dalam satuan angkanya: persen untuk capaian, serapan dan efisiensi; rupiah untuk anggaran.");
  return sh.spec(ID_PEMERIKSAAN, nama, kepala);
}

/**
 * The whole audit job between reading and writing, shared by every host: the workbook's sheets (an earlier audit
 * result excluded by the caller) → findings → the Pemeriksaan sheet under a name no other sheet has.
 */
export function susunPemeriksaan(grids: readonly Grid[], namaLain: readonly string[], opsi: OpsiPeriksa = {}): { hasil: HasilPeriksa; spec: SheetSpec } {
  const hasil = periksaLaporan(grids, opsi);
  return { hasil, spec: lembarPemeriksaan(hasil, namaPemeriksaan(namaLain)) };
}
