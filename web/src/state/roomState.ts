import type {
  AwardDto,
  ChatChannel,
  ChatMessageDto,
  DrawingRatedDto,
  DrawingRating,
  DrawingStartedDto,
  GameOverDto,
  GamePhase,
  GameStateDto,
  HintUpdatedDto,
  KickedDto,
  PlayerDto,
  PlayerGuessedDto,
  PodiumEntryDto,
  RatedDrawingDto,
  RoomDto,
  RoomRemovedDto,
  RoomSnapshotDto,
  ScoreDto,
  SystemCode,
  TurnEndReason,
  TurnEndedDto,
  TurnStartedDto,
  VoteKickDto,
  WordOptionsDto,
  YouGuessedDto,
} from '../api/types';
import type { MessageKey, MessageParams } from '../i18n';
import { letterCount, spokenHint } from './hint';

/** What the player sees of the current game. Deadlines are local epoch ms (from `remainingMs`). */
export interface GameView {
  gameId: string;
  round: number;
  totalRounds: number;
  turnId: number | null;
  phase: GamePhase;
  drawerId: string | null;
  deadline: number | null;
  hint: string | null;
  /** Only set when this player may see it: drawer, guessed, or reveal. */
  word: string | null;
  wordOptions: string[] | null;
  /** The drawer may still ask once for other words. */
  canChangeWords: boolean;
  scores: ScoreDto[];
  podium: PodiumEntryDto[] | null;
  /** The finished game's drawings at `/g/{galleryId}`, from its GameOver or a snapshot at game over. */
  galleryId: string | null;
  turnEnd: { reason: TurnEndReason; turnPoints: Record<string, number>; lastTurn: boolean } | null;
  /** The current drawing's rating counts, and this player's rating of it. */
  ratings: { likes: number; dislikes: number; yours: DrawingRating | null };
  /** At game over: the server's awards and every drawing with its final ratings. */
  awards: AwardDto[] | null;
  drawings: RatedDrawingDto[] | null;
}

const NO_RATINGS: GameView['ratings'] = { likes: 0, dislikes: 0, yours: null };

export type ChatEntry =
  | { id: string; type: 'message'; channel: ChatChannel; playerId: string | null; name: string; text: string }
  | { id: string; type: 'system'; code: SystemCode | null; args: string[] }
  | { id: string; type: 'close'; text: string }
  | { id: string; type: 'youGuessed'; word: string; points: number };

export interface Announcement {
  seq: number;
  key: MessageKey;
  params?: MessageParams;
}

export type RoomNotice = 'kicked' | 'kickedByVote' | 'gameStopped' | 'roomClosed';

export interface RoomState {
  you: string | null;
  room: RoomDto | null;
  game: GameView | null;
  chat: ChatEntry[];
  voteKicks: Record<string, { votes: number; needed: number }>;
  /** Players this player voted to kick (the server keeps a vote until the target leaves). */
  myKickVotes: string[];
  announcement: Announcement | null;
  notice: RoomNotice | null;
}

export type RoomEvent =
  | { type: 'snapshot'; payload: RoomSnapshotDto }
  | { type: 'left' }
  | { type: 'roomUpdated'; payload: RoomDto }
  | { type: 'playerJoined'; payload: PlayerDto }
  | { type: 'kicked'; payload: KickedDto }
  | { type: 'voteKickUpdated'; payload: VoteKickDto }
  | { type: 'votedToKick'; targetId: string }
  | { type: 'chatMessage'; payload: ChatMessageDto }
  | { type: 'closeGuess'; payload: { text: string } }
  | { type: 'gameStarted'; payload: GameStateDto }
  | { type: 'turnStarted'; payload: TurnStartedDto }
  | { type: 'wordOptions'; payload: WordOptionsDto }
  | { type: 'drawingStarted'; payload: DrawingStartedDto }
  | { type: 'hintUpdated'; payload: HintUpdatedDto }
  | { type: 'playerGuessed'; payload: PlayerGuessedDto }
  | { type: 'youGuessed'; payload: YouGuessedDto }
  | { type: 'turnEnded'; payload: TurnEndedDto }
  | { type: 'drawingRated'; payload: DrawingRatedDto }
  | { type: 'youRated'; turnId: number; rating: DrawingRating }
  | { type: 'gameOver'; payload: GameOverDto }
  | { type: 'gameStopped'; payload: { reason: string } }
  | { type: 'roomClosed'; payload: RoomRemovedDto }
  | { type: 'dismissNotice' };

export const MAX_CHAT_ENTRIES = 200;

export const initialRoomState: RoomState = {
  you: null,
  room: null,
  game: null,
  chat: [],
  voteKicks: {},
  myKickVotes: [],
  announcement: null,
  notice: null,
};

let localIds = 0;
const localId = () => `local-${++localIds}`;

