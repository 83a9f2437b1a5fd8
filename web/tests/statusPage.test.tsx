// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusDto } from '../src/api/types';
import { useLanguage } from '../src/i18n';
import { StatusPage } from '../src/pages/StatusPage';

const status = vi.fn<() => Promise<StatusDto>>();
vi.mock('../src/api/rest', () => ({
  api: { status: () => status() },
  ApiError: class ApiError extends Error {},
}));

afterEach(cleanup);
beforeEach(() => {
  useLanguage.setState({ language: 'en' });
  status.mockReset();
});

const redisDown: StatusDto = {
  service: 'drawguess', version: '0.1.0-abc', environment: 'Production', uptimeSeconds: 120,
  process: {
    cpuSeconds: 3.2, workingSetBytes: 120_000_000, gcHeapBytes: 40_000_000, gen0Collections: 5, gen1Collections: 2,
    gen2Collections: 1, threadPoolThreads: 70, threadPoolQueueLength: 0,
  },
  game: {
    roomsWaiting: null, roomsPlaying: null, connectedPlayers: null, clusterConnectedPlayers: null, playersInRooms: null,
    gamesInProgress: null, turnsPerMinute: 4, guessesPerMinute: 12,
  },
  http: { requestsPerMinute: 30, p50Ms: 1.2, p99Ms: 8.5 },
  dependencies: [
    { name: 'redis', state: 'down', latencyMs: 2000, detail: 'No connection is active', requiredForPlay: true },
    { name: 'rankings_db', state: 'up', latencyMs: 1.1, detail: null, requiredForPlay: false },
  ],
  rankings: { pendingResults: null },
};

describe('StatusPage', () => {
  it('while Redis is down, names it and shows the figures it holds as unknown, not as zero', async () => {
    status.mockResolvedValue(redisDown);

    render(<StatusPage />);

    expect((await screen.findByTestId('status-problem')).textContent).toContain('redis (down)');
    expect(screen.getByTestId('figure-rooms').textContent).toContain('– / –');
    expect(screen.getByTestId('figure-players').textContent).toContain('–');
    expect(screen.getByTestId('figure-guesses').textContent).toContain('12');
    expect(screen.queryByTestId('status-error')).toBeNull();
  });
});
