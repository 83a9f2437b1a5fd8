import { createAvatar } from '@dicebear/core';
import * as thumbs from '@dicebear/thumbs';
import { memo } from 'react';

const cache = new Map<string, string>();

/** The avatar of a seed (a player's id) as a data URI: the same seed gives the same face everywhere. */
export function avatarUri(seed: string): string {
  let uri = cache.get(seed);
  if (!uri) {
    uri = createAvatar(thumbs, { seed, radius: 50 }).toDataUri();
    cache.set(seed, uri);
  }
  return uri;
}

/** Decorative: the player's name always stands beside it. */
export const Avatar = memo(function Avatar({ seed, size = 28 }: { seed: string; size?: number }) {
  return <img className="avatar" src={avatarUri(seed)} width={size} height={size} alt="" data-testid="avatar" data-seed={seed} />;
});
