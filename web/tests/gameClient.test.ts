// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlayerDto, RoomDto, RoomSnapshotDto } from '../src/api/types';
import { testRoom } from './fixtures';

// A stand-in for the hub connection: the test delivers server events and answers calls itself.
const hub = vi.hoisted(() => ({
  handlers: new Map<string, (payload: unknown) => void>(),
  answers: new Map<string, (result: unknown) => void>(),
  refusals: new Map<string, (error: Error) => void>(),
  calls: [] as string[],
  closed: (_error?: Error) => undefined as void,
  connection: { state: 'Connected', starts: 0 },
}));

vi.mock('@microsoft/signalr', () => {
  const connection = Object.assign(hub.connection, {
    on: (name: string, handler: (payload: unknown) => void) => hub.handlers.set(name, handler),
    onreconnecting: () => undefined,
    onreconnected: () => undefined,
    onclose: (handler: (error?: Error) => void) => (hub.closed = handler),
    start: () => {
      hub.connection.starts++;
      hub.connection.state = 'Connected';
      return Promise.resolve();
    },
    invoke: (method: string) =>
      new Promise((resolve, reject) => {
        hub.calls.push(method);
        hub.answers.set(method, resolve);
        hub.refusals.set(method, reject);
      }),
  });
  class HubConnectionBuilder {
    withUrl = () => this;
    withAutomaticReconnect = () => this;
    configureLogging = () => this;
    build = () => connection;
  }
  return {
    HubConnectionBuilder,
    HubConnectionState: { Connected: 'Connected', Disconnected: 'Disconnected' },
    HttpTransportType: { WebSockets: 1 },
    LogLevel: { None: 6 },
  };
});

const { GameClient } = await import('../src/api/gameClient');
const { useStore } = await import('../src/state/store');
const { initialRoomState } = await import('../src/state/roomState');
const { savedSession } = await import('../src/state/sessionStorage');

const player = (name: string, joinOrder: number): PlayerDto => ({
  playerId: name.toLowerCase().padEnd(32, '0'),
  name,
  isHost: joinOrder === 0,
  connected: true,
  joinOrder,
});

const room: RoomDto = testRoom([player('Ann', 0), player('Bob', 1)], 'waiting');
const snapshot: RoomSnapshotDto = { you: player('Bob', 1).playerId, room, game: null, chat: [], spectating: false };

const serverSends = (event: string, payload: unknown) => hub.handlers.get(event)!(payload);
const names = () => useStore.getState().room?.players.map((p) => p.name);

describe('entering a room', () => {
  beforeEach(() => {
    hub.answers.clear();
    useStore.setState({ ...initialRoomState });
  });

  it('applies events that overtake the join snapshot after it, not before', async () => {
    const client = new GameClient();
    const joining = client.joinRoom(room.code);
    serverSends('playerJoined', player('Cid', 2));
    expect(names()).toBeUndefined();

    hub.answers.get('JoinRoom')!(snapshot);
    await joining;
    expect(names()).toEqual(['Ann', 'Bob', 'Cid']);
  });

  it('draws canvas operations that overtake the snapshot on top of its drawing', async () => {
    const client = new GameClient();
    const calls: string[] = [];
    vi.spyOn(client.canvas, 'load').mockImplementation(() => calls.push('load'));
    vi.spyOn(client.canvas, 'apply').mockImplementation(() => calls.push('apply'));
    const joining = client.joinRoom(room.code);
    serverSends('canvas', { kind: 'stroke', strokeId: 7, tool: 'pen', color: 0, size: 1, points: [1, 1, 2, 2] });

    hub.answers.get('JoinRoom')!(snapshot);
    await joining;
    expect(calls).toEqual(['load', 'apply']);
  });

  it('in a room, events are applied as they come', () => {
    const client = new GameClient();
    useStore.getState().dispatch({ type: 'snapshot', payload: snapshot });
    void client.createRoom(room.settings);
    serverSends('playerJoined', player('Cid', 2));
    expect(names()).toEqual(['Ann', 'Bob', 'Cid']);
  });
});

