import {
  HttpTransportType,
  HubConnection,
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
} from '@microsoft/signalr';
import { CanvasModel } from '../canvas/canvasModel';
import type { CanvasSender } from '../canvas/drawingSession';
import type { MessageKey } from '../i18n';
import type { RoomEvent } from '../state/roomState';
import { savedSession } from '../state/sessionStorage';
import { showToast, upsertLobbyRoom, useStore } from '../state/store';
import { errorCode, errorMessageKey } from './errors';
import type {
  CanvasOpDto,
  CanvasRefusedDto,
  DrawingRating,
  FillDto,
  GameStateDto,
  HubEvents,
  HubMethods,
  HubResults,
  RoomSettingsDto,
  RoomSnapshotDto,
  RoomSummaryDto,
  StrokeBatchDto,
} from './types';

/** A failed hub call, carrying the key of the human message to show (never the raw code). */
export class ActionError extends Error {
  constructor(readonly messageKey: MessageKey) {
    super(messageKey);
  }
}

// Room events that go straight to the reducer; their payload is the event's argument.
const ROOM_EVENTS = [
  'roomUpdated',
  'playerJoined',
  'kicked',
  'voteKickUpdated',
  'chatMessage',
  'closeGuess',
  'gameStarted',
  'turnStarted',
  'wordOptions',
  'drawingStarted',
  'hintUpdated',
  'playerGuessed',
  'youGuessed',
  'turnEnded',
  'drawingRated',
  'gameOver',
  'gameStopped',
  'roomClosed',
] as const satisfies readonly RoomEvent['type'][];

type RoomEventName = (typeof ROOM_EVENTS)[number];
type Fits<T extends true> = T;
/** Compiles only while every room event's payload fits the contract's payload of the hub event of that name. */
export type RoomEventsFitTheContract = Fits<
  { [E in RoomEventName]: Extract<RoomEvent, { type: E }>['payload'] extends HubEvents[E] ? true : false }[RoomEventName]
>;

const RETRY_DELAYS_MS = [0, 1000, 2000, 4000, 8000];
/** Refusals of Resume that say the server could not answer now (Redis down, a fault, a flood): the seat is still there. */
const RETRYABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_ERROR', 'RATE_LIMITED']);
const RESUME_RETRY_MS = 2000;

/**
 * The hub's address for a connection. `room` names the room the player is in, so that a gateway
 * routing on it sends every connection of a room to the same server (docs/protocol.md, "The room's address").
 */
export function hubUrl(base: string, roomId: string | null): string {
  return roomId === null ? base : `${base}?room=${encodeURIComponent(roomId)}`;
}

/**
 * The connection to the game hub: identity (Register/Resume), automatic reconnection with Resume,
 * server events into the store and the canvas model, and the calls the UI makes. Once the player is
 * in a room it moves to a connection whose address names that room. Payloads are never logged: they
 * can hold the secret word.
 */
export class GameClient implements CanvasSender {
  readonly canvas = new CanvasModel();
  private connection: HubConnection;
  /** The room the current connection's address names. */
  private connectionRoom: string | null;
  /** A move to the room's address in progress: calls wait for it. */
  private moving: Promise<void> | null = null;
  private lobbyWatchers = 0;
  private starting: Promise<void> | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  /** Room and canvas events received while a call answered with a room's snapshot is in flight. */
  private heldEvents: (() => void)[] | null = null;

  constructor(private readonly baseUrl = '/hubs/game') {
    this.connectionRoom = savedSession.room();
    this.connection = this.connect(this.connectionRoom);
  }

