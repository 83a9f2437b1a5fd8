// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RestResults } from '../src/api/types';
import { InvitePreview } from '../src/pages/room/InvitePreview';

const room: RestResults['GetRoom'] = {
  roomId: 'r'.repeat(32),
  name: 'Friday doodles',
  isPublic: false,
  status: 'playing',
  language: 'en',
  maxPlayers: 8,
  rounds: 3,
  drawingSeconds: 80,
  players: [
    { playerId: 'b'.repeat(32), name: 'Bob', isHost: false, connected: true, joinOrder: 1 },
    { playerId: 'a'.repeat(32), name: 'Ann', isHost: true, connected: true, joinOrder: 0 },
  ],
  spectators: 0,
};

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })));
}

describe('the invite page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the room's name, host, players in join order and that a game is on", async () => {
    answer(200, room);
    render(<InvitePreview code="ABC123" />);
    expect((await screen.findByTestId('invite-room-name')).textContent).toBe('Friday doodles');
    expect(screen.getByTestId('invite-host').textContent).toContain('Ann');
    const listed = [...screen.getByTestId('invite-players').querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(listed).toEqual(['Ann', 'Bob']);
    expect(screen.getByTestId('invite-state').textContent).toMatch(/^A game is on/);
    expect(screen.getAllByTestId('avatar')).toHaveLength(3);
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe('/api/rooms/ABC123');
  });

  it('says when the room has no free seat', async () => {
    answer(200, { ...room, status: 'waiting', maxPlayers: 2 });
    render(<InvitePreview code="ABC123" />);
    expect((await screen.findByTestId('invite-state')).textContent).toMatch(/^The room is full/);
  });

  it('says so when the code leads to no room', async () => {
    answer(404, { title: 'Not Found', status: 404, code: 'ROOM_NOT_FOUND' });
    render(<InvitePreview code="NOPE42" />);
    expect((await screen.findByTestId('invite-missing')).textContent).toMatch(/does not lead to an open room/);
  });

  it('shows the nickname form with the room, not while it loads, so that the form does not move under a finger', async () => {
    let respond: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => { respond = resolve; })));
    render(<InvitePreview code="ABC123"><form data-testid="nickname-form" /></InvitePreview>);
    expect(screen.queryByTestId('nickname-form')).toBeNull();

    respond(new Response(JSON.stringify(room), { status: 200, headers: { 'Content-Type': 'application/json' } }));

    await screen.findByTestId('invite-room-name');
    const preview = screen.getByTestId('invite-preview');
    const form = screen.getByTestId('nickname-form');
    expect(preview.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('still offers the nickname form when the code leads to no room', async () => {
    answer(404, { title: 'Not Found', status: 404, code: 'ROOM_NOT_FOUND' });
    render(<InvitePreview code="NOPE42"><form data-testid="nickname-form" /></InvitePreview>);
    await screen.findByTestId('invite-missing');
    expect(screen.getByTestId('nickname-form')).toBeTruthy();
  });
});
