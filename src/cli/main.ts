/** The `kinerja` command: argument parsing and exit codes only; the work is done by exported, tested functions. */
import * as path from "path";
import { audit, defaultAuditOutput, ringkasanAudit } from "./audit";
import { baca, diagnosticLine, ringkasan } from "./baca";
import { contoh } from "./demo";
import { defaultOutput, generate } from "./generate";
import { PILIHAN_SKALA } from "../core/rules/predikat";
import { METODE_NEGATIF } from "../core/rules/capaian";
import { METODE_EFISIENSI } from "../core/rules/anggaran";
import { pilih, Pilihan } from "../core/rules/pilihan";
import { isSakipError } from "../core/errors";
import { parseTriwulan, Triwulan } from "../core/rules/triwulan";
import { bacaPemetaan } from "./berkas";
import { bacaNomenklatur } from "./nomenklatur";
import { EXIT, ExpectedError } from "./errors";
import { version } from "../../package.json";
import { PaketRusak } from "../xlsx/zip";
import { pesanPaket } from "../xlsx/pesan";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");
export const SAMPLE_LAPORAN_XLSX = path.resolve(__dirname, "../../samples/dkum-depok-2023-laporan.xlsx");

const USAGE = `Pemakaian: kinerja <perintah>

Perintah:
  baca [berkas.xlsx] [--mapping pemetaan.json] [--nomenklatur daftar.xlsx|.csv] [--json]
              baca lembar PK, realisasi dan anggaran; tampilkan model dan temuan per sel
              (tanpa berkas: contoh samples/dkum-depok-2023.xlsx)
  generate [masukan.xlsx] [-o keluaran.xlsx] [--mapping pemetaan.json] [--nomenklatur daftar.xlsx|.csv] [--json]
           [--tahun 2024] [--skala tiga|lima|permendagri86] [--metode-negatif selisih|rasio]
           [--metode-efisiensi sisa|bersyarat|selisih|rasio] [--rumus native|sakip] [--bahasa id|en]
           [--instansi "Nama OPD"] [--triwulan I|II|III|IV] [--batas-deviasi 10]
              susun lembar Pengukuran Kinerja, Capaian IKU, Realisasi Anggaran dan Efisiensi
              (dan E.81 Evaluasi Renja serta Monitoring Triwulan bila ada data per triwulan)
              ke salinan buku kerja (masukan tidak pernah diubah)
  audit [laporan.xlsx] [-o keluaran.xlsx] [--json] [--tahun 2023] [--termasuk-buatan]
              periksa konsistensi tabel laporan kinerja: hitung ulang capaian, serapan, sisa,
              efisiensi, jumlah dan rata-rata; bandingkan antar tabel; cocokkan kata dengan angka.
              Menulis salinan dengan lembar "Pemeriksaan" (tanpa berkas: tabel laporan contoh
              samples/dkum-depok-2023-laporan.xlsx). Lembar buatan add-in ini dilewati, kecuali
              dengan --termasuk-buatan
  contoh      hitung ulang capaian, predikat dan serapan laporan contoh DKUM Depok 2023
  bantuan     tampilkan pesan ini

Kode keluar: 0 berhasil (temuan pada data dicetak), 2 perintah salah, 3 masukan tidak dapat dipakai,
4 keluaran tidak dapat ditulis, 1 galat tak terduga (cacat program: dicetak dengan versi dan jejaknya).`;

/** The generate command's summary, in the language of the sheets it wrote (--bahasa). */
const RINGKAS = {
  id: {
    ditulis: "Ditulis",
    lembar: "Lembar",
    bentrok: (b: string) => `  Lembar "${b}" milik pengguna tidak ditimpa; lembar baru diberi nama lain.`,
    dilewati: "Dilewati",
    temuan: (g: number, p: number, i: number) => `Temuan: ${g} galat, ${p} peringatan, ${i} info`,
  },
  en: {
    ditulis: "Written",
    lembar: "Sheets",
    bentrok: (b: string) => `  The user's sheet "${b}" was not overwritten; the new sheet has another name.`,
    dilewati: "Skipped",
    temuan: (g: number, p: number, i: number) => `Findings: ${g} errors, ${p} warnings, ${i} notes`,
  },
} as const;