  /** A connection whose events and state changes count only while it is the current one. */
  private connect(roomId: string | null): HubConnection {
    const connection = new HubConnectionBuilder()
      .withUrl(hubUrl(this.baseUrl, roomId), { transport: HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: ({ previousRetryCount }) =>
          RETRY_DELAYS_MS[Math.min(previousRetryCount, RETRY_DELAYS_MS.length - 1)],
      })
      .configureLogging(LogLevel.None)
      .build();
    const current = () => connection === this.connection;
    const on = <T,>(name: string, handler: (payload: T) => void) =>
      connection.on(name, (payload: T) => {
        if (current()) handler(payload);
      });

    for (const name of ROOM_EVENTS) {
      on(name, (payload) => this.receive(() => this.onRoomEvent({ type: name, payload } as RoomEvent)));
    }
    on('canvas', (op: CanvasOpDto) => this.receive(() => this.canvas.apply(op)));
    on('canvasRefused', ({ code, message }: CanvasRefusedDto) => showToast(errorMessageKey(`${code}: ${message}`)));
    on('lobbyRoomUpdated', (room: RoomSummaryDto) => useStore.setState((s) => ({ lobby: upsertLobbyRoom(s.lobby, room) })));
    on('lobbyRoomRemoved', ({ roomId }: { roomId: string }) =>
      useStore.setState((s) => ({ lobby: s.lobby.filter((r) => r.roomId !== roomId) })),
    );
    on('sessionReplaced', () => useStore.setState({ connection: 'replaced' }));
    on('resync', () => void this.resync());

    connection.onreconnecting(() => {
      if (current()) useStore.setState({ connection: 'reconnecting' });
    });
    connection.onreconnected(() => {
      if (!current()) return;
      useStore.setState({ connection: 'connected' });
      void this.identify();
    });
    connection.onclose((error) => {
      if (!current()) return;
      // The server closes a connection that has not registered within a few seconds (docs/protocol.md
      // "Limits"): a visitor still choosing a nickname is not offline; register() connects again. A
      // player with a saved session reconnects and resumes, whatever cut their Resume short.
      if (errorCode(error) === 'REGISTRATION_TIMEOUT' && useStore.getState().identity !== 'registered' && !savedSession.token()) return;
      if (useStore.getState().connection !== 'replaced') useStore.setState({ connection: 'offline' });
      this.scheduleRestart();
    });
    return connection;
  }

  /** Connects (retrying until the server answers) and restores or creates the identity. */
  start(): Promise<void> {
    this.starting ??= this.connectAndIdentify().finally(() => (this.starting = null));
    return this.starting;
  }

  /** After `sessionReplaced`: take the session back to this tab. */
  async reclaim(): Promise<void> {
    useStore.setState({ connection: 'connected' });
    await this.identify();
  }

  private async connectAndIdentify(): Promise<void> {
    for (let attempt = 0; this.connection.state === HubConnectionState.Disconnected; attempt++) {
      try {
        await this.connection.start();
      } catch {
        useStore.setState({ connection: attempt === 0 ? 'connecting' : 'offline' });
        await delay(RETRY_DELAYS_MS[Math.min(attempt + 1, RETRY_DELAYS_MS.length - 1)]);
      }
    }
    if (this.connection.state !== HubConnectionState.Connected) return;
    useStore.setState({ connection: 'connected' });
    await this.identify();
  }

  private scheduleIdentify(): void {
    setTimeout(() => {
      if (this.connection.state === HubConnectionState.Connected) void this.identify();
    }, RESUME_RETRY_MS);
  }

