// Generated from the server's C# types by tests/Architecture/Contract/TypeScriptContract.cs: do not edit.
// After changing a DTO, a hub method or a REST result: DRAWGUESS_WRITE_CONTRACT=1 dotnet test tests/Architecture -c Release --filter WireContract

/** Hub methods (GameHub): `invoke(name, ...args)` resolves to `result`. */
export interface HubMethods {
  Register: { args: [name: string | null]; result: SessionDto };
  Resume: { args: [resumeToken: string | null]; result: ResumeDto };
  WatchLobby: { args: []; result: RoomSummaryDto[] };
  UnwatchLobby: { args: []; result: void };
  CreateRoom: { args: [settings: RoomSettingsDto | null]; result: RoomSnapshotDto };
  JoinRoom: { args: [roomIdOrCode: string | null]; result: RoomSnapshotDto };
  WatchRoom: { args: [roomIdOrCode: string | null]; result: RoomSnapshotDto };
  TakeSeat: { args: []; result: void };
  LeaveRoom: { args: []; result: void };
  GetSnapshot: { args: []; result: RoomSnapshotDto };
  UpdateSettings: { args: [settings: RoomSettingsDto | null]; result: void };
  StartGame: { args: []; result: void };
  Kick: { args: [playerId: string | null]; result: void };
  VoteKick: { args: [playerId: string | null]; result: void };
  ChooseWord: { args: [index: number]; result: void };
  ChangeWordOptions: { args: []; result: void };
  DrawStroke: { args: [batch: StrokeBatchDto | null]; result: void };
  Fill: { args: [fill: FillDto | null]; result: void };
  ClearCanvas: { args: [strokeId: number]; result: void };
  Undo: { args: [strokeId: number]; result: void };
  Redo: { args: [strokeId: number]; result: void };
  RateDrawing: { args: [turnId: number, rating: string | null]; result: void };
  SendMessage: { args: [text: string | null]; result: void };
}

/** Hub events (IGameClient): `on(name, (payload) => ...)`. */
export interface HubEvents {
  lobbyRoomUpdated: RoomSummaryDto;
  lobbyRoomRemoved: RoomRemovedDto;
  roomClosed: RoomRemovedDto;
  roomUpdated: RoomDto;
  playerJoined: PlayerDto;
  kicked: KickedDto;
  voteKickUpdated: VoteKickDto;
  sessionReplaced: unknown;
  resync: unknown;
  chatMessage: ChatMessageDto;
  closeGuess: CloseGuessDto;
  gameStarted: GameStateDto;
  turnStarted: TurnStartedDto;
  wordOptions: WordOptionsDto;
  drawingStarted: DrawingStartedDto;
  hintUpdated: HintUpdatedDto;
  playerGuessed: PlayerGuessedDto;
  youGuessed: YouGuessedDto;
  canvas: CanvasOpDto;
  canvasRefused: CanvasRefusedDto;
  turnEnded: TurnEndedDto;
  drawingRated: DrawingRatedDto;
  gameOver: GameOverDto;
  gameStopped: GameStoppedDto;
}

/** REST answers (200), by endpoint name (the OpenAPI operation id). */
export interface RestResults {
  GetLeaderboard: LeaderboardEntryDto[];
  GetPlayerStats: PlayerStatsDto;
  GetGallery: GalleryDto;
  GetPublicGalleries: GallerySummaryDto[];
  GetRecentGames: RecentGameDto[];
  ListRooms: RoomSummaryDto[];
  GetRoom: PublicRoomDto;
  GetStatus: ServerStatusDto;
}

export interface AwardDto {
  kind: string;
  playerId: string;
  name: string;
  value: number;
  turnId: number | null;
}

export interface CanvasOpDto {
  kind: string;
  strokeId: number;
  tool: string | null;
  color: number | null;
  size: number | null;
  points: number[] | null;
  x: number | null;
  y: number | null;
  undone: boolean;
}

export interface CanvasRefusedDto {
  method: string;
  strokeId: number | null;
  code: string;
  message: string;
}

