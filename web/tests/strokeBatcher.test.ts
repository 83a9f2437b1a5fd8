import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StrokeBatchDto } from '../src/api/types';
import { StrokeBatcher } from '../src/canvas/strokeBatcher';
import { backingSize, toLogicalPoint } from '../src/canvas/coordinates';

describe('StrokeBatcher', () => {
  let sent: StrokeBatchDto[];
  let batcher: StrokeBatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    batcher = new StrokeBatcher((batch) => sent.push(batch), 40, 128);
  });
  afterEach(() => vi.useRealTimers());

  it('sends the points of one interval as one batch after 40 ms', () => {
    batcher.begin(7, 'pen', 4, 2);
    batcher.add(10, 20);
    batcher.add(11, 21);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(40);
    expect(sent).toEqual([{ strokeId: 7, tool: 'pen', color: 4, size: 2, points: [10, 20, 11, 21] }]);
  });

  it('keeps the stroke id across batches and flushes the rest on end', () => {
    batcher.begin(3, 'eraser', 0, 3);
    batcher.add(1, 1);
    vi.advanceTimersByTime(40);
    batcher.add(2, 2);
    batcher.end();
    expect(sent.map((b) => b.strokeId)).toEqual([3, 3]);
    expect(sent.map((b) => b.points)).toEqual([[1, 1], [2, 2]]);
    expect(sent[1].tool).toBe('eraser');
  });

  it('never puts more than 128 points in a batch', () => {
    batcher.begin(1, 'pen', 3, 0);
    for (let i = 0; i < 300; i++) batcher.add(i, i % 900);
    batcher.end();
    expect(sent.map((b) => b.points.length / 2)).toEqual([128, 128, 44]);
    expect(sent.flatMap((b) => b.points)).toHaveLength(600);
  });

  it('drops a repeated point and ignores points outside a stroke', () => {
    batcher.add(5, 5);
    batcher.begin(2, 'pen', 3, 1);
    expect(batcher.add(5, 5)).toBe(true);
    expect(batcher.add(5, 5)).toBe(false);
    batcher.end();
    expect(sent).toEqual([{ strokeId: 2, tool: 'pen', color: 3, size: 1, points: [5, 5] }]);
  });

  it('sends nothing for a stroke without points', () => {
    batcher.begin(9, 'pen', 3, 1);
    batcher.end();
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(0);
  });
});

describe('coordinates', () => {
  const box = { left: 100, top: 50, width: 800, height: 450 };

  it('maps the displayed canvas to integer logical coordinates', () => {
    expect(toLogicalPoint(100, 50, box)).toEqual([0, 0]);
    expect(toLogicalPoint(500, 275, box)).toEqual([800, 450]);
  });

  it('clamps points outside the canvas into 0..1599 × 0..899', () => {
    expect(toLogicalPoint(2000, 2000, box)).toEqual([1599, 899]);
    expect(toLogicalPoint(-5, -5, box)).toEqual([0, 0]);
  });

  it('sizes the backing store by device pixel ratio keeping 16:9', () => {
    expect(backingSize(800, 2)).toEqual([1600, 900]);
    expect(backingSize(400, 1)).toEqual([400, 225]);
    expect(backingSize(4000, 2)[0]).toBe(3200);
  });
});
