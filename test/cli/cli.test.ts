import { main } from "../../src/cli/main";

function run(argv: string[]) {
  let out = "";
  let err = "";
  const sink = (f: (s: string) => void) => ({ write: (s: string) => f(s) });
  return main(argv, sink((s) => (out += s)), sink((s) => (err += s))).then((code) => ({ code, out, err }));
}

test("kinerja contoh recomputes the seed's IKU and budget figures", async () => {
  const { code, out } = await run(["contoh"]);
  expect(code).toBe(0);
  expect(out).toMatch(/Koperasi Berkualitas\s+capaian\s+173,16%\s+Melebihi Target\s+\(laporan: 173,14%\)/);
  expect(out).toMatch(/Persentase wirausaha\s+capaian\s+37,00%\s+Tidak Tercapai/);
  expect(out).toMatch(/Capaian sasaran 2: 105,08%/);
  expect(out).toMatch(/Total dinas\s+Rp 32\.300\.612\.788\s+90,50%/);
});

test("exit codes tell usage errors from success", async () => {
  expect((await run(["bantuan"])).code).toBe(0);
  const bad = await run(["terbang"]);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/Perintah tidak dikenal: terbang/);
  expect((await run([])).code).toBe(2);
  expect((await run(["contoh", "x"])).code).toBe(2);
});

test("kinerja baca reads the bundled sample by default and lists findings by cell", async () => {
  const { code, out } = await run(["baca"]);
  expect(code).toBe(0);
  expect(out).toMatch(/2 sasaran, 3 indikator \(3 dengan realisasi\)/);
  expect(out).toMatch(/7 program, 11 kegiatan, 26 sub kegiatan; pagu Rp 32\.300\.612\.788, realisasi Rp 29\.231\.216\.957/);
  expect(out).toMatch(/\[GALAT\] DPA 2023!G8: Pagu program .* tertulis Rp 10\.255\.966\.594, jumlah kegiatannya Rp 9\.384\.257\.538/);
});

test("kinerja baca --json prints the model for other systems", async () => {
  const { code, out } = await run(["baca", "samples/fixtures/dua-pk.xlsx", "--json"]);
  expect(code).toBe(0);
  const model = JSON.parse(out);
  expect(model.sasaran[0].indikator[0]).toMatchObject({ nama: "Indeks kepuasan", target: 80, realisasi: { nilai: 82 } });
  expect(model.pemetaan.lembar.pk).toBe("PK 2024");
});

test("input problems exit 3 with a message, not a stack", async () => {
  const missing = await run(["baca", "tidak-ada.xlsx"]);
  expect(missing.code).toBe(3);
  expect(missing.err).toBe("kinerja: Berkas tidak ditemukan: tidak-ada.xlsx\n");
  const notXlsx = await run(["baca", "README.md"]);
  expect(notXlsx.code).toBe(3);
  expect(notXlsx.err).toMatch(/tidak dapat dibuka sebagai buku kerja/);
  expect((await run(["baca", "--warna"])).code).toBe(2);
});

test("kinerja baca on a generated workbook reads the user's sheets only, never the sheets it generated", async () => {
  const out = require("path").join(require("fs").mkdtempSync(require("path").join(require("os").tmpdir(), "sakip-cli-")), "out.xlsx");
  expect((await run(["generate", "-o", out])).code).toBe(0);
  const model = JSON.parse((await run(["baca", out, "--json"])).out);
  expect(model.pemetaan.lembar).toEqual({ pk: "PK 2023", realisasi: "Realisasi TW IV", anggaran: "DPA 2023" });
  expect(model.diagnostics.filter((d: { code: string }) => d.code === "SHEET_CHOICE")).toEqual([]);
});
