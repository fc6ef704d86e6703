/**
 * Draws the add-in's icons (a lightning bolt on Excel green) as PNGs at the sizes Office asks for.
 * Run once when the design changes: `node scripts/make-icons.js`. No image library needed.
 */
const fs = require("fs");
const zlib = require("zlib");

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// Bolt polygon in a unit square.
const BOLT = [[0.58, 0.08], [0.24, 0.56], [0.47, 0.56], [0.38, 0.92], [0.76, 0.4], [0.53, 0.4], [0.64, 0.08]];

function inside(x, y) {
  let hit = false;
  for (let i = 0, j = BOLT.length - 1; i < BOLT.length; j = i++) {
    const [xi, yi] = BOLT[i];
    const [xj, yj] = BOLT[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function icon(size) {
  const rows = [];
  const samples = 4;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let bolt = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
        if (inside((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) bolt++;
      }
      const t = bolt / (samples * samples);
      const [r, g, b] = [Math.round(16 + t * (255 - 16)), Math.round(124 + t * (200 - 124)), Math.round(65 + t * (30 - 65))];
      row.push(r, g, b, 255);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(`assets/icon-${size}.png`, icon(size));
