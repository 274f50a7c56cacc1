/**
 * Draws the add-in icon (a bar chart rising to a target line, on Office green) at the sizes the manifest uses and
 * writes assets/icon-<size>.png. Run once when the design changes: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BG = [0x10, 0x7c, 0x41]; // Excel green
const FG = [0xff, 0xff, 0xff];
const GOLD = [0xff, 0xc0, 0x00];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Unit-square drawing: u, v in [0, 1]. */
function icon(u, v) {
  const radius = 0.18;
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
  const bars = [
    [0.18, 0.36, 0.62],
    [0.42, 0.6, 0.45],
    [0.66, 0.84, 0.28],
  ];
  if (v > 0.2 && v < 0.27 && u > 0.14 && u < 0.88) return [...GOLD, 255]; // the target line
  for (const [x0, x1, top] of bars) if (u >= x0 && u <= x1 && v >= top && v <= 0.82) return [...FG, 255];
  return [...BG, 255];
}

for (const size of SIZES) {
  const out = path.join(__dirname, "..", "assets", `icon-${size}.png`);
  fs.writeFileSync(
    out,
    png(size, (x, y) => icon(x / size, y / size)),
  );
  console.log(`${out} (${size}×${size})`);
}
