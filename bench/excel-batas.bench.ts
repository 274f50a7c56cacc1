/**
 * The add-in's writes and reads against Excel's limits at 2,000 and 20,000 sub kegiatan and on a text-heavy
 * export, in the faithful fake (test/support/excel-fake.ts): syncs, the largest request and response (JSON bytes),
 * the largest multi-range call, the longest formula and its most arguments, cells read. Fails (exit 1) if any
 * figure is past Excel's limit. Run: npx tsx bench/excel-batas.bench.ts
 */
import { generateExcel } from "../src/excel/generate";
import { readGrids } from "../src/excel/read";
import { dpaRows } from "../scripts/synthetic";
import { BATAS, FakeBook, argumenTerbanyak } from "../test/support/excel-fake";

function buku(dpa: unknown[][]): FakeBook {
  const book = new FakeBook();
  book.addSheet("PK", [
    ["Sasaran", "Indikator", "Target"],
    ["Meningkatnya pelayanan", "Indeks kepuasan", 80],
  ]);
  book.addSheet("Realisasi", [
    ["Indikator", "Realisasi"],
    ["Indeks kepuasan", 82],
  ]);
  book.addSheet("DPA", dpa);
  return book;
}

function ukur(nama: string, book: FakeBook, detik: number): boolean {
  let [panjang, argumen] = [0, 0];
  for (const s of book.sheets)
    for (const c of s.cells.values())
      if (c.formula)
        [panjang, argumen] = [Math.max(panjang, c.formula.length), Math.max(argumen, argumenTerbanyak(c.formula))];
  const area = Math.max(0, ...book.multiRange.map((m) => m.areas));
  const alamat = Math.max(0, ...book.multiRange.map((m) => m.panjang));
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `${nama}: ${book.syncs} syncs, ${detik.toFixed(1)} s; request ≤ ${mb(book.maxPayload)}, response ≤ ${mb(book.maxResponse)}; ` +
      `${book.multiRange.length} multi-range calls (≤ ${area} areas, ≤ ${alamat} chars); formula ≤ ${panjang} chars, ≤ ${argumen} args; ` +
      `${book.selDimuat} cells read; refused ${book.ditolak.length}; broken references ${book.rujukanRusak().length}`,
  );
  return (
    book.maxPayload <= BATAS.payload &&
    book.maxResponse <= BATAS.payload &&
    area <= BATAS.areaMulti &&
    alamat <= BATAS.panjangAlamatMulti &&
    panjang <= BATAS.panjangRumus &&
    argumen <= BATAS.argumen &&
    book.ditolak.length === 0 &&
    book.rujukanRusak().length === 0
  );
}

async function main(): Promise<void> {
  let ok = true;
  for (const n of [2_000, 20_000]) {
    const book = buku(dpaRows(n));
    const t0 = performance.now();
    await generateExcel(book.context());
    ok = ukur(`Buat, ${n} sub kegiatan`, book, (performance.now() - t0) / 1000) && ok;
  }
  const teks = new FakeBook();
  teks.addSheet(
    "SIPD",
    Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => `Belanja jasa tenaga – “${r}.${c}” pelayanan umum`),
    ),
  );
  const t0 = performance.now();
  await readGrids(teks.context());
  ok = ukur("Baca, text-heavy export (100,000 cells)", teks, (performance.now() - t0) / 1000) && ok;
  if (!ok) {
    console.error("Past one of Excel's limits.");
    process.exit(1);
  }
}

void main();
