import { describe, expect, it } from 'vitest';
import type { RoomDto, RoomSnapshotDto, ScoreDto } from '../src/api/types';
import { initialRoomState, reduceRoom, type RoomEvent, type RoomState } from '../src/state/roomState';
import { testRoom } from './fixtures';

const ANN = 'a'.repeat(32);
const BOB = 'b'.repeat(32);
const CAT = 'c'.repeat(32);

const room: RoomDto = testRoom(
  [ANN, BOB, CAT].map((playerId, i) => ({
    playerId,
    name: ['Ann', 'Bob', 'Cat'][i],
    isHost: i === 0,
    connected: true,
    joinOrder: i,
  })),
  'playing',
);

const scores = (overrides: Partial<Record<string, Partial<ScoreDto>>> = {}): ScoreDto[] =>
  room.players.map((p) => ({
    playerId: p.playerId,
    name: p.name,
    score: 0,
    turnPoints: 0,
    guessed: false,
    isDrawer: false,
    ...overrides[p.playerId],
  }));

function snapshot(you: string): RoomSnapshotDto {
  return {
    you,
    room,
    chat: [],
    spectating: false,
    game: {
      gameId: 'g1',
      round: 1,
      totalRounds: 1,
      turnId: 1,
      phase: 'choosing',
      drawerId: ANN,
      phaseEndsAt: 0,
      remainingMs: 0,
      hint: '',
      word: null,
      wordOptions: null,
      canChangeWordOptions: false,
      scores: scores(),
      canvas: [],
      podium: null,
      likes: 0,
      dislikes: 0,
      yourRating: null,
      awards: null,
      drawings: null,
      galleryId: null,
    },
  };
}

function run(start: RoomState, events: RoomEvent[], now = 1_000_000): RoomState {
  return events.reduce((state, event) => reduceRoom(state, event, now), start);
}

const turnStarted: RoomEvent = {
  type: 'turnStarted',
  payload: {
    turnId: 1,
    round: 1,
    totalRounds: 1,
    drawerId: ANN,
    drawerName: 'Ann',
    phase: 'choosing',
    phaseEndsAt: 0,
    remainingMs: 15000,
  },
};

describe('a turn seen by a guesser (Bob)', () => {
  const start = run(initialRoomState, [{ type: 'snapshot', payload: snapshot(BOB) }]);

  it('turnStarted: choosing phase, drawer marked, deadline from remainingMs', () => {
    const state = run(start, [turnStarted]);
    expect(state.game).toMatchObject({ phase: 'choosing', drawerId: ANN, deadline: 1_015_000, word: null });
    expect(state.game!.scores.find((s) => s.playerId === ANN)!.isDrawer).toBe(true);
    expect(state.announcement).toMatchObject({ key: 'announce.turnStarted', params: { name: 'Ann', round: 1 } });
  });

  it('drawingStarted gives the hint and no word; hintUpdated reveals letters', () => {
    const state = run(start, [
      turnStarted,
      { type: 'drawingStarted', payload: { turnId: 1, drawerId: ANN, hint: '_____', word: null, phaseEndsAt: 0, remainingMs: 80000 } },
      { type: 'hintUpdated', payload: { turnId: 1, hint: '_p___' } },
    ]);
    expect(state.game).toMatchObject({ phase: 'drawing', hint: '_p___', word: null, deadline: 1_080_000 });
    expect(state.announcement?.key).toBe('announce.hint');
  });

  it('closeGuess adds a private close notice', () => {
    const state = run(start, [turnStarted, { type: 'closeGuess', payload: { text: 'appel' } }]);
    expect(state.chat.at(-1)).toMatchObject({ type: 'close', text: 'appel' });
    expect(state.announcement?.key).toBe('announce.close');
  });

  it('youGuessed shows the word to the guesser; playerGuessed marks others', () => {
    const state = run(start, [
      turnStarted,
      { type: 'drawingStarted', payload: { turnId: 1, drawerId: ANN, hint: '_____', word: null, phaseEndsAt: 0, remainingMs: 80000 } },
      { type: 'playerGuessed', payload: { turnId: 1, playerId: CAT, name: 'Cat', order: 1 } },
      { type: 'playerGuessed', payload: { turnId: 1, playerId: BOB, name: 'Bob', order: 2 } },
      { type: 'youGuessed', payload: { turnId: 1, word: 'apple', points: 330 } },
    ]);
    expect(state.game!.word).toBe('apple');
    const bob = state.game!.scores.find((s) => s.playerId === BOB)!;
    expect(bob).toMatchObject({ guessed: true, turnPoints: 330 });
    expect(state.game!.scores.find((s) => s.playerId === CAT)!.guessed).toBe(true);
    expect(state.chat.at(-1)).toMatchObject({ type: 'youGuessed', word: 'apple', points: 330 });
  });

  it('turnEnded reveals the word with everyone’s points; gameOver shows the podium', () => {
    const state = run(start, [
      turnStarted,
      { type: 'drawingStarted', payload: { turnId: 1, drawerId: ANN, hint: '_____', word: null, phaseEndsAt: 0, remainingMs: 80000 } },
      {
        type: 'turnEnded',
        payload: {
          turnId: 1,
          word: 'apple',
          reason: 'allGuessed',
          turnPoints: [
            { playerId: ANN, points: 200 },
            { playerId: BOB, points: 330 },
          ],
          scores: scores({ [ANN]: { score: 200 }, [BOB]: { score: 330 } }),
          lastTurn: true,
          phaseEndsAt: 0,
          remainingMs: 5000,
        },
      },
    ]);
    expect(state.game).toMatchObject({ phase: 'reveal', word: 'apple', hint: null, deadline: 1_005_000 });
    expect(state.game!.turnEnd).toEqual({ reason: 'allGuessed', turnPoints: { [ANN]: 200, [BOB]: 330 }, lastTurn: true });

    const over = run(state, [
      {
        type: 'gameOver',
        payload: {
          gameId: 'g1',
          galleryId: 'gallery-1',
          podium: [
            { playerId: BOB, name: 'Bob', score: 330, rank: 1 },
            { playerId: ANN, name: 'Ann', score: 200, rank: 2 },
          ],
          awards: [],
          drawings: [],
        },
      },
      { type: 'roomUpdated', payload: { ...room, status: 'waiting' } },
    ]);
    expect(over.game).toMatchObject({ phase: 'gameOver', deadline: null, galleryId: 'gallery-1' });
    expect(over.game!.podium![0].name).toBe('Bob');
    expect(over.announcement).toMatchObject({ key: 'announce.gameOver', params: { name: 'Bob' } });

    const dismissed = run(over, [{ type: 'dismissNotice' }]);
    expect(dismissed.game).toBeNull();
  });

  it('the next turnStarted resets guesses and turn points', () => {
    const state = run(start, [
      turnStarted,
      { type: 'playerGuessed', payload: { turnId: 1, playerId: CAT, name: 'Cat', order: 1 } },
      { ...turnStarted, payload: { ...(turnStarted.payload as object), turnId: 2, drawerId: BOB, drawerName: 'Bob' } } as RoomEvent,
    ]);
    expect(state.game!.scores.every((s) => !s.guessed && s.turnPoints === 0)).toBe(true);
    expect(state.announcement?.key).toBe('announce.yourTurn');
  });

  it('ignores events of another turn', () => {
    const state = run(start, [turnStarted, { type: 'hintUpdated', payload: { turnId: 0, hint: 'x____' } }]);
    expect(state.game!.hint).toBeNull();
  });
});

