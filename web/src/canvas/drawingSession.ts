import type { FillDto, StrokeBatchDto, Tool } from '../api/types';
import type { CanvasModel } from './canvasModel';
import { StrokeBatcher } from './strokeBatcher';

/** What the drawer's operations are sent with (the hub client). */
export interface CanvasSender {
  drawStroke(batch: StrokeBatchDto): void;
  fill(fill: FillDto): void;
  clear(strokeId: number): void;
  undo(strokeId: number): void;
  redo(strokeId: number): void;
}

export interface Brush {
  tool: Tool;
  color: number;
  size: number;
}

/**
 * The drawer's side of the canvas: renders every input point at once into the model and hands
 * the same points to the batcher, which sends them to the server in small batches.
 */
export class DrawingSession {
  private readonly batcher: StrokeBatcher;
  private strokeId: number | null = null;
  private brush: Brush = { tool: 'pen', color: 3, size: 1 };

  constructor(
    private readonly model: CanvasModel,
    private readonly sender: CanvasSender,
  ) {
    this.batcher = new StrokeBatcher((batch) => sender.drawStroke(batch));
  }

  beginStroke(x: number, y: number, brush: Brush): void {
    this.endStroke();
    this.brush = brush;
    this.strokeId = this.model.nextStrokeId();
    this.batcher.begin(this.strokeId, brush.tool, brush.color, brush.size);
    this.addPoint(x, y);
  }

  addPoint(x: number, y: number): void {
    if (this.strokeId === null) return;
    if (this.batcher.add(x, y)) {
      this.model.drawStroke({ strokeId: this.strokeId, ...this.brush, points: [x, y] });
    }
  }

  endStroke(): void {
    if (this.strokeId === null) return;
    this.batcher.end();
    this.strokeId = null;
  }

  /** A straight line from (x0, y0) to (x1, y1): one stroke of its two ends. */
  line(x0: number, y0: number, x1: number, y1: number, brush: Brush): void {
    this.beginStroke(x0, y0, brush);
    this.addPoint(x1, y1);
    this.endStroke();
  }

  fill(x: number, y: number, color: number): void {
    this.endStroke();
    const fill = { strokeId: this.model.nextStrokeId(), x, y, color };
    this.model.fill(fill);
    this.sender.fill(fill);
  }

  clear(): void {
    this.endStroke();
    const strokeId = this.model.nextStrokeId();
    this.model.clear(strokeId);
    this.sender.clear(strokeId);
  }

  undo(): void {
    this.endStroke();
    const id = this.model.undoLast();
    if (id !== null) this.sender.undo(id);
  }

  redo(): void {
    this.endStroke();
    const id = this.model.redoLast();
    if (id !== null) this.sender.redo(id);
  }
}
