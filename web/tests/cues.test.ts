import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomSnapshotDto, ScoreDto } from '../src/api/types';
import { cueBus, isTick, type Cue } from '../src/feel/cues';
import type { RoomEvent } from '../src/state/roomState';
import { initialRoomState } from '../src/state/roomState';
import { useStore } from '../src/state/store';
import { testRoom } from './fixtures';

const ANN = 'a'.repeat(32);
const BOB = 'b'.repeat(32);
const CAT = 'c'.repeat(32);
const room = testRoom(
  [ANN, BOB, CAT].map((playerId, i) => ({ playerId, name: ['Ann', 'Bob', 'Cat'][i], isHost: i === 0, connected: true, joinOrder: i })),
  'playing',
);
const scores: ScoreDto[] = room.players.map((p) => ({ playerId: p.playerId, name: p.name, score: 0, turnPoints: 0, guessed: false, isDrawer: false }));

function snapshot(you: string, phase: 'choosing' | 'gameOver' = 'choosing', turnId = 0): RoomSnapshotDto {
  return {
    you,
    room,
    chat: [],
    spectating: false,
    game: {
      gameId: 'g1', round: 1, totalRounds: 1, turnId, phase, drawerId: turnId ? ANN : '', phaseEndsAt: 0, remainingMs: 15000,
      hint: '', word: null, wordOptions: null, canChangeWordOptions: false, scores, canvas: [], podium: phase === 'gameOver' ? [] : null,
      likes: 0, dislikes: 0, yourRating: null, awards: null, drawings: null, galleryId: null,
    },
  };
}

const turnStarted = (turnId: number, drawerId: string): RoomEvent => ({
  type: 'turnStarted',
  payload: { turnId, round: 1, totalRounds: 1, drawerId, drawerName: 'x', phase: 'choosing', phaseEndsAt: 0, remainingMs: 15000 },
});
const turnEnded: RoomEvent = {
  type: 'turnEnded',
  payload: { turnId: 1, word: 'apple', reason: 'allGuessed', turnPoints: [], scores, lastTurn: false, phaseEndsAt: 0, remainingMs: 5000 },
};

let heard: Cue[] = [];
let unsubscribe: () => void = () => undefined;

beforeEach(() => {
  heard = [];
  useStore.setState({ ...initialRoomState });
  unsubscribe = cueBus.subscribe((cue) => heard.push(cue));
});
afterEach(() => unsubscribe());

/** The cues `you` hears while the events arrive after joining a game in the choosing phase. */
function hear(you: string, events: RoomEvent[], start = snapshot(you)): Cue[] {
  const { dispatch } = useStore.getState();
  dispatch({ type: 'snapshot', payload: start });
  heard = [];
  for (const event of events) dispatch(event);
  return heard;
}

describe('game sounds', () => {
  it('tells the drawer, and only the drawer, that their turn starts', () => {
    expect(hear(ANN, [turnStarted(1, ANN)])).toEqual(['yourTurn']);
    expect(hear(BOB, [turnStarted(1, ANN)])).toEqual([]);
  });

  it('does not repeat "your turn" when a reload restores the turn', () => {
    expect(hear(ANN, [turnStarted(1, ANN)], snapshot(ANN, 'choosing', 1))).toEqual([]);
    expect(hear(ANN, [{ type: 'snapshot', payload: snapshot(ANN, 'choosing', 1) }])).toEqual([]);
  });

  it('cheers your own correct guess differently from somebody else\'s', () => {
    const guessed = (playerId: string, name: string): RoomEvent => ({ type: 'playerGuessed', payload: { turnId: 1, playerId, name, order: 1 } });
    const events: RoomEvent[] = [
      turnStarted(1, ANN),
      { type: 'youGuessed', payload: { turnId: 1, word: 'apple', points: 120 } },
      guessed(BOB, 'Bob'),
      guessed(CAT, 'Cat'),
    ];
    expect(hear(BOB, events)).toEqual(['youGuessed', 'otherGuessed']);
  });

  it('sounds a close guess, the reveal once and the podium once', () => {
    const gameOver: RoomEvent = { type: 'gameOver', payload: { gameId: 'g1', podium: [], awards: [], drawings: [], galleryId: 'gallery-1' } };
    expect(hear(BOB, [turnStarted(1, ANN), { type: 'closeGuess', payload: { text: 'appel' } }, turnEnded, turnEnded, gameOver, gameOver])).toEqual([
      'close',
      'reveal',
      'podium',
    ]);
  });

  it('lets only the drawer hear a new like, not a dislike', () => {
    const rated = (likes: number, dislikes: number): RoomEvent => ({ type: 'drawingRated', payload: { turnId: 1, likes, dislikes } });
    expect(hear(ANN, [turnStarted(1, ANN), rated(1, 0), rated(1, 1), rated(0, 2)])).toEqual(['yourTurn', 'liked']);
    expect(hear(BOB, [turnStarted(1, ANN), rated(1, 0)])).toEqual([]);
  });

  it('does not sound the podium again for a game that was already over', () => {
    expect(hear(BOB, [{ type: 'gameOver', payload: { gameId: 'g1', podium: [], awards: [], drawings: [], galleryId: 'gallery-1' } }], snapshot(BOB, 'gameOver'))).toEqual([]);
  });
});

describe('a failing sound', () => {
  it('does not stop the game: the event still applies and the other listeners still hear it', () => {
    const failing = cueBus.subscribe(() => {
      throw new Error('audio device gone');
    });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(hear(BOB, [{ type: 'closeGuess', payload: { text: 'appel' } }])).toEqual(['close']);
      expect(useStore.getState().chat.at(-1)).toMatchObject({ type: 'close', text: 'appel' });
    } finally {
      console.warn = warn;
      failing();
    }
  });
});

describe('countdown ticks', () => {
  it('tick once for each of the last ten seconds', () => {
    const ticks: number[] = [];
    let previous: number | null = null;
    for (const seconds of [12, 11, 11, 10, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]) {
      if (isTick(previous, seconds)) ticks.push(seconds);
      previous = seconds;
    }
    expect(ticks).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('do not tick for the first number shown (a reload in the last seconds) or when time goes up', () => {
    expect(isTick(null, 8)).toBe(false);
    expect(isTick(5, 9)).toBe(false);
  });
});
