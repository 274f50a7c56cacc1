/**
 * A plan reports no realisasi (issue 20): an anggaran kas (RAK) gives pagu and the cash plan per quarter only. Its
 * `baca` summary and the computed results say "–" (not reported), never Rp 0 and never a 0% serapan.
 */
import * as path from "path";
import { ringkasan } from "../../src/cli/baca";
import { bacaWorkbook } from "../../src/core/read";
import { hitung } from "../../src/core/report/hasil";
import { SKALA } from "../../src/core/rules/predikat";
import { readGrids } from "../../src/xlsx/read";

const KAS = path.resolve(__dirname, "../../samples/fixtures/sipd-anggaran-kas-per-sub.xlsx");

test("anggaran kas: realisasi '–' in the summary, null with a '–' serapan in the results", async () => {
  const m = bacaWorkbook(await readGrids(KAS));
  const baris = ringkasan(m).split("\n");
  expect(baris).toContain("2 program, 3 kegiatan, 5 sub kegiatan; pagu Rp 8.670.000.000, realisasi –");
  expect(ringkasan(m, "en")).toContain("budget Rp 8,670,000,000, spent –");
  const h = hitung(m, SKALA.tiga);
  expect(h.total).toMatchObject({ pagu: 8_670_000_000, realisasi: null });
  expect(h.total.serapan).not.toBe(0);
  expect(h.anggaran.every((n) => n.realisasi === null)).toBe(true);
});

test("a realisasi of Rp 0 that was written stays Rp 0", async () => {
  const m = bacaWorkbook([
    {
      name: "DPA",
      values: [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        ["1.02.01", "Program A", 10_000_000, 0],
        ["1.02.01.2.01", "Kegiatan A", 10_000_000, 0],
        ["1.02.01.2.01.0001", "Sub A", 10_000_000, 0],
      ],
    },
  ]);
  expect(ringkasan(m)).toContain("pagu Rp 10.000.000, realisasi Rp 0");
  expect(hitung(m, SKALA.tiga).total.realisasi).toBe(0);
});
