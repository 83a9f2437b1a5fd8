// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessageKey } from '../src/api/errors';
import { dictionaries } from '../src/i18n';

describe('hub error mapping', () => {
  it('reads the code of a plain completion error', () => {
    expect(errorCode(new Error('ROOM_FULL: the room has 8 of 8 players'))).toBe('ROOM_FULL');
  });

  it('reads the code behind the SignalR HubException prefix', () => {
    const error = new Error("An unexpected error occurred invoking 'JoinRoom' on the server. HubException: ROOM_NOT_FOUND: no room XYZ");
    expect(errorCode(error)).toBe('ROOM_NOT_FOUND');
    expect(errorMessageKey(error)).toBe('error.ROOM_NOT_FOUND');
  });

  it('maps every documented code to a message in both languages, never the raw code', () => {
    const codes = ['VALIDATION_FAILED', 'BAD_REQUEST', 'NOT_REGISTERED', 'INVALID_RESUME_TOKEN', 'NOT_IN_ROOM',
      'ROOM_NOT_FOUND', 'ROOM_FULL', 'ROOM_LIMIT_REACHED', 'KICKED_FROM_ROOM', 'NOT_HOST', 'GAME_IN_PROGRESS', 'NOT_ENOUGH_PLAYERS',
      'NOT_DRAWER', 'WRONG_PHASE', 'PLAYER_NOT_FOUND', 'CANNOT_KICK_SELF', 'VOTE_KICK_UNAVAILABLE', 'RATE_LIMITED',
      'WORD_IN_MESSAGE', 'CANVAS_FULL', 'STROKE_NOT_FOUND', 'INTERNAL_ERROR'];
    for (const code of codes) {
      const key = errorMessageKey(new Error(`${code}: details`));
      expect(key).toBe(`error.${code}`);
      for (const language of ['en', 'ko'] as const) expect(dictionaries[language][key]).not.toContain(code);
    }
  });

  it('reads VALIDATION_FAILED from a call whose arguments the server could not read', () => {
    const error = new Error("Failed to invoke 'Register' due to an error on the server. HubException: VALIDATION_FAILED: The arguments could not be read");
    expect(errorMessageKey(error)).toBe('error.VALIDATION_FAILED');
  });

  it('falls back to a generic message for unknown codes and odd values', () => {
    expect(errorMessageKey(new Error('SOMETHING_NEW: x'))).toBe('common.unknownError');
    expect(errorMessageKey('nonsense')).toBe('common.unknownError');
    expect(errorMessageKey(undefined)).toBe('common.unknownError');
  });

  it('recognises a lost connection', () => {
    expect(errorMessageKey(new Error("Invocation canceled due to the underlying connection being closed."))).toBe('error.NETWORK');
  });
});
