/**
 * Joining rows of different sheets by name: exact after normalisation (case, spacing, punctuation, numbering),
 * then a near-miss (a typo or a dropped word) that is joined *and* reported with both spellings. Nothing else joins.
 */
import { kutip } from "../errors";
import type { Dwibahasa } from "../bahasa";
import { cellRef } from "../grid";
import { Sumber } from "../model";
import { DaftarTemuan } from "./diagnostics";

export function normalNama(s: string): string {
  const lower = s.toLowerCase();
  return (/[^\x00-\x7f]/.test(lower) ? lower.normalize("NFKD") : lower)
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^\s*(\d+[a-z]?|[a-z])[.)]\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Near-miss: a few letters apart (≤ 15% of the length, at least 2), or the same words bar spacing. */
export function mirip(a: string, b: string): boolean {
  const [x, y] = [normalNama(a), normalNama(b)];
  if (x === y) return true;
  if (x.replace(/ /g, "") === y.replace(/ /g, "")) return true;
  const limit = Math.max(2, Math.floor(Math.min(x.length, y.length) * 0.15));
  return levenshtein(x, y, limit) <= limit;
}

export interface Berpasangan<A, B> {
  readonly pairs: [A, B][];
  readonly onlyLeft: A[];
  readonly onlyRight: B[];
}

/**
 * Pairs left items with right items by name. `alias` maps a right-hand spelling to a left-hand one (from the
 * user's mapping). Near-misses are paired and reported; ambiguous near-misses are not paired.
 */
export function pasangkan<A, B>(
  left: readonly A[],
  right: readonly B[],
  nameL: (a: A) => string,
  nameR: (b: B) => string,
  whereL: (a: A) => Sumber,
  whereR: (b: B) => Sumber,
  diag: DaftarTemuan,
  what: Dwibahasa,
  alias: Record<string, string> = {},
): Berpasangan<A, B> {
  const aliasNorm = new Map(Object.entries(alias).map(([k, v]) => [normalNama(k), normalNama(v)]));
  const keyR = (b: B) => aliasNorm.get(normalNama(nameR(b))) ?? normalNama(nameR(b));
  const pairs: [A, B][] = [];
  const usedR = new Set<number>();
  const unpaired: A[] = [];
  for (const a of left) {
    const k = normalNama(nameL(a));
    const i = right.findIndex((b, j) => !usedR.has(j) && keyR(b) === k);
    if (i >= 0) {
      usedR.add(i);
      pairs.push([a, right[i]]);
    } else unpaired.push(a);
  }
  const onlyLeft: A[] = [];
  for (const a of unpaired) {
    const candidates = right
      .map((b, j) => [b, j] as const)
      .filter(([b, j]) => !usedR.has(j) && mirip(nameL(a), nameR(b)));
    if (candidates.length === 1) {
      const [b, j] = candidates[0];
      usedR.add(j);
      pairs.push([a, b]);
      const [sa, sb] = [whereL(a), whereR(b)];
      diag.warning(
        "NAMA_HAMPIR_SAMA",
        {
          id: `${what.id} dieja berbeda: ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) dan ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}); dianggap sama. Samakan ejaannya atau tambahkan alias di pemetaan bila keliru.`,
          en: `${what.en} spelled differently: ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) and ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}); taken as the same. Make the spellings equal, or add an alias in the mapping if that is wrong.`,
        },
        { sheet: sb.sheet, row: sb.row, col: sb.col },
        nameR(b),
        nameL(a),
      );
    } else onlyLeft.push(a);
  }
  return { pairs, onlyLeft, onlyRight: right.filter((_, j) => !usedR.has(j)) };
}
