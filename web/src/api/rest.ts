import type { ProblemDetails, RestResults } from './types';

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
  rooms: (signal?: AbortSignal) => getJson<RestResults['ListRooms']>('/api/rooms', signal),
  room: (idOrCode: string, signal?: AbortSignal) =>
    getJson<RestResults['GetRoom']>(`/api/rooms/${encodeURIComponent(idOrCode)}`, signal),
  rankings: (limit = 20, signal?: AbortSignal) =>
    getJson<RestResults['GetLeaderboard']>(`/api/rankings?limit=${limit}`, signal),
  recentGames: (limit = 10, signal?: AbortSignal) =>
    getJson<RestResults['GetRecentGames']>(`/api/games/recent?limit=${limit}`, signal),
  playerStats: (playerId: string, signal?: AbortSignal) =>
    getJson<RestResults['GetPlayerStats']>(`/api/players/${encodeURIComponent(playerId)}/stats`, signal),
  publicGalleries: (limit = 10, signal?: AbortSignal) =>
    getJson<RestResults['GetPublicGalleries']>(`/api/games?limit=${limit}`, signal),
  gallery: (id: string, signal?: AbortSignal) =>
    getJson<RestResults['GetGallery']>(`/api/games/${encodeURIComponent(id)}`, signal),
  status: (signal?: AbortSignal) => getJson<RestResults['GetStatus']>('/api/status', signal),
};
