import { useEffect } from 'react';

/** Pixels of the layout viewport's bottom that the on-screen keyboard (or other browser UI) covers. */
export function keyboardInset(layoutHeight: number, viewport: { height: number; offsetTop: number }): number {
  return Math.max(0, Math.round(layoutHeight - viewport.height - viewport.offsetTop));
}

/**
 * Keeps `--keyboard-inset` on the root element up to date from the visual viewport, so the chat
 * sheet (and its guess box) rides above the on-screen keyboard instead of hiding behind it.
 */
export function useKeyboardInset(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--keyboard-inset', `${keyboardInset(window.innerHeight, viewport)}px`);
    update();
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
      root.style.removeProperty('--keyboard-inset');
    };
  }, []);
}
