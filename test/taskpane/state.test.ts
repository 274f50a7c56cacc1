/** The task pane's state logic, without a browser. */
import * as path from "path";
import { bacaWorkbook } from "../../src/core/read";
import { Model } from "../../src/core/model";
import {
  AWAL,
  barisTinjau,
  kelompokTemuan,
  keteranganBaris,
  kolomRagu,
  reducer,
  ringkasanBaca,
  usulanAlias,
} from "../../src/taskpane/state";
import { Grid } from "../../src/core/grid";
import { parsePemetaan } from "../../src/core/read/mapping";
import { ringkasan } from "../../src/cli/baca";
import { bahasaDari } from "../../src/core/bahasa";
import { STRINGS } from "../../src/taskpane/strings";
import { readGrids } from "../../src/xlsx/read";

let model: Model;
beforeAll(async () => {
  model = bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx")));
});

test("what was found, in plain words", () => {
  expect(ringkasanBaca(model, STRINGS.id)).toEqual([
    "2 sasaran, 3 indikator di 'PK 2023'",
    "3 realisasi di 'Realisasi TW IV'",
    "7 program, 26 sub kegiatan di 'DPA 2023'",
  ]);
  expect(ringkasanBaca(model, STRINGS.en)[2]).toBe("7 programs, 26 sub-activities in 'DPA 2023'");
});

test("findings grouped by severity, in order", () => {
  const g = kelompokTemuan(model.diagnostics);
  expect([g.error.length, g.warning.length, g.info.length]).toEqual([2, 5, 1]);
  expect(g.error.map((d) => `${d.sheet}!${d.cell}`)).toEqual(["PK 2023!C19", "DPA 2023!G8"]);
});

test("reading proposes a mapping; the user's own choice survives a re-read", () => {
  let s = reducer(AWAL, { type: "mulai", progres: "Membaca" });
  expect(s.sibuk).toBe(true);
  s = reducer(s, { type: "dibaca", model, lembar: ["PK 2023", "Realisasi TW IV", "DPA 2023"] });
  expect(s.pemetaan.lembar).toEqual({ pk: "PK 2023", realisasi: "Realisasi TW IV", anggaran: "DPA 2023" });
  expect(s.langkah).toBe("baca");
  s = reducer(s, { type: "lembar", peran: "pk", nama: "DPA 2023" });
  s = reducer(s, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.lembar?.pk).toBe("DPA 2023");
});

test("remembered settings load; generation, cancel and failure end the busy state with the right message", () => {
  let s = reducer(AWAL, {
    type: "pengaturan",
    pengaturan: { pemetaan: { versi: 1, lembar: { pk: "PK" } }, opsi: { skala: "lima" } },
  });
  expect(s.opsi.skala).toBe("lima");
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), { type: "dibatalkan" });
  expect([s.sibuk, s.galat, s.hasil]).toEqual([false, undefined, undefined]);
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), { type: "gagal", pesan: "sync gagal" });
  expect([s.sibuk, s.galat]).toEqual([false, "sync gagal"]);
  s = reducer(reducer(s, { type: "mulai", progres: "x" }), {
    type: "dibuat",
    hasil: { lembar: ["Pengukuran Kinerja"], dilewati: [], bentrok: [], narasi: [] },
  });
  expect([s.sibuk, s.galat, s.hasil?.lembar]).toEqual([false, undefined, ["Pengukuran Kinerja"]]);
});

test("the pane speaks English only when Office's display language is English", () => {
  expect([
    bahasaDari("en-US"),
    bahasaDari("en-GB"),
    bahasaDari("id-ID"),
    bahasaDari(undefined),
    bahasaDari("fr-FR"),
  ]).toEqual(["en", "en", "id", "id", "id"]);
});

