/**
 * The `kinerja` command's own words in both languages (--bahasa id|en, Indonesian by default): usage, usage errors,
 * severity labels and finding counts. Each command's summary words sit beside it (baca.ts, audit.ts, generate.ts,
 * demo.ts); findings come from the core through `pesan`.
 */
import { pilihBahasa, type Bahasa, type Dwibahasa } from "../core/bahasa";
import { PILIHAN_SKALA } from "../core/rules/predikat";
import { METODE_NEGATIF } from "../core/rules/capaian";
import { METODE_EFISIENSI } from "../core/rules/anggaran";
import type { Pilihan } from "../core/rules/pilihan";

/** An option's choices as the usage shows them: the same list its error gives. */
const pilihan = (p: Pilihan<string>) => Object.keys(p.sinonim).join("|");

/** One usage line per command, shown with a usage error for that command; the placeholders in the output's language. */
const KATA = {
  id: {
    berkas: "berkas",
    masukan: "masukan",
    keluaran: "keluaran",
    laporan: "laporan",
    pemetaan: "pemetaan",
    daftar: "daftar",
    opd: "Nama OPD",
  },
  en: {
    berkas: "file",
    masukan: "input",
    keluaran: "output",
    laporan: "report",
    pemetaan: "mapping",
    daftar: "list",
    opd: "Agency name",
  },
} as const;

export function pemakaian(bahasa: Bahasa) {
  const k = KATA[bahasa];
  return {
    baca: `kinerja baca [${k.berkas}.xlsx] [--mapping ${k.pemetaan}.json] [--nomenklatur ${k.daftar}.xlsx|.csv] [--tahun 2024] [--json] [--bahasa id|en]`,
    generate:
      `kinerja generate [${k.masukan}.xlsx] [-o ${k.keluaran}.xlsx] [--mapping ${k.pemetaan}.json] [--nomenklatur ${k.daftar}.xlsx|.csv] [--json]\n` +
      `        [--tahun 2024] [--skala ${pilihan(PILIHAN_SKALA)}]\n` +
      `        [--metode-negatif ${pilihan(METODE_NEGATIF)}] [--metode-efisiensi ${pilihan(METODE_EFISIENSI)}]\n` +
      `        [--rumus native|sakip] [--instansi "${k.opd}"] [--triwulan I|II|III|IV] [--batas-deviasi 10]\n` +
      "        [--timpa] [--bahasa id|en] [--bahasa-lembar id|en]",
    audit:
      `kinerja audit [${k.laporan}.xlsx] [-o ${k.keluaran}.xlsx] [--json] [--tahun 2023] [--termasuk-buatan]\n` +
      "        [--timpa] [--bahasa id|en] [--bahasa-lembar id|en]",
    contoh: "kinerja contoh [--bahasa id|en]",
    rekap: `kinerja rekap ${k.berkas}.xlsx… | folder [-o rekap.xlsx] [--daftar opd.xlsx] [--periode 2024-12]\n        [--sebelumnya rekap-lalu.xlsx] [--rpjmd rpjmd.xlsx] [--target-kurva kurva.xlsx]\n        [--kategori kategori.xlsx] [--json] [--timpa] [--bahasa id|en]`,
  };
}

export type Perintah = keyof ReturnType<typeof pemakaian>;

