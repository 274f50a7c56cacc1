/**
 * `kinerja rekap BERKAS… | FOLDER -o rekap.xlsx [--daftar opd.xlsx] [--periode 2024-12] [--json]`: the Pemda's rekap
 * from every OPD's own report. One file at a time (opened, each sheet read into a BacaanOpd, the grid dropped), so
 * memory does not grow with the number of files; a file may hold one OPD or one sheet per OPD. The rekap is written
 * to a new workbook: no input is ever written. `--json` prints the readings and the rekap; a .json file given as
 * input is such a reading (the unit of work a batch engine runs per OPD file, docs/REKAP.md).
 */
import * as fs from "fs";
import * as path from "path";
import { pesan, type Bahasa } from "../core/bahasa";
import { formatAngka, formatPersen, formatRupiah } from "../core/numbers";
import {
  bacaRpjmd,
  BacaanOpd,
  BarisRpjmd,
  Dilewati,
  EntriDaftar,
  HasilRekap,
  namaPeriode,
  PitaKategori,
  specRekap,
  TemuanOpd,
} from "../core/rekap";
import { bacaKurvaTarget, bacaPita, KurvaTarget } from "../core/rekap/kurva";
import { bacaanDariJson, berkasMasukan, periodeTeks, takTerbaca } from "../core/rekap/jalan";
import { ID_REKAP } from "../core/rekap/lembar";
import { bacaRekapSebelumnya, RekapSebelumnya } from "../core/rekap/sebelumnya";
import { periksaNilai } from "../core/report/spec";
import { Paket } from "../xlsx/paket";
import { bacaLembar, lembarKerja } from "../xlsx/read";
import { bacaPaketOpd, bukuRekap, daftarDariPaket } from "../xlsx/rekap";
import { lembarBertanda } from "../xlsx/write";
import { bukaBukuKerja, catatanKeluaran, Keluaran, tulisBukuKerja } from "./berkas";
import { EXIT, ExpectedError } from "./errors";
import { LABEL_TINGKAT } from "./teks";

export interface OpsiRekapCli {
  readonly daftar?: string;
  /** The previous rekap this command wrote, for the change month on month. */
  readonly sebelumnya?: string;
  /** The RPJMD table, for the E.79's targets. */
  readonly rpjmd?: string;
  /** The Pemda's target curve (cumulative % per month or quarter). */
  readonly targetKurva?: string;
  /** The category bands (a Kategori table; may be the curve's workbook). */
  readonly kategori?: string;
  readonly periode?: string;
  readonly bahasa?: Bahasa;
}

export interface HasilRekapCli {
  readonly berkas: string[];
  readonly bacaan: BacaanOpd[];
  readonly dilewati: (Dilewati & { berkas: string })[];
  readonly rekap: HasilRekap;
  /** Findings about the hand-kept rekap sheets of the workbooks read (a row taking another OPD's figure). */
  readonly temuanRekap: TemuanOpd[];
  readonly output?: string;
  readonly lembar: string[];
}

/** The files named, a folder's .xlsx/.xlsm/.json files (sorted, Excel's "~$" lock files left out). */
export function daftarBerkas(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(a);
    } catch {
      throw new ExpectedError({ id: `Berkas tidak ditemukan: ${a}`, en: `File not found: ${a}` });
    }
    if (stat.isDirectory()) {
      const isi = berkasMasukan(fs.readdirSync(a));
      if (isi.length === 0)
        throw new ExpectedError({
          id: `Folder ${a} tidak berisi berkas .xlsx, .xlsm atau .json.`,
          en: `The folder ${a} holds no .xlsx, .xlsm or .json file.`,
        });
      out.push(...isi.map((f) => path.join(a, f)));
    } else out.push(a);
  }
  return out;
}