test("a column picked by the user is kept in the mapping the next read uses", () => {
  let s = reducer(AWAL, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("E");
  s = reducer(s, { type: "kolom", peran: "pk", field: "target", kolom: "D" });
  expect(s.pemetaan.tabel?.pk).toEqual({
    barisJudul: [3],
    kolom: { no: "A", sasaran: "B", indikator: "C", satuan: "D", target: "D" },
  });
  s = reducer(s, { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("D");
  // Choosing another sheet drops the column choices; the next read proposes them afresh.
  s = reducer(reducer(s, { type: "lembar", peran: "pk", nama: "PK 2023" }), { type: "dibaca", model, lembar: [] });
  expect(s.pemetaan.tabel?.pk?.kolom?.target).toBe("E");
});

test("Tinjau's rows: each field by the column the mapping takes, with the reader's evidence for that column", () => {
  const s = reducer(AWAL, { type: "dibaca", model, lembar: [] });
  const rows = barisTinjau(s, model, "anggaran");
  expect(rows.map((r) => [r.field, r.huruf, r.bukti?.judul, r.bukti?.yakin])).toEqual([
    ["kode", "A", "Kode Rekening", true],
    ["uraian", "B", "Program / Kegiatan / Sub Kegiatan", true],
    ["pagu", "G", "Anggaran (Rp) › Pagu", true],
    ["realisasi_anggaran", "H", "Anggaran (Rp) › Realisasi", true],
  ]);
  expect(kolomRagu(model)).toEqual([]);
  // A column chosen but not read yet has no evidence: the evidence speaks of the column read.
  const dipilih = reducer(s, { type: "kolom", peran: "anggaran", field: "pagu", kolom: "H" });
  expect(barisTinjau(dipilih, model, "anggaran")[2]).toEqual({ field: "pagu", huruf: "H", dipilih: true });
});

test("a reading that needs checking comes first, in Tinjau's rows and in its opening note", () => {
  const pk: Grid = {
    name: "PK",
    values: [
      ["Indikator", "Target", "Target", "Satuan"],
      ["Indeks kepuasan", 80, 85, "indeks"],
    ],
  };
  const m = bacaWorkbook([pk]);
  const s = reducer(AWAL, { type: "dibaca", model: m, lembar: ["PK"] });
  expect(barisTinjau(s, m, "pk").map((r) => [r.field, r.huruf, r.bukti?.yakin])).toEqual([
    ["target", "B", false],
    ["indikator", "A", true],
    ["satuan", "D", true],
    ["sasaran", undefined, undefined],
    ["polaritas", undefined, undefined],
  ]);
  expect(kolomRagu(m)).toEqual([{ peran: "pk", field: "target" }]);
  // The pane's words under each field and the CLI's line carry the same evidence, from the core's teksBukti.
  const [target, indikator, , sasaran] = barisTinjau(s, m, "pk");
  const bukti = 'judulnya memuat "target"; 1 angka; kolom C juga cocok';
  expect(keteranganBaris(target, STRINGS.id, "id")).toEqual({ ragu: `Perlu dicek: ${bukti}` });
  expect(ringkasan(m, "id")).toContain(`Target ← "Target" (kolom B), perlu dicek: ${bukti}\n`);
  expect(keteranganBaris(indikator, STRINGS.en, "en")).toEqual({
    hint: 'Confident: its header says "indikator"; 1 text',
  });
  expect(ringkasan(m, "en")).toContain(
    'Indicator ← "Indikator" (column A), confident: its header says "indikator"; 1 text\n',
  );
  expect(keteranganBaris(sasaran, STRINGS.id, "id")).toEqual({ hint: "Tidak ditemukan; pilih kolomnya bila ada." });
  // The user chose the Target column: their choice, no longer "needs checking"; another sheet forgets it.
  const c = reducer(s, { type: "kolom", peran: "pk", field: "target", kolom: "C" });
  expect(c.dipilih).toEqual(["pk.target"]);
  const again = bacaWorkbook([pk], { pemetaan: c.pemetaan });
  const d = reducer(c, { type: "dibaca", model: again, lembar: ["PK"] });
  expect(barisTinjau(d, again, "pk")[0]).toMatchObject({ field: "indikator" });
  expect(barisTinjau(d, again, "pk").find((r) => r.field === "target")).toMatchObject({
    huruf: "C",
    dipilih: true,
    bukti: { judul: "Target", lain: ["B"], yakin: false },
  });
  expect(kolomRagu(again, d.dipilih)).toEqual([]);
  expect(
    keteranganBaris(
      barisTinjau(d, again, "pk").find((r) => r.field === "target")!,
      STRINGS.id,
      "id",
    ),
  ).toEqual({
    hint: 'Pilihan Anda: judulnya memuat "target"; 1 angka; kolom B juga cocok',
  });
  expect(reducer(d, { type: "lembar", peran: "pk", nama: "PK" }).dipilih).toEqual([]);
});

const namaBeda: Grid[] = [
  {
    name: "PK",
    values: [
      ["Indikator", "Target"],
      ["Nilai evaluasi AKIP", 70.2],
      ["Indeks kepuasan masyarakat", 80],
    ],
  },
  {
    name: "Realisasi",
    values: [
      ["Indikator", "Realisasi"],
      ["Nilai SAKIP DKUM", 70.85],
      ["Indeks kepuasan masyarakat", 82],
    ],
  },
];

test("the alias editor: a name the reader did not recognise, what it means, saved into the mapping", () => {
  const m = bacaWorkbook(namaBeda);
  const d = m.diagnostics.find((x) => x.code === "REALISASI_TANPA_PK")!;
  // The PK's names, those still without a realisasi first.
  expect(usulanAlias(d, m)).toEqual({
    dari: "Nilai SAKIP DKUM",
    ke: "",
    pilihan: ["Nilai evaluasi AKIP", "Indeks kepuasan masyarakat"],
  });
  expect(
    usulanAlias(
      m.diagnostics.find((x) => x.code === "PK_TANPA_REALISASI")!,
      m,
    ),
  ).toBeUndefined();

  let s = reducer(AWAL, { type: "dibaca", model: m, lembar: ["PK", "Realisasi"] });
  s = reducer(s, { type: "aliasBuka", dari: "Nilai SAKIP DKUM", ke: "" });
  expect(s.editorAlias).toEqual({ dari: "Nilai SAKIP DKUM", ke: "" });
  // Nothing chosen yet: Save does nothing.
  expect(reducer(s, { type: "aliasSimpan" })).toBe(s);
  expect(reducer(s, { type: "aliasTutup" }).editorAlias).toBeUndefined();
  s = reducer(s, { type: "aliasPilih", ke: "Nilai evaluasi AKIP" });
  s = reducer(s, { type: "aliasSimpan" });
  expect(s.editorAlias).toBeUndefined();
  expect(s.pemetaan.alias).toEqual({ "Nilai SAKIP DKUM": "Nilai evaluasi AKIP" });
  expect(s.pemetaan.lembar).toEqual({ pk: "PK", realisasi: "Realisasi" });
  // The mapping, as the CLI's --mapping file takes it, reads the realisasi the alias names.
  const parsed = parsePemetaan(JSON.stringify(s.pemetaan));
  if (!parsed.ok) throw new Error(parsed.kesalahan.join("; "));
  const again = bacaWorkbook(namaBeda, { pemetaan: parsed.pemetaan });
  expect(again.sasaran[0].indikator.map((i) => [i.nama, i.realisasi?.nilai])).toEqual([
    ["Nilai evaluasi AKIP", 70.85],
    ["Indeks kepuasan masyarakat", 82],
  ]);
  expect(again.diagnostics.map((x) => x.code)).not.toContain("REALISASI_TANPA_PK");
  // A second alias keeps the first; a new read closes an open editor.
  s = reducer(reducer(s, { type: "aliasBuka", dari: "X", ke: "Y" }), { type: "aliasSimpan" });
  expect(s.pemetaan.alias).toEqual({ "Nilai SAKIP DKUM": "Nilai evaluasi AKIP", X: "Y" });
  s = reducer(reducer(s, { type: "aliasBuka", dari: "X", ke: "" }), { type: "dibaca", model: again, lembar: [] });
  expect(s.editorAlias).toBeUndefined();
});

test("a near spelling joined by the reader: the alias editor proposes the name it was joined to", () => {
  const m = bacaWorkbook([
    namaBeda[0],
    {
      name: "Realisasi",
      values: [
        ["Indikator", "Realisasi"],
        ["Indeks kepuasan masyarakt", 82],
      ],
    },
  ]);
  const d = m.diagnostics.find((x) => x.code === "NAMA_HAMPIR_SAMA")!;
  expect(d.message).toContain("tambahkan alias di pemetaan");
  expect(usulanAlias(d, m)).toEqual({
    dari: "Indeks kepuasan masyarakt",
    ke: "Indeks kepuasan masyarakat",
    pilihan: ["Nilai evaluasi AKIP", "Indeks kepuasan masyarakat"],
  });
});

test("the pane shows the reader's findings grouped as baca prints them: seven unit rows, one finding", async () => {
  const m = bacaWorkbook(await readGrids(path.resolve(__dirname, "../../samples/fixtures/rekap/rekap-kota.xlsx")));
  expect(m.diagnostics.filter((d) => d.code === "TINGKAT_TAK_DIKENAL")).toHaveLength(7);
  const g = kelompokTemuan(m.diagnostics);
  const baris = g.warning.filter((d) => d.code === "TINGKAT_TAK_DIKENAL");
  expect(baris.map((d) => [d.sheet, d.cell, d.rentang, d.jumlah])).toEqual([["Cetak", "B7:B13", "B7:B13", 7]]);
  expect(baris[0].message).toMatch(/^7 sel \(B7:B13\), temuan sejenis; yang pertama, B7: Baris "DINAS"/);
  expect(g.warning).toHaveLength(3);
});
