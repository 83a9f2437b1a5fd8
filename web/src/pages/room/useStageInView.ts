import { useLayoutEffect, type RefObject } from 'react';

/**
 * The stage (turn bar, canvas, likes, the reveal) and the drawer's tools are sized to fit the screen's height,
 * not with the site and room headers above them. When a turn or phase begins and any of them reaches
 * below the screen (or under the phone's chat sheet), the stage is scrolled to the top of the screen.
 * Only then: a player who scrolled to read the scores is not pulled back in mid-phase.
 */
export function useStageInView(layout: RefObject<HTMLElement | null>, stage: RefObject<HTMLElement | null>, moment: string): void {
  useLayoutEffect(() => {
    const canvas = stage.current?.querySelector('canvas');
    if (!layout.current || !canvas) return;
    const sheet = layout.current.querySelector<HTMLElement>('.chat');
    const floor = sheet && getComputedStyle(sheet).position === 'fixed' ? sheet.getBoundingClientRect().top : window.innerHeight;
    const below = [canvas, ...layout.current.querySelectorAll('.rating-bar, .reveal, .toolbar')];
    const lowest = Math.max(...below.map((element) => element.getBoundingClientRect().bottom));
    if (lowest > floor) stage.current!.scrollIntoView({ block: 'start' });
  }, [layout, stage, moment]);
}