const ID = pemakaian("id");
const USAGE_ID = `Pemakaian: kinerja <perintah> [opsi]

Perintah:
  ${ID.baca}
      (alias: read) baca lembar PK, realisasi dan anggaran; tampilkan model dan temuan per sel
      (tanpa berkas: contoh samples/dkum-depok-2023.xlsx)
  ${ID.generate.replace(/\n/g, "\n  ")}
      (alias: buat) susun lembar Pengukuran Kinerja, Capaian IKU, Realisasi Anggaran dan Efisiensi
      (dan E.81 Evaluasi Renja serta Monitoring Triwulan bila ada data per triwulan)
      ke salinan buku kerja (masukan tidak pernah diubah)
  ${ID.audit.replace(/\n/g, "\n  ")}
      (alias: periksa) periksa konsistensi tabel laporan kinerja: hitung ulang capaian, serapan, sisa,
      efisiensi, jumlah dan rata-rata; bandingkan antar tabel; cocokkan kata dengan angka.
      Menulis salinan dengan lembar "Pemeriksaan" (tanpa berkas: tabel laporan contoh
      samples/dkum-depok-2023-laporan.xlsx). Lembar buatan add-in ini dilewati, kecuali
      dengan --termasuk-buatan
  ${ID.contoh}
      (alias: demo) hitung ulang capaian, predikat dan serapan laporan contoh DKUM Depok 2023
  ${ID.rekap.replace(/\n/g, "\n  ")}
      (alias: recap) rekap Pemda dari laporan RFK setiap OPD (satu berkas per OPD, atau satu lembar per OPD): kelengkapan,
      realisasi keuangan dan fisik per OPD dan Pemda (ditimbang DPA), peringkat, sub kegiatan perlu perhatian,
      pemeriksaan TOTAL tiap laporan; ditulis ke buku kerja baru. --json: bacaan per OPD dan rekapnya
  kinerja bantuan | --help | -h        tampilkan pesan ini
  kinerja <perintah> --help           tampilkan pemakaian perintah itu saja
  kinerja --version | -v               tampilkan versi

--bahasa en: teks perintah ini (pemakaian, pesan, ringkasan) dalam bahasa Inggris (bawaan: id, bahasa Indonesia).
--bahasa-lembar en: lembar yang ditulis dalam bahasa Inggris; tanpa itu lembarnya berbahasa Indonesia.
Keluaran tanpa -o ditulis di samping masukan; bila namanya sudah ada, dipakai nama baru ("… (2).xlsx").
Berkas yang sudah ada tidak pernah ditimpa diam-diam: -o ke berkas yang ada ditolak, kecuali dengan --timpa.
.xls dan .ods dibaca lewat LibreOffice (soffice) bila terpasang: salinan .xlsx sementara, masukan tidak diubah.

Kode keluar: 0 berhasil (temuan pada data dicetak), 2 perintah atau opsi salah, 3 masukan tidak dapat dipakai,
4 keluaran tidak dapat ditulis, 1 galat tak terduga (cacat program: dicetak dengan versi dan jejaknya).`;

const EN = pemakaian("en");
const USAGE_EN = `Usage: kinerja <command> [options]

Commands:
  ${EN.baca}
      (alias: read) read the PK, realisation and budget sheets; print the model and the findings by cell
      (no file: the sample samples/dkum-depok-2023.xlsx)
  ${EN.generate.replace(/\n/g, "\n  ")}
      (alias: buat) build the Performance Measurement, KPI Achievement, Budget Realisation and Efficiency
      sheets (and the E.81 Work Plan Evaluation and Quarterly Monitoring when there are quarterly figures)
      into a copy of the workbook (the input is never changed)
  ${EN.audit.replace(/\n/g, "\n  ")}
      (alias: periksa) check a performance report's tables: recompute achievement, absorption, remainder,
      efficiency, totals and means; compare tables with each other; match words with figures.
      Writes a copy with a review sheet (no file: the sample report tables
      samples/dkum-depok-2023-laporan.xlsx). Sheets this add-in generated are skipped, unless
      --termasuk-buatan is given
  ${EN.contoh}
      (alias: demo) recompute the achievement, rating and absorption of the DKUM Depok 2023 sample report
  ${EN.rekap.replace(/\n/g, "\n  ")}
      (alias: recap) the local government's recap from every agency's RFK report (one file per agency, or one
      sheet per agency): completeness, financial and physical realisation per agency and in total (weighted by
      DPA), rankings, sub-activities that need attention, each report's TOTAL checked; written to a new workbook.
      --json: each agency's reading and the recap
  kinerja help | --help | -h           print this message
  kinerja <command> --help             print that command's usage only
  kinerja --version | -v               print the version

--bahasa en: this command's own text (usage, messages, summaries) in English (default: id, Indonesian).
--bahasa-lembar en: the sheets written in English; without it the sheets are in Indonesian.
Without -o the output goes beside the input; when that name exists, a new name is used ("… (2).xlsx").
An existing file is never overwritten silently: -o to an existing file is refused, unless --timpa is given.
.xls and .ods are read through LibreOffice (soffice) when installed: a temporary .xlsx copy, the input unchanged.

Exit codes: 0 success (findings in the data are printed), 2 wrong command or option, 3 input cannot be used,
4 output cannot be written, 1 unexpected error (a bug: printed with the version and the stack trace).`;

