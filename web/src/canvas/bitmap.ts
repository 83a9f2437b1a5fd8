/**
 * A pixel buffer the canvas renders into. Drawing is deliberately not anti-aliased: every pixel
 * is exactly one palette colour, so flood fill finds the same region on every client and a
 * re-render from the operation log gives the same pixels as the live, incremental rendering.
 */
export class Bitmap {
  readonly pixels: Uint32Array<ArrayBuffer>;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint32Array(width * height);
  }

  fill(rgba: number): void {
    this.pixels.fill(rgba);
  }

  get(x: number, y: number): number {
    return this.pixels[y * this.width + x];
  }
}

export interface DirtyRect {
  x0: number;
  y0: number;
  x1: number; // exclusive
  y1: number; // exclusive
}

export function unionRect(a: DirtyRect | null, b: DirtyRect | null): DirtyRect | null {
  if (!a) return b;
  if (!b) return a;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/**
 * Paints the capsule around segment (ax,ay)-(bx,by) with radius r: every pixel whose centre is
 * within r of the segment. Row by row, the capsule is one interval (it is convex): the union of
 * the end discs' and the swept rectangle's intervals. Returns the touched rectangle, or null.
 */
export function paintSegment(
  bitmap: Bitmap,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: number,
  rgba: number,
): DirtyRect | null {
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - r));
  const y1 = Math.min(bitmap.height, Math.ceil(Math.max(ay, by) + r) + 1);
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  let dirty: DirtyRect | null = null;

  for (let y = y0; y < y1; y++) {
    const cy = y + 0.5;
    let left = Infinity;
    let right = -Infinity;
    for (const [px, py] of [
      [ax, ay],
      [bx, by],
    ]) {
      const h = r * r - (cy - py) * (cy - py);
      if (h >= 0) {
        const w = Math.sqrt(h);
        left = Math.min(left, px - w);
        right = Math.max(right, px + w);
      }
    }
    if (length > 0) {
      // x (relative to a) with 0 <= (x,yRel)·d <= |d|² and |(x,yRel)×d| <= r|d|.
      const yRel = cy - ay;
      let lo = -Infinity;
      let hi = Infinity;
      [lo, hi] = clampSlab(lo, hi, dx, -yRel * dy, length * length - yRel * dy);
      [lo, hi] = clampSlab(lo, hi, dy, yRel * dx - r * length, yRel * dx + r * length);
      if (lo <= hi) {
        left = Math.min(left, ax + lo);
        right = Math.max(right, ax + hi);
      }
    }
    const x0 = Math.max(0, Math.ceil(left - 0.5));
    const x1 = Math.min(bitmap.width - 1, Math.floor(right - 0.5));
    if (x0 > x1) continue;
    bitmap.pixels.fill(rgba, y * bitmap.width + x0, y * bitmap.width + x1 + 1);
    dirty = unionRect(dirty, { x0, y0: y, x1: x1 + 1, y1: y + 1 });
  }
  return dirty;
}

/** Narrows [lo, hi] to the x with min <= x·k <= max. */
function clampSlab(lo: number, hi: number, k: number, min: number, max: number): [number, number] {
  if (k === 0) return min <= 0 && 0 <= max ? [lo, hi] : [1, 0];
  const a = min / k;
  const b = max / k;
  return [Math.max(lo, Math.min(a, b)), Math.min(hi, Math.max(a, b))];
}

/**
 * Scanline flood fill of the 4-connected region of exactly the seed's colour.
 * Returns the touched rectangle, or null when the seed already has the colour or is outside.
 */
export function floodFill(bitmap: Bitmap, seedX: number, seedY: number, rgba: number): DirtyRect | null {
  const { width, height, pixels } = bitmap;
  if (seedX < 0 || seedY < 0 || seedX >= width || seedY >= height) return null;
  const target = pixels[seedY * width + seedX];
  if (target === rgba) return null;

  const dirty: DirtyRect = { x0: seedX, y0: seedY, x1: seedX + 1, y1: seedY + 1 };
  const stack: number[] = [seedX, seedY];
  while (stack.length > 0) {
    const y = stack.pop()!;
    const x = stack.pop()!;
    const row = y * width;
    if (pixels[row + x] !== target) continue;

    let left = x;
    while (left > 0 && pixels[row + left - 1] === target) left--;
    let right = x;
    while (right < width - 1 && pixels[row + right + 1] === target) right++;
    pixels.fill(rgba, row + left, row + right + 1);

    if (left < dirty.x0) dirty.x0 = left;
    if (right + 1 > dirty.x1) dirty.x1 = right + 1;
    if (y < dirty.y0) dirty.y0 = y;
    if (y + 1 > dirty.y1) dirty.y1 = y + 1;

    for (const ny of [y - 1, y + 1]) {
      if (ny < 0 || ny >= height) continue;
      const nrow = ny * width;
      let inRun = false;
      for (let nx = left; nx <= right; nx++) {
        const matches = pixels[nrow + nx] === target;
        if (matches && !inRun) stack.push(nx, ny);
        inRun = matches;
      }
    }
  }
  return dirty;
}
