// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlayerStatsDto, RankingEntryDto } from '../src/api/types';
import { useLanguage } from '../src/i18n';
import { LeaderboardPage } from '../src/pages/LeaderboardPage';
import { useStore } from '../src/state/store';

const rankings = vi.fn<() => Promise<RankingEntryDto[]>>();
const playerStats = vi.fn<() => Promise<PlayerStatsDto>>();
vi.mock('../src/api/rest', () => ({
  api: { rankings: () => rankings(), playerStats: () => playerStats(), recentGames: () => Promise.resolve([]) },
  ApiError: class ApiError extends Error {},
}));

afterEach(cleanup);
beforeEach(() => {
  useLanguage.setState({ language: 'en' });
  rankings.mockReset();
  playerStats.mockReset();
});

const row = (rank: number, playerId: string, name: string): RankingEntryDto => ({
  rank, playerId, name, totalScore: 5000 - rank * 100, games: 3, wins: 1, winRate: 1 / 3, bestScore: 900, likesReceived: 2,
});
const top = Array.from({ length: 20 }, (_, i) => row(i + 1, `p${i + 1}`, `Player ${i + 1}`));
const yours: PlayerStatsDto = {
  playerId: 'me', name: 'Mia', rank: 57, totalScore: 340, games: 2, wins: 0, winRate: 0, bestScore: 200, averageScore: 170,
  turnsDrawn: 2, correctGuesses: 3, likesReceived: 4, lastPlayedAt: '2026-12-07T06:00:00Z', recentGames: [],
};

describe('LeaderboardPage', () => {
  it("shows a player below the first 20 their own place under the table", async () => {
    useStore.setState({ playerId: 'me' });
    rankings.mockResolvedValue(top);
    playerStats.mockResolvedValue(yours);

    render(<LeaderboardPage />);

    const place = await screen.findByTestId('your-place');
    expect(place.textContent).toContain('Your place: 57');
    expect(place.textContent).toContain('Mia (you)');
    expect(place.textContent).toContain('340');
  });

  it('marks the row of a listed player and asks for no place of theirs', async () => {
    useStore.setState({ playerId: 'p3' });
    rankings.mockResolvedValue(top);

    render(<LeaderboardPage />);

    const rows = await screen.findAllByTestId('leaderboard-row');
    expect(rows[2].className).toBe('you');
    expect(rows[2].textContent).toContain('Player 3 (you)');
    expect(screen.queryByTestId('your-place')).toBeNull();
    expect(playerStats).not.toHaveBeenCalled();
  });

  it('shows no place to a player who has not finished a game', async () => {
    useStore.setState({ playerId: 'new' });
    rankings.mockResolvedValue(top);
    playerStats.mockRejectedValue(new Error('404 NOT_FOUND'));

    render(<LeaderboardPage />);

    await screen.findAllByTestId('leaderboard-row');
    await vi.waitFor(() => expect(playerStats).toHaveBeenCalled());
    expect(screen.queryByTestId('your-place')).toBeNull();
  });
});
