// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../src/i18n';
import { RoomPage } from '../src/pages/RoomPage';
import { navigate } from '../src/router/router';
import { useStore } from '../src/state/store';
import { testRoom } from './fixtures';

// The real client opens a SignalR connection; the page only needs to be seen not joining.
const { joinRoom, watchRoom } = vi.hoisted(() => ({ joinRoom: vi.fn(), watchRoom: vi.fn() }));
vi.mock('../src/api/gameClient', () => ({ gameClient: { joinRoom, watchRoom }, ActionError: class ActionError extends Error {} }));

const ann = { playerId: 'a'.repeat(32), name: 'Ann', isHost: true, connected: true, joinOrder: 0 };
const room = testRoom([ann], 'waiting');

afterEach(() => {
  cleanup();
  joinRoom.mockReset();
  watchRoom.mockReset();
});

beforeEach(() => {
  useLanguage.setState({ language: 'en' });
  window.scrollTo = vi.fn(); // jsdom has none; navigate() scrolls to the top
  useStore.setState({ identity: 'registered', connection: 'connected', playerId: ann.playerId, room: { ...room, isPublic: true }, game: null });
  navigate(`/r/${room.code}`, { replace: true });
});

describe('RoomPage', () => {
  it('follows the room to its new invite code when it is made private, without joining by the old one', () => {
    const view = render(<RoomPage code={room.code} />);

    act(() => useStore.setState({ room: { ...room, isPublic: false, code: 'NEW234' } }));
    view.rerender(<RoomPage code={window.location.pathname.slice('/r/'.length)} />);

    expect(window.location.pathname).toBe('/r/NEW234');
    expect(view.getByTestId('room-page')).toBeTruthy();
    expect(joinRoom).not.toHaveBeenCalled();
  });

  it('watches instead of joining when the link says ?spectate=1, and shows a spectator the banner and no chat box', () => {
    const dee = 'd'.repeat(32);
    watchRoom.mockReturnValue(new Promise(() => undefined));
    act(() => useStore.setState({ playerId: dee, room: null }));
    navigate(`/r/${room.code}?spectate=1`, { replace: true });
    const view = render(<RoomPage code={room.code} />);

    expect(watchRoom).toHaveBeenCalledWith(room.code);
    expect(joinRoom).not.toHaveBeenCalled();

    act(() => useStore.setState({ you: dee, room: { ...room, spectators: 1 } }));
    expect(view.getByTestId('spectator-banner').textContent).toContain('You are watching');
    expect(view.getByTestId('take-seat')).toBeTruthy();
  });
});
