import { describe, expect, it } from 'vitest';
import { avatarUri } from '../src/components/Avatar';

describe('avatars', () => {
  it('gives a player the same avatar every time (it is kept with their id)', () => {
    expect(avatarUri('player-1')).toBe(avatarUri('player-1'));
    expect(avatarUri('player-1')).toMatch(/^data:image\/svg\+xml;/);
  });

  it('gives different players different avatars', () => {
    const uris = new Set(['a', 'b', 'c', 'd', 'e'].map((id) => avatarUri(`player-${id}`)));
    expect(uris.size).toBe(5);
  });
});
