/**
 * The standalone page's host: Konsistensi right after Buat reads the user's sheets; the switch in the pane reads
 * the generated report too.
 */
import * as fs from "fs";
import * as path from "path";
import { BerkasHost } from "../../src/xlsx/browser-host";

test("Konsistensi after Buat leaves the generated sheets out; termasukBuatan reads them", async () => {
  const buf = fs.readFileSync(path.resolve(__dirname, "../../samples/dkum-depok-2023.xlsx"));
  const host = new BerkasHost(
    "dkum-depok-2023.xlsx",
    buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
  );
  const signal = new AbortController().signal;
  const { lembar } = await host.buat({}, () => undefined, signal);
  expect(lembar).toEqual(expect.arrayContaining(["Pengukuran Kinerja", "Efisiensi"]));
  const sendiri = await host.periksa(() => undefined, signal);
  expect(sendiri.hasil.tabel.filter((t) => lembar.includes(t.sheet))).toEqual([]);
  expect(sendiri.hasil.tabel.length).toBeGreaterThan(0);
  const semua = await host.periksa(() => undefined, signal, { termasukBuatan: true });
  expect(semua.hasil.tabel.map((t) => t.sheet)).toEqual(expect.arrayContaining(["Pengukuran Kinerja", "Efisiensi"]));
});