/** "2024-12", "12/2024", "Desember 2024", "TW IV 2024" → the rekap's month. */
export function bacaPeriode(s: string | undefined): { tahun: number; bulan: number } | undefined {
  if (s === undefined) return undefined;
  const p = periodeTeks(s);
  if (p) return p;
  throw new ExpectedError(
    {
      id: `--periode "${s}" tidak dikenali; tulis mis. 2024-12 atau "Desember 2024".`,
      en: `--periode "${s}" is not understood; write e.g. 2024-12 or "Desember 2024".`,
    },
    EXIT.USAGE,
  );
}

/** The readings of one OPD file (or the readings a --json run wrote). Never throws for a bad file: it is reported. */
export async function bacaSatuBerkas(
  file: string,
): Promise<{ bacaan: BacaanOpd[]; dilewati: Dilewati[]; temuan: TemuanOpd[] }> {
  if (/\.json$/i.test(file)) return { bacaan: bacaJson(file), dilewati: [], temuan: [] };
  let paket: Paket;
  try {
    paket = await bukaBukuKerja(file);
  } catch (e) {
    if (!(e instanceof ExpectedError)) throw e;
    return { bacaan: [takTerbaca(file, e.teks("id"), e.teks("en"))], dilewati: [], temuan: [] };
  }
  return bacaPaketOpd(file, paket);
}

function bacaJson(file: string): BacaanOpd[] {
  let teks: string;
  try {
    teks = fs.readFileSync(file, "utf8");
  } catch (e) {
    return [
      takTerbaca(file, `JSON tidak terbaca: ${(e as Error).message}`, `unreadable JSON: ${(e as Error).message}`),
    ];
  }
  return bacaanDariJson(file, teks);
}

/** The "Rekap per OPD" sheet of a rekap this command wrote (found by its tag). */
export async function bacaSebelumnya(file: string): Promise<RekapSebelumnya> {
  const paket = await bukaBukuKerja(file);
  const nama = lembarBertanda(paket).get(ID_REKAP.opd);
  const l = lembarKerja(paket).find((x) => x.nama === nama);
  const r = l ? bacaRekapSebelumnya(bacaLembar(paket, l)) : undefined;
  if (!r)
    throw new ExpectedError({
      id: `${file}: bukan rekap yang ditulis kinerja rekap (tidak ada lembar "Rekap per OPD" bertanda).`,
      en: `${file}: not a recap written by kinerja rekap (no tagged "Recap by Agency" sheet).`,
    });
  return r;
}

export async function bacaDaftarBerkas(file: string): Promise<EntriDaftar[]> {
  const paket = await bukaBukuKerja(file);
  const d = daftarDariPaket(paket);
  if (!d)
    throw new ExpectedError({
      id: `${file}: tidak ada tabel daftar OPD (kolom nama perangkat daerah, dan kode, singkatan atau DPA) yang dikenali.`,
      en: `${file}: no OPD list table (a column of agency names, and kode, short name or DPA) was recognised.`,
    });
  return d;
}

export async function bacaRpjmdBerkas(file: string): Promise<BarisRpjmd[]> {
  const paket = await bukaBukuKerja(file);
  const d = bacaRpjmd(lembarKerja(paket).map((l) => bacaLembar(paket, l)));
  if (!d)
    throw new ExpectedError({
      id: `${file}: tidak ada tabel RPJMD (kolom program, dan target atau realisasi K/Rp) yang dikenali.`,
      en: `${file}: no RPJMD table (a program column, and target or realisation K/Rp columns) was recognised.`,
    });
  return d;
}

/** The Pemda's target curve; a table that fails the checks is refused with why and the cell. */
export async function bacaKurvaBerkas(file: string): Promise<KurvaTarget> {
  const paket = await bukaBukuKerja(file);
  const k = bacaKurvaTarget(lembarKerja(paket).map((l) => bacaLembar(paket, l)));
  if ("galat" in k) throw new ExpectedError({ id: `${file}: ${k.galat.id}`, en: `${file}: ${k.galat.en}` });
  return k.kurva;
}

