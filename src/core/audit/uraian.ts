/**
 * The report's prose, checked against its tables: a sentence that states a capaian ("capaiannya hanya 37%") must
 * not call it a success it is not ("telah memenuhi target"), and must agree with the capaian the tables state for
 * the indicator the paragraph is talking about.
 */
import { Grid, text } from "../grid";
import { parseAngka } from "../numbers";
import { normalNama } from "../read/join";
import { tahunTerakhir } from "../read/columns";

export interface Kalimat {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly teks: string;
  /** The item last named in the paragraph up to this sentence (normalised), if any. */
  readonly entitas: string | null;
  /** The year the sentence names ("Dibandingkan tahun 2022 …"), if any. */
  readonly tahun: number | null;
  /** The capaian the sentence states, in percentage points, with its decimals. */
  readonly capaian: { readonly nilai: number; readonly desimal: number } | null;
}

const PANJANG_MIN = 80;
const CAPAIAN =
  /capaian(?:nya)?\s+(?:(?:hanya|sebesar|mencapai|yaitu|adalah|sekitar|kinerja|kinerjanya)\s+)*(\d{1,4}(?:[.,]\d+)?)\s*%/i;

function kalimatDari(paragraf: string): string[] {
  return paragraf
    .split(/(?<=[.!?])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Sentences of long text cells that state a capaian, with the item their paragraph is about. */
export function kalimatCapaian(grids: readonly Grid[], entitas: readonly string[]): Kalimat[] {
  const nama = [...new Set(entitas)].filter((e) => e.split(" ").length >= 2).sort((a, b) => b.length - a.length);
  const out: Kalimat[] = [];
  for (const g of grids) {
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || v.length < PANJANG_MIN) return;
        let terakhir: string | null = null;
        for (const s of kalimatDari(text(v))) {
          const n = ` ${normalNama(s)} `;
          let posisi = -1;
          for (const e of nama) {
            const i = n.lastIndexOf(` ${e} `);
            if (i > posisi) {
              posisi = i;
              terakhir = e;
            }
          }
          const m = CAPAIAN.exec(s);
          const parsed = m ? parseAngka(m[1], { ambigu: "id" }) : null;
          if (!m || typeof parsed !== "number") continue;
          const dec = /[.,](\d+)$/.exec(m[1]);
          out.push({
            sheet: g.name,
            row: r,
            col: c,
            teks: s,
            entitas: terakhir,
            tahun: tahunTerakhir(s) || null,
            capaian: { nilai: parsed, desimal: dec ? dec[1].length : 0 },
          });
        }
      }),
    );
  }
  return out;
}