export const USAGE: Dwibahasa = { id: USAGE_ID, en: USAGE_EN };

/**
 * `kinerja <command> --help`: that command's part of the usage (its lines, up to the next command) and the notes
 * after the list of commands.
 */
export function bantuanPerintah(perintah: Perintah, bahasa: Bahasa): string {
  const baris = pilihBahasa(USAGE, bahasa).split("\n");
  const awal = baris.findIndex((b) => b.startsWith(`  kinerja ${perintah} `) || b === `  kinerja ${perintah}`);
  let akhir = awal + 1;
  while (akhir < baris.length && baris[akhir].startsWith(" ") && !baris[akhir].startsWith("  kinerja ")) akhir++;
  const catatan = baris.slice(baris.findIndex((b, i) => i > akhir && b === "") + 1);
  return [
    `${bahasa === "en" ? "Usage" : "Pemakaian"}: ${baris[awal].trim()}`,
    ...baris.slice(awal + 1, akhir).map((b) => b.slice(2)),
    "",
    ...catatan,
  ].join("\n");
}

/** Usage errors (exit 2). */
export const SALAH = {
  perintah: (c: string): Dwibahasa => ({ id: `Perintah tidak dikenal: ${c}`, en: `Unknown command: ${c}` }),
  opsi: (o: string, p: string): Dwibahasa => ({
    id: `Opsi tidak dikenal untuk ${p}: ${o}`,
    en: `Unknown option for ${p}: ${o}`,
  }),
  perluNilai: (o: string): Dwibahasa => ({
    id: `${o} memerlukan nilai, mis. ${o} ${CONTOH_NILAI[o] ?? "…"}`,
    en: `${o} needs a value, e.g. ${o} ${CONTOH_NILAI[o] ?? "…"}`,
  }),
  nilaiMinus: (o: string, v: string): Dwibahasa => ({
    id: `${o} memerlukan nilai; nilai yang diawali "-" ditulis ${o}=${v}`,
    en: `${o} needs a value; write a value starting with "-" as ${o}=${v}`,
  }),
  tanpaNilai: (o: string): Dwibahasa => ({ id: `${o} tidak menerima nilai`, en: `${o} takes no value` }),
  banyakBerkas: (b: readonly string[]): Dwibahasa => ({
    id: `Terlalu banyak berkas: ${b.join(" ")} (satu berkas saja)`,
    en: `Too many files: ${b.join(" ")} (one file only)`,
  }),
  argumen: (a: readonly string[]): Dwibahasa => ({
    id: `Argumen tidak dikenal: ${a.join(" ")}`,
    en: `Unknown argument: ${a.join(" ")}`,
  }),
  salahSatu: (o: string, nilai: string, pilihan: readonly string[]): Dwibahasa => ({
    id: `${o} ${JSON.stringify(nilai)} tidak dikenal. Pilihan: ${pilihan.join(", ")}.`,
    en: `${o} ${JSON.stringify(nilai)} is not one of: ${pilihan.join(", ")}.`,
  }),
  tahun: {
    id: "--tahun harus tahun antara 2000 dan 2100, mis. 2024",
    en: "--tahun must be a year between 2000 and 2100, e.g. 2024",
  },
  batasDeviasi: {
    id: "--batas-deviasi harus angka poin ≥ 0, mis. 10",
    en: "--batas-deviasi must be a number of points ≥ 0, e.g. 10",
  },
  lihat: { id: "Lihat: kinerja bantuan", en: "See: kinerja --help" },
  perluBerkas: {
    id: "Sebutkan berkas laporan OPD (.xlsx) atau foldernya",
    en: "Name the agencies' report files (.xlsx) or their folder",
  },
} as const;