/** The category bands of a Kategori table; refused with why and the cell. */
export async function bacaPitaBerkas(file: string): Promise<PitaKategori[]> {
  const paket = await bukaBukuKerja(file);
  const p = bacaPita(lembarKerja(paket).map((l) => bacaLembar(paket, l)));
  if (!p)
    throw new ExpectedError({
      id: `${file}: tidak ada tabel kategori (kolom Kategori dan Batas Bawah (%)) yang dikenali.`,
      en: `${file}: no category table (a Kategori column and a Batas Bawah (%), lower bound, column) was recognised.`,
    });
  if ("galat" in p) throw new ExpectedError({ id: `${file}: ${p.galat.id}`, en: `${file}: ${p.galat.en}` });
  return p.pita;
}

export async function rekap(
  args: readonly string[],
  output: string | undefined,
  opsi: OpsiRekapCli = {},
  progress: (msg: string) => void = () => undefined,
): Promise<HasilRekapCli> {
  // The list and an earlier output may sit in the folder read: neither is an OPD's report.
  const bukan = new Set(
    [opsi.daftar, opsi.sebelumnya, opsi.rpjmd, opsi.targetKurva, opsi.kategori, output]
      .filter((x): x is string => !!x)
      .map((x) => path.resolve(x)),
  );
  const berkas = daftarBerkas(args).filter((b) => !bukan.has(path.resolve(b)) || args.includes(b));
  if (output && berkas.some((b) => path.resolve(b) === path.resolve(output)))
    throw new ExpectedError({
      id: "Berkas keluaran harus berbeda dari setiap berkas masukan: masukan tidak pernah ditimpa. Pilih nama lain dengan -o.",
      en: "The output file must differ from every input file: inputs are never overwritten. Choose another name with -o.",
    });
  const periode = bacaPeriode(opsi.periode);
  const daftar = opsi.daftar ? await bacaDaftarBerkas(opsi.daftar) : undefined;
  const sebelumnya = opsi.sebelumnya ? await bacaSebelumnya(opsi.sebelumnya) : undefined;
  const rpjmd = opsi.rpjmd ? await bacaRpjmdBerkas(opsi.rpjmd) : undefined;
  const kurva = opsi.targetKurva ? await bacaKurvaBerkas(opsi.targetKurva) : undefined;
  const pita = opsi.kategori ? await bacaPitaBerkas(opsi.kategori) : undefined;
  const bacaan: BacaanOpd[] = [];
  const dilewati: (Dilewati & { berkas: string })[] = [];
  const temuanRekap: TemuanOpd[] = [];
  for (const [i, f] of berkas.entries()) {
    const r = await bacaSatuBerkas(f);
    bacaan.push(...r.bacaan);
    temuanRekap.push(...r.temuan);
    dilewati.push(...r.dilewati.map((d) => ({ ...d, berkas: f })));
    progress(`${i + 1}/${berkas.length} ${f}`);
  }
  const { rekap: h, specs } = specRekap(bacaan, {
    ...(daftar ? { daftar } : {}),
    ...(periode ? { periode } : {}),
    ...(pita ? { pita } : {}),
    bahasa: opsi.bahasa ?? "id",
    temuanLain: temuanRekap,
    ...(sebelumnya ? { sebelumnya } : {}),
    ...(rpjmd ? { rpjmd } : {}),
    ...(kurva ? { kurva } : {}),
  });
  let lembar: string[] = [];
  if (output) {
    const nilai = periksaNilai(specs);
    if (nilai.length > 0) progress(`${nilai.length} nilai tidak tertulis apa adanya`);
    const isi = bukuRekap(specs);
    tulisBukuKerja(isi, berkas[0] ?? "", output);
    lembar = specs.map((s) => s.nama);
  }
  return { berkas, bacaan, dilewati, rekap: h, temuanRekap, ...(output ? { output } : {}), lembar };
}

