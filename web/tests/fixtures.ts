import type { PlayerDto, RoomDto } from '../src/api/types';

/** A private test room with default settings and no custom words; the first player is the host. */
export function testRoom(players: PlayerDto[], status: RoomDto['status']): RoomDto {
  return {
    roomId: 'r'.repeat(32),
    code: 'ABC123',
    name: 'Test room',
    isPublic: false,
    hostId: players[0].playerId,
    status,
    settings: {
      name: 'Test room',
      isPublic: false,
      maxPlayers: 8,
      rounds: 1,
      drawingSeconds: 80,
      wordChoices: 3,
      hints: 2,
      language: 'en',
      customWords: [],
      customWordsOnly: false,
      customWordCount: 0,
    },
    players,
    spectators: 0,
    watchers: [],
  };
}
