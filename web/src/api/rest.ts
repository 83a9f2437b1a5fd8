import type {
  PlayerStatsDto,
  PublicRoomDto,
  ProblemDetails,
  RankingEntryDto,
  RecentGameDto,
  RoomSummaryDto,
  StatusDto,
} from './types';

/** A failed REST call: the HTTP status and, when the server sent RFC 7807 details, their text. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    let message = response.statusText || `HTTP ${response.status}`;
    try {
      const problem = (await response.json()) as ProblemDetails;
      message = problem.detail || problem.title || message;
    } catch {
      // Not a ProblemDetails body: keep the status text.
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

export const api = {
  rooms: (signal?: AbortSignal) => getJson<RoomSummaryDto[]>('/api/rooms', signal),
  room: (idOrCode: string, signal?: AbortSignal) =>
    getJson<PublicRoomDto>(`/api/rooms/${encodeURIComponent(idOrCode)}`, signal),
  rankings: (limit = 20, signal?: AbortSignal) => getJson<RankingEntryDto[]>(`/api/rankings?limit=${limit}`, signal),
  recentGames: (limit = 10, signal?: AbortSignal) => getJson<RecentGameDto[]>(`/api/games/recent?limit=${limit}`, signal),
  playerStats: (playerId: string, signal?: AbortSignal) =>
    getJson<PlayerStatsDto>(`/api/players/${encodeURIComponent(playerId)}/stats`, signal),
  status: (signal?: AbortSignal) => getJson<StatusDto>('/api/status', signal),
};
