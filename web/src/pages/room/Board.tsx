import { useEffect, useRef, type PointerEvent } from 'react';
import type { CanvasChange, CanvasModel } from '../../canvas/canvasModel';
import { backingSize, toLogicalPoint } from '../../canvas/coordinates';
import type { DrawingSession } from '../../canvas/drawingSession';
import { unionRect, type DirtyRect } from '../../canvas/bitmap';
import { BRUSH_SIZES, LOGICAL_WIDTH, PALETTE } from '../../canvas/palette';
import { useT } from '../../i18n';
import type { DrawTool } from './Toolbar';

interface Props {
  model: CanvasModel;
  /** Set when this player draws now; without it the canvas only shows. */
  drawing: { session: DrawingSession; tool: DrawTool; color: number; size: number } | null;
  /** With the picker, a tap on the canvas hands over the palette colour under it. */
  onPickColor?: (color: number) => void;
}

/**
 * Shows the canvas model, scaled to the element's width at the device's pixel ratio, and turns
 * the drawer's pointer input (mouse, touch, pen) into drawing operations. A straight line is
 * previewed on a layer above the canvas while it is dragged and sent as one stroke when released.
 */
export function Board({ model, drawing, onPickColor }: Props) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const activePointer = useRef<number | null>(null);
  const line = useRef<{ from: [number, number]; to: [number, number] } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const context = canvas.getContext('2d')!;
    let imageData: ImageData | null = null;
    let pending: DirtyRect | 'all' | null = null;
    let frame = 0;

    const flush = () => {
      frame = 0;
      const bitmap = model.bitmap;
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        pending = 'all';
      }
      if (!imageData || imageData.data.buffer !== bitmap.pixels.buffer) {
        imageData = new ImageData(new Uint8ClampedArray(bitmap.pixels.buffer), bitmap.width, bitmap.height);
        pending = 'all';
      }
      if (pending === 'all') context.putImageData(imageData, 0, 0);
      else if (pending) {
        const { x0, y0, x1, y1 } = pending;
        context.putImageData(imageData, 0, 0, x0, y0, x1 - x0, y1 - y0);
      }
      pending = null;
    };

    const onChange = (change: CanvasChange) => {
      pending = change === 'all' || pending === 'all' ? 'all' : unionRect(pending, change);
      if (!frame) frame = requestAnimationFrame(flush);
    };

    const resize = () => {
      const [width, height] = backingSize(canvas.clientWidth || 800, window.devicePixelRatio || 1);
      model.resize(width, height);
      onChange('all');
    };

    const unsubscribe = model.subscribe(onChange);
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    resize();
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [model]);

  const point = (event: { clientX: number; clientY: number }) =>
    toLogicalPoint(event.clientX, event.clientY, canvasRef.current!.getBoundingClientRect());

  const showLine = () => {
    const preview = previewRef.current;
    const shown = canvasRef.current;
    if (!preview || !shown) return;
    if (preview.width !== shown.width || preview.height !== shown.height) {
      preview.width = shown.width;
      preview.height = shown.height;
    }
    const context = preview.getContext('2d')!;
    context.clearRect(0, 0, preview.width, preview.height);
    if (!line.current || !drawing) return;
    const scale = preview.width / LOGICAL_WIDTH;
    const { from, to } = line.current;
    context.strokeStyle = PALETTE[drawing.color].hex;
    context.lineWidth = BRUSH_SIZES[drawing.size] * scale;
    context.lineCap = 'round';
    context.beginPath();
    context.moveTo(from[0] * scale, from[1] * scale);
    context.lineTo(to[0] * scale, to[1] * scale);
    context.stroke();
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing || !event.isPrimary || event.button > 0) return;
    event.preventDefault();
    const [x, y] = point(event);
    if (drawing.tool === 'picker') {
      onPickColor?.(model.colorAt(x, y));
      return;
    }
    if (drawing.tool === 'fill') {
      drawing.session.fill(x, y, drawing.color);
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    activePointer.current = event.pointerId;
    if (drawing.tool === 'line') {
      line.current = { from: [x, y], to: [x, y] };
      showLine();
      return;
    }
    drawing.session.beginStroke(x, y, { tool: drawing.tool, color: drawing.color, size: drawing.size });
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing || activePointer.current !== event.pointerId) return;
    if (line.current) {
      line.current.to = point(event);
      showLine();
      return;
    }
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event]) {
      const [x, y] = point(sample);
      drawing.session.addPoint(x, y);
    }
  };

  const onPointerEnd = (event: PointerEvent<HTMLCanvasElement>) => {
    if (activePointer.current !== event.pointerId) return;
    activePointer.current = null;
    const drawn = line.current;
    if (drawn) {
      line.current = null;
      showLine();
      if (drawing) drawing.session.line(...drawn.from, ...drawn.to, { tool: 'pen', color: drawing.color, size: drawing.size });
      return;
    }
    drawing?.session.endStroke();
  };

  return (
    <div className={drawing ? 'board board-drawing' : 'board'}>
      <canvas
        ref={canvasRef}
        data-testid="board-canvas"
        role="img"
        aria-label={t(drawing ? 'game.canvasLabelDrawer' : 'game.canvasLabel')}
        data-tool={drawing?.tool}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onLostPointerCapture={onPointerEnd}
      />
      {drawing && <canvas ref={previewRef} className="board-preview" aria-hidden="true" />}
    </div>
  );
}
