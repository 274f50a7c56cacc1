/**
 * A working total typed right of the header (the city RFK's `10 DLH`: numbers in Z9, Z10 and Z11:AC11) does not turn
 * the header's rows into data: the three header rows and their units row are read, and with them the realisasi.
 * Figures from samples/fixtures/rekap/dlh-angka-liar.xlsx, hand-checked: pagu 5 + 60 + 135 = 200 juta, realisasi
 * 4 + 60 + 90 = 154 juta.
 */
import * as path from "path";
import { bacaWorkbook } from "../../src/core/read";
import { isBarisSatuan } from "../../src/core/read/judul";
import { semuaNode } from "../../src/core/model";
import { readGrids } from "../../src/xlsx/read";

test("the DLH sheet: header rows 8–10, pagu Rp 200.000.000 and realisasi Rp 154.000.000", async () => {
  const grids = await readGrids(path.resolve(__dirname, "../../samples/fixtures/rekap/dlh-angka-liar.xlsx"));
  const m = bacaWorkbook(grids);
  const sub = semuaNode(m.anggaran).filter((n) => n.level === "sub_kegiatan");
  expect(sub.map((s) => [s.pagu, s.realisasi])).toEqual([
    [5_000_000, 4_000_000],
    [60_000_000, 60_000_000],
    [135_000_000, 90_000_000],
  ]);
  expect(m.buktiKolom?.find((t) => t.sheet === "10 DLH")?.barisJudul).toEqual([8, 9, 10]);
});

test("a units row stays a units row with a number typed after a gap, not with one beside its units", () => {
  const g = (row: (string | number | null)[]) => ({ name: "x", values: [row] });
  expect(isBarisSatuan(g(["Rp", "%", "Rp", "%", null, null, null, 373056]), 0)).toBe(true);
  expect(isBarisSatuan(g(["Rp", "%", "Rp", "%", 373056]), 0)).toBe(false);
});
