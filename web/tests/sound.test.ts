import { describe, expect, it } from 'vitest';
import { MUTE_STORAGE_KEY, SoundPlayer, TUNES, type AudioContextLike } from '../src/feel/sound';

/** Records the notes started on it instead of making sound. */
class FakeAudioContext {
  currentTime = 10;
  state = 'running';
  destination = {} as AudioNode;
  started: { frequency: number; at: number }[] = [];
  resumed = 0;

  resume() {
    this.resumed++;
    this.state = 'running';
    return Promise.resolve();
  }

  createOscillator() {
    const oscillator = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: (at: number) => this.started.push({ frequency: oscillator.frequency.value, at }),
      stop: () => undefined,
    };
    return oscillator as unknown as OscillatorNode;
  }

  createGain() {
    const param = { setValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
    return { gain: param, connect: (node: unknown) => node } as unknown as GainNode;
  }
}

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

function player(storage = memoryStorage()) {
  const context = new FakeAudioContext();
  let created = 0;
  const sounds = new SoundPlayer(storage, () => {
    created++;
    return context as unknown as AudioContextLike;
  });
  return { sounds, context, storage, contextsCreated: () => created };
}

describe('sound effects', () => {
  it('plays each note of a cue, in order, from now', () => {
    const { sounds, context } = player();
    sounds.play('yourTurn');
    expect(context.started.map((n) => n.frequency)).toEqual(TUNES.yourTurn.map((n) => n.frequency));
    expect(context.started[0].at).toBeGreaterThanOrEqual(10);
    expect(context.started.map((n) => n.at)).toEqual([...context.started.map((n) => n.at)].sort((a, b) => a - b));
  });

  it('has a distinct tune for every moment of the game', () => {
    const tunes = Object.values(TUNES).map((notes) => JSON.stringify(notes));
    expect(new Set(tunes).size).toBe(tunes.length);
    expect(Object.keys(TUNES).sort()).toEqual(['close', 'liked', 'otherGuessed', 'podium', 'reveal', 'tick', 'youGuessed', 'yourTurn']);
  });

  it('stays silent when muted, and does not even open an audio context', () => {
    const { sounds, context, contextsCreated } = player();
    sounds.setMuted(true);
    sounds.play('youGuessed');
    sounds.play('podium');
    expect(context.started).toEqual([]);
    expect(contextsCreated()).toBe(0);
  });

  it('plays again once unmuted', () => {
    const { sounds, context } = player();
    sounds.setMuted(true);
    sounds.setMuted(false);
    sounds.play('close');
    expect(context.started).toHaveLength(TUNES.close.length);
  });

  it('remembers the mute choice in the browser for the next visit', () => {
    const storage = memoryStorage();
    player(storage).sounds.setMuted(true);
    expect(storage.getItem(MUTE_STORAGE_KEY)).toBe('1');
    expect(player(storage).sounds.muted).toBe(true);
    player(storage).sounds.setMuted(false);
    expect(player(storage).sounds.muted).toBe(false);
  });

  it('starts unmuted, and tells listeners when the choice changes', () => {
    const { sounds } = player();
    expect(sounds.muted).toBe(false);
    let calls = 0;
    const unsubscribe = sounds.subscribe(() => calls++);
    sounds.setMuted(true);
    unsubscribe();
    sounds.setMuted(false);
    expect(calls).toBe(1);
  });

  it('resumes an audio context the browser started suspended', () => {
    const { sounds, context } = player();
    context.state = 'suspended';
    sounds.play('tick');
    expect(context.resumed).toBe(1);
  });

  it('is silent, without failing, where there is no Web Audio or no storage', () => {
    const sounds = new SoundPlayer(null, () => null);
    expect(() => sounds.play('reveal')).not.toThrow();
    expect(() => sounds.setMuted(true)).not.toThrow();
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(new SoundPlayer(blocked, () => null).muted).toBe(false);
    expect(() => new SoundPlayer(blocked, () => null).setMuted(true)).not.toThrow();
  });
});