describe('resync, after events of the room were lost between servers', () => {
  beforeEach(() => {
    hub.answers.clear();
    hub.calls.length = 0;
    useStore.setState({ ...initialRoomState });
  });

  it('reads the room again and draws its canvas from the snapshot, with what arrives meanwhile on top', async () => {
    const client = new GameClient();
    useStore.getState().dispatch({ type: 'snapshot', payload: snapshot });
    const calls: string[] = [];
    vi.spyOn(client.canvas, 'load').mockImplementation(() => calls.push('load'));
    vi.spyOn(client.canvas, 'apply').mockImplementation(() => calls.push('apply'));

    serverSends('resync', {});
    expect(hub.calls).toEqual(['GetSnapshot']);
    serverSends('canvas', { kind: 'stroke', strokeId: 9, tool: 'pen', color: 0, size: 1, points: [1, 1, 2, 2] });
    serverSends('playerJoined', player('Cid', 2));
    expect(names()).toEqual(['Ann', 'Bob']);

    hub.answers.get('GetSnapshot')!(snapshot);
    await vi.waitFor(() => expect(names()).toEqual(['Ann', 'Bob', 'Cid']));
    expect(calls).toEqual(['load', 'apply']);
  });

  it('outside a room asks for nothing', () => {
    new GameClient();
    serverSends('resync', {});
    expect(hub.calls).toEqual([]);
  });
});

describe('resuming after a reload', () => {
  beforeEach(() => {
    hub.answers.clear();
    hub.refusals.clear();
    hub.calls.length = 0;
    useStore.setState({ ...initialRoomState });
    savedSession.setToken('resume-token');
    savedSession.setNickname('Bob');
  });

  it('keeps the seat when the server cannot answer yet (SERVICE_UNAVAILABLE), and resumes on the next try', async () => {
    vi.useFakeTimers();
    try {
      const client = new GameClient();
      void client.start();
      await vi.advanceTimersByTimeAsync(0);
      hub.refusals.get('Resume')!(new Error('HubException: SERVICE_UNAVAILABLE: The game state is unreachable.'));
      await vi.advanceTimersByTimeAsync(0);
      expect(savedSession.token()).toBe('resume-token');
      expect(hub.calls).not.toContain('Register');

      await vi.advanceTimersByTimeAsync(2000);
      expect(hub.calls.filter((c) => c === 'Resume')).toHaveLength(2);
      hub.answers.get('Resume')!({ playerId: snapshot.you, name: 'Bob', room: snapshot });
      await vi.advanceTimersByTimeAsync(0);
      expect(useStore.getState().playerId).toBe(snapshot.you);
      expect(names()).toEqual(['Ann', 'Bob']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts a new session when the token is refused (INVALID_RESUME_TOKEN)', async () => {
    const client = new GameClient();
    void client.start();
    await vi.waitFor(() => expect(hub.refusals.has('Resume')).toBe(true));
    hub.refusals.get('Resume')!(new Error('HubException: INVALID_RESUME_TOKEN: Unknown or expired session.'));
    await vi.waitFor(() => expect(hub.calls).toContain('Register'));
    expect(savedSession.token()).toBeNull();
  });

  it('connects again and resumes when the server closed the connection before its Resume was answered (REGISTRATION_TIMEOUT)', async () => {
    vi.useFakeTimers();
    try {
      useStore.setState({ identity: 'pending' });
      const client = new GameClient();
      void client.start();
      await vi.advanceTimersByTimeAsync(0);
      const starts = hub.connection.starts;
      hub.connection.state = 'Disconnected';
      hub.refusals.get('Resume')!(new Error('Invocation canceled due to the underlying connection being closed.'));
      hub.closed(new Error('Server returned an error on close: Connection closed with an error. HubException: REGISTRATION_TIMEOUT: Call Register or Resume right after connecting.'));

      await vi.advanceTimersByTimeAsync(2000);
      expect(hub.connection.starts).toBe(starts + 1);
      expect(hub.calls.filter((c) => c === 'Resume')).toHaveLength(2);
      hub.answers.get('Resume')!({ playerId: snapshot.you, name: 'Bob', room: snapshot });
      await vi.advanceTimersByTimeAsync(0);
      expect(useStore.getState().identity).toBe('registered');
      expect(names()).toEqual(['Ann', 'Bob']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a visitor who has not registered yet', () => {
  beforeEach(() => {
    hub.answers.clear();
    hub.refusals.clear();
    hub.calls.length = 0;
    sessionStorage.clear();
    localStorage.clear();
  });

  it('is not shown as offline when the server closes the idle connection, and registering connects again', async () => {
    const client = new GameClient();
    useStore.setState({ identity: 'anonymous', connection: 'connected' });
    hub.connection.state = 'Disconnected';
    hub.closed(new Error('Server returned an error on close: Connection closed with an error. HubException: REGISTRATION_TIMEOUT: Call Register or Resume right after connecting.'));
    expect(useStore.getState().connection).toBe('connected');

    const starts = hub.connection.starts;
    const registering = client.register('Ann');
    await vi.waitFor(() => expect(hub.answers.has('Register')).toBe(true));
    expect(hub.connection.starts).toBe(starts + 1);
    hub.answers.get('Register')!({ playerId: 'a'.repeat(32), name: 'Ann', resumeToken: 't' });
    await registering;
    expect(useStore.getState().identity).toBe('registered');
  });
});
