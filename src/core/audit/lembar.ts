/**
 * The "Pemeriksaan" sheet: the audit's result inside the workbook. A summary per rule, then one row per finding
 * with a link to its cell, the stated and the expected figure, the message and the likely cause; then what could
 * not be read. Written by both hosts like any generated sheet, tagged, and replaced by the next audit only.
 */
import { Bahasa, pesan } from "../bahasa";
import type { Severity } from "../model";
import { rujukanSel } from "../grid";
import { Lembar } from "../report/lembar";
import { cariNamaLembar } from "../report/names";
import { ID_PEMERIKSAAN, SheetSpec, SpecCell } from "../report/spec";
import { Grid } from "../grid";
import { ATURAN, ATURAN_EN, HasilPeriksa, KodeTemuan, OpsiPeriksa, periksaLaporan, SelTemuan } from "./index";
import { Isian, ISIAN_PERSEN, ISIAN_RUPIAH } from "./tabel";
import { hitungTingkat, rujukanRentang, selLain } from "../temuan-kelompok";

export const NAMA_PEMERIKSAAN = "Pemeriksaan";

const WARNA: Record<Severity, string> = { error: "F8CBAD", warning: "FFE699", info: "DDEBF7" };

/** The sheet's own words, in each output language. */
const KATA = {
  id: {
    nama: NAMA_PEMERIKSAAN,
    tingkat: { error: "Galat", warning: "Peringatan", info: "Info" } as Record<Severity, string>,
    kolom: [
      "No",
      "Tingkat",
      "Aturan",
      "Sel",
      "Tertulis",
      "Seharusnya",
      "Uraian",
      "Kemungkinan penyebab",
      "Sel lain yang terlibat",
    ],
    judul: "PEMERIKSAAN KONSISTENSI LAPORAN KINERJA",
    ringkas: (h: HasilPeriksa, n: (s: Severity, kata: string) => string) =>
      `${h.tahun ? `Tahun ${h.tahun} · ` : ""}${h.tabel.length} tabel · ${h.diperiksa} angka dihitung ulang atau dibandingkan · ${n("error", "galat")}, ${n("warning", "peringatan")}, ${n("info", "info")}`,
    sel: "sel",
    aturan: "Aturan",
    temuan: "Temuan",
    bersih: "Tidak ada temuan: setiap angka yang dapat dihitung ulang sesuai dengan barisnya dan dengan tabel lain.",
    takTerbaca: "Yang tidak dapat dibaca (tidak ikut diperiksa):",
    selTakTerbaca: "Sel yang tidak dapat dibaca",
    jumlahTakTerbaca: (n: number) => `Sel yang tidak dapat dibaca (galat sel, teks bukan angka), dalam ${n} kelompok`,
    satuan:
      "Tertulis dan Seharusnya dalam satuan angkanya: persen untuk capaian, serapan dan efisiensi; rupiah untuk anggaran.",
  },
  en: {
    nama: "Consistency Check",
    tingkat: { error: "Error", warning: "Warning", info: "Info" } as Record<Severity, string>,
    kolom: ["No", "Severity", "Rule", "Cell", "Stated", "Expected", "Finding", "Likely cause", "Other cells involved"],
    judul: "CONSISTENCY CHECK OF THE PERFORMANCE REPORT",
    ringkas: (h: HasilPeriksa, n: (s: Severity, kata: string) => string) =>
      `${h.tahun ? `Year ${h.tahun} · ` : ""}${h.tabel.length} tables · ${h.diperiksa} figures recomputed or compared · ${n("error", "errors")}, ${n("warning", "warnings")}, ${n("info", "info")}`,
    sel: "cells",
    aturan: "Rule",
    temuan: "Findings",
    bersih: "No findings: every figure that can be recomputed agrees with its row and with the other tables.",
    takTerbaca: "What could not be read (not checked):",
    selTakTerbaca: "Unreadable cell",
    jumlahTakTerbaca: (n: number) => `Cells that could not be read (cell errors, text for numbers), in ${n} groups`,
    satuan:
      "Stated and Expected are in the figure's unit: percent for achievement, absorption and efficiency; rupiah for budgets.",
  },
} as const;

/**
 * The figures' format by what they are: percentages (capaian, serapan, efisiensi, in percentage points) with the
 * sign, rupiah without decimals, any other figure with its decimals — never a trailing separator in Excel.
 */
export const FMT_TEMUAN = { persen: '#,##0.00##"%"', rupiah: '"Rp "#,##0', nilai: "#,##0.00##" } as const;

export function fmtTemuan(isian: Isian | undefined): string {
  return isian && ISIAN_PERSEN.has(isian)
    ? FMT_TEMUAN.persen
    : isian && ISIAN_RUPIAH.has(isian)
      ? FMT_TEMUAN.rupiah
      : FMT_TEMUAN.nilai;
}

const rujukan = (s: SelTemuan) => rujukanSel(s.sheet, s.cell);

/**
 * A link that selects the cell, in Excel and in LibreOffice ("#'Sheet'!A1"); a group's link selects its first range
 * and shows all of them ("'Cetak'!K13:K46,M13:M20").
 */
