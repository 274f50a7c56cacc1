/**
 * zip64 (issue 21, group 7): read like any other archive — the zip64 end record and the sizes and offsets of the
 * zip64 extra field — and written only when needed, past 65,534 entries.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { zip64Sungguhan } from "../../scripts/fuzz-corpus";
import { bacaDirektori, isiEntri, tulisZip } from "../../src/xlsx/zip";

const ada = (b: Uint8Array, sig: number) => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i + 4 <= b.length; i++) if (v.getUint32(i, true) === sig) return true;
  return false;
};
const ZIP64_AKHIR = 0x06064b50;

test("a package written as zip64 reads entry for entry as the plain one", () => {
  const isi = { "a.xml": strToU8("<a>satu</a>"), "xl/b.xml": strToU8("dua ".repeat(1000)), "kosong.txt": strToU8("") };
  const biasa = zipSync(isi);
  const z64 = zip64Sungguhan(biasa);
  expect(ada(z64, ZIP64_AKHIR)).toBe(true);
  expect(ada(biasa, ZIP64_AKHIR)).toBe(false);
  const e = bacaDirektori(z64);
  expect(e.map((x) => [x.nama, x.ukuran])).toEqual([
    ["a.xml", 11],
    ["xl/b.xml", 4000],
    ["kosong.txt", 0],
  ]);
  expect(e.map((x) => strFromU8(isiEntri(z64, x)))).toEqual(["<a>satu</a>", "dua ".repeat(1000), ""]);
  // The offsets came from the extra field (the headers say 0xFFFFFFFF): the second entry starts past the first.
  expect(e[1].offset).toBeGreaterThan(e[0].offset);
});

test("the writer uses zip64 only past 65,534 entries, and both our reader and fflate read it", () => {
  const kecil = tulisZip(new Uint8Array(0), [{ nama: "a.txt", isi: "a" }]);
  expect(ada(kecil, ZIP64_AKHIR)).toBe(false);
  const n = 65_540;
  const bagian = Array.from({ length: n }, (_, i) => ({ nama: `p/${i}.txt`, isi: String(i) }));
  const besar = tulisZip(new Uint8Array(0), bagian);
  expect(ada(besar.subarray(besar.length - 98), ZIP64_AKHIR)).toBe(true);
  const e = bacaDirektori(besar);
  expect(e.length).toBe(n);
  expect(strFromU8(isiEntri(besar, e[n - 1]))).toBe(String(n - 1));
  const f = unzipSync(besar);
  expect(Object.keys(f).length).toBe(n);
  expect(strFromU8(f["p/65539.txt"])).toBe("65539");
});
