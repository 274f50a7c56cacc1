/** Collects diagnostics while reading; every one names its sheet and cell when it has them. */
import { a1 } from "../grid";
import type { Dwibahasa } from "../bahasa";
import type { Temuan, Severity } from "../model";
import type { KodeKatalog } from "../temuan-katalog";

/** 0-based rows as a message lists them: the first five, 1-based, then "…". */
export function daftarBaris(rows: readonly number[]): string {
  return (
    rows
      .slice(0, 5)
      .map((r) => r + 1)
      .join(", ") + (rows.length > 5 ? ", …" : "")
  );
}

/** Where a finding stands: its sheet, and its cell when it has one (0-based row and column). */
export interface Tempat {
  readonly sheet: string;
  readonly row?: number;
  readonly col?: number;
}

export class DaftarTemuan {
  readonly list: Temuan[] = [];
  /** A cell read by two tables (a sheet that is both PK and realisasi) is reported once. */
  private readonly seen = new Set<string>();

  /** `message` is Indonesian, or both languages as a Dwibahasa. */
  add(
    severity: Severity,
    code: KodeKatalog,
    message: string | Dwibahasa,
    where?: Tempat,
    found?: string,
    expected?: string,
  ): void {
    const cell = where && where.row !== undefined ? a1(where.row, where.col ?? 0) : undefined;
    const id = typeof message === "string" ? message : message.id;
    const key = `${code}\u0000${where?.sheet ?? ""}\u0000${cell ?? ""}\u0000${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({
      severity,
      code,
      message: id,
      ...(typeof message === "string" ? {} : { messageEn: message.en }),
      ...(where ? { sheet: where.sheet } : {}),
      ...(cell ? { cell } : {}),
      ...(found !== undefined ? { found } : {}),
      ...(expected !== undefined ? { expected } : {}),
    });
  }
  error(code: KodeKatalog, message: string | Dwibahasa, where?: Tempat, found?: string, expected?: string): void {
    this.add("error", code, message, where, found, expected);
  }
  warning(code: KodeKatalog, message: string | Dwibahasa, where?: Tempat, found?: string, expected?: string): void {
    this.add("warning", code, message, where, found, expected);
  }
  info(code: KodeKatalog, message: string | Dwibahasa, where?: Tempat, found?: string, expected?: string): void {
    this.add("info", code, message, where, found, expected);
  }
}