function tautan(s: SelTemuan, rentang?: string): SpecCell {
  const teks = rentang ? rujukanSel(s.sheet, rentang) : rujukan(s);
  const q = (x: string) => x.replace(/"/g, '""');
  return { f: `=HYPERLINK("#${q(rujukan(s))}","${q(teks)}")`, hasil: teks, gaya: "teks" };
}

/** The sheet's final name: "Pemeriksaan", or "Pemeriksaan (2)" when a user's sheet has that name. */
export function namaPemeriksaan(diambil: readonly string[], bahasa: Bahasa = "id"): string {
  return cariNamaLembar([{ id: ID_PEMERIKSAAN, nama: KATA[bahasa].nama }], diambil).nama[ID_PEMERIKSAAN];
}

export function lembarPemeriksaan(h: HasilPeriksa, nama: string, bahasa: Bahasa = "id"): SheetSpec {
  const w = KATA[bahasa];
  const en = bahasa === "en";
  const ATURAN_BAHASA = en ? ATURAN_EN : ATURAN;
  // Narrow enough to print one A4 landscape page wide at 8 pt or more (src/core/report/lembar.ts, ukuranCetak).
  const sh = new Lembar([4, 10, 24, 18, 17, 17, 46, 30, 18]);
  // Findings count a group once, its cells beside: "30 galat (31 sel)".
  const hitung = hitungTingkat(h.temuan);
  const n = (sev: Severity, kata: string) =>
    `${hitung[sev].temuan} ${kata}${hitung[sev].sel > hitung[sev].temuan ? ` (${hitung[sev].sel} ${w.sel})` : ""}`;
  sh.judul(w.judul, w.ringkas(h, n));
  // Summary per rule.
  sh.push([null, { v: w.aturan, gaya: "kepala" }, null, null, null, null, { v: w.temuan, gaya: "kepala" }]);
  sh.merge(sh.next - 1, 1, sh.next - 1, 5);
  for (const code of Object.keys(ATURAN) as KodeTemuan[]) {
    const jumlah = h.jumlah[code] ?? 0;
    const r = sh.push([
      null,
      { v: ATURAN_BAHASA[code], gaya: "teks" },
      null,
      null,
      null,
      null,
      { v: jumlah, fmt: "0", gaya: "angka" },
    ]);
    sh.merge(r, 1, r, 5);
  }
  if (h.selTakTerbaca > 0) {
    const r = sh.push([
      null,
      { v: w.jumlahTakTerbaca(h.diagnostik.length), gaya: "teks" },
      null,
      null,
      null,
      null,
      { v: h.selTakTerbaca, fmt: "0", gaya: "angka" },
    ]);
    sh.merge(r, 1, r, 5);
  }
  sh.push([]);
  const kepala = sh.kepala([...w.kolom], false);
  const mulai = sh.next;
  h.temuan.forEach((t, i) => {
    const fmt = fmtTemuan(t.isian);
    const angka = (v: number | undefined): SpecCell =>
      v === undefined ? { v: "", gaya: "angka" } : { v: Number(v.toPrecision(12)), fmt, gaya: "angka" };
    sh.push([
      { v: i + 1, fmt: "0", gaya: "angka" },
      { v: w.tingkat[t.severity], gaya: "teksTebal" },
      { v: en ? t.aturanEn : t.aturan, gaya: "teks" },
      tautan({ sheet: t.sheet, cell: t.cell }, t.rentang),
      angka(t.tertulis),
      angka(t.seharusnya),
      { v: pesan(t, bahasa), gaya: "teks" },
      { v: (en ? t.penyebabEn : t.penyebab) ?? "", gaya: "teks" },
      { v: rujukanRentang(selLain(t)), gaya: "teks" },
    ]);
  });
  if (h.temuan.length === 0) sh.catatan(w.bersih);
  const akhir = sh.next - 1;
  if (h.temuan.length > 0) {
    for (const sev of ["error", "warning", "info"] as const)
      sh.warna.push({ range: `B${mulai + 1}:B${akhir + 1}`, aturan: [{ teks: w.tingkat[sev], warna: WARNA[sev] }] });
  }
  if (h.diagnostik.length > 0) {
    sh.push([]);
    sh.catatan(w.takTerbaca);
    for (const d of h.diagnostik)
      sh.push([
        null,
        { v: w.tingkat[d.severity], gaya: "teksTebal" },
        { v: w.selTakTerbaca, gaya: "teks" },
        d.sheet && d.cell ? tautan({ sheet: d.sheet, cell: d.cell }, d.rentang) : { v: d.sheet ?? "", gaya: "teks" },
        null,
        null,
        { v: pesan(d, bahasa), gaya: "teks" },
      ]);
  }
  sh.catatan(w.satuan);
  return sh.spec(ID_PEMERIKSAAN, nama, kepala);
}

/**
 * The whole audit job between reading and writing, shared by every host: the workbook's sheets (an earlier audit
 * result excluded by the caller) → findings → the Pemeriksaan sheet under a name no other sheet has.
 */
export function susunPemeriksaan(
  grids: readonly Grid[],
  namaLain: readonly string[],
  opsi: OpsiPeriksa = {},
): { hasil: HasilPeriksa; spec: SheetSpec } {
  const hasil = periksaLaporan(grids, opsi);
  const bahasa = opsi.bahasa ?? "id";
  return { hasil, spec: lembarPemeriksaan(hasil, namaPemeriksaan(namaLain, bahasa), bahasa) };
}
