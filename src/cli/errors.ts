import { pilihBahasa, type Bahasa, type Dwibahasa } from "../core/bahasa";

/**
 * Problems the user can act on (bad arguments, unreadable input, unwritable output): one message, no stack trace.
 * `message` is the Indonesian text; `teks` picks the output's language.
 */
export class ExpectedError extends Error {
  readonly pesan: string | Dwibahasa;
  constructor(
    pesan: string | Dwibahasa,
    readonly exitCode: number = EXIT.INPUT,
  ) {
    super(pilihBahasa(pesan, "id"));
    this.pesan = pesan;
  }

  teks(bahasa: Bahasa): string {
    return pilihBahasa(this.pesan, bahasa);
  }
}

export const EXIT = {
  OK: 0,
  /** A bug: an unexpected exception (printed with its stack and the version). */
  FAILURE: 1,
  USAGE: 2,
  /** The input could not be used (missing file, not an .xlsx, damaged or encrypted workbook, invalid mapping). */
  INPUT: 3,
  /** The output could not be written (missing folder, no permission, a folder in the way, disk full). */
  OUTPUT: 4,
} as const;