export interface Output {
  write(text: string): unknown;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  // The workbook being read, for a damaged part found after opening (a sheet read later).
  let berkas: string | undefined;
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "baca":
      case "read": {
        const { positional, flags } = parseArgs(rest, ["--json"], ["--mapping", "--nomenklatur"]);
        if (positional.length > 1) throw new ExpectedError(`Terlalu banyak berkas: ${positional.join(" ")}`, EXIT.USAGE);
        berkas = positional[0] ?? SAMPLE_XLSX;
        const model = await baca(berkas, flags["--mapping"], await bacaNomenklatur(flags["--nomenklatur"]));
        out.write(flags["--json"] ? `${JSON.stringify(model, null, 2)}\n` : `${ringkasan(model)}\n`);
        return EXIT.OK;
      }
      case "generate":
      case "buat": {
        const valued = ["-o", "--output", "--mapping", "--nomenklatur", "--tahun", "--skala", "--metode-negatif", "--metode-efisiensi", "--rumus", "--bahasa", "--instansi", "--triwulan", "--batas-deviasi"];
        const { positional, flags } = parseArgs(rest, ["--json"], valued);
        if (positional.length > 1) throw new ExpectedError(`Terlalu banyak berkas: ${positional.join(" ")}`, EXIT.USAGE);
        const input = positional[0] ?? SAMPLE_XLSX;
        berkas = input;
        const output = path.resolve(flags["-o"] ?? flags["--output"] ?? defaultOutput(input));
        const pemetaan = bacaPemetaan(flags["--mapping"]);
        const tahun = tahunFlag(flags["--tahun"]);
        const bahasa = flags["--bahasa"];
        if (bahasa !== undefined && bahasa !== "id" && bahasa !== "en") throw new ExpectedError(`--bahasa harus id atau en`, EXIT.USAGE);
        const rumusOpt = flags["--rumus"];
        if (rumusOpt !== undefined && rumusOpt !== "native" && rumusOpt !== "sakip") throw new ExpectedError(`--rumus harus native atau sakip`, EXIT.USAGE);
        const started = Date.now();
        const r = await generate(
          input,
          output,
          {
            pemetaan,
            tahun,
            bahasa,
            rumus: rumusOpt,
            instansi: flags["--instansi"],
            nomenklatur: await bacaNomenklatur(flags["--nomenklatur"]),
            skala: option(PILIHAN_SKALA, flags["--skala"]),
            metodeNegatif: option(METODE_NEGATIF, flags["--metode-negatif"]),
            metodeEfisiensi: option(METODE_EFISIENSI, flags["--metode-efisiensi"]),
            ...opsiTriwulan(flags["--triwulan"], flags["--batas-deviasi"]),
          },
          (msg) => {
            if (Date.now() - started > 1000) err.write(`kinerja: ${msg}\n`);
          },
        );
        if (flags["--json"]) {
          out.write(`${JSON.stringify({ output: r.output, lembar: r.laporan.sheets.map((x) => x.nama), dilewati: r.laporan.dilewati, opsi: r.laporan.opsi, ...r.hasil, nilaiTakTertulis: r.nilai }, null, 2)}\n`);
        } else {
          const counts = (sev: string) => r.model.diagnostics.filter((d) => d.severity === sev).length;
          const p = RINGKAS[r.laporan.opsi.bahasa];
          out.write(
            [
              `${p.ditulis}: ${r.output}`,
              `${p.lembar}: ${r.laporan.sheets.map((x) => `"${x.nama}"`).join(", ")}`,
              ...r.bentrok.map(p.bentrok),
              ...r.laporan.dilewati.map((d) => `${p.dilewati}: ${d.nama} — ${d.alasan}`),
              p.temuan(counts("error"), counts("warning"), counts("info")),
              ...r.model.diagnostics.filter((d) => d.severity !== "info").map(diagnosticLine),
              ...r.nilai.map(diagnosticLine),
              "",
            ].join("\n"),
          );
        }
        return EXIT.OK;
      }
      case "audit":
      case "periksa": {
        const { positional, flags } = parseArgs(rest, ["--json", "--termasuk-buatan"], ["-o", "--output", "--tahun"]);
        if (positional.length > 1) throw new ExpectedError(`Terlalu banyak berkas: ${positional.join(" ")}`, EXIT.USAGE);
        const input = positional[0] ?? SAMPLE_LAPORAN_XLSX;
        berkas = input;
        const output = path.resolve(flags["-o"] ?? flags["--output"] ?? defaultAuditOutput(input));
        const r = await audit(input, output, { tahun: tahunFlag(flags["--tahun"]), ...(flags["--termasuk-buatan"] ? { termasukBuatan: true } : {}) });
        out.write(flags["--json"] ? `${JSON.stringify({ output: r.output, lembar: r.lembar, ...r.hasil }, null, 2)}\n` : ringkasanAudit(r));
        return EXIT.OK;
      }
      case "contoh":
      case "demo":
        if (rest.length > 0) throw new ExpectedError(`Argumen tidak dikenal: ${rest.join(" ")}`, EXIT.USAGE);
        out.write(`${contoh()}\n`);
        return EXIT.OK;
      case undefined:
      case "bantuan":
      case "help":
      case "--help":
      case "-h":
        out.write(`${USAGE}\n`);
        return command === undefined ? EXIT.USAGE : EXIT.OK;
      default:
        throw new ExpectedError(`Perintah tidak dikenal: ${command}\n\n${USAGE}`, EXIT.USAGE);
    }
  } catch (e) {
    if (e instanceof PaketRusak && berkas !== undefined) {
      err.write(`kinerja: ${pesanPaket(e, berkas)}\n`);
      return EXIT.INPUT;
    }
    if (e instanceof ExpectedError) {
      err.write(`kinerja: ${e.message}\n`);
      return e.exitCode;
    }
    err.write(`kinerja ${version}: galat tak terduga, mohon laporkan beserta teks di bawah ini\n${e instanceof Error ? e.stack : String(e)}\n`);
    return EXIT.FAILURE;
  }
}