describe('a turn seen by the drawer (Ann)', () => {
  it('wordOptions while choosing, then the word at drawingStarted', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(ANN) },
      turnStarted,
      { type: 'wordOptions', payload: { turnId: 1, options: ['apple', 'house', 'moon'], phaseEndsAt: 0, remainingMs: 14000, canChange: true } },
    ]);
    expect(state.game!.wordOptions).toEqual(['apple', 'house', 'moon']);
    expect(state.game!.canChangeWords).toBe(true);
    expect(state.announcement?.key).toBe('announce.yourTurn');

    const changed = run(state, [
      { type: 'wordOptions', payload: { turnId: 1, options: ['kite', 'tree', 'ship'], phaseEndsAt: 0, remainingMs: 9000, canChange: false } },
    ]);
    expect(changed.game).toMatchObject({ wordOptions: ['kite', 'tree', 'ship'], canChangeWords: false });

    const drawing = run(state, [
      { type: 'drawingStarted', payload: { turnId: 1, drawerId: ANN, hint: '_____', word: 'apple', phaseEndsAt: 0, remainingMs: 80000 } },
    ]);
    expect(drawing.game).toMatchObject({ phase: 'drawing', word: 'apple', wordOptions: null });

    const hinted = run(drawing, [{ type: 'hintUpdated', payload: { turnId: 1, hint: '_p___' } }]);
    expect(hinted.game).toMatchObject({ word: 'apple', hint: '_p___' });
    expect(hinted.announcement?.key).toBe('announce.hintGiven');
  });
});

