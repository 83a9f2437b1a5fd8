import type { RoomEvent, RoomState } from '../state/roomState';

/** Moments of a game that get a sound (and some a celebration). */
export type Cue = 'yourTurn' | 'youGuessed' | 'otherGuessed' | 'close' | 'tick' | 'reveal' | 'podium' | 'liked';

/** The cues one server event calls for, given the state before and after it. */
export function cuesFor(event: RoomEvent, before: RoomState, after: RoomState): Cue[] {
  switch (event.type) {
    case 'gameStarted':
    case 'turnStarted': {
      const game = after.game;
      const newTurn = game?.turnId !== before.game?.turnId;
      return newTurn && game?.phase === 'choosing' && game.drawerId === after.you ? ['yourTurn'] : [];
    }
    case 'youGuessed':
      return ['youGuessed'];
    case 'playerGuessed':
      return event.payload.playerId === after.you ? [] : ['otherGuessed'];
    case 'closeGuess':
      return ['close'];
    case 'turnEnded':
      return before.game?.phase === 'reveal' ? [] : ['reveal'];
    case 'gameOver':
      return before.game?.phase === 'gameOver' ? [] : ['podium'];
    case 'drawingRated': {
      // Only the drawer hears a like arrive, and only a new one (not a dislike, not a like taken back).
      const game = after.game;
      const more = (game?.ratings.likes ?? 0) > (before.game?.ratings.likes ?? 0);
      return more && game?.drawerId === after.you ? ['liked'] : [];
    }
    default:
      return [];
  }
}

/** A tick for each of the last ten seconds, once per second shown (not for the first number seen). */
export function isTick(previousSeconds: number | null, seconds: number): boolean {
  return previousSeconds !== null && seconds < previousSeconds && seconds >= 1 && seconds <= 10;
}

type Listener = (cue: Cue) => void;
const listeners = new Set<Listener>();

/** Cues as they happen, for the sound player and the celebrations. */
export const cueBus = {
  /** Listeners run inside the store's dispatch: one that fails (say, audio) must not stop the game. */
  emit(cue: Cue): void {
    for (const listener of listeners) {
      try {
        listener(cue);
      } catch (error) {
        console.warn('a sound or celebration failed', error);
      }
    }
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