export interface ChatMessageDto {
  id: number;
  channel: string;
  kind: string;
  playerId: string | null;
  name: string | null;
  text: string;
  sentAt: number;
  systemCode: string | null;
  args: string[];
}

export interface CloseGuessDto {
  text: string;
}

export interface DependencyDto {
  name: string;
  state: string;
  latencyMs: number;
  detail: string | null;
  requiredForPlay: boolean;
}

export interface DrawingRatedDto {
  turnId: number;
  likes: number;
  dislikes: number;
}

export interface DrawingStartedDto {
  turnId: number;
  drawerId: string;
  hint: string;
  word: string | null;
  phaseEndsAt: number;
  remainingMs: number;
}

export interface FillDto {
  strokeId: number;
  x: number;
  y: number;
  color: number;
}

export interface GalleryDrawingDto {
  turnId: number;
  round: number;
  drawerId: string;
  drawerName: string;
  word: string;
  reason: string;
  truncated: boolean;
  guessers: GalleryGuessDto[];
  operations: GalleryOperationDto[];
  likes: number;
  dislikes: number;
}

export interface GalleryDto {
  id: string;
  roomName: string;
  finishedAt: string;
  expiresAt: string;
  truncated: boolean;
  drawings: GalleryDrawingDto[];
}

export interface GalleryGuessDto {
  playerId: string;
  name: string;
  order: number;
  points: number;
  afterMs: number | null;
}

export interface GalleryOperationDto {
  kind: string;
  tool: string | null;
  color: number | null;
  size: number | null;
  points: number[] | null;
  x: number | null;
  y: number | null;
  undone: boolean;
}

export interface GallerySummaryDto {
  id: string;
  roomName: string;
  finishedAt: string;
  expiresAt: string;
}

export interface GameFiguresDto {
  roomsWaiting: number | null;
  roomsPlaying: number | null;
  connectedPlayers: number | null;
  clusterConnectedPlayers: number | null;
  playersInRooms: number | null;
  gamesInProgress: number | null;
  turnsPerMinute: number;
  guessesPerMinute: number;
}

export interface GameOverDto {
  gameId: string;
  podium: PodiumEntryDto[];
  awards: AwardDto[];
  drawings: RatedDrawingDto[];
  galleryId: string;
}

export interface GamePlayerDto {
  playerId: string;
  name: string;
  score: number;
  rank: number;
  turnsDrawn: number;
  correctGuesses: number;
  likesReceived: number;
}

export interface GameStateDto {
  gameId: string;
  round: number;
  totalRounds: number;
  turnId: number;
  phase: string;
  drawerId: string;
  phaseEndsAt: number;
  remainingMs: number;
  hint: string;
  word: string | null;
  wordOptions: string[] | null;
  canChangeWordOptions: boolean;
  scores: ScoreDto[];
  canvas: CanvasOpDto[];
  podium: PodiumEntryDto[] | null;
  likes: number;
  dislikes: number;
  yourRating: string | null;
  awards: AwardDto[] | null;
  drawings: RatedDrawingDto[] | null;
  galleryId: string | null;
}

export interface GameStoppedDto {
  reason: string;
}

export interface HintUpdatedDto {
  turnId: number;
  hint: string;
}

export interface HttpFiguresDto {
  requestsPerMinute: number;
  p50Ms: number;
  p99Ms: number;
}

export interface KickedDto {
  roomId: string;
  byVote: boolean;
}

export interface LeaderboardEntryDto {
  rank: number;
  playerId: string;
  name: string;
  totalScore: number;
  games: number;
  wins: number;
  winRate: number;
  bestScore: number;
  likesReceived: number;
}

export interface PlayerDto {
  playerId: string;
  name: string;
  isHost: boolean;
  connected: boolean;
  joinOrder: number;
}

export interface PlayerGuessedDto {
  turnId: number;
  playerId: string;
  name: string;
  order: number;
}

export interface PlayerStatsDto {
  playerId: string;
  name: string;
  rank: number;
  totalScore: number;
  games: number;
  wins: number;
  winRate: number;
  bestScore: number;
  averageScore: number;
  turnsDrawn: number;
  correctGuesses: number;
  likesReceived: number;
  lastPlayedAt: string;
  recentGames: RecentGameDto[];
}