/** Pure transition for one server event; `now` is the local clock in epoch ms. */
export function reduceRoom(state: RoomState, event: RoomEvent, now: number): RoomState {
  const announce = (key: MessageKey, params?: MessageParams): Announcement => ({
    seq: (state.announcement?.seq ?? 0) + 1,
    key,
    params,
  });
  const game = state.game;

  switch (event.type) {
    case 'snapshot': {
      const { you, room, game: dto, chat } = event.payload;
      // The podium of a game this player did not play in is not theirs: they join the waiting room.
      const playedIn = dto !== null && (dto.phase !== 'gameOver' || dto.scores.some((s) => s.playerId === you));
      return {
        ...initialRoomState,
        you,
        room,
        game: dto && playedIn ? gameFromDto(dto, now) : null,
        chat: chat.map(chatFromDto).slice(-MAX_CHAT_ENTRIES),
      };
    }
    case 'left':
      return { ...initialRoomState, notice: state.notice };
    case 'roomUpdated': {
      const room = event.payload;
      // A game that ended by itself keeps its podium on screen; any other stop clears it.
      const keepGame = room.status === 'playing' || game?.phase === 'gameOver';
      const present = new Set(room.players.map((p) => p.playerId));
      const voteKicks = Object.fromEntries(Object.entries(state.voteKicks).filter(([id]) => present.has(id)));
      const myKickVotes = state.myKickVotes.filter((id) => present.has(id));
      return { ...state, room, game: keepGame ? game : null, voteKicks, myKickVotes };
    }
    case 'playerJoined': {
      if (!state.room) return state;
      const joined = event.payload;
      const players = [...state.room.players.filter((p) => p.playerId !== joined.playerId), joined].sort(
        (a, b) => a.joinOrder - b.joinOrder,
      );
      return { ...state, room: { ...state.room, players } };
    }
    case 'kicked':
      return { ...initialRoomState, notice: event.payload.byVote ? 'kickedByVote' : 'kicked' };
    case 'roomClosed':
      return { ...initialRoomState, notice: 'roomClosed' };
    case 'voteKickUpdated': {
      const { targetId, votes, needed } = event.payload;
      return { ...state, voteKicks: { ...state.voteKicks, [targetId]: { votes, needed } } };
    }
    case 'votedToKick':
      if (state.myKickVotes.includes(event.targetId)) return state;
      return { ...state, myKickVotes: [...state.myKickVotes, event.targetId] };
    case 'chatMessage':
      return { ...state, chat: appendChat(state.chat, chatFromDto(event.payload)) };
    case 'closeGuess':
      return {
        ...state,
        chat: appendChat(state.chat, { id: localId(), type: 'close', text: event.payload.text }),
        announcement: announce('announce.close', { text: event.payload.text }),
      };
    case 'gameStarted':
      return { ...state, game: gameFromDto(event.payload, now), voteKicks: {}, notice: null };
    case 'turnStarted': {
      const p = event.payload;
      const base = game ?? emptyGame(p.turnId);
      return {
        ...state,
        game: {
          ...base,
          round: p.round,
          totalRounds: p.totalRounds,
          turnId: p.turnId,
          phase: 'choosing',
          drawerId: p.drawerId,
          deadline: now + p.remainingMs,
          hint: null,
          word: null,
          wordOptions: null,
          canChangeWords: false,
          podium: null,
          turnEnd: null,
          ratings: NO_RATINGS,
          scores: base.scores.map((s) => ({ ...s, turnPoints: 0, guessed: false, isDrawer: s.playerId === p.drawerId })),
        },
        announcement:
          p.drawerId === state.you
            ? announce('announce.yourTurn', { round: p.round })
            : announce('announce.turnStarted', { round: p.round, name: p.drawerName }),
      };
    }
    case 'wordOptions':
      if (!game || game.turnId !== event.payload.turnId) return state;
      return {
        ...state,
        game: {
          ...game,
          wordOptions: event.payload.options,
          canChangeWords: event.payload.canChange,
          deadline: now + event.payload.remainingMs,
        },
      };
    case 'drawingStarted': {
      const p = event.payload;
      if (!game || game.turnId !== p.turnId) return state;
      return {
        ...state,
        game: {
          ...game,
          phase: 'drawing',
          drawerId: p.drawerId,
          hint: p.hint,
          word: p.word,
          wordOptions: null,
          canChangeWords: false,
          deadline: now + p.remainingMs,
        },
        announcement: p.hint ? announce('announce.drawingStarted', { n: letterCount(p.hint) }) : state.announcement,
      };
    }
    case 'hintUpdated':
      if (!game || game.turnId !== event.payload.turnId) return state;
      return {
        ...state,
        game: { ...game, hint: event.payload.hint },
        announcement: game.word
          ? announce('announce.hintGiven', { hint: spokenHint(event.payload.hint) })
          : announce('announce.hint', { hint: spokenHint(event.payload.hint) }),
      };
    case 'playerGuessed': {
      const p = event.payload;
      if (!game) return state;
      return {
        ...state,
        game: { ...game, scores: game.scores.map((s) => (s.playerId === p.playerId ? { ...s, guessed: true } : s)) },
        announcement: p.playerId === state.you ? state.announcement : announce('announce.playerGuessed', { name: p.name }),
      };
    }
    case 'youGuessed': {
      const p = event.payload;
      if (!game) return state;
      return {
        ...state,
        game: {
          ...game,
          word: p.word,
          scores: game.scores.map((s) => (s.playerId === state.you ? { ...s, guessed: true, turnPoints: p.points } : s)),
        },
        chat: appendChat(state.chat, { id: localId(), type: 'youGuessed', word: p.word, points: p.points }),
        announcement: announce('announce.youGuessed', { points: p.points }),
      };
    }
    case 'turnEnded': {
      const p = event.payload;
      if (!game) return state;
      return {
        ...state,
        game: {
          ...game,
          phase: 'reveal',
          word: p.word,
          hint: null,
          wordOptions: null,
          canChangeWords: false,
          scores: p.scores,
          deadline: now + p.remainingMs,
          turnEnd: {
            reason: p.reason,
            turnPoints: Object.fromEntries(p.turnPoints.map((tp) => [tp.playerId, tp.points])),
            lastTurn: p.lastTurn,
          },
        },
        announcement: announce('announce.turnEnded', { word: p.word ?? '' }),
      };
    }
    case 'drawingRated': {
      const { turnId, likes, dislikes } = event.payload;
      if (!game || game.turnId !== turnId) return state;
      return { ...state, game: { ...game, ratings: { ...game.ratings, likes, dislikes } } };
    }
    case 'youRated':
      if (!game || game.turnId !== event.turnId) return state;
      return { ...state, game: { ...game, ratings: { ...game.ratings, yours: event.rating } } };
    case 'gameOver': {
      const { podium, awards, drawings } = event.payload;
      const base = game ?? emptyGame(null);
      const winner = podium.find((entry) => entry.rank === 1);
      return {
        ...state,
        game: {
          ...base,
          gameId: event.payload.gameId,
          phase: 'gameOver',
          podium,
          awards,
          drawings,
          galleryId: event.payload.galleryId,
          deadline: null,
          wordOptions: null,
          canChangeWords: false,
          turnEnd: null,
        },
        announcement: winner ? announce('announce.gameOver', { name: winner.name }) : state.announcement,
      };
    }
    case 'gameStopped':
      return { ...state, game: null, notice: 'gameStopped' };
    case 'dismissNotice':
      return { ...state, notice: null, game: game?.phase === 'gameOver' ? null : game };
  }
}

