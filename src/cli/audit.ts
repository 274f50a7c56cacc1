/**
 * `kinerja audit <laporan.xlsx> [-o keluaran.xlsx] [--json] [--tahun 2023]`: Periksa Konsistensi on a finished
 * report's tables. Prints every finding with its cells, and writes a copy of the workbook with the "Pemeriksaan"
 * sheet (the input is never written).
 */
import { HasilPeriksa, OpsiPeriksa, TemuanAudit } from "../core/audit";
import { rujukanSel } from "../core/grid";
import { hitungTingkat, rentangSel, rujukanRentang, selLain } from "../core/temuan-kelompok";
import { periksaBukuKerja } from "../xlsx/write";
import { pesan, type Bahasa, type Dwibahasa } from "../core/bahasa";
import { diagnosticLine } from "./baca";
import { jamak, LABEL_TINGKAT, TEMUAN } from "./teks";
import { bukaBukuKerja, catatanKeluaran, cekAkhiran, Keluaran, namaKeluaran, tulisBukuKerja } from "./berkas";

export interface HasilAudit {
  readonly hasil: HasilPeriksa;
  readonly output: string;
  readonly lembar: string;
  /** How the input was read when not as an .xlsx (through LibreOffice). */
  readonly catatan: readonly Dwibahasa[];
}

export async function audit(input: string, output: string, opsi: OpsiPeriksa = {}): Promise<HasilAudit> {
  const catatan: Dwibahasa[] = [];
  const paket = await bukaBukuKerja(input, (d) => catatan.push(d));
  cekAkhiran(paket, output);
  const { hasil, lembar, isi } = periksaBukuKerja(paket, opsi);
  tulisBukuKerja(isi, input, output);
  return { hasil, output, lembar, catatan };
}

export function defaultAuditOutput(input: string, folder?: string): string {
  return namaKeluaran(input, "pemeriksaan", folder);
}

const KATA = {
  id: {
    selLain: "sel lain",
    diperiksa: (tabel: number, tahun: number | null, angka: number) =>
      `Diperiksa: ${tabel} tabel${tahun ? `, tahun ${tahun}` : ""}; ${angka} angka dihitung ulang atau dibandingkan`,
    takTerbaca: (sel: number, kelompok: number) =>
      `Tidak dapat dibaca: ${sel} sel${kelompok < sel ? ` dalam ${kelompok} kelompok` : ""}:`,
    ditulis: (out: string, lembar: string) => `Ditulis: ${out} (lembar "${lembar}")`,
  },
  en: {
    selLain: "other cells",
    diperiksa: (tabel: number, tahun: number | null, angka: number) =>
      `Checked: ${tabel} ${jamak(tabel, "table", "tables")}${tahun ? `, year ${tahun}` : ""}; ${angka} ${jamak(angka, "figure", "figures")} recomputed or compared`,
    takTerbaca: (sel: number, kelompok: number) =>
      `Could not be read: ${sel} ${jamak(sel, "cell", "cells")}${kelompok < sel ? ` in ${kelompok} ${jamak(kelompok, "group", "groups")}` : ""}:`,
    ditulis: (out: string, lembar: string) => `Written: ${out} (sheet "${lembar}")`,
  },
} as const;

/**
 * A finding's line, with its likely cause (penyebab) when the message does not already state it, and the other cells
 * it involves as ranges. A finding repeated over cells is one line: its first range, its sentence naming the ranges
 * and the count.
 */
export function temuanLine(t: TemuanAudit, bahasa: Bahasa = "id"): string {
  const message = pesan(t, bahasa);
  const sel = selLain(t);
  const lain = sel.length > 0 ? `\n      ${KATA[bahasa].selLain}: ${rujukanRentang(sel)}` : "";
  const sebab = bahasa === "en" ? t.penyebabEn : t.penyebab;
  const penyebab = sebab && !message.includes(sebab) ? `\n      → ${sebab}` : "";
  return `  [${LABEL_TINGKAT[bahasa][t.severity]}] ${rujukanSel(t.sheet, t.cell)} ${t.code}: ${message}${penyebab}${lain}`;
}

/** Above this many findings of one code in one sheet, the CLI prints them as a group: count, ranges, the first ones. */
const BATAS_GRUP = 3;

/** The findings' lines, those of one code, severity and sheet grouped when they are many (the full list: --json). */
export function barisTemuan(temuan: readonly TemuanAudit[], bahasa: Bahasa = "id"): string[] {
  const grup = new Map<string, TemuanAudit[]>();
  for (const t of temuan) {
    const k = `${t.severity}\u0000${t.code}\u0000${t.sheet}`;
    (grup.get(k) ?? grup.set(k, []).get(k)!).push(t);
  }
  return [...grup.values()].flatMap((ts) => {
    if (ts.length <= BATAS_GRUP) return ts.map((t) => temuanLine(t, bahasa));
    const t = ts[0];
    const rentang = rentangSel(ts.map((x) => x.cell));
    const daftar = `${rentang.slice(0, 6).join(", ")}${rentang.length > 6 ? ", …" : ""}`;
    const [kepala, sisa] =
      bahasa === "en"
        ? [`${ts.length} findings (${daftar})`, `… and ${ts.length - BATAS_GRUP} more (see --json or the sheet)`]
        : [
            `${ts.length} temuan (${daftar})`,
            `… dan ${ts.length - BATAS_GRUP} temuan lain (lihat --json atau lembarnya)`,
          ];
    return [
      `  [${LABEL_TINGKAT[bahasa][t.severity]}] '${t.sheet}' ${t.code}: ${kepala}`,
      ...ts.slice(0, BATAS_GRUP).map((x) => `  ${temuanLine(x, bahasa)}`),
      `      ${sisa}`,
    ];
  });
}

export function ringkasanAudit(r: HasilAudit, bahasa: Bahasa = "id", keluaran?: Keluaran): string {
  const { hasil } = r;
  const k = KATA[bahasa];
  const h = hitungTingkat(hasil.temuan);
  const perKode = Object.entries(hasil.jumlah)
    .map(([kode, v]) => `${kode} ${v}`)
    .join(", ");
  return [
    ...r.catatan.map((d) => d[bahasa]),
    k.diperiksa(hasil.tabel.length, hasil.tahun, hasil.diperiksa),
    `${TEMUAN[bahasa](h.error.temuan, h.warning.temuan, h.info.temuan, [h.error.sel, h.warning.sel, h.info.sel])}${perKode ? `; ${perKode}` : ""}`,
    ...barisTemuan(hasil.temuan, bahasa),
    ...(hasil.diagnostik.length
      ? [
          k.takTerbaca(hasil.selTakTerbaca, hasil.diagnostik.length),
          ...hasil.diagnostik.map((d) => diagnosticLine(d, bahasa)),
        ]
      : []),
    k.ditulis(r.output, r.lembar) + catatanKeluaran(keluaran)[bahasa],
    "",
  ].join("\n");
}