/** Flags without a value (`--json`) and with one (`--mapping m.json`); anything else starting with "-" is an error. */
function parseArgs(args: string[], booleans: string[], valued: string[]): { positional: string[]; flags: Record<string, string | undefined> } {
  const positional: string[] = [];
  const flags: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (booleans.includes(a)) flags[a] = "ya";
    else if (valued.includes(a)) {
      if (i + 1 >= args.length) throw new ExpectedError(`${a} memerlukan nilai`, EXIT.USAGE);
      flags[a] = args[++i];
    } else if (a.startsWith("-")) throw new ExpectedError(`Opsi tidak dikenal: ${a}`, EXIT.USAGE);
    else positional.push(a);
  }
  return { positional, flags };
}

function tahunFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const tahun = Number(value);
  if (!(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100)) throw new ExpectedError(`--tahun harus tahun, mis. 2024`, EXIT.USAGE);
  return tahun;
}

/** --triwulan II and --batas-deviasi 10 (points, ≥ 0). */
function opsiTriwulan(tw: string | undefined, batas: string | undefined): { triwulan?: Triwulan; batasDeviasi?: number } {
  const triwulan = parseTriwulan(tw);
  if (isSakipError(triwulan)) throw new ExpectedError(`--triwulan: ${triwulan.message}`, EXIT.USAGE);
  const b = batas === undefined ? undefined : Number(batas.replace(",", "."));
  if (b !== undefined && !(Number.isFinite(b) && b >= 0)) throw new ExpectedError(`--batas-deviasi harus angka poin ≥ 0, mis. 10`, EXIT.USAGE);
  return { ...(triwulan ? { triwulan } : {}), ...(b !== undefined ? { batasDeviasi: b } : {}) };
}

function option<T extends string>(p: Pilihan<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const v = pilih(p, value);
  if (isSakipError(v)) throw new ExpectedError(v.message, EXIT.USAGE);
  return v;
}
