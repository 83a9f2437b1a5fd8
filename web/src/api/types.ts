// The server's payloads: contract.generated.ts (generated from the C# types, checked by
// tests/Architecture WireContractTests), with the string fields narrowed to the values
// docs/protocol.md documents. Refine only narrows: if the server changes a field's type
// (a string that becomes a number), this file stops compiling.
import type * as Wire from './contract.generated';

/** T with the fields of R in place of its own; each field of R must fit the server's type of that field. */
type Refine<T, R extends { [K in keyof R]: K extends keyof T ? T[K] : never }> = Omit<T, keyof R> & R;
/** What the web app sends where the server takes null as "the default": every field given. */
type Filled<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export type { HubEvents, HubMethods } from './contract.generated';

export type Language = 'en' | 'ko';
export type RoomStatus = 'waiting' | 'playing';
export type GamePhase = 'choosing' | 'drawing' | 'reveal' | 'gameOver';
export type Tool = 'pen' | 'eraser';
export type CanvasOpKind = 'stroke' | 'fill' | 'clear' | 'undo' | 'redo';
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
export type TurnEndReason = 'allGuessed' | 'timeUp' | 'drawerLeft';
export type DrawingRating = 'like' | 'dislike';
export type AwardKind = 'mostLikedDrawing' | 'fastestGuesser' | 'bestDrawer';
export type DependencyState = 'up' | 'down';

// ---- Hub (SignalR) ----

export type SessionDto = Wire.SessionDto;
export type PlayerDto = Wire.PlayerDto;
export type ScoreDto = Wire.ScoreDto;
export type PodiumEntryDto = Wire.PodiumEntryDto;
export type KickedDto = Wire.KickedDto;
export type RoomRemovedDto = Wire.RoomRemovedDto;
export type VoteKickDto = Wire.VoteKickDto;
export type HintUpdatedDto = Wire.HintUpdatedDto;
export type PlayerGuessedDto = Wire.PlayerGuessedDto;
export type YouGuessedDto = Wire.YouGuessedDto;
export type DrawingRatedDto = Wire.DrawingRatedDto;
export type RatedDrawingDto = Wire.RatedDrawingDto;
export type GameStoppedDto = Wire.GameStoppedDto;
export type FillDto = Wire.FillDto;
export type WordOptionsDto = Wire.WordOptionsDto;
export type DrawingStartedDto = Wire.DrawingStartedDto;
export type CloseGuessDto = Wire.CloseGuessDto;
export type CanvasRefusedDto = Wire.CanvasRefusedDto;

/** Room settings as the web app sends them: all given (the server would take null as the default). */
export type RoomSettingsDto = Refine<Filled<Wire.RoomSettingsDto>, { language: Language }>;
/** Settings as the room reports them: `customWords` is the list for the host, [] for the others. */
export type RoomSettingsView = Refine<Wire.RoomSettingsView, { language: Language }>;
export type RoomSummaryDto = Refine<Wire.RoomSummaryDto, { status: RoomStatus; language: Language }>;
export type RoomDto = Refine<Wire.RoomDto, { status: RoomStatus; settings: RoomSettingsView }>;
export type CanvasOpDto = Refine<Wire.CanvasOpDto, { kind: CanvasOpKind; tool: Tool | null }>;
export type AwardDto = Refine<Wire.AwardDto, { kind: AwardKind }>;
export type GameOverDto = Refine<Wire.GameOverDto, { awards: AwardDto[] }>;
export type GameStateDto = Refine<
  Wire.GameStateDto,
  { phase: GamePhase; canvas: CanvasOpDto[]; yourRating: DrawingRating | null; awards: AwardDto[] | null }
>;
export type ChatMessageDto = Refine<
  Wire.ChatMessageDto,
  { channel: ChatChannel; kind: 'player' | 'system'; systemCode: SystemCode | null }
>;
export type RoomSnapshotDto = Refine<Wire.RoomSnapshotDto, { room: RoomDto; game: GameStateDto | null; chat: ChatMessageDto[] }>;
export type ResumeDto = Refine<Wire.ResumeDto, { room: RoomSnapshotDto | null }>;
export type TurnStartedDto = Refine<Wire.TurnStartedDto, { phase: 'choosing' }>;
export type TurnEndedDto = Refine<Wire.TurnEndedDto, { reason: TurnEndReason }>;
export type StrokeBatchDto = Refine<Filled<Wire.StrokeBatchDto>, { tool: Tool }>;

/** Each hub method's result as the web app reads it: the contract's, narrowed like the payloads above. */
export type HubResults = Refine<
  { [M in keyof Wire.HubMethods]: Wire.HubMethods[M]['result'] },
  {
    Resume: ResumeDto;
    WatchLobby: RoomSummaryDto[];
    CreateRoom: RoomSnapshotDto;
    JoinRoom: RoomSnapshotDto;
    WatchRoom: RoomSnapshotDto;
    GetSnapshot: RoomSnapshotDto;
  }
>;

// ---- REST ----

export type RankingEntryDto = Wire.LeaderboardEntryDto;
export type RecentGameDto = Wire.RecentGameDto;
export type GalleryDto = Wire.GalleryDto;
export type GalleryDrawingDto = Wire.GalleryDrawingDto;
export type GalleryOperationDto = Wire.GalleryOperationDto;
export type PlayerStatsDto = Wire.PlayerStatsDto;
export type StatusDto = Refine<
  Wire.ServerStatusDto,
  { dependencies: Refine<Wire.DependencyDto, { state: DependencyState }>[] }
>;

/** Each REST endpoint's answer (by its OpenAPI operation id) as the web app reads it: the contract's, narrowed. */
export type RestResults = Refine<Wire.RestResults, { ListRooms: RoomSummaryDto[]; GetStatus: StatusDto }>;

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
}
