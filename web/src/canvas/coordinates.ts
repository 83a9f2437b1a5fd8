import { LOGICAL_HEIGHT, LOGICAL_WIDTH } from './palette';

export interface ElementBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Converts a pointer position on the displayed canvas to integer logical coordinates. */
export function toLogicalPoint(clientX: number, clientY: number, box: ElementBox): [number, number] {
  const x = Math.floor(((clientX - box.left) / box.width) * LOGICAL_WIDTH);
  const y = Math.floor(((clientY - box.top) / box.height) * LOGICAL_HEIGHT);
  return [clamp(x, 0, LOGICAL_WIDTH - 1), clamp(y, 0, LOGICAL_HEIGHT - 1)];
}

/** Backing-store size for a canvas shown `cssWidth` CSS pixels wide, keeping 16:9. */
export function backingSize(cssWidth: number, devicePixelRatio: number, maxWidth = 3200): [number, number] {
  const width = clamp(Math.round(cssWidth * devicePixelRatio), 160, maxWidth);
  return [width, Math.round((width * LOGICAL_HEIGHT) / LOGICAL_WIDTH)];
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
