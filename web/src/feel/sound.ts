import type { Cue } from './cues';

export const MUTE_STORAGE_KEY = 'drawguess.muted';

/** One synthesised note: `at` and `length` in seconds from the cue's start. */
interface Note {
  frequency: number;
  at: number;
  length: number;
  wave: OscillatorType;
  volume: number;
}

const note = (frequency: number, at: number, length: number, wave: OscillatorType = 'sine', volume = 0.18): Note => ({
  frequency,
  at,
  length,
  wave,
  volume,
});

/** Short tunes made with oscillators, so no sound files (or their licences) are needed. */
export const TUNES: Record<Cue, Note[]> = {
  yourTurn: [note(523, 0, 0.12), note(659, 0.1, 0.12), note(784, 0.2, 0.22)],
  youGuessed: [note(784, 0, 0.1, 'triangle'), note(1047, 0.08, 0.1, 'triangle'), note(1319, 0.16, 0.28, 'triangle')],
  otherGuessed: [note(880, 0, 0.16, 'sine', 0.1)],
  close: [note(440, 0, 0.09, 'triangle', 0.14), note(494, 0.1, 0.12, 'triangle', 0.14)],
  tick: [note(1200, 0, 0.035, 'square', 0.04)],
  reveal: [note(784, 0, 0.14, 'triangle'), note(659, 0.12, 0.14, 'triangle'), note(523, 0.24, 0.3, 'triangle')],
  podium: [note(523, 0, 0.12), note(659, 0.12, 0.12), note(784, 0.24, 0.12), note(1047, 0.36, 0.5)],
  liked: [note(988, 0, 0.08, 'sine', 0.06), note(1319, 0.06, 0.1, 'sine', 0.06)],
};

/** The part of the Web Audio API the player uses (a fake stands in for it in tests). */
export interface AudioContextLike {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: AudioNode;
  resume(): Promise<void>;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Plays cues unless muted; the choice is kept per browser. Without Web Audio it stays silent. */
export class SoundPlayer {
  private context: AudioContextLike | null = null;
  private listeners = new Set<() => void>();
  muted: boolean;

  constructor(
    private readonly storage: StorageLike | null,
    private readonly createContext: () => AudioContextLike | null,
  ) {
    this.muted = readMuted(storage);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    try {
      this.storage?.setItem(MUTE_STORAGE_KEY, muted ? '1' : '0');
    } catch {
      // Storage can be full or blocked; the choice then lasts for this page only.
    }
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  play(cue: Cue): void {
    if (this.muted) return;
    const context = (this.context ??= this.createContext());
    if (!context) return;
    // A context made before the player touched the page starts suspended; any later gesture allows it.
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime + 0.01;
    for (const { frequency, at, length, wave, volume } of TUNES[cue]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = wave;
      oscillator.frequency.value = frequency;
      // A quick rise and an exponential fall: no clicks at either end.
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(volume, start + at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + at);
      oscillator.stop(start + at + length + 0.02);
    }
  }
}

function readMuted(storage: StorageLike | null): boolean {
  try {
    return storage?.getItem(MUTE_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function browserAudioContext(): AudioContextLike | null {
  const Context = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  try {
    return Context ? new Context() : null;
  } catch {
    return null;
  }
}

export const sounds = new SoundPlayer(browserStorage(), browserAudioContext);
