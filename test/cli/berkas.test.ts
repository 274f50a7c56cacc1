/**
 * Writing the output when the disk says no (full, read-only, no permission, file in use): the Indonesian message
 * for each, exit 4, and no temporary file left, even when the failure comes after the temporary file was begun.
 * (Tests run as root, where permissions cannot fail for real: the failures are injected at the fs call.)
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { tulisBukuKerja } from "../../src/cli/berkas";
import { EXIT, ExpectedError } from "../../src/cli/errors";

// The module object itself (an ES namespace import cannot be spied on); src/cli/berkas.ts reads through it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the spied-on module object (above)
const fsModul = require("fs") as typeof fs;
const galat = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

afterEach(() => jest.restoreAllMocks());

test.each([
  [
    "ENOSPC",
    "writeFileSync",
    /disk penuh\. Kosongkan ruang disk atau pilih lokasi lain dengan -o\. Tidak ada berkas yang ditulis\./,
  ],
  ["EROFS", "writeFileSync", /tidak ada izin menulis di .* \(disk hanya-baca\)\. Pilih folder lain dengan -o\./],
  ["EACCES", "writeFileSync", /tidak ada izin menulis di .*\. Pilih folder lain dengan -o\./],
  ["EBUSY", "renameSync", /sedang dipakai program lain \(mis\. terbuka di Excel\)/],
  ["EIO", "renameSync", /Tidak dapat menulis .* \(EIO\)\. Pilih lokasi lain dengan -o\./],
] as const)("%s at %s: a message, exit 4, no temporary file", (code, fn, pesan) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-tulis-"));
  const output = path.join(dir, "hasil.xlsx");
  const asli = fs.writeFileSync;
  jest.spyOn(fsModul, fn).mockImplementation((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    // A full disk fails after the file was created and partly written: the 0-byte .tmp the issue found.
    if (fn === "writeFileSync") (asli as (f: fs.PathOrFileDescriptor, d: string) => void)(file, "");
    void rest;
    throw galat(code);
  });
  let e: unknown;
  try {
    tulisBukuKerja(new Uint8Array([1, 2, 3]), path.join(dir, "masukan.xlsx"), output);
  } catch (x) {
    e = x;
  }
  jest.restoreAllMocks();
  expect(e).toBeInstanceOf(ExpectedError);
  expect((e as ExpectedError).exitCode).toBe(EXIT.OUTPUT);
  expect((e as ExpectedError).message).toMatch(
    new RegExp(`^Tidak dapat menulis ${output.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
  expect((e as ExpectedError).message).toMatch(pesan);
  expect(fs.readdirSync(dir)).toEqual([]);
});
