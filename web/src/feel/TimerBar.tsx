import { useEffect, useRef } from 'react';
import { cueBus, isTick } from './cues';

/**
 * How much of the drawing time is left, as a shrinking bar (the number beside it is the accessible
 * form). Ticks once per second in the last ten seconds.
 */
export function TimerBar({ seconds, totalSeconds }: { seconds: number; totalSeconds: number }) {
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (isTick(previous.current, seconds)) cueBus.emit('tick');
    previous.current = seconds;
  }, [seconds]);

  const fraction = totalSeconds > 0 ? Math.min(1, seconds / totalSeconds) : 0;
  return (
    <div className="timer-bar" aria-hidden="true" data-testid="timer-bar" data-fraction={fraction.toFixed(3)}>
      <span className={seconds <= 10 ? 'timer-bar-fill urgent' : 'timer-bar-fill'} style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
