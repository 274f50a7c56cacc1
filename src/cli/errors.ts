/** Problems the user can act on (bad arguments, unreadable input): printed as one line, no stack trace. */
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.INPUT,
  ) {
    super(message);
  }
}

export const EXIT = {
  OK: 0,
  /** A bug: an unexpected exception (printed with its stack). */
  FAILURE: 1,
  USAGE: 2,
  /** The input could not be used (missing file, unreadable workbook, invalid mapping). */
  INPUT: 3,
} as const;
