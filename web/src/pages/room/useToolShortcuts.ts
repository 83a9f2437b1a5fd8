import { useEffect } from 'react';
import type { DrawingSession } from '../../canvas/drawingSession';
import type { BrushState, DrawTool } from './Toolbar';

const TOOL_KEYS: Record<string, DrawTool> = { b: 'pen', l: 'line', e: 'eraser', f: 'fill', i: 'picker' };

/** B/L/E/F/I pick the tool, 1–4 the size, Ctrl+Z undoes, Ctrl+Y (or Ctrl+Shift+Z) redoes. */
export function useToolShortcuts(
  enabled: boolean,
  brush: BrushState,
  setBrush: (brush: BrushState) => void,
  session: DrawingSession,
): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (event.ctrlKey || event.metaKey) {
        if (key === 'z' && !event.shiftKey) session.undo();
        else if (key === 'y' || (key === 'z' && event.shiftKey)) session.redo();
        else return;
        event.preventDefault();
        return;
      }
      if (event.altKey) return;
      if (key in TOOL_KEYS) setBrush({ ...brush, tool: TOOL_KEYS[key] });
      else if (key >= '1' && key <= '4') setBrush({ ...brush, size: Number(key) - 1 });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, brush, setBrush, session]);
}
