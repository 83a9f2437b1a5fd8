import type { CanvasOpDto, StrokeBatchDto, FillDto, Tool } from '../api/types';
import { Bitmap, floodFill, paintSegment, unionRect, type DirtyRect } from './bitmap';
import { BACKGROUND_COLOR, BRUSH_SIZES, LOGICAL_HEIGHT, LOGICAL_WIDTH, PALETTE, paletteRgba } from './palette';

const PALETTE_RGBA = PALETTE.map((_, index) => paletteRgba(index));

/** One visible operation of the turn's log; batches of a stroke are merged into one entry. */
export interface CanvasOp {
  kind: 'stroke' | 'fill' | 'clear';
  strokeId: number;
  tool: Tool;
  color: number;
  size: number;
  points: number[];
  x: number;
  y: number;
  undone: boolean;
}

export type CanvasChange = DirtyRect | 'all';

/**
 * The turn's canvas: the operation log and its rendering into a bitmap. The bitmap can have any
 * resolution with the logical 16:9 aspect; it is always re-rendered from the log, so resizing
 * never loses the drawing and every client renders the same log to the same pixels.
 */
export class CanvasModel {
  private ops: CanvasOp[] = [];
  private byId = new Map<number, CanvasOp>();
  private redoStack: number[] = [];
  private bitmapValue: Bitmap;
  private listeners = new Set<(change: CanvasChange) => void>();

  constructor(width = LOGICAL_WIDTH, height = LOGICAL_HEIGHT) {
    this.bitmapValue = new Bitmap(width, height);
    this.renderAll();
  }

  get bitmap(): Bitmap {
    return this.bitmapValue;
  }

