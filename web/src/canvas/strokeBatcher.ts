import type { StrokeBatchDto, Tool } from '../api/types';

export const BATCH_INTERVAL_MS = 40;
export const MAX_POINTS_PER_BATCH = 128;

interface OpenStroke {
  strokeId: number;
  tool: Tool;
  color: number;
  size: number;
}

/**
 * Collects the drawer's points and sends them in batches: at most every `intervalMs`, at most
 * `maxPoints` points per batch, every batch of a stroke with the same strokeId.
 */
export class StrokeBatcher {
  private stroke: OpenStroke | null = null;
  private pending: number[] = [];
  private lastX = -1;
  private lastY = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (batch: StrokeBatchDto) => void,
    private readonly intervalMs = BATCH_INTERVAL_MS,
    private readonly maxPoints = MAX_POINTS_PER_BATCH,
  ) {}

  begin(strokeId: number, tool: Tool, color: number, size: number): void {
    this.end();
    this.stroke = { strokeId, tool, color, size };
    this.lastX = -1;
    this.lastY = -1;
  }

  /** Adds a logical point; repeats of the previous point are dropped. Returns whether it was kept. */
  add(x: number, y: number): boolean {
    if (!this.stroke || (x === this.lastX && y === this.lastY)) return false;
    this.lastX = x;
    this.lastY = y;
    this.pending.push(x, y);
    if (this.pending.length >= this.maxPoints * 2) this.flush();
    else if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.intervalMs);
    return true;
  }

  /** Sends what is pending and closes the stroke. */
  end(): void {
    this.flush();
    this.stroke = null;
  }

  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.stroke) {
      this.pending = [];
      return;
    }
    while (this.pending.length > 0) {
      const points = this.pending.splice(0, this.maxPoints * 2);
      this.send({ ...this.stroke, points });
    }
  }
}
