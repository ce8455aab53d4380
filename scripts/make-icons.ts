// Draws the add-in's icons (a white check mark — 勾 — on a rounded red square) as PNG files.
// Written with zlib and hand-made PNG chunks so that no image tool is needed to rebuild them:
// `npx tsx scripts/make-icons.ts` rewrites assets/icon-{16,32,64,80,128}.png byte-identically.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const SIZES = [16, 32, 64, 80, 128] as const;
const BG: [number, number, number] = [0xc4, 0x2b, 0x1c];
const FG: [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the background and of the mark at a point in unit coordinates. */
function sample(x: number, y: number): { bg: number; fg: number } {
  // Rounded square with a radius of 18 % of the side.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const bg = Math.hypot(x - cx, y - cy) <= r ? 1 : 0;
  // The check mark: two strokes meeting at the bottom.
  const w = 0.075;
  const d = Math.min(
    distToSegment(x, y, 0.24, 0.52, 0.42, 0.7),
    distToSegment(x, y, 0.42, 0.7, 0.77, 0.3),
  );
  return { bg, fg: bg && d <= w ? 1 : 0 };
}

function png(size: number): Buffer {
  const ss = 4; // supersampling per axis, for smooth edges at 16 px
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let i = 0; i < ss; i++) {
        for (let j = 0; j < ss; j++) {
          const s = sample((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          bg += s.bg;
          fg += s.fg;
        }
      }
      bg /= ss * ss;
      fg /= ss * ss;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const mix = bg > 0 ? fg / bg : 0;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BG[c] * (1 - mix) + FG[c] * mix);
      raw[o + 3] = Math.round(bg * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}
