// Every payload shape the server sends or accepts, in one place (see docs/protocol.md).

export type Language = 'en' | 'ko';
export type RoomStatus = 'waiting' | 'playing';
export type GamePhase = 'choosing' | 'drawing' | 'reveal' | 'gameOver';
export type Tool = 'pen' | 'eraser';

// ---- Hub (SignalR) ----

export interface SessionDto {
  playerId: string;
  name: string;
  resumeToken: string;
}

export interface ResumeDto {
  playerId: string;
  name: string;
  room: RoomSnapshotDto | null;
}

export interface RoomSettingsDto {
  name: string;
  isPublic: boolean;
  maxPlayers: number;
  rounds: number;
  drawingSeconds: number;
  wordChoices: number;
  hints: number;
  language: Language;
  customWords: string[];
  customWordsOnly: boolean;
}

export interface RoomSummaryDto {
  roomId: string;
  name: string;
  players: number;
  maxPlayers: number;
  status: RoomStatus;
  language: Language;
}

export interface PlayerDto {
  playerId: string;
  name: string;
  isHost: boolean;
  connected: boolean;
  joinOrder: number;
}

/** Settings as the room reports them: `customWords` is the list for the host, [] for the others. */
export interface RoomSettingsView extends RoomSettingsDto {
  customWordCount: number;
}

export interface RoomDto {
  roomId: string;
  code: string;
  name: string;
  isPublic: boolean;
  hostId: string;
  status: RoomStatus;
  settings: RoomSettingsView;
  players: PlayerDto[];
}

export interface ScoreDto {
  playerId: string;
  name: string;
  score: number;
  turnPoints: number;
  guessed: boolean;
  isDrawer: boolean;
}

export interface PodiumEntryDto {
  playerId: string;
  name: string;
  score: number;
  rank: number;
}

export type CanvasOpKind = 'stroke' | 'fill' | 'clear' | 'undo' | 'redo';

export interface CanvasOpDto {
  kind: CanvasOpKind;
  strokeId: number;
  tool?: Tool | null;
  color?: number | null;
  size?: number | null;
  points?: number[] | null;
  x?: number | null;
  y?: number | null;
  undone?: boolean;
}

export interface GameStateDto {
  gameId: string;
  round: number;
  totalRounds: number;
  turnId: string | null;
  phase: GamePhase;
  drawerId: string | null;
  phaseEndsAt: number;
  remainingMs: number;
  hint: string | null;
  word: string | null;
  wordOptions: string[] | null;
  scores: ScoreDto[];
  canvas: CanvasOpDto[];
  podium: PodiumEntryDto[] | null;
}

export type ChatChannel = 'all' | 'guessed';
export type SystemCode =
  | 'playerJoined'
  | 'playerLeft'
  | 'playerKicked'
  | 'roundStarted'
  | 'turnStarted'
  | 'turnEnded'
  | 'playerGuessed'
  | 'gameStarted'
  | 'gameOver'
  | 'gameStopped';

/** The `CanvasRefused` event: a canvas call sent without an answer was refused (docs/protocol.md "Canvas"). */
export interface CanvasRefusedDto {
  method: string;
  strokeId: number | null;
  code: string;
  message: string;
}

export interface ChatMessageDto {
  id: string;
  channel: ChatChannel;
  kind: 'player' | 'system';
  playerId: string | null;
  name: string | null;
  text: string | null;
  sentAt: number;
  systemCode: SystemCode | null;
  args: string[] | null;
}

export interface RoomSnapshotDto {
  you: string;
  room: RoomDto;
  game: GameStateDto | null;
  chat: ChatMessageDto[];
}

export interface TurnStartedDto {
  turnId: string;
  round: number;
  totalRounds: number;
  drawerId: string;
  drawerName: string;
  phase: 'choosing';
  phaseEndsAt: number;
  remainingMs: number;
}

export interface WordOptionsDto {
  turnId: string;
  options: string[];
  phaseEndsAt: number;
  remainingMs: number;
}

export interface DrawingStartedDto {
  turnId: string;
  drawerId: string;
  hint: string | null;
  word: string | null;
  phaseEndsAt: number;
  remainingMs: number;
}

export interface HintUpdatedDto {
  turnId: string;
  hint: string;
}

export interface PlayerGuessedDto {
  turnId: string;
  playerId: string;
  name: string;
  order: number;
}

export interface YouGuessedDto {
  turnId: string;
  word: string;
  points: number;
}

export type TurnEndReason = 'allGuessed' | 'timeUp' | 'drawerLeft';

export interface TurnEndedDto {
  turnId: string;
  word: string;
  reason: TurnEndReason;
  turnPoints: { playerId: string; points: number }[];
  scores: ScoreDto[];
  /** No turn follows: the podium comes after this reveal. */
  lastTurn: boolean;
  phaseEndsAt: number;
  remainingMs: number;
}

export interface GameOverDto {
  gameId: string;
  podium: PodiumEntryDto[];
}

export interface KickedDto {
  roomId: string;
  byVote: boolean;
}

export interface VoteKickUpdatedDto {
  targetId: string;
  votes: number;
  needed: number;
}

export interface StrokeBatchDto {
  strokeId: number;
  tool: Tool;
  color: number;
  size: number;
  points: number[];
}

export interface FillDto {
  strokeId: number;
  x: number;
  y: number;
  color: number;
}

// ---- REST ----

export interface RankingEntryDto {
  rank: number;
  playerId: string;
  name: string;
  totalScore: number;
  games: number;
  wins: number;
  winRate: number;
  bestScore: number;
}

export interface RecentGamePlayerDto {
  playerId: string;
  name: string;
  score: number;
  rank: number;
  turnsDrawn?: number;
  correctGuesses?: number;
}

export interface RecentGameDto {
  gameId: string;
  roomName: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  players: RecentGamePlayerDto[];
}

export interface PlayerStatsDto {
  playerId: string;
  name: string;
  totalScore: number;
  games: number;
  wins: number;
  winRate: number;
  bestScore: number;
  averageScore: number;
  turnsDrawn?: number;
  correctGuesses?: number;
  lastPlayedAt?: string;
  recentGames: RecentGameDto[];
}

export type DependencyState = 'up' | 'down' | 'degraded';

export interface StatusDto {
  service: string;
  version: string;
  environment: string;
  uptimeSeconds: number;
  process: {
    cpuSeconds: number;
    workingSetBytes: number;
    gcHeapBytes: number;
    gen0Collections: number;
    gen1Collections: number;
    gen2Collections: number;
    threadPoolThreads: number;
    threadPoolQueueLength: number;
  };
  game: {
    roomsWaiting: number;
    roomsPlaying: number;
    connectedPlayers: number;
    gamesInProgress: number;
    turnsPerMinute: number;
    guessesPerMinute: number;
  };
  http: {
    requestsPerMinute: number;
    p50Ms: number;
    p99Ms: number;
  };
  rankings: { pendingResults: number };
  dependencies: { name: string; state: DependencyState; latencyMs: number | null; detail: string | null }[];
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}
