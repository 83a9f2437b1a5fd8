// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../src/pages/room/Toolbar';
import { TurnBar } from '../src/pages/room/TurnBar';
import { WordChoiceDialog } from '../src/pages/room/WordChoiceDialog';
import { gameClient } from '../src/api/gameClient';
import { useLanguage } from '../src/i18n';
import type { GameView } from '../src/state/roomState';
import { useStore } from '../src/state/store';

vi.mock('../src/api/gameClient', () => ({
  gameClient: { chooseWord: vi.fn(), changeWordOptions: vi.fn() },
  ActionError: class extends Error {},
}));

afterEach(cleanup);
beforeEach(() => useLanguage.setState({ language: 'en' }));

describe('Toolbar', () => {
  const handlers = () => ({ onBrush: vi.fn(), onUndo: vi.fn(), onRedo: vi.fn(), onClear: vi.fn() });

  it('offers 24 colours with names for screen readers and 4 sizes', () => {
    render(<Toolbar brush={{ tool: 'pen', color: 3, size: 1 }} {...handlers()} />);
    const colours = screen.getAllByRole('radio');
    expect(colours).toHaveLength(24);
    expect(screen.getByRole('radio', { name: 'sky blue' }).getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('radio', { name: 'black' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getAllByRole('button', { name: /Brush size/ })).toHaveLength(4);
  });

  it('asks before clearing the canvas', () => {
    const h = handlers();
    render(<Toolbar brush={{ tool: 'pen', color: 3, size: 1 }} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear canvas' }));
    expect(h.onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(h.onClear).toHaveBeenCalledOnce();
  });

  it('picking a colour while erasing or holding the pipette switches back to the pen', () => {
    for (const tool of ['eraser', 'picker'] as const) {
      const h = handlers();
      render(<Toolbar brush={{ tool, color: 3, size: 1 }} {...h} />);
      fireEvent.click(screen.getByRole('radio', { name: 'red' }));
      expect(h.onBrush, tool).toHaveBeenCalledWith({ tool: 'pen', color: 4, size: 1 });
      cleanup();
    }
  });

  it('offers the pipette, with its key', () => {
    const h = handlers();
    render(<Toolbar brush={{ tool: 'line', color: 3, size: 1 }} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pick a colour from the drawing (I)' }));
    expect(h.onBrush).toHaveBeenCalledWith({ tool: 'picker', color: 3, size: 1 });
  });
});

describe('TurnBar', () => {
  const game: GameView = {
    gameId: 'g',
    round: 1,
    totalRounds: 3,
    turnId: 1,
    phase: 'drawing',
    drawerId: 'drawer',
    deadline: Date.now() + 30_000,
    hint: '__ _a',
    word: null,
    wordOptions: null,
    canChangeWords: false,
    scores: [],
    podium: null,
    galleryId: null,
    turnEnd: null,
    ratings: { likes: 0, dislikes: 0, yours: null },
    awards: null,
    drawings: null,
  };

  it('shows a guesser the hint pattern and its letter count', () => {
    useStore.setState({ you: 'guesser' });
    render(<TurnBar game={game} />);
    expect(screen.getByTestId('hint').textContent).toContain('4 letters');
    expect(screen.queryByTestId('word')).toBeNull();
    expect(screen.getByText('Round 1 of 3')).toBeTruthy();
  });

  it('shows the drawer the word', () => {
    useStore.setState({ you: 'drawer' });
    render(<TurnBar game={{ ...game, hint: null, word: 'apple' }} />);
    expect(screen.getByTestId('word').textContent).toBe('apple');
    expect(screen.queryAllByTestId('given-letter')).toHaveLength(0);
  });

  it('shows the drawer which letters the hints gave the guessers', () => {
    useStore.setState({ you: 'drawer' });
    render(<TurnBar game={{ ...game, hint: '_p__e', word: 'apple' }} />);
    expect(screen.getByTestId('word').textContent).toBe('apple');
    expect(screen.getAllByTestId('given-letter').map((m) => m.textContent)).toEqual(['p', 'e']);
    expect(screen.getByText('The others see _p__e')).toBeTruthy();
  });
});

describe('WordChoiceDialog', () => {
  const deadline = Date.now() + 15_000;

  it('offers the drawer other words once, through the server', () => {
    const change = vi.mocked(gameClient.changeWordOptions).mockResolvedValue(undefined);
    const { rerender } = render(<WordChoiceDialog options={['apple', 'house', 'moon']} canChange deadline={deadline} />);

    fireEvent.click(screen.getByRole('button', { name: 'Other words' }));
    expect(change).toHaveBeenCalledTimes(1);

    rerender(<WordChoiceDialog options={['kite', 'tree', 'ship']} canChange={false} deadline={deadline} />);
    expect(screen.getAllByTestId('word-option').map((b) => b.textContent)).toEqual(['kite', 'tree', 'ship']);
    expect(screen.queryByRole('button', { name: 'Other words' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('kite');
  });
});
