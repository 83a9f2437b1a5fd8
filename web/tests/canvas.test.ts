import { describe, expect, it } from 'vitest';
import { Bitmap, floodFill, paintSegment } from '../src/canvas/bitmap';
import { CanvasModel } from '../src/canvas/canvasModel';
import { DrawingSession, type CanvasSender } from '../src/canvas/drawingSession';
import { paletteRgba } from '../src/canvas/palette';
import type { CanvasOpDto } from '../src/api/types';

const WHITE = paletteRgba(0);
const BLACK = paletteRgba(3);
const RED = paletteRgba(4);

function ascii(bitmap: Bitmap): string {
  const rows: string[] = [];
  for (let y = 0; y < bitmap.height; y++) {
    let row = '';
    for (let x = 0; x < bitmap.width; x++) row += bitmap.get(x, y) === WHITE ? '.' : bitmap.get(x, y) === RED ? 'r' : '#';
    rows.push(row);
  }
  return rows.join('\n');
}

describe('palette', () => {
  it('packs colours as little-endian RGBA', () => {
    expect(paletteRgba(4)).toBe(0xff0b13ef);
    expect(paletteRgba(0)).toBe(0xffffffff);
  });
});

describe('floodFill', () => {
  it('fills exactly the 4-connected region of the seed colour', () => {
    const bitmap = new Bitmap(7, 5);
    bitmap.fill(WHITE);
    // A closed black box from (1,1) to (5,3), with white inside.
    for (let x = 1; x <= 5; x++) {
      bitmap.pixels[1 * 7 + x] = BLACK;
      bitmap.pixels[3 * 7 + x] = BLACK;
    }
    bitmap.pixels[2 * 7 + 1] = BLACK;
    bitmap.pixels[2 * 7 + 5] = BLACK;

    const dirty = floodFill(bitmap, 3, 2, RED);
    expect(ascii(bitmap)).toBe(['.......', '.#####.', '.#rrr#.', '.#####.', '.......'].join('\n'));
    expect(dirty).toEqual({ x0: 2, y0: 2, x1: 5, y1: 3 });
  });

  it('fills around obstacles through every opening', () => {
    const bitmap = new Bitmap(5, 3);
    bitmap.fill(WHITE);
    bitmap.pixels[0 * 5 + 2] = BLACK;
    bitmap.pixels[1 * 5 + 2] = BLACK;
    floodFill(bitmap, 0, 0, RED);
    expect(ascii(bitmap)).toBe(['rr#rr', 'rr#rr', 'rrrrr'].join('\n'));
  });

  it('does nothing when the seed already has the colour or is outside', () => {
    const bitmap = new Bitmap(3, 3);
    bitmap.fill(RED);
    expect(floodFill(bitmap, 1, 1, RED)).toBeNull();
    expect(floodFill(bitmap, 5, 1, WHITE)).toBeNull();
    expect(ascii(bitmap)).toBe(['rrr', 'rrr', 'rrr'].join('\n'));
  });
});

describe('paintSegment', () => {
  it('paints a capsule without anti-aliasing', () => {
    const bitmap = new Bitmap(9, 5);
    bitmap.fill(WHITE);
    paintSegment(bitmap, 2.5, 2.5, 6.5, 2.5, 1, BLACK);
    expect(ascii(bitmap)).toBe(['.........', '..#####..', '.#######.', '..#####..', '.........'].join('\n'));
  });
});