/** A deviation in percentage points, signed: "−3,79 poin". */
function poin(x: number | null, bahasa: Bahasa): string {
  if (x === null) return "–";
  const p = formatAngka(Math.abs(x * 100), 2, 2, bahasa);
  return `${x > 0 ? "+" : x < 0 ? "−" : ""}${p} ${bahasa === "en" ? "points" : "poin"}`;
}

const KATA = {
  id: {
    dibaca: (b: number, l: number, d: number) =>
      `Dibaca: ${b} berkas, ${l} laporan OPD${d > 0 ? ` (${d} lembar lain dilewati)` : ""}`,
    periode: "Periode",
    kelengkapan: (j: HasilRekap["jumlah"]) =>
      `Kelengkapan: ${j.lapor} lapor, ${j.kosong} kosong, ${j.periode_lain} periode lain, ${j.tidak_terbaca} tidak terbaca, ${j.belum_lapor} belum lapor${j.ganda ? `, ${j.ganda} ganda` : ""}`,
    status: {
      kosong: "kosong",
      periode_lain: "periode lain",
      tidak_terbaca: "tidak terbaca",
      belum_lapor: "belum lapor",
      ganda: "ganda",
    } as Record<string, string>,
    pemda: (h: HasilRekap) =>
      `Pemda (${h.total.jumlahOpd} OPD melapor): DPA ${formatRupiah(h.total.dpa)}, realisasi keuangan ${formatRupiah(h.total.realisasi)} = ${h.total.persen === null ? "–" : formatPersen(h.total.persen)}, fisik ${h.total.fisik === null ? "–" : formatPersen(h.total.fisik)}`,
    semua: (h: HasilRekap) =>
      `Bila OPD lain dihitung 0 (DPA ${formatRupiah(h.total.dpaLain)} lagi${h.total.lainTanpaDpa ? `, ${h.total.lainTanpaDpa} OPD tanpa DPA diketahui` : ""}): keuangan ${h.total.persenSemua === null ? "–" : formatPersen(h.total.persenSemua)}, fisik ${h.total.fisikSemua === null ? "–" : formatPersen(h.total.fisikSemua)}`,
    target: (t: NonNullable<HasilRekap["target"]>) =>
      `Target periode (kurva): keuangan ${t.keuangan === null ? "–" : formatPersen(t.keuangan)}, fisik ${t.fisik === null ? "–" : formatPersen(t.fisik)}; deviasi Pemda thd target: keuangan ${poin(t.deviasiKeu, "id")}, fisik ${poin(t.deviasiFisik, "id")}`,
    temuan: (n: number) => `Temuan pada laporan OPD: ${n}`,
    perhatian: (n: number) => `Sub kegiatan perlu perhatian: ${n}`,
    ditulis: (o: string, l: string[]) => `Ditulis: ${o} (${l.map((x) => `"${x}"`).join(", ")})`,
  },
  en: {
    dibaca: (b: number, l: number, d: number) =>
      `Read: ${b} files, ${l} agency reports${d > 0 ? ` (${d} other sheets skipped)` : ""}`,
    periode: "Period",
    kelengkapan: (j: HasilRekap["jumlah"]) =>
      `Completeness: ${j.lapor} reported, ${j.kosong} empty, ${j.periode_lain} other period, ${j.tidak_terbaca} unreadable, ${j.belum_lapor} not reported${j.ganda ? `, ${j.ganda} duplicate` : ""}`,
    status: {
      kosong: "empty",
      periode_lain: "other period",
      tidak_terbaca: "unreadable",
      belum_lapor: "not reported",
      ganda: "duplicate",
    } as Record<string, string>,
    pemda: (h: HasilRekap) =>
      `Local government (${h.total.jumlahOpd} agencies reported): DPA ${formatRupiah(h.total.dpa, "en")}, financial realisation ${formatRupiah(h.total.realisasi, "en")} = ${h.total.persen === null ? "–" : formatPersen(h.total.persen, 2, "en")}, physical ${h.total.fisik === null ? "–" : formatPersen(h.total.fisik, 2, "en")}`,
    semua: (h: HasilRekap) =>
      `With the other agencies at 0 (DPA ${formatRupiah(h.total.dpaLain, "en")} more${h.total.lainTanpaDpa ? `, ${h.total.lainTanpaDpa} agencies with no known DPA` : ""}): financial ${h.total.persenSemua === null ? "–" : formatPersen(h.total.persenSemua, 2, "en")}, physical ${h.total.fisikSemua === null ? "–" : formatPersen(h.total.fisikSemua, 2, "en")}`,
    target: (t: NonNullable<HasilRekap["target"]>) =>
      `Target of the period (curve): financial ${t.keuangan === null ? "–" : formatPersen(t.keuangan, 2, "en")}, physical ${t.fisik === null ? "–" : formatPersen(t.fisik, 2, "en")}; local government's deviation from target: financial ${poin(t.deviasiKeu, "en")}, physical ${poin(t.deviasiFisik, "en")}`,
    temuan: (n: number) => `Findings in the agencies' reports: ${n}`,
    perhatian: (n: number) => `Sub-activities that need attention: ${n}`,
    ditulis: (o: string, l: string[]) => `Written: ${o} (${l.map((x) => `"${x}"`).join(", ")})`,
  },
} as const;

