/** Each column reading carries its evidence and confidence, on plain grids: header words, values, arithmetic. */
import { bacaWorkbook } from "../../src/core/read";
import { BuktiTabel, barisBukti, buktiTabel, teksBukti, teksKolom } from "../../src/core/read/bukti";
import { kataKolom } from "../../src/core/read/columns";
import { findTables } from "../../src/core/read/tables";
import { Grid } from "../../src/core/grid";
import { ringkasan } from "../../src/cli/baca";

/** A budget table with a two-row header; % is realisasi ÷ pagu in percent (90/100, 45/60, 0/50). */
const dpa = (persen: (number | string)[]): Grid => ({
  name: "DPA",
  values: [
    ["Kode", "Uraian", "Anggaran (Rp)", null, null],
    [null, null, "Pagu", "Realisasi", "%"],
    ["1.01", "Program Penunjang", 100, 90, persen[0]],
    ["1.02", "Program Pelayanan", 60, 45, persen[1]],
    ["1.03", "Program Pembinaan", 50, 0, persen[2]],
  ],
  merges: [{ top: 0, left: 2, bottom: 0, right: 4 }],
});

const bukti = (g: Grid): BuktiTabel => {
  const [t] = findTables(g);
  return buktiTabel(g, t, "anggaran");
};
const bidang = (b: BuktiTabel, f: string) => b.bidang.find((x) => x.field === f)!;

test("the words of a header that name its field", () => {
  expect(kataKolom("Anggaran (Rp) Pagu")).toEqual({ field: "pagu", kata: "anggaran, rp, pagu" });
  expect(kataKolom("Realisasi s.d. TW III")).toEqual({ field: "realisasi", kata: "realisasi" });
  expect(kataKolom("Target TW II")).toEqual({ field: "target_tw2", kata: "target tw ii" });
  expect(kataKolom("Realisasi %")).toEqual({ field: "persen", kata: "realisasi %" });
  expect(kataKolom("Catatan rapat hari ini yang panjang")).toEqual({ field: "keterangan", kata: "catatan" });
  expect(kataKolom("Sumber Data")).toBeUndefined();
});

test("a % column equal to realisasi ÷ pagu, named by its header path: confident, with the arithmetic as evidence", () => {
  const b = bukti(dpa([90, 75, 0]));
  expect(b.barisJudul).toEqual([1, 2]);
  expect(b.kolom.map((k) => teksKolom(k, "id"))).toEqual([
    '"Kode" (kolom A)',
    '"Uraian" (kolom B)',
    '"Anggaran (Rp) › Pagu" (kolom C)',
    '"Anggaran (Rp) › Realisasi" (kolom D)',
    '"Anggaran (Rp) › %" (kolom E)',
  ]);
  const persen = bidang(b, "persen");
  expect(persen).toMatchObject({
    huruf: "E",
    judul: "Anggaran (Rp) › %",
    kata: "anggaran, rp %",
    isi: { angka: 3, angkaTeks: 0, teks: 0, kosong: 0, rumus: 0 },
    cek: { jenis: "persen", cocok: 3, dari: 3 },
    keraguan: [],
    yakin: true,
  });
  expect(b.bidang.every((x) => x.yakin)).toBe(true);
  expect(barisBukti(persen, "id")).toBe(
    'Persen serapan ← "Anggaran (Rp) › %" (kolom E), yakin: judulnya memuat "anggaran, rp %"; 3 angka; sama dengan realisasi ÷ pagu di 3 dari 3 baris',
  );
  expect(barisBukti(persen, "en")).toBe(
    'Absorption % ← "Anggaran (Rp) › %" (column E), confident: its header says "anggaran, rp %"; 3 numbers; equal to actual ÷ budget in 3 of 3 rows',
  );
  // The same check holds for a fraction (0.9 formatted as %).
  expect(bidang(bukti(dpa([0.9, 0.75, 0])), "persen").cek).toEqual({ jenis: "persen", cocok: 3, dari: 3 });
});

test("a % column that is not realisasi ÷ pagu (a share of the total) needs checking, and is listed first", () => {
  // 100/210, 60/210, 50/210: each program's share of the budget, as the RFK's "NILAI ANGGARAN %" column.
  const b = bukti(dpa([47.62, 28.57, 23.81]));
  const persen = bidang(b, "persen");
  expect(persen.cek).toEqual({ jenis: "persen", cocok: 0, dari: 3 });
  expect(persen.keraguan).toEqual(["hitung_tak_cocok"]);
  expect(persen.yakin).toBe(false);
  expect(b.bidang[0].field).toBe("persen");
  expect(teksBukti(persen, "id")).toBe(
    'judulnya memuat "anggaran, rp %"; 3 angka; sama dengan realisasi ÷ pagu di 0 dari 3 baris',
  );
});

