/**
 * The shape of a form described as data (issue 20): the words that name its columns, the groups its header nests
 * them in, and how its kode is written. A reader takes a description and a sheet; adding a form is adding one
 * description (and a fixture), not another chain of ifs.
 */

/** A word rule: the key a header label gets when `kata` matches its normalised text (lower case, no punctuation). */
export interface Kata<K extends string> {
  readonly kunci: K;
  readonly kata: RegExp;
}

/** The first rule that matches a header label, in the order the description lists them. */
export function cocok<K extends string>(aturan: readonly Kata<K>[], label: string): K | undefined {
  return aturan.find((a) => a.kata.test(label))?.kunci;
}

/** A header label as the rules read it: lower case, "%" kept, other punctuation to spaces, "s.d." as "sd". */
export function labelNormal(s: string): string {
  return s
    .toLowerCase()
    .replace(/\bs\s*[./]\s*d\b\.?/g, " sd ")
    .replace(/[^a-z0-9%]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
