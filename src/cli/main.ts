/** The `kinerja` command: argument parsing and exit codes only; the work is done by exported, tested functions. */
import * as path from "path";
import { baca, ringkasan } from "./baca";
import { contoh } from "./demo";
import { EXIT, ExpectedError } from "./errors";

export const SAMPLE_XLSX = path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx");

const USAGE = `Pemakaian: kinerja <perintah>

Perintah:
  baca [berkas.xlsx] [--mapping pemetaan.json] [--json]
              baca lembar PK, realisasi dan anggaran; tampilkan model dan temuan per sel
              (tanpa berkas: contoh samples/dkum-depok-2023.xlsx)
  contoh      hitung ulang capaian, predikat dan serapan laporan contoh DKUM Depok 2023
  bantuan     tampilkan pesan ini

Kode keluar: 0 berhasil (temuan pada data dicetak), 3 masukan tidak dapat dipakai, 2 perintah salah,
1 galat tak terduga.`;

export interface Output {
  write(text: string): unknown;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "baca":
      case "read": {
        const { positional, flags } = parseArgs(rest, ["--json"], ["--mapping"]);
        if (positional.length > 1) throw new ExpectedError(`Terlalu banyak berkas: ${positional.join(" ")}`, EXIT.USAGE);
        const model = await baca(positional[0] ?? SAMPLE_XLSX, flags["--mapping"]);
        out.write(flags["--json"] ? `${JSON.stringify(model, null, 2)}\n` : `${ringkasan(model)}\n`);
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
    if (e instanceof ExpectedError) {
      err.write(`kinerja: ${e.message}\n`);
      return e.exitCode;
    }
    err.write(`kinerja: galat tak terduga (mohon laporkan)\n${e instanceof Error ? e.stack : String(e)}\n`);
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
