import { useRef } from 'react';

const KEPT = 20;

/**
 * The player's own sent lines, recalled in the chat box with ↑ (older) and ↓ (newer, then back to
 * the line being written), as in a terminal. A line sent again moves to the latest place.
 */
export function useSentHistory() {
  const lines = useRef<string[]>([]);
  const back = useRef(0); // 0: the line being written; n: the n-th latest sent line
  const draft = useRef('');
  return {
    sent(line: string) {
      lines.current = [...lines.current.filter((kept) => kept !== line), line].slice(-KEPT);
      back.current = 0;
    },
    /** The text the box should show after the key, or null when there is nothing further that way. */
    recall(direction: 'older' | 'newer', current: string): string | null {
      const kept = lines.current;
      if (direction === 'older') {
        if (back.current >= kept.length) return null;
        if (back.current === 0) draft.current = current;
        back.current++;
      } else {
        if (back.current === 0) return null;
        back.current--;
      }
      return back.current === 0 ? draft.current : kept[kept.length - back.current];
    },
  };
}
