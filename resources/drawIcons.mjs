// Draws the app icon offline (no image tools needed): two overlapping report pages, right-aligned
// lines of text as in Arabic, and one passage highlighted on both, for "compare".
// Writes icon.png (512, macOS and the window), icons/<n>x<n>.png (Linux) and icon.ico (Windows).
// Run: node resources/drawIcons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));

/** Rounded rectangle in unit coordinates. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

const lines = (right, top, lengths, gap, height) =>
  lengths.map((length, i) => ({ shape: roundedRect(right - length, top + i * gap, right, top + i * gap + height, height / 2), color: '#4f6169' }));

// Painted in this order; each highlight lies under its page's text lines, like a marker stroke.
const order = [
  { shape: roundedRect(0.04, 0.04, 0.96, 0.96, 0.2), color: '#1d5c57' },
  { shape: roundedRect(0.15, 0.17, 0.6, 0.77, 0.04), color: '#d9d1bd' },
  { shape: roundedRect(0.22, 0.405, 0.56, 0.467, 0.012), color: '#e0a526' },
  ...lines(0.54, 0.27, [0.3, 0.34, 0.3, 0.33, 0.28, 0.18], 0.075, 0.032).map((l) => ({ ...l, color: '#8a8f86' })),
  { shape: roundedRect(0.4, 0.25, 0.86, 0.86, 0.045), color: '#0f3b38' },
  { shape: roundedRect(0.38, 0.23, 0.84, 0.84, 0.045), color: '#fbf8f1' },
  { shape: roundedRect(0.47, 0.447, 0.8, 0.503, 0.012), color: '#f2c14e' },
  ...lines(0.78, 0.33, [0.32, 0.26, 0.29, 0.34, 0.2, 0.3, 0.24], 0.065, 0.03),
];

function draw(size) {
  const samples = size <= 64 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color;
          for (const layer of order) if (layer.shape(x, y)) color = layer.color;
          if (color) {
            const [cr, cg, cb] = hex(color);
            r += cr; g += cg; b += cb; a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
      }
      pixels[offset + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return encodePng(size, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO whose images are PNGs, which Windows Vista and later read. */
function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

const sizes = [16, 32, 48, 64, 128, 256, 512];
const pngs = new Map(sizes.map((size) => [size, draw(size)]));
mkdirSync(`${here}icons`, { recursive: true });
for (const [size, png] of pngs) writeFileSync(`${here}icons/${size}x${size}.png`, png);
writeFileSync(`${here}icon.png`, pngs.get(512));
writeFileSync(`${here}icon.ico`, encodeIco([16, 32, 48, 256].map((size) => ({ size, png: pngs.get(size) }))));
console.log(`Wrote icon.png, icon.ico and icons/ (${sizes.join(', ')}) in ${here}`);
