/**
 * Numbers as staff type them: Indonesian ("36,36%", "Rp 1.234.567", "7,5") and English ("32,300,612,788", "70.20").
 *
 * Reading rules, in order:
 * - blank ("", spaces, null) is "not filled" (null), never 0; a lone "-" is the accounting zero ("Rp -").
 * - "Rp", "Rp.", "IDR" prefixes, a ",-" suffix and spaces are dropped; "(1.234)" and "-1.234" are negative; a trailing "%" divides
 *   by 100 (as Excel does when you type "21%").
 * - both "." and "," present: the last one is the decimal mark ("1.234.567,89", "1,234,567.89").
 * - the same mark twice or more: it groups thousands ("1.371.808", "32,300,612,788").
 * - one mark that cannot group thousands (not followed by exactly three digits, or after a leading 0) is decimal
 *   ("70.20", "7,5", "0.740").
 * - **ambiguous**: one mark followed by exactly three digits ("1.234", "1,234"). Read the Indonesian way by default
 *   ("1.234" = 1234, "1,234" = 1,234); pass `{ ambigu: "en" }` to read it the English way.
 */
import type { Bahasa } from "./bahasa";
import { Hasil, kutip, sakipError } from "./errors";

export type Ambigu = "id" | "en";

export interface OpsiAngka {
  /** How to read one separator followed by exactly three digits. Default "id". */
  ambigu?: Ambigu;
}

const SPASI = /[\s\u00a0\u202f\u2007]/g;
const MINUS = /^[-\u2212\u2013]/;
const GROUPED_BY: Record<string, RegExp> = { ".": /^\d{1,3}(\.\d{3})+$/, ",": /^\d{1,3}(,\d{3})+$/ };
const GROUPED = (sep: string) => GROUPED_BY[sep];
/**
 * Plain integers and decimals with one or two decimal digits ("250", "7,5", "70.20"): never ambiguous and by far the
 * most common text, so they skip the general parser. Same value as Number() of the dot form.
 */
function fastNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  const neg = s.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  let digits = 0;
  let v = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
    digits++;
  }
  if (digits === 0) return undefined;
  let scale = 1;
  if (i < n) {
    const sep = s.charCodeAt(i);
    const frac = n - i - 1;
    if ((sep !== 44 && sep !== 46) || frac < 1 || frac > 2) return undefined;
    for (let j = i + 1; j < n; j++) {
      const c = s.charCodeAt(j) - 48;
      if (c < 0 || c > 9) return undefined;
      v = v * 10 + c;
      scale *= 10;
    }
  }
  // v and scale are exact integers (< 2^53), so v / scale is the correctly rounded decimal, as Number() gives.
  const r = scale === 1 ? v : v / scale;
  return neg && r !== 0 ? -r : r;
}
const PLAIN = /^\d+(\.\d+)?$/;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;

/** A cell's value as a number; null when blank. Text that is not a number is an error naming the text. */
export function parseAngka(value: unknown, opsi: OpsiAngka = {}): Hasil<number | null> {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : sakipError("#NUM!", {
          id: `Nilai ${kutip(value)} bukan angka terhingga.`,
          en: `Value ${kutip(value)} is not a finite number.`,
        });
  }
  if (typeof value === "boolean") {
    return sakipError("#VALUE!", {
      id: `Nilai logika ${value ? "TRUE" : "FALSE"} bukan angka.`,
      en: `Logical value ${value ? "TRUE" : "FALSE"} is not a number.`,
    });
  }
  if (typeof value !== "string")
    return sakipError("#VALUE!", {
      id: `Nilai ${kutip(value)} bukan angka.`,
      en: `Value ${kutip(value)} is not a number.`,
    });
  const parsed = parseTeks(value, opsi.ambigu ?? "id");
  return parsed === undefined
    ? sakipError("#VALUE!", {
        id: `Teks ${kutip(value.trim())} tidak dikenali sebagai angka.`,
        en: `Text ${kutip(value.trim())} is not recognised as a number.`,
      })
    : parsed;
}

/** undefined = not a number; null = blank. */
function parseTeks(raw: string, ambigu: Ambigu): number | null | undefined {
  const fast = fastNumber(raw);
  if (fast !== undefined) return fast;
  let s = raw.replace(SPASI, " ").trim();
  if (s === "") return null;
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/^(rp\.?|idr)\s*/i, "").replace(/[.,]-$/, ""); // "Rp 1.500.000,-"
  if (/^[-\u2212\u2013]$/.test(s)) return 0; // accounting zero: "-", "Rp -"
  if (MINUS.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/^(rp\.?|idr)\s*/i, ""); // "-Rp 5.000"
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 100;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/ (?=\d{3}\b)/g, ""); // "1 234 567"
  const magnitude = parseMagnitude(s, ambigu);
  if (magnitude === undefined) return undefined;
  const n = (negative ? -magnitude : magnitude) / scale;
  return n === 0 ? 0 : n; // no -0
}

function parseMagnitude(s: string, ambigu: Ambigu): number | undefined {
  if (SCIENTIFIC.test(s)) return Number(s);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dots = count(s, ".");
  const commas = count(s, ",");
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (count(s, decimal) !== 1) return undefined;
    const [intPart, frac] = s.split(decimal);
    if (!GROUPED(group).test(intPart) || !/^\d+$/.test(frac)) return undefined;
    return Number(`${intPart.split(group).join("")}.${frac}`);
  }
  const sep = dots > 0 ? "." : commas > 0 ? "," : "";
  if (sep === "") return Number(s);
  if (count(s, sep) > 1) return GROUPED(sep).test(s) ? Number(s.split(sep).join("")) : undefined;
  const [intPart, frac] = s.split(sep);
  if (intPart === "" || frac === "") return undefined;
  const couldGroup = frac.length === 3 && intPart.length <= 3 && !intPart.startsWith("0");
  const asDecimal = Number(`${intPart}.${frac}`);
  if (!couldGroup) return PLAIN.test(`${intPart}.${frac}`) ? asDecimal : undefined;
  const groupsThousands = (ambigu === "id") === (sep === ".");
  return groupsThousands ? Number(intPart + frac) : asDecimal;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number, style: "decimal" | "percent", bahasa: Bahasa): Intl.NumberFormat {
  const key = `${min}:${max}:${style}:${bahasa}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(bahasa === "en" ? "en-US" : "id-ID", {
      style,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/** 1234567.5 → "1.234.567,5" (id-ID grouping; "1,234,567.5" in English; up to `maxDesimal` decimals, trailing zeros dropped). */
export function formatAngka(n: number, maxDesimal = 2, minDesimal = 0, bahasa: Bahasa = "id"): string {
  return formatter(minDesimal, maxDesimal, "decimal", bahasa)
    .format(n)
    .replace(/\u00a0/g, " ");
}

/** 1.7316 → "173,16%" ("173.16%" in English): a ratio shown as a percentage with two decimals, the way LKIP tables print capaian. */
export function formatPersen(ratio: number, desimal = 2, bahasa: Bahasa = "id"): string {
  return formatter(desimal, desimal, "percent", bahasa)
    .format(ratio)
    .replace(/\u00a0/g, "");
}

/** 32300612788 → "Rp 32.300.612.788" */
export function formatRupiah(n: number, bahasa: Bahasa = "id"): string {
  return `Rp ${formatAngka(n, 0, 0, bahasa)}`;
}
