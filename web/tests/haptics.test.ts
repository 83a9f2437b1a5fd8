import { describe, expect, it, vi } from 'vitest';
import { buzz } from '../src/feel/haptics';

describe('buzz', () => {
  it('vibrates for your turn, your correct guess and a close one, and for nothing else', () => {
    const vibrate = vi.fn(() => true);
    for (const cue of ['yourTurn', 'youGuessed', 'close', 'otherGuessed', 'tick', 'reveal', 'podium', 'liked'] as const) buzz(cue, false, vibrate);
    expect(vibrate.mock.calls).toEqual([[[40, 60, 40]], [[60]], [[25]]]);
  });

  it('stays still when the game is muted or the device cannot vibrate', () => {
    const vibrate = vi.fn(() => true);
    buzz('youGuessed', true, vibrate);
    expect(vibrate).not.toHaveBeenCalled();
    expect(() => buzz('youGuessed', false, undefined)).not.toThrow();
  });
});
