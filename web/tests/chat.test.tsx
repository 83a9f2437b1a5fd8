// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chat } from '../src/pages/room/Chat';
import { useLanguage } from '../src/i18n';
import type { GameView } from '../src/state/roomState';
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

  it('recalls your own sent lines with the arrow keys, latest first, then gives back the line being written', async () => {
    useStore.setState({ game: null, chat: [] });
    render(<Chat />);
    const input = screen.getByTestId('chat-input') as HTMLInputElement;
    for (const line of ['cat', 'dog', 'cat']) {
      fireEvent.change(input, { target: { value: line } });
      await act(async () => fireEvent.click(screen.getByTestId('chat-send')));
    }
    fireEvent.change(input, { target: { value: 'hors' } });
    const press = (key: string) => fireEvent.keyDown(input, { key });

    press('ArrowUp');
    expect(input.value).toBe('cat');
    press('ArrowUp');
    expect(input.value).toBe('dog');
    press('ArrowUp');
    expect(input.value).toBe('dog');
    press('ArrowDown');
    expect(input.value).toBe('cat');
    press('ArrowDown');
    expect(input.value).toBe('hors');
    press('ArrowDown');
    expect(input.value).toBe('hors');
  });

  it('leaves the arrow keys to a Korean composition in progress', async () => {
    useStore.setState({ game: null, chat: [] });
    render(<Chat />);
    const input = screen.getByTestId('chat-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '고양이' } });
    await act(async () => fireEvent.click(screen.getByTestId('chat-send')));
    fireEvent.change(input, { target: { value: '강' } });

    fireEvent.keyDown(input, { key: 'ArrowUp', isComposing: true });

    expect(input.value).toBe('강');
  });

  it("hides the chat lines of the players you chose to hide, and nothing else", () => {
    useStore.setState({
      game: null,
      hiddenChats: ['p1'],
      chat: [
        { id: '1', type: 'message', channel: 'all', playerId: 'p1', name: 'Spam', text: 'buy coins' },
        { id: '2', type: 'message', channel: 'all', playerId: 'p2', name: 'Ann', text: 'is it a cat' },
        { id: '3', type: 'system', code: 'playerGuessed', args: ['Spam'] },
      ],
    });

    render(<Chat />);

    const log = screen.getByTestId('chat-log').textContent!;
    expect(log).not.toContain('buy coins');
    expect(log).toContain('is it a cat');
    expect(log).toContain('Spam guessed the word');
    useStore.setState({ hiddenChats: [] });
  });

  it('tells a guesser how the guess being typed fits the hint, and tells the drawer nothing', () => {
    const game = { turnId: 1, phase: 'drawing', drawerId: 'drawer', hint: '__a__', word: null, scores: [] } as unknown as GameView;
    useStore.setState({ game, you: 'guesser', chat: [] });
    const { unmount } = render(<Chat />);
    const input = screen.getByTestId('chat-input') as HTMLInputElement;
    const type = (text: string) => fireEvent.change(input, { target: { value: text } });

    expect(screen.queryByTestId('guess-fit')).toBeNull();
    type('sh');
    expect(screen.getByTestId('guess-fit').dataset.state).toBe('short');
    expect(screen.getByTestId('guess-fit').textContent).toBe('2/5');
    type('shark');
    expect(screen.getByTestId('guess-fit').dataset.state).toBe('fits');
    expect(screen.getByTestId('guess-fit').textContent).toBe('5/5 ✓');
    type('whole');
    expect(screen.getByTestId('guess-fit').textContent).toBe('5/5 ✗');
    unmount();

    useStore.setState({ game: { ...game, word: 'shark', hint: null }, you: 'drawer' });
    render(<Chat />);
    fireEvent.change(screen.getByTestId('chat-input'), { target: { value: 'shark' } });
    expect(screen.queryByTestId('guess-fit')).toBeNull();
  });
});
