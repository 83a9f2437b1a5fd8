// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomSummaryDto } from '../src/api/types';
import { useLanguage } from '../src/i18n';
import { LobbyList } from '../src/pages/home/LobbyList';
import { useStore } from '../src/state/store';

afterEach(cleanup);
beforeEach(() => useLanguage.setState({ language: 'en' }));

const summary = (overrides: Partial<RoomSummaryDto>): RoomSummaryDto => ({
  roomId: 'r'.repeat(32),
  name: 'Doodles',
  players: 2,
  maxPlayers: 8,
  status: 'waiting',
  language: 'en',
  spectators: 0,
  ...overrides,
});

describe('LobbyList', () => {
  it('offers to watch a full room and counts who is watching', () => {
    useStore.setState({ lobby: [summary({ players: 8, spectators: 3 })] });

    render(<LobbyList />);

    expect(screen.getByTestId('lobby-room').textContent).toContain('3 watching');
    expect(screen.getByRole('link', { name: 'Watch: Doodles' }).getAttribute('href')).toBe(`/r/${'r'.repeat(32)}?spectate=1`);
    expect(screen.queryByRole('link', { name: 'Join: Doodles' })).toBeNull();
  });

  it('offers to join a room with a free seat and does not mention nobody watching', () => {
    useStore.setState({ lobby: [summary({})] });

    render(<LobbyList />);

    expect(screen.getByRole('link', { name: 'Join: Doodles' })).toBeTruthy();
    expect(screen.getByTestId('lobby-room').textContent).not.toContain('watching');
  });
});