  subscribe(listener: (change: CanvasChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  resize(width: number, height: number): void {
    if (width === this.bitmapValue.width && height === this.bitmapValue.height) return;
    this.bitmapValue = new Bitmap(width, height);
    this.renderAll();
  }

  /** Replaces the log, e.g. with `GameStateDto.canvas` from a snapshot, or empties it. */
  load(snapshot: readonly CanvasOpDto[] = []): void {
    this.ops = [];
    this.byId.clear();
    this.redoStack = [];
    for (const dto of snapshot) {
      if (dto.kind === 'undo' || dto.kind === 'redo') continue;
      const op = toOp(dto);
      this.ops.push(op);
      this.byId.set(op.strokeId, op);
    }
    this.renderAll();
  }

  /** Applies a live `canvas` event from another player (the drawer). */
  apply(dto: CanvasOpDto): void {
    switch (dto.kind) {
      case 'stroke':
        this.addStrokePoints(toOp(dto));
        break;
      case 'fill':
      case 'clear':
        this.push(toOp(dto));
        break;
      case 'undo':
        this.setUndone(dto.strokeId, true);
        break;
      case 'redo':
        this.setUndone(dto.strokeId, false);
        break;
    }
  }

  // ---- the drawer's own operations ----

  /** A stroke id that is positive, 32-bit and unused in this turn. */
  nextStrokeId(): number {
    let max = 0;
    for (const op of this.ops) max = Math.max(max, op.strokeId);
    return max + 1;
  }

  drawStroke(batch: StrokeBatchDto): void {
    this.redoStack = [];
    this.addStrokePoints({ ...emptyOp('stroke', batch.strokeId), ...batch, points: [...batch.points] });
  }

  fill(fill: FillDto): void {
    this.redoStack = [];
    this.push({ ...emptyOp('fill', fill.strokeId), x: fill.x, y: fill.y, color: fill.color });
  }

  clear(strokeId: number): void {
    this.redoStack = [];
    this.push(emptyOp('clear', strokeId));
  }

  /** Undoes the latest visible operation; returns its id, or null when there is none. */
  undoLast(): number | null {
    for (let i = this.ops.length - 1; i >= 0; i--) {
      if (!this.ops[i].undone) {
        const id = this.ops[i].strokeId;
        this.setUndone(id, true);
        this.redoStack.push(id);
        return id;
      }
    }
    return null;
  }

  /** Redoes the most recently undone operation; returns its id, or null. */
  redoLast(): number | null {
    const id = this.redoStack.pop();
    if (id === undefined) return null;
    this.setUndone(id, false);
    return id;
  }

  /** The palette colour shown at logical point (x, y): every pixel is exactly one palette colour. */
  colorAt(x: number, y: number): number {
    const index = PALETTE_RGBA.indexOf(this.bitmapValue.get(...this.pixelAt(x, y)));
    return index < 0 ? BACKGROUND_COLOR : index;
  }

  /** The bitmap pixel whose centre a logical point maps to (a fill's seed, a picked colour). */
  private pixelAt(x: number, y: number): [number, number] {
    const bitmap = this.bitmapValue;
    const scale = bitmap.width / LOGICAL_WIDTH;
    return [Math.min(bitmap.width - 1, Math.floor((x + 0.5) * scale)), Math.min(bitmap.height - 1, Math.floor((y + 0.5) * scale))];
  }

  // ---- rendering ----

  private push(op: CanvasOp): void {
    this.ops.push(op);
    this.byId.set(op.strokeId, op);
    this.emit(this.paint(op, 0));
  }

  private addStrokePoints(batch: CanvasOp): void {
    const existing = this.byId.get(batch.strokeId);
    if (!existing) {
      this.push(batch);
      return;
    }
    const from = Math.max(0, existing.points.length - 2);
    existing.points.push(...batch.points);
    if (existing.undone) return;
    if (this.ops[this.ops.length - 1] === existing) {
      // Continue from the stroke's last point, joining the batches as the protocol asks.
      this.emit(this.paint(existing, from));
    } else {
      this.renderAll();
    }
  }

  private setUndone(strokeId: number, undone: boolean): void {
    const op = this.byId.get(strokeId);
    if (!op || op.undone === undone) return;
    op.undone = undone;
    this.renderAll();
  }

  private renderAll(): void {
    this.bitmapValue.fill(paletteRgba(BACKGROUND_COLOR));
    for (const op of this.ops) if (!op.undone) this.paint(op, 0);
    this.emit('all');
  }

  /** Paints `op` starting at index `from` of its flat point array; returns what changed. */
  private paint(op: CanvasOp, from: number): CanvasChange | null {
    if (op.undone) return null;
    const bitmap = this.bitmapValue;
    const scale = bitmap.width / LOGICAL_WIDTH;
    if (op.kind === 'clear') {
      bitmap.fill(paletteRgba(BACKGROUND_COLOR));
      return 'all';
    }
    if (op.kind === 'fill') {
      return floodFill(bitmap, ...this.pixelAt(op.x, op.y), paletteRgba(op.color));
    }
    const rgba = paletteRgba(op.tool === 'eraser' ? BACKGROUND_COLOR : op.color);
    const radius = Math.max(0.5, ((BRUSH_SIZES[op.size] ?? BRUSH_SIZES[0]) / 2) * scale);
    const p = op.points;
    let dirty: DirtyRect | null = null;
    const toPixel = (v: number) => (v + 0.5) * scale;
    if (p.length === 2 && from === 0) {
      dirty = paintSegment(bitmap, toPixel(p[0]), toPixel(p[1]), toPixel(p[0]), toPixel(p[1]), radius, rgba);
    }
    for (let i = from; i + 3 < p.length; i += 2) {
      const rect = paintSegment(bitmap, toPixel(p[i]), toPixel(p[i + 1]), toPixel(p[i + 2]), toPixel(p[i + 3]), radius, rgba);
      dirty = unionRect(dirty, rect);
    }
    return dirty;
  }

  private emit(change: CanvasChange | null): void {
    if (!change) return;
    for (const listener of this.listeners) listener(change);
  }
}

function emptyOp(kind: CanvasOp['kind'], strokeId: number): CanvasOp {
  return { kind, strokeId, tool: 'pen', color: 0, size: 0, points: [], x: 0, y: 0, undone: false };
}

function toOp(dto: CanvasOpDto): CanvasOp {
  return {
    kind: dto.kind === 'fill' || dto.kind === 'clear' ? dto.kind : 'stroke',
    strokeId: dto.strokeId,
    tool: dto.tool === 'eraser' ? 'eraser' : 'pen',
    color: dto.color ?? 0,
    size: dto.size ?? 0,
    points: dto.points ? [...dto.points] : [],
    x: dto.x ?? 0,
    y: dto.y ?? 0,
    undone: dto.undone ?? false,
  };
}