describe('paintSegment against the definition', () => {
  // Deterministic pseudo-random numbers, so a failure can be reproduced.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it('paints exactly the pixels whose centre is within r of the segment', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 200; round++) {
      const [ax, ay, bx, by] = [random() * 40 - 5, random() * 30 - 5, random() * 40 - 5, random() * 30 - 5];
      const r = 0.5 + random() * 8;
      const bitmap = new Bitmap(32, 20);
      bitmap.fill(WHITE);
      paintSegment(bitmap, ax, ay, bx, by, r, BLACK);
      for (let y = 0; y < 20; y++) {
        for (let x = 0; x < 32; x++) {
          const [px, py] = [x + 0.5, y + 0.5];
          const lengthSq = (bx - ax) ** 2 + (by - ay) ** 2;
          const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSq));
          const inside = Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)) <= r;
          if ((bitmap.get(x, y) === BLACK) !== inside) wrong.push(`round ${round} pixel ${x},${y}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** An operation as the server sends it: every field present, null where it does not apply. */
const op = (kind: CanvasOpDto['kind'], strokeId: number, fields: Partial<CanvasOpDto> = {}): CanvasOpDto => ({
  kind,
  strokeId,
  tool: null,
  color: null,
  size: null,
  points: null,
  x: null,
  y: null,
  undone: false,
  ...fields,
});

describe('CanvasModel', () => {
  const stroke = (strokeId: number, points: number[], color = 3): CanvasOpDto =>
    op('stroke', strokeId, { tool: 'pen', color, size: 1, points });

  it('renders live batches exactly like the merged snapshot of the same log', () => {
    const live = new CanvasModel(320, 180);
    live.apply(stroke(1, [100, 100, 400, 300]));
    live.apply(stroke(1, [700, 200, 900, 800]));
    live.apply(op('fill', 2, { x: 10, y: 10, color: 8 }));
    live.apply(stroke(3, [50, 800, 1500, 50], 4));
    live.apply(op('undo', 3));
    live.apply(op('redo', 3));

    const reloaded = new CanvasModel(320, 180);
    reloaded.load([
      stroke(1, [100, 100, 400, 300, 700, 200, 900, 800]),
      op('fill', 2, { x: 10, y: 10, color: 8 }),
      stroke(3, [50, 800, 1500, 50], 4),
    ]);
    expect(Array.from(reloaded.bitmap.pixels)).toEqual(Array.from(live.bitmap.pixels));
  });

  it('hides undone operations, also from a snapshot', () => {
    const model = new CanvasModel(160, 90);
    model.load([{ ...stroke(1, [0, 0, 1599, 899]), undone: true }]);
    expect(model.bitmap.pixels.every((p) => p === WHITE)).toBe(true);
    model.apply(op('redo', 1));
    expect(model.bitmap.pixels.some((p) => p === BLACK)).toBe(true);
  });

  it('a clear is an operation that can be undone', () => {
    const model = new CanvasModel(160, 90);
    model.apply(stroke(1, [0, 0, 1599, 899]));
    model.apply(op('clear', 2));
    expect(model.bitmap.pixels.every((p) => p === WHITE)).toBe(true);
    model.apply(op('undo', 2));
    expect(model.bitmap.pixels.some((p) => p === BLACK)).toBe(true);
  });

  it('picks the palette colour shown at a logical point, at any resolution', () => {
    for (const [width, height] of [[160, 90], [1600, 900], [3200, 1800]]) {
      const model = new CanvasModel(width, height);
      model.apply(op('fill', 1, { x: 0, y: 0, color: 14 }));
      model.apply({ ...stroke(2, [0, 450, 1599, 450], 4), size: 3 });
      expect(model.colorAt(800, 450)).toBe(4);
      expect(model.colorAt(800, 100)).toBe(14);
      model.apply(op('undo', 1));
      expect(model.colorAt(800, 100)).toBe(0);
      expect(model.colorAt(1599, 899)).toBe(0);
    }
  });

  it('keeps the drawing across a resize', () => {
    const model = new CanvasModel(160, 90);
    model.apply(stroke(1, [0, 450, 1599, 450]));
    model.resize(320, 180);
    expect(model.bitmap.width).toBe(320);
    expect(model.bitmap.get(160, 90)).toBe(BLACK);
  });
});

describe('DrawingSession', () => {
  function recorder() {
    const calls: string[] = [];
    const sender: CanvasSender = {
      drawStroke: (b) => calls.push(`stroke ${b.strokeId} ${b.points.join(',')}`),
      fill: (f) => calls.push(`fill ${f.strokeId} ${f.x},${f.y} ${f.color}`),
      clear: (id) => calls.push(`clear ${id}`),
      undo: (id) => calls.push(`undo ${id}`),
      redo: (id) => calls.push(`redo ${id}`),
    };
    return { calls, sender };
  }

  it('numbers operations, undoes and redoes by id', () => {
    const { calls, sender } = recorder();
    const model = new CanvasModel(160, 90);
    const session = new DrawingSession(model, sender);
    session.beginStroke(10, 10, { tool: 'pen', color: 3, size: 1 });
    session.addPoint(20, 20);
    session.endStroke();
    session.fill(500, 500, 4);
    session.undo();
    session.redo();
    session.clear();
    expect(calls).toEqual(['stroke 1 10,10,20,20', 'fill 2 500,500 4', 'undo 2', 'redo 2', 'clear 3']);
  });

  it('sends a straight line as one stroke of its two ends, drawn through the middle and undone at once', () => {
    const { calls, sender } = recorder();
    const model = new CanvasModel(160, 90);
    const session = new DrawingSession(model, sender);
    session.line(100, 450, 1500, 450, { tool: 'pen', color: 3, size: 1 });
    expect(calls).toEqual(['stroke 1 100,450,1500,450']);
    expect(model.bitmap.get(80, 45)).toBe(BLACK);
    expect(model.bitmap.get(80, 20)).not.toBe(BLACK);
    session.undo();
    expect(model.bitmap.get(80, 45)).not.toBe(BLACK);
  });

  it('continues the stroke ids after a snapshot (reload of the drawer)', () => {
    const { calls, sender } = recorder();
    const model = new CanvasModel(160, 90);
    model.load([op('stroke', 41, { tool: 'pen', color: 3, size: 0, points: [1, 1] })]);
    new DrawingSession(model, sender).fill(1, 1, 5);
    expect(calls).toEqual(['fill 42 1,1 5']);
  });
});
