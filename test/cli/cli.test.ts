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
