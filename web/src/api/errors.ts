import type { MessageKey } from '../i18n';

/** Error codes of docs/protocol.md "Errors" that have their own message. */
const KNOWN_CODES = new Set([
  'VALIDATION_FAILED',
  'NAME_INVALID',
  'BAD_REQUEST',
  'NOT_REGISTERED',
  'INVALID_RESUME_TOKEN',
  'NOT_IN_ROOM',
  'ROOM_NOT_FOUND',
  'ROOM_FULL',
  'ROOM_LIMIT_REACHED',
  'KICKED_FROM_ROOM',
  'NOT_HOST',
  'GAME_IN_PROGRESS',
  'NOT_ENOUGH_PLAYERS',
  'NOT_DRAWER',
  'WRONG_PHASE',
  'NO_OTHER_WORDS',
  'PLAYER_NOT_FOUND',
  'CANNOT_KICK_SELF',
  'VOTE_KICK_UNAVAILABLE',
  'RATE_LIMITED',
  'WORD_IN_MESSAGE',
  'CANVAS_FULL',
  'STROKE_NOT_FOUND',
  'NOT_CURRENT_TURN',
  'NOTHING_TO_RATE',
  'OWN_DRAWING',
  'SPECTATOR_CANNOT_PLAY',
  'SPECTATOR_LIMIT_REACHED',
  'INTERNAL_ERROR',
]);

/**
 * Extracts the stable code from a failed hub call. The server completes with `CODE: message`;
 * SignalR may prefix it (e.g. "... HubException: CODE: message"), so the code is searched for.
 */
export function errorCode(error: unknown): string | null {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /(?:^|\s)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,}):/.exec(text);
  return match ? match[1] : null;
}

/** The i18n key of the short human message for a failed call; never the raw code. */
export function errorMessageKey(error: unknown): MessageKey {
  const code = errorCode(error);
  if (code && KNOWN_CODES.has(code)) return `error.${code}` as MessageKey;
  if (error instanceof Error && /connection|websocket|disconnected/i.test(error.message)) return 'error.NETWORK';
  return 'common.unknownError';
}
