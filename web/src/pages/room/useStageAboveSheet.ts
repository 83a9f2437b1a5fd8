import { useLayoutEffect, type RefObject } from 'react';

/**
 * On a phone the chat is a sheet fixed over the bottom of the screen. On a short screen (360x640)
 * the site and room headers push the canvas under it, so when a turn or phase begins and the
 * canvas is covered, the stage (turn bar, canvas, tools) is scrolled to the top of the screen.
 * Only then: a player who scrolled to read the scores is not pulled back in mid-phase.
 */
export function useStageAboveSheet(layout: RefObject<HTMLElement | null>, stage: RefObject<HTMLElement | null>, moment: string): void {
  useLayoutEffect(() => {
    const sheet = layout.current?.querySelector<HTMLElement>('.chat');
    const canvas = stage.current?.querySelector('canvas');
    if (!sheet || !canvas || getComputedStyle(sheet).position !== 'fixed') return;
    if (canvas.getBoundingClientRect().bottom > sheet.getBoundingClientRect().top) stage.current!.scrollIntoView({ block: 'start' });
  }, [layout, stage, moment]);
}
