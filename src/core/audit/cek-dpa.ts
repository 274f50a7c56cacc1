/**
 * SIPD RKA/DPA-SKPD 2.2.1 documents (read/rka-dpa.ts) audited as the reader reads them, like the E.81: each rekening
 * group and each "Jumlah Anggaran Sub Kegiatan" against the rows it totals, and the summary 2.2's sub kegiatan
 * against their documents. Their sheets are not report tables (the indicator block, the rincian perhitungan and the
 * plan per month are not figures of a report), so the table checks leave them.
 */
import { Grid } from "../grid";
import { DaftarTemuan } from "../read/diagnostics";
import { Nomenklatur } from "../read/nomenklatur";
import { LembarDpa, RingkasanDpa, bacaLembarDpa } from "../read/rka-dpa";
import { Pemeriksa, dua } from "./temuan";

export function periksaDpa(
  p: Pemeriksa,
  grids: readonly Grid[],
  lembar: readonly LembarDpa[],
  ringkasan: readonly RingkasanDpa[],
): void {
  const diag = new DaftarTemuan();
  bacaLembarDpa(grids, lembar, ringkasan, Nomenklatur.dasar(), diag);
  const dokumen = new Set(lembar.map((l) => l.sheet));
  p.diperiksa += lembar.reduce((s, l) => s + l.dokumen.length, 0);
  for (const d of diag.list) {
    if (d.severity === "info" || !d.sheet || !d.cell) continue;
    // The summary's own sums are the table checks'; what the reader adds is each document's and the comparison.
    const lintas = d.code === "RINGKASAN_BERBEDA";
    if (!lintas && !(d.code === "JUMLAH_INDUK_BERBEDA" && dokumen.has(d.sheet))) continue;
    p.tambah("JUMLAH_INDUK", dua(d.message, d.messageEn ?? d.message), [{ sheet: d.sheet, cell: d.cell }], {
      ...(d.found !== undefined ? { tertulis: Number(d.found) } : {}),
      ...(d.expected !== undefined ? { seharusnya: Number(d.expected) } : {}),
      severity: d.severity,
      isian: "pagu",
    });
  }
}
