import { describe, expect, it } from 'vitest';
import type { CanvasOpDto, GalleryOperationDto } from '../src/api/types';
import { CanvasModel } from '../src/canvas/canvasModel';
import { renderDrawing, replayGif, replaySteps } from '../src/canvas/replay';

const stroke = (points: number[], undone = false): GalleryOperationDto => ({
  kind: 'stroke', tool: 'pen', color: 4, size: 1, points, x: null, y: null, undone,
});
const fill: GalleryOperationDto = { kind: 'fill', tool: null, color: 7, size: null, points: null, x: 800, y: 450, undone: false };

describe('replay', () => {
  it('splits strokes into pieces, keeps fills whole and leaves undone operations out', () => {
    const steps = replaySteps([stroke([0, 0, 10, 10, 20, 20, 30, 30, 40, 40]), stroke([5, 5, 6, 6], true), fill], 2);

    expect(steps.map((s) => [s.kind, s.strokeId, s.points])).toEqual([
      ['stroke', 1, [0, 0, 10, 10]],
      ['stroke', 1, [20, 20, 30, 30]],
      ['stroke', 1, [40, 40]],
      ['fill', 3, null],
    ]);
  });

  it('ends on exactly the picture the whole log gives', () => {
    const operations = [stroke([100, 100, 900, 500, 1500, 100]), fill, stroke([10, 800, 1590, 800])];
    const whole = new CanvasModel(160, 90);
    whole.load(operations.map((op, i) => ({ ...op, strokeId: i + 1 }) as CanvasOpDto));

    expect(renderDrawing(replaySteps(operations), 160, 90).bitmap.pixels).toEqual(whole.bitmap.pixels);
  });

  it('encodes the replay as an animated GIF', () => {
    const bytes = replayGif(replaySteps([stroke([0, 0, 800, 450, 1599, 899]), fill]), 160, 90, 4);

    expect(new TextDecoder().decode(bytes.slice(0, 6))).toBe('GIF89a');
    expect(bytes[bytes.length - 1]).toBe(0x3b);
  });
});