const CONTOH_NILAI: Record<string, string> = {
  "--mapping": "pemetaan.json",
  "--nomenklatur": "daftar.xlsx",
  "-o": "keluaran.xlsx",
  "--output": "keluaran.xlsx",
  "--tahun": "2024",
  "--skala": "tiga",
  "--metode-negatif": "selisih",
  "--metode-efisiensi": "sisa",
  "--rumus": "native",
  "--bahasa": "en",
  "--bahasa-lembar": "en",
  "--instansi": '"Dinas Koperasi"',
  "--triwulan": "II",
  "--batas-deviasi": "10",
  "--daftar": "opd.xlsx",
  "--periode": "2024-12",
  "--sebelumnya": "rekap-lalu.xlsx",
  "--rpjmd": "rpjmd.xlsx",
  "--target-kurva": "kurva.xlsx",
  "--kategori": "kategori.xlsx",
};

export const GALAT_TAK_TERDUGA = (versi: string): Dwibahasa => ({
  id: `kinerja ${versi}: galat tak terduga, mohon laporkan beserta teks di bawah ini`,
  en: `kinerja ${versi}: unexpected error, please report it with the text below`,
});

/** How a severity is written in the CLI's lines. */
export const LABEL_TINGKAT = {
  id: { error: "GALAT", warning: "PERINGATAN", info: "info" },
  en: { error: "ERROR", warning: "WARNING", info: "info" },
} as const;

/** "Temuan: 1 galat, 2 peringatan, 3 info". */
export const TEMUAN = {
  id: (g: number, p: number, i: number, sel?: readonly [number, number, number]) =>
    `Temuan: ${g} galat${diSel(g, sel?.[0], "sel", "sel")}, ${p} peringatan${diSel(p, sel?.[1], "sel", "sel")}, ${i} info${diSel(i, sel?.[2], "sel", "sel")}`,
  en: (g: number, p: number, i: number, sel?: readonly [number, number, number]) =>
    `Findings: ${g} ${jamak(g, "error", "errors")}${diSel(g, sel?.[0], "cell", "cells")}, ${p} ${jamak(p, "warning", "warnings")}${diSel(p, sel?.[1], "cell", "cells")}, ${i} ${jamak(i, "note", "notes")}${diSel(i, sel?.[2], "cell", "cells")}`,
} as const;

/** Findings count groups once: the cells beside when they are more ("30 galat (31 sel)"). */
function diSel(temuan: number, sel: number | undefined, satu: string, banyak: string): string {
  return sel !== undefined && sel > temuan ? ` (${sel} ${jamak(sel, satu, banyak)})` : "";
}

/** The year the sheets are read as: the titles' (or --tahun), or that none was found and how to give it. */
export const TAHUN = {
  id: (tahun: number | null) =>
    tahun === null
      ? "Tahun: tidak ditemukan di judul lembar mana pun; lembar yang dibuat tidak mencantumkan tahun. Sebutkan dengan --tahun, mis. --tahun 2024."
      : `Tahun: ${tahun}`,
  en: (tahun: number | null) =>
    tahun === null
      ? "Year: not found in any sheet title; the sheets written name no year. Give it with --tahun, e.g. --tahun 2024."
      : `Year: ${tahun}`,
} as const;

/** English plural by count (Indonesian nouns do not change). */
export const jamak = (n: number, satu: string, banyak: string) => (n === 1 ? satu : banyak);
