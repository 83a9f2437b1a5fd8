import type { CanvasOpDto, GalleryOperationDto } from '../api/types';
import { GIFEncoder } from 'gifenc';
import { CanvasModel } from './canvasModel';
import { PALETTE, paletteRgba } from './palette';

/** Points per replay step: small enough that a stroke visibly grows, large enough that long drawings replay in seconds. */
export const POINTS_PER_STEP = 6;

/**
 * A finished drawing as replay steps for `CanvasModel.apply`: each stroke in pieces of a few points (the
 * model joins the pieces of one stroke id), fills and clears whole. Undone operations are left out:
 * the log keeps them marked but not when they were undone, so the replay shows what stayed on the canvas.
 */
export function replaySteps(operations: readonly GalleryOperationDto[], pointsPerStep = POINTS_PER_STEP): CanvasOpDto[] {
  const steps: CanvasOpDto[] = [];
  operations.forEach((op, index) => {
    if (op.undone) return;
    const base: CanvasOpDto = {
      kind: op.kind === 'fill' || op.kind === 'clear' ? op.kind : 'stroke',
      strokeId: index + 1,
      tool: op.tool === 'eraser' ? 'eraser' : 'pen',
      color: op.color,
      size: op.size,
      points: null,
      x: op.x,
      y: op.y,
      undone: false,
    };
    if (base.kind !== 'stroke') {
      steps.push(base);
      return;
    }
    const points = op.points ?? [];
    for (let from = 0; from < points.length; from += pointsPerStep * 2)
      steps.push({ ...base, points: points.slice(from, from + pointsPerStep * 2) });
  });
  return steps;
}

/** Renders all steps into a new model of the given size: the finished drawing. */
export function renderDrawing(steps: readonly CanvasOpDto[], width: number, height: number): CanvasModel {
  const model = new CanvasModel(width, height);
  for (const step of steps) model.apply(step);
  return model;
}

/**
 * The replay as an animated GIF (gifenc): `frames` evenly spaced moments, the last one held. Every pixel
 * of the bitmap is exactly one palette colour (no anti-aliasing), so the palette is the game's own.
 */
export function replayGif(steps: readonly CanvasOpDto[], width: number, height: number, frames = 30, delayMs = 100): Uint8Array {
  const palette = PALETTE.map((_, i) => {
    const rgba = paletteRgba(i);
    return [rgba & 0xff, (rgba >>> 8) & 0xff, (rgba >>> 16) & 0xff];
  });
  while (palette.length < 32) palette.push([0, 0, 0]);
  const indexOf = new Map(PALETTE.map((_, i) => [paletteRgba(i), i]));
  const model = new CanvasModel(width, height);
  const gif = GIFEncoder();
  const index = new Uint8Array(width * height);
  const writeFrame = (delay: number) => {
    const pixels = model.bitmap.pixels;
    for (let i = 0; i < pixels.length; i++) index[i] = indexOf.get(pixels[i]) ?? 0;
    gif.writeFrame(index, width, height, { palette, delay });
  };
  const count = Math.max(1, Math.min(frames, steps.length));
  let applied = 0;
  for (let frame = 1; frame <= count; frame++) {
    const until = Math.round((steps.length * frame) / count);
    for (; applied < until; applied++) model.apply(steps[applied]);
    writeFrame(frame === count ? delayMs * 20 : delayMs);
  }
  gif.finish();
  return gif.bytes();
}