  private scheduleRestart(): void {
    if (this.restartTimer !== null) return;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      void this.start();
    }, 2000);
  }

  private async identify(): Promise<void> {
    const token = savedSession.token();
    if (token) {
      try {
        // Once Resume binds this connection it receives only the resumed room's events; applied in
        // order after the snapshot, the last of them is never older than it, so all can wait.
        const resume = () => this.connection.invoke<HubResults['Resume']>('Resume', token);
        await this.holdingRoomEvents(true, resume, (resumed) => {
          useStore.setState({ identity: 'registered', playerId: resumed.playerId, playerName: resumed.name });
          if (resumed.room) this.applySnapshot(resumed.room);
          else if (useStore.getState().room) this.leftRoom();
        });
        await this.rewatchLobby();
        return;
      } catch (error) {
        // Without an answer from the server the next reconnect tries again; a refusal that says
        // "try again" keeps the token and retries; any other (usually INVALID_RESUME_TOKEN after
        // the seat expired) means starting a new session.
        const code = errorCode(error);
        if (code === null) return;
        if (RETRYABLE_CODES.has(code)) {
          this.scheduleIdentify();
          return;
        }
        savedSession.setToken(null);
      }
    }
    if (useStore.getState().room) this.leftRoom();
    const nickname = savedSession.nickname();
    if (!nickname) {
      useStore.setState({ identity: 'anonymous' });
      return;
    }
    try {
      await this.register(nickname);
    } catch {
      useStore.setState({ identity: 'anonymous' });
    }
  }

  // ---- identity and lobby ----

  async register(name: string): Promise<void> {
    if (this.connection.state === HubConnectionState.Disconnected) await this.start();
    const session = await this.call('Register', name.trim());
    savedSession.setToken(session.resumeToken);
    savedSession.setNickname(session.name);
    useStore.setState({ identity: 'registered', playerId: session.playerId, playerName: session.name });
    await this.rewatchLobby();
  }

  async watchLobby(): Promise<void> {
    this.lobbyWatchers++;
    if (this.lobbyWatchers === 1) await this.rewatchLobby();
  }

  async unwatchLobby(): Promise<void> {
    this.lobbyWatchers = Math.max(0, this.lobbyWatchers - 1);
    if (this.lobbyWatchers === 0 && this.isReady()) await this.connection.invoke('UnwatchLobby').catch(() => undefined);
  }

  private async rewatchLobby(): Promise<void> {
    if (this.lobbyWatchers === 0 || !this.isReady() || useStore.getState().room) return;
    try {
      const rooms = await this.connection.invoke<HubResults['WatchLobby']>('WatchLobby');
      useStore.setState({ lobby: rooms });
    } catch {
      // The lobby list is a convenience; the page stays usable without it.
    }
  }

  // ---- room ----

  createRoom(settings: RoomSettingsDto): Promise<RoomSnapshotDto> {
    return this.enterRoom(() => this.call('CreateRoom', settings));
  }

  joinRoom(roomIdOrCode: string): Promise<RoomSnapshotDto> {
    return this.enterRoom(() => this.call('JoinRoom', roomIdOrCode));
  }

  /** Watches the room without a seat (docs/protocol.md, Spectators). */
  watchRoom(roomIdOrCode: string): Promise<RoomSnapshotDto> {
    return this.enterRoom(() => this.call('WatchRoom', roomIdOrCode));
  }

  takeSeat = () => this.call('TakeSeat');

  async leaveRoom(): Promise<void> {
    try {
      await this.call('LeaveRoom');
    } finally {
      this.leftRoom();
      await this.rewatchLobby();
    }
  }

  updateSettings = (settings: RoomSettingsDto) => this.call('UpdateSettings', settings);
  startGame = () => this.call('StartGame');
  kick = (playerId: string) => this.call('Kick', playerId);
  voteKick = (playerId: string) => this.call('VoteKick', playerId);
  chooseWord = (index: number) => this.call('ChooseWord', index);
  changeWordOptions = () => this.call('ChangeWordOptions');
  sendMessage = (text: string) => this.call('SendMessage', text);

  async rateDrawing(turnId: number, rating: DrawingRating): Promise<void> {
    await this.call('RateDrawing', turnId, rating);
    useStore.getState().dispatch({ type: 'youRated', turnId, rating });
  }

  // ---- canvas (CanvasSender): sent without an answer, a refusal arrives as canvasRefused and becomes a toast ----

  drawStroke(batch: StrokeBatchDto): void {
    this.fire('DrawStroke', batch);
  }

  fill(fill: FillDto): void {
    this.fire('Fill', fill);
  }

  clear(strokeId: number): void {
    this.fire('ClearCanvas', strokeId);
  }

  undo(strokeId: number): void {
    this.fire('Undo', strokeId);
  }

  redo(strokeId: number): void {
    this.fire('Redo', strokeId);
  }

  // ---- plumbing ----

  private onRoomEvent(event: RoomEvent): void {
    if (event.type === 'turnStarted') this.canvas.load([]);
    if (event.type === 'gameStarted') this.canvas.load((event.payload as GameStateDto).canvas ?? []);
    useStore.getState().dispatch(event);
  }

  private receive(apply: () => void): void {
    if (this.heldEvents) this.heldEvents.push(apply);
    else apply();
  }

  /**
   * Events of a room can overtake the snapshot of it that a call returns: the server sends other
   * players' events as soon as it lets go of the room, before this call's answer is written. They are
   * newer than the snapshot, so they wait and are applied on top of it. Only when entering from no
   * room: events of a room being left are older and must not land on the new room.
   */
  private enterRoom(call: () => Promise<RoomSnapshotDto>): Promise<RoomSnapshotDto> {
    return this.holdingRoomEvents(!useStore.getState().room, call, (snapshot) => this.applySnapshot(snapshot));
  }

  private async holdingRoomEvents<T>(hold: boolean, call: () => Promise<T>, apply: (result: T) => void): Promise<T> {
    const held: (() => void)[] = [];
    if (hold) this.heldEvents = held;
    try {
      const result = await call();
      apply(result);
      return result;
    } finally {
      if (this.heldEvents === held) this.heldEvents = null;
      for (const event of held) event();
    }
  }

  /**
   * After `resync`: events of the room were lost on their way from another server (its store failed over), so the
   * room's snapshot replaces what was built from them. Events arriving meanwhile are newer and go on top of it.
   */
  private async resync(): Promise<void> {
    if (!useStore.getState().room) return;
    try {
      await this.holdingRoomEvents(true, () => this.connection.invoke<HubResults['GetSnapshot']>('GetSnapshot'), (snapshot) =>
        this.applySnapshot(snapshot),
      );
    } catch {
      // Left the room meanwhile (NOT_IN_ROOM), or the server could not answer: the next snapshot (a reconnect, the
      // next turn's events) brings the room's state back.
    }
  }

  private applySnapshot(snapshot: RoomSnapshotDto): void {
    this.canvas.load(snapshot.game?.canvas ?? []);
    useStore.getState().dispatch({ type: 'snapshot', payload: snapshot });
    this.moveToRoom(snapshot.room.roomId);
  }

  private leftRoom(): void {
    savedSession.setRoom(null);
    this.canvas.load([]);
    useStore.getState().dispatch({ type: 'left' });
  }

  /**
   * Moves the player to a connection whose address names their room, unless the current one does.
   * A reload connects to the saved room's address at once, so only entering a room moves.
   */
  private moveToRoom(roomId: string): void {
    savedSession.setRoom(roomId);
    if (this.connectionRoom === roomId || this.moving || !savedSession.token()) return;
    this.moving = this.move(roomId).finally(() => (this.moving = null));
  }

  /**
   * The new connection resumes the session before the old one closes, so the other players never see
   * this player go. Events of the old connection are ignored from then on: the snapshot Resume
   * returns covers them. If the new connection cannot open, the old one goes on serving the room.
   */
  private async move(roomId: string): Promise<void> {
    const next = this.connect(roomId);
    try {
      await next.start();
    } catch {
      return;
    }
    const previous = this.connection;
    this.connection = next;
    this.connectionRoom = roomId;
    try {
      await this.identify();
    } finally {
      await previous.stop();
    }
  }

  private isReady(): boolean {
    return this.connection.state === HubConnectionState.Connected && useStore.getState().identity === 'registered';
  }

  private async call<M extends keyof HubMethods>(method: M, ...args: HubMethods[M]['args']): Promise<HubResults[M]> {
    if (this.moving) await this.moving;
    if (this.connection.state !== HubConnectionState.Connected) throw new ActionError('error.NETWORK');
    try {
      return await this.connection.invoke<HubResults[M]>(method, ...args);
    } catch (error) {
      throw new ActionError(errorMessageKey(error));
    }
  }

  private fire<M extends keyof HubMethods>(method: M, ...args: HubMethods[M]['args']): void {
    if (this.moving) {
      void this.moving.then(() => this.fire(method, ...args));
      return;
    }
    if (this.connection.state !== HubConnectionState.Connected) return showToast('error.NETWORK');
    this.connection.send(method, ...args).catch(() => showToast('error.NETWORK'));
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const gameClient = new GameClient();