export function ringkasanRekap(r: HasilRekapCli, bahasa: Bahasa = "id", keluaran?: Keluaran): string {
  const k = KATA[bahasa];
  const h = r.rekap;
  const temuan = [...r.bacaan.flatMap((b) => b.temuan), ...r.temuanRekap];
  return [
    k.dibaca(r.berkas.length, r.bacaan.length, r.dilewati.length),
    ...(h.periode ? [`${k.periode}: ${namaPeriode(h.periode, bahasa)}`] : []),
    k.kelengkapan(h.jumlah),
    ...h.kelengkapan
      .filter((x) => x.status !== "lapor")
      .map(
        (x) =>
          `  ${k.status[x.status]}: ${x.nama}${x.sheet ? ` (${x.berkas} › ${x.sheet})` : ""} — ${bahasa === "en" ? x.keteranganEn : x.keterangan}`,
      ),
    k.pemda(h),
    k.semua(h),
    ...(h.target ? [k.target(h.target)] : []),
    k.temuan(temuan.length),
    ...temuan.map((t) => `  [${LABEL_TINGKAT[bahasa][t.severity]}] ${t.berkas} ${t.code} ${pesan(t, bahasa)}`),
    k.perhatian(h.perhatian.length),
    ...(r.output ? [k.ditulis(r.output, r.lembar) + catatanKeluaran(keluaran)[bahasa]] : []),
    "",
  ].join("\n");
}

/** What --json prints: the readings (each OPD's unit of work) and the rekap computed from them. */
export function jsonRekap(r: HasilRekapCli): unknown {
  const { kelengkapan, opd, total, perhatian, jumlah, periode, pita, kelompok, target } = r.rekap;
  return {
    ...(r.output ? { output: r.output, lembar: r.lembar } : {}),
    periode,
    jumlah,
    total,
    kelengkapan,
    opd,
    kelompok,
    target,
    perhatian: perhatian.map((p) => ({ ...p, sub: p.sub?.nama ?? null, baris: p.sub ? p.sub.row + 1 : null })),
    pita: pita.map((p) => ({ ...p, min: Number.isFinite(p.min) ? p.min : null })),
    dilewati: r.dilewati,
    temuanRekap: r.temuanRekap,
    bacaan: r.bacaan,
  };
}

export function defaultRekapOutput(args: readonly string[]): string {
  const first = args[0] ?? "rekap";
  return path.resolve(`${path.basename(first, path.extname(first)) || "rekap"}-rekap.xlsx`);
}
