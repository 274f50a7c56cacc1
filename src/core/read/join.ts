/**
 * Joining rows of different sheets by name: exact after normalisation (case, spacing, punctuation, numbering),
 * then the same name by its parentheticals (an acronym and its expansion, a qualifier in parentheses), then a
 * near-miss (a typo or a dropped word), then, where the caller gives it, other evidence (same position, satuan and
 * target). Every join but the exact one is reported with both spellings. Nothing else joins.
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
  buktiLain?: (a: A, b: B) => Dwibahasa | undefined,
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
  // The same name by its parentheticals, where exactly one row on each side answers.
  const sisa: A[] = [];
  for (const a of unpaired) {
    const cocok = (x: A, b: B) => setaraNama(nameL(x), nameR(b));
    const candidates = right.map((b, j) => [b, j] as const).filter(([b, j]) => !usedR.has(j) && cocok(a, b));
    if (candidates.length !== 1 || unpaired.filter((x) => cocok(x, candidates[0][0])).length !== 1) {
      sisa.push(a);
      continue;
    }
    const [b, j] = candidates[0];
    usedR.add(j);
    pairs.push([a, b]);
    const [sa, sb] = [whereL(a), whereR(b)];
    diag.info(
      "NAMA_SETARA",
      {
        id: `${what.id} ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) dan ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}) hanya berbeda pada keterangan dalam kurung atau singkatannya; dianggap sama. Tambahkan alias di pemetaan bila keliru.`,
        en: `${what.en} ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) and ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}) differ only by a parenthetical or an acronym; taken as the same. Add an alias in the mapping if that is wrong.`,
      },
      { sheet: sb.sheet, row: sb.row, col: sb.col },
      nameR(b),
      nameL(a),
    );
  }
  const onlyLeft: A[] = [];
  for (const a of sisa) {
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
  // Other evidence than the name, for what is left: only a pair that nothing else on either side shares.
  if (buktiLain) {
    const tersisa = [...onlyLeft];
    onlyLeft.length = 0;
    for (const a of tersisa) {
      const candidates = right
        .map((b, j) => [b, j, buktiLain(a, b)] as const)
        .filter(([, j, why]) => !usedR.has(j) && why !== undefined);
      const b = candidates.length === 1 ? candidates[0][0] : undefined;
      if (!b || tersisa.filter((x) => buktiLain(x, b) !== undefined).length !== 1) {
        onlyLeft.push(a);
        continue;
      }
      usedR.add(candidates[0][1]);
      pairs.push([a, b]);
      const [sa, sb, why] = [whereL(a), whereR(b), candidates[0][2]!];
      diag.info(
        "NAMA_BERBEDA_DIPASANGKAN",
        {
          id: `${what.id} ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) dan ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}) berbeda, tetapi ${why.id}; dianggap sama. Samakan namanya, atau tambahkan alias di pemetaan bila keliru.`,
          en: `${what.en} ${kutip(nameL(a), 80)} (${cellRef(sa.sheet, sa.row, sa.col ?? 0)}) and ${kutip(nameR(b), 80)} (${cellRef(sb.sheet, sb.row, sb.col ?? 0)}) differ, but ${why.en}; taken as the same. Make the names equal, or add an alias in the mapping if that is wrong.`,
        },
        { sheet: sb.sheet, row: sb.row, col: sb.col },
        nameR(b),
        nameL(a),
      );
    }
  }
  return { pairs, onlyLeft, onlyRight: right.filter((_, j) => !usedR.has(j)) };
}

/** Connector words an acronym may leave out ("Angka Kematian Ibu dan Anak" → AKIA or AKIDA). */
const SAMBUNG = new Set(["dan", "di", "ke", "dari", "yang", "per", "untuk", "pada", "dalam", "atas", "terhadap"]);

function inisial(words: readonly string[], lewati: boolean): string {
  return words
    .filter((w) => !lewati || !SAMBUNG.has(w))
    .map((w) => w[0])
    .join("");
}

/** An acronym-like parenthetical: one token of 2–8 letters/digits ("PPH", "NTP", "IKM", "GKG"). */
function akronim(s: string): string | undefined {
  const t = normalNama(s);
  return /^[a-z][a-z0-9]{1,7}$/.test(t) ? t : undefined;
}

/** Does `singkat` spell the initials of `words` (all of them, or skipping connector words)? */
function singkatanDari(singkat: string, words: readonly string[]): boolean {
  return words.length >= 2 && (inisial(words, false) === singkat || inisial(words, true) === singkat);
}

/**
 * The keys a name can be joined by beyond its full spelling, from its parentheticals:
 * - `setara`: spellings that say the same ("Skor Pola Pangan Harapan (PPH)" = "Skor PPH" = "Skor Pola Pangan
 *   Harapan"; "NTP (Nilai Tukar Petani)" = "Nilai Tukar Petani"): an acronym in parentheses equals its expansion;
 * - `inti`: the name without a parenthetical that is not such an acronym ("Produksi Padi (GKG)" → "produksi padi",
 *   "… (semakin kecil semakin baik)" → "…"). It joins only a name spelled that way in full, never another `inti`,
 *   so "Jumlah kasus (baru)" and "Jumlah kasus (lama)" stay apart; and only when it keeps two words or more.
 */
export function kunciNama(s: string): { setara: Set<string>; inti?: string } {
  const setara = new Set<string>([normalNama(s)]);
  const groups = [...s.matchAll(/\(([^()]*)\)/g)];
  if (groups.length !== 1) return { setara };
  const g = groups[0];
  const at = g.index ?? 0;
  const before = normalNama(s.slice(0, at)).split(" ").filter(Boolean);
  const after = normalNama(s.slice(at + g[0].length))
    .split(" ")
    .filter(Boolean);
  const isi = g[1];
  const singkat = akronim(isi);
  const join = (ws: readonly string[]) => ws.join(" ");
  // "Skor Pola Pangan Harapan (PPH)": the acronym of the last k words before it.
  if (singkat) {
    for (let k = 2; k <= before.length; k++) {
      const words = before.slice(before.length - k);
      if (!singkatanDari(singkat, words)) continue;
      setara.add(join([...before, ...after]));
      setara.add(join([...before.slice(0, before.length - k), singkat, ...after]));
      return { setara };
    }
  }
  // "NTP (Nilai Tukar Petani)": the word before it is the acronym of what the parentheses hold.
  const last = before[before.length - 1];
  const uraian = normalNama(isi).split(" ").filter(Boolean);
  if (last && akronim(last) && singkatanDari(last, uraian)) {
    setara.add(join([...before, ...after]));
    setara.add(join([...before.slice(0, -1), ...uraian, ...after]));
    return { setara };
  }
  const inti = join([...before, ...after]);
  return inti.split(" ").length >= 2 ? { setara, inti } : { setara };
}

/** The same indicator by its parentheticals (see kunciNama); the reason, or undefined. */
export function setaraNama(a: string, b: string): boolean {
  const [x, y] = [kunciNama(a), kunciNama(b)];
  for (const k of x.setara) if (y.setara.has(k)) return true;
  return (x.inti !== undefined && y.setara.has(x.inti)) || (y.inti !== undefined && x.setara.has(y.inti));
}

/** Two names that say they differ: the same words but for different parentheticals ("kasus (baru)", "kasus (lama)"). */
export function bedaKeterangan(a: string, b: string): boolean {
  const [x, y] = [kunciNama(a), kunciNama(b)];
  return x.inti !== undefined && x.inti === y.inti && normalNama(a) !== normalNama(b);
}
