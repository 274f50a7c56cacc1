/**
 * Sheets that hold no data of their own: a list that feeds a dropdown (the range a list validation points to, or a
 * sheet that is one column of names and nothing else) and a hidden copy of a visible sheet (a filtered or stale
 * duplicate). Read as data they would add programs out of a list or count a table twice; they are set aside, each
 * with a note naming it.
 */
import { Grid, isBlank, parseArea, rowCount, text } from "../grid";
import { DaftarTemuan } from "./diagnostics";

/** The sheets to read, without lists and hidden copies; each one set aside is named in an info. */
export function tanpaLembarBukanData(sheets: readonly Grid[], diag: DaftarTemuan): Grid[] {
  const sumber = sumberValidasi(sheets);
  const keluar = new Set<string>();
  for (const g of sheets) {
    const daftar = sumber.get(g.name);
    if ((daftar && dalamDaftar(g, daftar)) || lembarDaftarTeks(g)) {
      keluar.add(g.name);
      diag.info(
        "LEMBAR_DAFTAR",
        {
          id: `Lembar "${g.name}" berisi daftar pilihan (${daftar ? "sumber validasi data" : "daftar nama tanpa angka"}), bukan data; tidak dibaca sebagai program.`,
          en: `Sheet "${g.name}" holds a list of choices (${daftar ? "a data validation source" : "lists of names without figures"}), not data; it is not read as programs.`,
        },
        { sheet: g.name, row: 0 },
      );
    }
  }
  const tandaLembar = new Tanda();
  for (const g of sheets) {
    if (!g.tersembunyi || keluar.has(g.name)) continue;
    const asli = sheets.find((v) => !v.tersembunyi && !keluar.has(v.name) && salinan(g, v, tandaLembar));
    if (!asli) continue;
    keluar.add(g.name);
    diag.info(
      "LEMBAR_SALINAN_TERSEMBUNYI",
      {
        id: `Lembar tersembunyi "${g.name}" adalah salinan lembar "${asli.name}"; tidak dibaca sebagai sumber kedua (tidak dijumlahkan dua kali).`,
        en: `Hidden sheet "${g.name}" is a copy of sheet "${asli.name}"; it is not read as a second source (not counted twice).`,
      },
      { sheet: g.name, row: 0 },
    );
  }
  return sheets.filter((g) => !keluar.has(g.name));
}

/** Sheet name → the areas other sheets' list validations point to ("Daftar!$A$2:$A$226", "'Daftar Program'!A:A"). */
function sumberValidasi(
  sheets: readonly Grid[],
): Map<string, { top: number; bottom: number; left: number; right: number }[]> {
  const out = new Map<string, { top: number; bottom: number; left: number; right: number }[]>();
  for (const g of sheets) {
    for (const f of g.sumberDaftar ?? []) {
      const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(f.trim());
      if (!m) continue;
      const name = (m[1] ?? m[2]).replace(/''/g, "'");
      const ref = m[3].replace(/\$/g, "");
      const whole = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(ref);
      const area = whole ? parseArea(`${whole[1]}1:${whole[2]}1048576`) : parseArea(ref);
      if (!area || name === g.name) continue;
      out.set(name, [...(out.get(name) ?? []), area]);
    }
  }
  return out;
}

/** Every filled cell of the sheet lies in a validation source, but for a header row above it. */
function dalamDaftar(g: Grid, areas: readonly { top: number; bottom: number; left: number; right: number }[]): boolean {
  let luar = 0;
  let dalam = 0;
  for (let r = 0; r < rowCount(g); r++)
    (g.values[r] ?? []).forEach((v, c) => {
      if (isBlank(v)) return;
      if (areas.some((a) => r >= a.top - 1 && r <= a.bottom && c >= a.left && c <= a.right)) dalam++;
      else luar++;
    });
  return dalam >= 2 && luar <= 2;
}

/**
 * A sheet that is lists and nothing else (a dropdown source kept by hand: program names, kegiatan, sumber dana side
 * by side): at least five names in a column, no figures anywhere (row numbers and kode allowed), no formulas, and
 * names that are items (Program …, Kegiatan …, a kode) or a header that calls the column a list.
 */
function lembarDaftarTeks(g: Grid): boolean {
  const kolom = new Map<number, string[]>();
  const nomor = new Map<number, number[]>();
  for (let r = 0; r < rowCount(g); r++) {
    const row = g.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isBlank(v)) continue;
      if (g.formulas?.[r]?.[c]) return false;
      const t = text(v);
      if (/^[\dX]{1,2}(\.[\dX]{1,4})+$/i.test(t) && typeof v === "string") continue; // a kode
      if (typeof v === "number" || /^(rp\.?|idr)?[\s\d.,%()+\-\u2212]*$/i.test(t)) {
        const n = Number(t.replace(/\.$/, ""));
        if (!Number.isInteger(n)) return false; // a figure: data
        const ns = nomor.get(c) ?? [];
        if (ns.length === 0) nomor.set(c, ns);
        ns.push(n);
        continue;
      }
      const ts = kolom.get(c) ?? [];
      if (ts.length === 0) kolom.set(c, ts);
      ts.push(t);
    }
  }
  // Numbers only as row numbers: 1, 2, 3 … in their own column.
  for (const ns of nomor.values()) if (ns.some((n, i) => n !== i + 1)) return false;
  const besar = [...kolom.values()].sort((a, b) => b.length - a.length)[0];
  if (!besar || besar.length < 5) return false;
  const item = besar.filter((t) => /^(\d+[.)]\s*)?(program|kegiatan|sub\s*kegiatan|[\dX]\.[\dX]{2}\.)/i.test(t)).length;
  return (
    item * 2 >= besar.length ||
    [...kolom.values()].some((xs) =>
      /^(daftar|list|pilihan|referensi|ref|program|kegiatan|sub kegiatan)\b/i.test(xs[0]),
    )
  );
}

/** Each sheet's filled rows as strings, made once: a hidden sheet is compared with every visible one. */
class Tanda {
  private readonly rows = new Map<Grid, { list: string[]; angka: boolean[]; set: Set<string> }>();
  of(g: Grid) {
    let x = this.rows.get(g);
    if (!x) {
      x = { list: [], angka: [], set: new Set() };
      for (let r = 0; r < rowCount(g); r++) {
        const t = tanda(g, r);
        if (t.replace(/\u0000/g, "") === "") continue;
        x.list.push(t);
        x.angka.push((g.values[r] ?? []).some((v) => typeof v === "number"));
        x.set.add(t);
      }
      this.rows.set(g, x);
    }
    return x;
  }
}

/**
 * A hidden sheet is a copy of a visible one when nearly all its filled rows, figures included, are rows of the
 * visible sheet and at least three of them hold figures: a filtered copy holds fewer rows, never other ones. A
 * sheet made from the same template with its own figures is not a copy.
 */
function salinan(hidden: Grid, visible: Grid, cache: Tanda): boolean {
  const h = cache.of(hidden);
  const v = cache.of(visible);
  let sama = 0;
  let angka = 0;
  h.list.forEach((t, i) => {
    if (!v.set.has(t)) return;
    sama++;
    if (h.angka[i]) angka++;
  });
  return angka >= 3 && sama >= 0.9 * h.list.length;
}

/** A row as one string, its blank cells kept in place, trailing ones dropped. */
function tanda(g: Grid, r: number): string {
  return (g.values[r] ?? [])
    .map((v) => (isBlank(v) ? "" : text(v)))
    .join("\u0000")
    .replace(/\u0000+$/, "");
}
