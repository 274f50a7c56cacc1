/**
 * `kinerja generate <input.xlsx> [-o output.xlsx]`: reads the workbook, computes, and writes the Pengukuran Kinerja
 * and LKIP sheets into a copy. The input file is never written; the output appears only when complete.
 */
import { Temuan, Model } from "../core/model";
import { Laporan } from "../core/report";
import { hitung, HasilPerhitungan } from "../core/report/hasil";
import { catatanSumber, OpsiSusun, susunLaporan } from "../core/report/susun";
import { SKALA } from "../core/rules/predikat";
import { periksaNilai } from "../core/report/spec";
import { Paket } from "../xlsx/paket";
import { gridsPengguna, tulisLembar, OpsiTulis } from "../xlsx/write";
import { bukaBukuKerja, catatanKeluaran, cekAkhiran, Keluaran, namaKeluaran, tulisBukuKerja } from "./berkas";
import type { Bahasa, Dwibahasa } from "../core/bahasa";
import { diagnosticLine } from "./baca";
import { TAHUN, TEMUAN } from "./teks";
import { hitungTingkat, kelompokkanTemuan } from "../core/temuan-kelompok";

export interface HasilGenerate {
  readonly output: string;
  readonly model: Model;
  readonly laporan: Laporan;
  readonly nama: Record<string, string>;
  readonly bentrok: string[];
  readonly hasil: HasilPerhitungan;
  /** Values of the generated sheets that could not be written as they are (non-finite numbers, over-long text). */
  readonly nilai: Temuan[];
  /** How the input was read when not as an .xlsx (through LibreOffice). */
  readonly catatan: readonly Dwibahasa[];
}

export async function generate(
  input: string,
  output: string,
  opsi: OpsiSusun,
  progress: (msg: string) => void = () => undefined,
  tulis: OpsiTulis = {},
  /** The language of the progress lines (the messages'), when not the sheets'. */
  bahasaPesan?: Bahasa,
): Promise<HasilGenerate> {
  const t0 = Date.now();
  const p = PROGRES[bahasaPesan ?? opsi.bahasa ?? "id"];
  const catatan: Dwibahasa[] = [];
  const paket = await bukaBukuKerja(input, (d) => catatan.push(d));
  cekAkhiran(paket, output);
  const { model, laporan, nama, bentrok } = susun(paket, opsi, () =>
    progress(`${p.dibaca} ${input} (${Date.now() - t0} ms)`),
  );
  progress(`${p.dihitung} (${Date.now() - t0} ms)`);
  const isi = tulisLembar(paket, laporan.sheets, tulis);
  tulisBukuKerja(isi, input, output);
  progress(`${p.ditulis} ${output} (${Date.now() - t0} ms)`);
  // The results as data only when asked for (--json): a pass over every budget row.
  let hasil: HasilPerhitungan | undefined;
  return {
    output,
    model,
    laporan,
    nama,
    bentrok,
    get hasil() {
      return (hasil ??= hitung(model, SKALA[laporan.opsi.skala], laporan.opsi.metodeNegatif));
    },
    nilai: periksaNilai(laporan.sheets),
    catatan,
  };
}

const PROGRES = {
  id: { dibaca: "dibaca", dihitung: "dihitung", ditulis: "ditulis" },
  en: { dibaca: "read", dihitung: "computed", ditulis: "written" },
} as const;

/** The summary printed after a generate, in the language of the sheets it wrote (--bahasa). */
const RINGKAS = {
  id: {
    ditulis: "Ditulis",
    lembar: "Lembar",
    bentrok: (b: string) => `  Lembar "${b}" milik pengguna tidak ditimpa; lembar baru diberi nama lain.`,
    dilewati: "Dilewati",
  },
  en: {
    ditulis: "Written",
    lembar: "Sheets",
    bentrok: (b: string) => `  The user's sheet "${b}" was not overwritten; the new sheet has another name.`,
    dilewati: "Skipped",
  },
} as const;

/** The summary in the command's language (--bahasa; the sheets' language when not given). */
export function ringkasanGenerate(r: HasilGenerate, keluaran?: Keluaran, bahasaTeks?: Bahasa): string {
  const bahasa = bahasaTeks ?? r.laporan.opsi.bahasa;
  const p = RINGKAS[bahasa];
  // The reader's findings grouped as `baca` prints them (src/core/temuan-kelompok.ts).
  const diagnostics = kelompokkanTemuan(r.model.diagnostics);
  const h = hitungTingkat(diagnostics);
  return [
    ...r.catatan.map((d) => d[bahasa]),
    `${p.ditulis}: ${r.output}${catatanKeluaran(keluaran)[bahasa]}`,
    `${p.lembar}: ${r.laporan.sheets.map((x) => `"${x.nama}"`).join(", ")}`,
    ...catatanSumber(r.model, bahasa),
    TAHUN[bahasa](r.laporan.opsi.tahun),
    ...r.bentrok.map(p.bentrok),
    ...r.laporan.dilewati.map((d) => `${p.dilewati}: ${d.nama} — ${d.alasan}`),
    TEMUAN[bahasa](h.error.temuan, h.warning.temuan, h.info.temuan, [h.error.sel, h.warning.sel, h.info.sel]),
    ...diagnostics.filter((d) => d.severity !== "info").map((d) => diagnosticLine(d, bahasa)),
    ...r.nilai.map((d) => diagnosticLine(d, bahasa)),
    "",
  ].join("\n");
}

/** Read and compute; the grids are no longer held once the report is built (a smaller heap for the write). */
function susun(paket: Paket, opsi: OpsiSusun, dibaca: () => void) {
  const { grids, ours, lama } = gridsPengguna(paket);
  dibaca();
  return susunLaporan(grids, ours, { lembarLama: lama, ...opsi });
}

export function defaultOutput(input: string, folder?: string): string {
  return namaKeluaran(input, "kinerja", folder);
}