export function gameFromDto(dto: GameStateDto, now: number): GameView {
  return {
    gameId: dto.gameId,
    round: dto.round,
    totalRounds: dto.totalRounds,
    turnId: dto.turnId,
    phase: dto.phase,
    drawerId: dto.drawerId,
    deadline: dto.phase === 'gameOver' ? null : now + dto.remainingMs,
    hint: dto.hint,
    word: dto.word,
    wordOptions: dto.wordOptions,
    canChangeWords: dto.canChangeWordOptions,
    scores: dto.scores,
    podium: dto.podium,
    galleryId: dto.galleryId,
    turnEnd: null,
    ratings: { likes: dto.likes, dislikes: dto.dislikes, yours: dto.yourRating },
    awards: dto.awards,
    drawings: dto.drawings,
  };
}

function emptyGame(turnId: number | null): GameView {
  return {
    gameId: '',
    round: 0,
    totalRounds: 0,
    turnId,
    phase: 'choosing',
    drawerId: null,
    deadline: null,
    hint: null,
    word: null,
    wordOptions: null,
    canChangeWords: false,
    scores: [],
    podium: null,
    galleryId: null,
    turnEnd: null,
    ratings: NO_RATINGS,
    awards: null,
    drawings: null,
  };
}

export function chatFromDto(dto: ChatMessageDto): ChatEntry {
  if (dto.kind === 'system') return { id: String(dto.id), type: 'system', code: dto.systemCode, args: dto.args ?? [] };
  return {
    id: String(dto.id),
    type: 'message',
    channel: dto.channel,
    playerId: dto.playerId,
    name: dto.name ?? '',
    text: dto.text ?? '',
  };
}

function appendChat(chat: ChatEntry[], entry: ChatEntry): ChatEntry[] {
  if (entry.type !== 'close' && entry.type !== 'youGuessed' && chat.some((c) => c.id === entry.id)) return chat;
  const next = [...chat, entry];
  return next.length > MAX_CHAT_ENTRIES ? next.slice(-MAX_CHAT_ENTRIES) : next;
}