describe('room events', () => {
  it('kicked leaves the room with a notice', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'kicked', payload: { roomId: room.roomId, byVote: true } },
    ]);
    expect(state.room).toBeNull();
    expect(state.notice).toBe('kickedByVote');
  });

  it('roomClosed leaves the room a spectator watched with a notice', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: { ...snapshot(BOB), spectating: true } },
      { type: 'roomClosed', payload: { roomId: room.roomId } },
    ]);
    expect(state.room).toBeNull();
    expect(state.notice).toBe('roomClosed');
  });

  it('gameStopped clears the game', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'gameStopped', payload: { reason: 'notEnoughPlayers' } },
    ]);
    expect(state.game).toBeNull();
    expect(state.notice).toBe('gameStopped');
  });

  it('vote-kick counts are kept per target and dropped when the target leaves', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'voteKickUpdated', payload: { targetId: CAT, votes: 1, needed: 2 } },
    ]);
    expect(state.voteKicks[CAT]).toEqual({ votes: 1, needed: 2 });
    const after = run(state, [{ type: 'roomUpdated', payload: { ...room, players: room.players.slice(0, 2) } }]);
    expect(after.voteKicks[CAT]).toBeUndefined();
  });

  it('playerJoined adds the new player in join order, once, and keeps the rest of the room', () => {
    const dan = { playerId: 'd'.repeat(32), name: 'Dan', isHost: false, connected: true, joinOrder: 3 };
    const start = run(initialRoomState, [{ type: 'snapshot', payload: snapshot(BOB) }]);
    const state = run(start, [
      { type: 'playerJoined', payload: dan },
      { type: 'playerJoined', payload: dan },
    ]);
    expect(state.room!.players.map((p) => p.name)).toEqual(['Ann', 'Bob', 'Cat', 'Dan']);
    expect(state.room!.hostId).toBe(ANN);
    expect(state.game).toBe(start.game);
  });

  it('joining after a game ended shows the waiting room, not the podium of a game you did not play', () => {
    const dan = 'd'.repeat(32);
    const finished = snapshot(dan);
    finished.room = { ...room, status: 'waiting', players: [...room.players, { playerId: dan, name: 'Dan', isHost: false, connected: true, joinOrder: 3 }] };
    finished.game = { ...finished.game!, phase: 'gameOver', podium: [{ playerId: ANN, name: 'Ann', score: 200, rank: 1 }] };

    expect(run(initialRoomState, [{ type: 'snapshot', payload: finished }]).game).toBeNull();
    const played = run(initialRoomState, [{ type: 'snapshot', payload: { ...finished, you: ANN } }]);
    expect(played.game).toMatchObject({ phase: 'gameOver' });
  });

  it("a reload at the podium keeps the link to the game's gallery", () => {
    const reloaded = snapshot(BOB);
    reloaded.game = { ...reloaded.game!, phase: 'gameOver', podium: [{ playerId: ANN, name: 'Ann', score: 200, rank: 1 }], galleryId: 'gallery-1' };

    expect(run(initialRoomState, [{ type: 'snapshot', payload: reloaded }]).game).toMatchObject({ phase: 'gameOver', galleryId: 'gallery-1' });
  });

  it('your vote-kick is remembered until its target leaves', () => {
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'votedToKick', targetId: CAT },
      { type: 'votedToKick', targetId: CAT },
    ]);
    expect(state.myKickVotes).toEqual([CAT]);
    const after = run(state, [{ type: 'roomUpdated', payload: { ...room, players: room.players.slice(0, 2) } }]);
    expect(after.myKickVotes).toEqual([]);
  });

  it('playerJoined before any room is ignored', () => {
    const dan = { playerId: 'd'.repeat(32), name: 'Dan', isHost: false, connected: true, joinOrder: 3 };
    expect(run(initialRoomState, [{ type: 'playerJoined', payload: dan }])).toEqual(initialRoomState);
  });

  it('chat messages are appended once, system messages keep their code and args', () => {
    const message = {
      id: 1,
      channel: 'all' as const,
      kind: 'system' as const,
      playerId: null,
      name: null,
      text: '',
      sentAt: 0,
      systemCode: 'playerJoined' as const,
      args: ['Cat'],
    };
    const state = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'chatMessage', payload: message },
      { type: 'chatMessage', payload: message },
    ]);
    expect(state.chat).toEqual([{ id: '1', type: 'system', code: 'playerJoined', args: ['Cat'] }]);
  });
});

describe('ratings of the drawing', () => {
  const rated = (turnId: number, likes: number, dislikes: number): RoomEvent => ({
    type: 'drawingRated',
    payload: { turnId, likes, dislikes },
  });

  it('shows the counts of the current drawing and your own rating, and starts each turn at zero', () => {
    const start = run(initialRoomState, [{ type: 'snapshot', payload: snapshot(BOB) }, turnStarted]);

    const rating = run(start, [rated(1, 1, 0), { type: 'youRated', turnId: 1, rating: 'like' }, rated(1, 1, 1), rated(0, 9, 9)]);
    expect(rating.game!.ratings).toEqual({ likes: 1, dislikes: 1, yours: 'like' });

    const next = run(rating, [{ ...turnStarted, payload: { ...(turnStarted.payload as object), turnId: 2 } } as RoomEvent]);
    expect(next.game!.ratings).toEqual({ likes: 0, dislikes: 0, yours: null });
  });

  it('keeps the awards and the drawings of the game over', () => {
    const award = { kind: 'mostLikedDrawing' as const, playerId: ANN, name: 'Ann', value: 2, turnId: 1 };
    const drawing = { turnId: 1, round: 1, drawerId: ANN, drawerName: 'Ann', word: 'apple', likes: 2, dislikes: 0 };
    const over = run(initialRoomState, [
      { type: 'snapshot', payload: snapshot(BOB) },
      { type: 'gameOver', payload: { gameId: 'g1', podium: [], awards: [award], drawings: [drawing], galleryId: 'gallery-1' } },
    ]);

    expect(over.game).toMatchObject({ phase: 'gameOver', awards: [award], drawings: [drawing] });
  });
});