export interface PodiumEntryDto {
  playerId: string;
  name: string;
  score: number;
  rank: number;
}

export interface ProcessFiguresDto {
  cpuSeconds: number;
  workingSetBytes: number;
  gcHeapBytes: number;
  gen0Collections: number;
  gen1Collections: number;
  gen2Collections: number;
  threadPoolThreads: number;
  threadPoolQueueLength: number;
}

export interface PublicRoomDto {
  roomId: string;
  name: string;
  isPublic: boolean;
  status: string;
  language: string;
  maxPlayers: number;
  rounds: number;
  drawingSeconds: number;
  players: PlayerDto[];
  spectators: number;
}

export interface RankingsFiguresDto {
  pendingResults: number | null;
}

export interface RatedDrawingDto {
  turnId: number;
  round: number;
  drawerId: string;
  drawerName: string;
  word: string;
  likes: number;
  dislikes: number;
}

export interface RecentGameDto {
  gameId: string;
  roomName: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  players: GamePlayerDto[];
}

export interface ResumeDto {
  playerId: string;
  name: string;
  room: RoomSnapshotDto | null;
}

export interface RoomDto {
  roomId: string;
  code: string;
  name: string;
  isPublic: boolean;
  hostId: string;
  status: string;
  settings: RoomSettingsView;
  players: PlayerDto[];
  spectators: number;
  watchers: SpectatorDto[];
}

export interface RoomRemovedDto {
  roomId: string;
}

export interface RoomSettingsDto {
  name: string | null;
  isPublic: boolean | null;
  maxPlayers: number | null;
  rounds: number | null;
  drawingSeconds: number | null;
  wordChoices: number | null;
  hints: number | null;
  language: string | null;
  customWords: string[] | null;
  customWordsOnly: boolean | null;
}

export interface RoomSettingsView {
  name: string;
  isPublic: boolean;
  maxPlayers: number;
  rounds: number;
  drawingSeconds: number;
  wordChoices: number;
  hints: number;
  language: string;
  customWordCount: number;
  customWords: string[];
  customWordsOnly: boolean;
}

export interface RoomSnapshotDto {
  you: string;
  room: RoomDto;
  game: GameStateDto | null;
  chat: ChatMessageDto[];
  spectating: boolean;
}

export interface RoomSummaryDto {
  roomId: string;
  name: string;
  players: number;
  maxPlayers: number;
  status: string;
  language: string;
  spectators: number;
}

export interface ScoreDto {
  playerId: string;
  name: string;
  score: number;
  turnPoints: number;
  guessed: boolean;
  isDrawer: boolean;
}

export interface ServerStatusDto {
  service: string;
  version: string;
  environment: string;
  uptimeSeconds: number;
  process: ProcessFiguresDto;
  game: GameFiguresDto;
  http: HttpFiguresDto;
  dependencies: DependencyDto[];
  rankings: RankingsFiguresDto;
}

export interface SessionDto {
  playerId: string;
  name: string;
  resumeToken: string;
}

export interface SpectatorDto {
  playerId: string;
  name: string;
  connected: boolean;
}

export interface StrokeBatchDto {
  strokeId: number;
  tool: string | null;
  color: number;
  size: number;
  points: number[] | null;
}

export interface TurnEndedDto {
  turnId: number;
  word: string | null;
  reason: string;
  turnPoints: TurnPointsDto[];
  scores: ScoreDto[];
  lastTurn: boolean;
  phaseEndsAt: number;
  remainingMs: number;
}

export interface TurnPointsDto {
  playerId: string;
  points: number;
}

export interface TurnStartedDto {
  turnId: number;
  round: number;
  totalRounds: number;
  drawerId: string;
  drawerName: string;
  phase: string;
  phaseEndsAt: number;
  remainingMs: number;
}

export interface VoteKickDto {
  targetId: string;
  votes: number;
  needed: number;
}

export interface WordOptionsDto {
  turnId: number;
  options: string[];
  phaseEndsAt: number;
  remainingMs: number;
  canChange: boolean;
}

export interface YouGuessedDto {
  turnId: number;
  word: string;
  points: number;
}