test("figures typed as text are counted apart; a figure column of words needs checking", () => {
  const b = bukti(dpa(["90%", "75%", "0%"]));
  expect(bidang(b, "persen").isi).toEqual({ angka: 0, angkaTeks: 3, teks: 0, kosong: 0, rumus: 0 });
  expect(bidang(b, "persen").yakin).toBe(true);
  const kata = bukti(dpa(["baik", "cukup", "kurang"]));
  expect(bidang(kata, "persen").keraguan).toEqual(["isi_teks"]);
  expect(teksBukti(bidang(kata, "persen"), "en")).toBe(
    'its header says "anggaran, rp %"; 3 text; it holds mostly text, not numbers',
  );
});

const pk: Grid = {
  name: "PK",
  values: [
    ["Indikator", "Target", "Target", "Satuan"],
    ["Indeks kepuasan", 80, 85, "indeks"],
    ["Persentase layanan", 90, 95, "%"],
  ],
};

test("two columns headed Target for the same year: the reading is not sure and names the other", () => {
  const m = bacaWorkbook([pk]);
  const t = m.buktiKolom!.find((x) => x.peran === "pk")!;
  const target = t.bidang.find((x) => x.field === "target")!;
  expect(target.huruf).toBe("B");
  expect(target.lain).toEqual(["C"]);
  expect(target.keraguan).toEqual(["ganda"]);
  expect(t.bidang[0].field).toBe("target");
  expect(teksBukti(target, "id")).toBe('judulnya memuat "target"; 2 angka; kolom C juga cocok');
});

test("a column the mapping chose: its evidence is the header it has, and the pane and CLI say it does not name the field", () => {
  const m = bacaWorkbook([pk], {
    pemetaan: { versi: 1, lembar: { pk: "PK" }, tabel: { pk: { kolom: { target: "D" } } } },
  });
  const target = m.buktiKolom![0].bidang.find((x) => x.field === "target")!;
  expect(target).toMatchObject({ huruf: "D", judul: "Satuan", keraguan: ["judul_lain", "isi_teks"], yakin: false });
  expect(target.kata).toBeUndefined();
  expect(barisBukti(target, "id")).toBe(
    'Target ← "Satuan" (kolom D), perlu dicek: judulnya tidak menyebut target; 2 teks; isinya kebanyakan teks, bukan angka',
  );
  // Choosing the other Target column by the mapping: the header names it, so the reading is sure again.
  const c = bacaWorkbook([pk], {
    pemetaan: { versi: 1, lembar: { pk: "PK" }, tabel: { pk: { kolom: { target: "C" } } } },
  });
  const tc = c.buktiKolom![0].bidang.find((x) => x.field === "target")!;
  expect([tc.huruf, tc.kata, tc.lain]).toEqual(["C", "target", ["B"]]);
  expect(c.sasaran[0].indikator.map((i) => i.target)).toEqual([85, 95]);
});

test("a sisa column checked against pagu − realisasi", () => {
  const g: Grid = {
    name: "DPA",
    values: [
      ["Uraian", "Pagu", "Realisasi", "Sisa Anggaran"],
      ["Program A", 100, 90, 10],
      ["Program B", 60, 45, 15],
      ["Program C", 50, 0, 5],
    ],
  };
  const sisa = bidang(bukti(g), "sisa");
  expect(sisa.cek).toEqual({ jenis: "sisa", cocok: 2, dari: 3 });
  expect(sisa.keraguan).toEqual(["hitung_tak_cocok"]);
});

test("`kinerja baca` prints the same evidence, from the same function, and the mapping to fix it when unsure", () => {
  const m = bacaWorkbook([pk]);
  const teks = ringkasan(m, "id");
  expect(teks).toContain(
    'Kolom yang dibaca, dengan buktinya ("perlu dicek" lebih dulu):\n  PK "PK" (baris judul 1):\n',
  );
  for (const b of m.buktiKolom![0].bidang) expect(teks).toContain(`\n    ${barisBukti(b, "id")}\n`);
  expect(teks).toContain(
    '    Target ← "Target" (kolom B), perlu dicek: judulnya memuat "target"; 2 angka; kolom C juga cocok\n',
  );
  const [, json] = /--mapping pemetaan\.json:\n {2}(.*)\n/.exec(teks)!;
  expect(JSON.parse(json)).toEqual({
    versi: 1,
    lembar: { pk: "PK" },
    tabel: m.pemetaan.tabel,
  });
  expect(ringkasan(m, "en")).toContain(
    '    Target ← "Target" (column B), needs checking: its header says "target"; 2 numbers; column C matches too\n',
  );
});
