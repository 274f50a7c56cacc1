/** The `kinerja` command: argument parsing and exit codes only; the work is done by exported, tested functions. */
import { contoh } from "./demo";
import { EXIT, ExpectedError } from "./errors";

const USAGE = `Pemakaian: kinerja <perintah>

Perintah:
  contoh      hitung ulang capaian, predikat dan serapan contoh DKUM Depok 2023
  bantuan     tampilkan pesan ini

Kode keluar: 0 berhasil, 2 perintah salah, 3 masukan bermasalah, 1 galat tak terduga.`;

export interface Output {
  write(text: string): unknown;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
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
