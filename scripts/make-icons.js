// Draws the add-in icon (a white leaf on a green rounded square) at the sizes the manifest needs.
// Run: node scripts/make-icons.js  (the PNGs in assets/ are committed; rerun after changing the design).
const fs = require("fs");
const path = require("path");
const { PNG } = require("pngjs");

const GREEN = [46, 125, 50];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Colour at a point of the unit square, or null outside the icon. */
function shade(x, y) {
  const r = 0.2; // corner radius of the rounded square
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // Leaf: the intersection of two circles, tilted 45°, with a stem line along its axis.
  const u = (x - 0.5 + (y - 0.5)) / Math.SQRT2;
  const v = (x - 0.5 - (y - 0.5)) / Math.SQRT2;
  const inLeaf = u * u + (v - 0.17) ** 2 < 0.36 ** 2 && u * u + (v + 0.17) ** 2 < 0.36 ** 2;
  const onVein = Math.abs(v) < 0.025 && u > -0.42 && u < 0.24;
  if (onVein) return GREEN.map((c) => Math.round(c * 0.75));
  return inLeaf ? WHITE : GREEN;
}

function draw(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rgb = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (c) {
            rgb = rgb.map((v, i) => v + c[i]);
            hits++;
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = Math.max(hits, 1);
      png.data[i] = rgb[0] / n;
      png.data[i + 1] = rgb[1] / n;
      png.data[i + 2] = rgb[2] / n;
      png.data[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return PNG.sync.write(png);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
console.log("assets/icon-{16,32,64,80,128}.png written");
