// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../src/i18n';
import { Podium } from '../src/pages/room/Podium';
import { RatingBar } from '../src/pages/room/RatingBar';
import type { GameView } from '../src/state/roomState';

vi.mock('../src/api/gameClient', () => ({ gameClient: { rateDrawing: vi.fn(), startGame: vi.fn() }, ActionError: class extends Error {} }));

afterEach(cleanup);
beforeEach(() => useLanguage.setState({ language: 'en' }));

const ANN = 'a'.repeat(32);
const BOB = 'b'.repeat(32);

describe('Podium awards', () => {
  it('shows each award the server sent with its winner', () => {
    render(
      <Podium
        galleryId={null}
        podium={[{ playerId: ANN, name: 'Ann', score: 300, rank: 1 }]}
        awards={[
          { kind: 'mostLikedDrawing', playerId: ANN, name: 'Ann', value: 2, turnId: 1 },
          { kind: 'fastestGuesser', playerId: BOB, name: 'Bob', value: 3200, turnId: null },
        ]}
      />,
    );

    const awards = within(screen.getByTestId('awards'));
    expect(awards.getByTestId('award-mostLikedDrawing').textContent).toContain('Most liked drawing');
    expect(awards.getByTestId('award-mostLikedDrawing').textContent).toContain('likes: 2');
    expect(awards.getByTestId('award-fastestGuesser').textContent).toContain('guessed in 3.2 s');
    expect(awards.queryByTestId('award-bestDrawer')).toBeNull();
  });
});

describe('RatingBar', () => {
  const game = { turnId: 1, phase: 'drawing', ratings: { likes: 2, dislikes: 1, yours: 'like' } } as GameView;

  it('offers guessers a labelled thumb up and down, showing their own rating as pressed', () => {
    render(<RatingBar game={game} isDrawer={false} />);

    expect(screen.getByRole('button', { name: 'Like this drawing 2' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Dislike this drawing 1' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the drawer the counts, with no buttons', () => {
    render(<RatingBar game={game} isDrawer />);

    expect(screen.getByRole('status').textContent).toContain('Likes: 2, dislikes: 1');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
