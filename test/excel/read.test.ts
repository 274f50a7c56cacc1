/**
 * The Office.js reader against office-addin-mock: properties are unreadable until loaded and synced, so these
 * tests prove the reader loads what it reads, and count its syncs for a small and a 50,000-row workbook.
 */
import { OfficeMockObject } from "office-addin-mock";
import { BYTES_PER_SYNC, readGrids } from "../../src/excel/read";
import { bacaWorkbook } from "../../src/core/read";

type Rows = (string | number | boolean)[][];
/** The mock's tree-building methods, private in its typings but the documented way to add objects. */
type Tree = { addMock(name: string): void; populate(data: unknown): void } & Record<string, unknown>;

/** A mock workbook whose sheets hand out ranges (sub-blocks of their used range) registered in the mock tree. */
function mockWorkbook(sheets: { name: string; rows: Rows; formats?: string[][]; rowIndex?: number }[]) {
  let made = 0;
  const sheetData = Object.fromEntries(
    sheets.map((s, i) => {
      const columnCount = Math.max(0, ...s.rows.map((r) => r.length));
      const rows = s.rows.map((r) => [...r, ...new Array(columnCount - r.length).fill("")]);
      const formats = rows.map((r, ri) => r.map((_, ci) => s.formats?.[ri]?.[ci] ?? "General"));
      const empty = rows.length === 0;
      return [
        `sheet${i}`,
        {
          name: s.name,
          used: { isNullObject: empty, rowIndex: s.rowIndex ?? 0, columnIndex: 0, rowCount: rows.length, columnCount },
          getUsedRangeOrNullObject(this: OfficeMockObject & { used: unknown }) {
            return this.used;
          },
          getRangeByIndexes(this: Tree, r: number, c: number, nr: number, nc: number) {
            const top = r - (s.rowIndex ?? 0);
            const key = `range${made++}`;
            this.addMock(key);
            (this[key] as Tree).populate({
              values: rows.slice(top, top + nr).map((x) => x.slice(c, c + nc)),
              numberFormat: formats.slice(top, top + nr).map((x) => x.slice(c, c + nc)),
            });
            return this[key];
          },
        },
      ];
    }),
  );
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          ...sheetData,
          load(this: { items: OfficeMockObject[] }) {
            this.items.forEach((ws) => ws.load("name"));
          },
          getItem(this: { items: { name: string }[] }, name: string) {
            return this.items.find((ws) => ws.name === name);
          },
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  const ws = mock.context.workbook.worksheets as unknown as { items: unknown[] } & Record<string, unknown>;
  ws.items = sheets.map((_, i) => ws[`sheet${i}`]);
  // isNullObject is readable after any sync without a load, as in Office.js.
  sheets.forEach(
    (s, i) => ((ws[`sheet${i}`] as { used: { isNullObject: boolean } }).used.isNullObject = s.rows.length === 0),
  );
  let syncs = 0;
  const sync = (mock.context as unknown as OfficeMockObject).sync.bind(mock.context);
  (mock.context as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    await sync();
  };
  return { context: mock.context, syncs: () => syncs };
}

const PK: Rows = [
  ["PERJANJIAN KINERJA 2024"],
  [],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024"],
  [1, "Meningkatnya pelayanan", "Indeks kepuasan", "Indeks", 80],
];

test("reads every sheet's used range with values and number formats, in 3 syncs", async () => {
  const { context, syncs } = mockWorkbook([
    { name: "PK 2024", rows: PK, formats: [[], [], [], ["General", "@", "@", "@", "0.00"]] },
    { name: "Kosong", rows: [] },
    {
      name: "Realisasi",
      rows: [
        ["Indikator", "Realisasi"],
        ["Indeks kepuasan", "#N/A"],
      ],
      rowIndex: 2,
    },
  ]);
  const grids = await readGrids(context);
  expect(syncs()).toBe(3);
  expect(grids.map((g) => g.name)).toEqual(["PK 2024", "Kosong", "Realisasi"]);
  expect(grids[0].values[3]).toEqual([1, "Meningkatnya pelayanan", "Indeks kepuasan", "Indeks", 80]);
  expect(grids[0].values[1]).toEqual([null, null, null, null, null]);
  expect(grids[0].numberFormats?.[3]?.[4]).toBe("0.00");
  expect(grids[1].values).toEqual([]);
  // A used range that starts at row 3 keeps its A1 addresses; error strings become error cells.
  expect(grids[2].values[2]).toEqual(["Indikator", "Realisasi"]);
  expect(grids[2].values[3][1]).toEqual({ error: "#N/A" });
});

