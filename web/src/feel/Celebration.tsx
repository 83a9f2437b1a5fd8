import { useEffect, useState } from 'react';
import { Confetti } from './Confetti';
import { cueBus } from './cues';

const SHOWN_MS = 1600;

/** A short burst of confetti over the board whenever someone guesses the word. */
export function Celebration() {
  const [burst, setBurst] = useState<{ seq: number; own: boolean } | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = cueBus.subscribe((cue) => {
      if (cue !== 'youGuessed' && cue !== 'otherGuessed') return;
      setBurst((previous) => ({ seq: (previous?.seq ?? 0) + 1, own: cue === 'youGuessed' }));
      clearTimeout(timer);
      timer = setTimeout(() => setBurst(null), SHOWN_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);

  if (!burst) return null;
  return (
    <div className="celebration" data-testid="celebration" key={burst.seq}>
      <Confetti pieces={burst.own ? 28 : 12} />
    </div>
  );
}
