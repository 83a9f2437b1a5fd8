// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chat } from '../src/pages/room/Chat';
import { useLanguage } from '../src/i18n';
import { useStore } from '../src/state/store';

vi.mock('../src/api/gameClient', () => ({ gameClient: { sendMessage: vi.fn() }, ActionError: class extends Error {} }));

afterEach(cleanup);
beforeEach(() => useLanguage.setState({ language: 'en' }));

describe('Chat', () => {
  it('isolates each name and line so right-to-left text cannot reorder what is around it', () => {
    useStore.setState({
      game: null,
      chat: [{ id: '1', type: 'message', channel: 'all', playerId: 'p1', name: 'שרה', text: 'שלום, hello' }],
    });

    render(<Chat />);

    const line = screen.getByTestId('chat-log').querySelector('li')!;
    expect([...line.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['שרה', 'שלום, hello']);
  });
});