test("what it reads is what the core understands", async () => {
  const { context } = mockWorkbook([{ name: "PK 2024", rows: PK }]);
  const model = bacaWorkbook(await readGrids(context));
  expect(model.sasaran[0].indikator[0]).toMatchObject({ nama: "Indeks kepuasan", target: 80, satuan: "Indeks" });
});

/** JSON bytes of a sheet's values and "General" formats, as Office.js returns them. */
const bytesSheet = (rows: Rows) =>
  Buffer.byteLength(JSON.stringify(rows)) + Buffer.byteLength(JSON.stringify(rows.map((r) => r.map(() => "General"))));

test("the sync count grows with bytes, not rows: 10 rows take 3; 50,000 rows (a 4-column SIPD export) a few more", async () => {
  const counts: number[] = [];
  let bytes = 0;
  for (const n of [10, 50_000]) {
    const rows: Rows = [["Kode", "Uraian", "Pagu", "Realisasi"]];
    for (let i = 0; i < n; i++)
      rows.push([`1.01.01.2.01.${String(i).padStart(4, "0")}`, `Sub kegiatan ${i}`, 1000 + i, i % 7 ? 900 : ""]);
    const { context, syncs } = mockWorkbook([{ name: "DPA", rows }]);
    const grids = await readGrids(context);
    expect(grids[0].values).toHaveLength(n + 1);
    expect(grids[0].values[n]).toEqual([
      `1.01.01.2.01.${String(n - 1).padStart(4, "0")}`,
      `Sub kegiatan ${n - 1}`,
      1000 + n - 1,
      (n - 1) % 7 ? 900 : null,
    ]);
    counts.push(syncs());
    bytes = bytesSheet(rows);
  }
  expect(counts[0]).toBe(3);
  // 50,000 rows are 4.8 MB of JSON (24 bytes a cell, not the 20 once assumed): over one request. Names, extents,
  // the measuring head, then batches of at most 4 MB less the quarter kept for wordier rows.
  expect(bytes).toBeGreaterThan(4_500_000);
  expect(counts[1]).toBeGreaterThan(3);
  expect(counts[1]).toBeLessThanOrEqual(3 + Math.ceil((bytes * 1.25) / BYTES_PER_SYNC) + 1);
});

test("only a workbook beyond one payload takes more syncs, sized by its measured bytes, and reads in order", async () => {
  const columns = 10;
  const n = Math.ceil((BYTES_PER_SYNC * 2.5) / (columns * 20));
  const rows: Rows = Array.from({ length: n }, (_, i) => Array.from({ length: columns }, (_, c) => i * columns + c));
  const { context, syncs } = mockWorkbook([{ name: "Besar", rows }]);
  const grids = await readGrids(context);
  const bytes = bytesSheet(rows);
  expect(syncs()).toBeGreaterThanOrEqual(2 + Math.ceil(bytes / BYTES_PER_SYNC));
  expect(syncs()).toBeLessThanOrEqual(2 + 1 + Math.ceil((bytes * 1.25) / BYTES_PER_SYNC) + 1);
  expect(grids[0].values).toHaveLength(n);
  expect(grids[0].values[n - 1][columns - 1]).toBe(n * columns - 1);
});

test("excluded sheets (the add-in's own) are not read", async () => {
  const { context } = mockWorkbook([
    { name: "PK 2024", rows: PK },
    { name: "Pengukuran Kinerja", rows: [["x"]] },
  ]);
  expect((await readGrids(context, ["Pengukuran Kinerja"])).map((g) => g.name)).toEqual(["PK 2024"]);
});
