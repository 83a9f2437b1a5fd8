/** Colours in palette order (protocol "Canvas"); names are i18n keys `color.<key>`. */
export const PALETTE = [
  { key: 'white', hex: '#FFFFFF' },
  { key: 'lightGrey', hex: '#C1C1C1' },
  { key: 'grey', hex: '#7F7F7F' },
  { key: 'black', hex: '#000000' },
  { key: 'red', hex: '#EF130B' },
  { key: 'darkRed', hex: '#740B07' },
  { key: 'orange', hex: '#FF7100' },
  { key: 'brown', hex: '#8B4513' },
  { key: 'yellow', hex: '#FFE400' },
  { key: 'olive', hex: '#C2A000' },
  { key: 'lightGreen', hex: '#00CC00' },
  { key: 'darkGreen', hex: '#005510' },
  { key: 'mint', hex: '#00FF91' },
  { key: 'teal', hex: '#00786E' },
  { key: 'skyBlue', hex: '#00B2FF' },
  { key: 'blue', hex: '#00569E' },
  { key: 'indigo', hex: '#231FD3' },
  { key: 'navy', hex: '#0E0865' },
  { key: 'violet', hex: '#A300BA' },
  { key: 'purple', hex: '#550069' },
  { key: 'pink', hex: '#DF69A7' },
  { key: 'rose', hex: '#873554' },
  { key: 'peach', hex: '#FFAC8E' },
  { key: 'tan', hex: '#CC774D' },
] as const;

export const BACKGROUND_COLOR = 0;
export const DEFAULT_COLOR = 3;

/** Brush diameters in logical pixels, indexed by `size`. */
export const BRUSH_SIZES = [4, 10, 20, 40] as const;

export const LOGICAL_WIDTH = 1600;
export const LOGICAL_HEIGHT = 900;

/** Opaque colour as a little-endian RGBA uint32, the layout of ImageData viewed as Uint32Array. */
export function paletteRgba(index: number): number {
  const hex = (PALETTE[index] ?? PALETTE[DEFAULT_COLOR]).hex;
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
