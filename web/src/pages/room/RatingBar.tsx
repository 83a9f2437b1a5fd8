import { ActionError, gameClient } from '../../api/gameClient';
import type { DrawingRating } from '../../api/types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { GameView } from '../../state/roomState';
import { showToast } from '../../state/store';

/**
 * Under the board while a drawing is on screen: guessers rate it with a thumb up or down (and may
 * change their mind until the next turn); the drawer sees the counts change live.
 */
export function RatingBar({ game, isDrawer }: { game: GameView; isDrawer: boolean }) {
  const t = useT();
  const { likes, dislikes, yours } = game.ratings;
  const counts = t('game.rating.counts', { likes, dislikes });

  if (isDrawer) {
    return (
      <div className="rating-bar" role="status" data-testid="rating-counts">
        <span className="visually-hidden">{counts}</span>
        {/* Keyed by the count so each new like replays the pop. */}
        <span key={likes} className="rating-count rating-pop" aria-hidden="true" data-testid="rating-likes">
          <Icon name="thumbUp" size={18} /> {likes}
        </span>
        <span className="rating-count" aria-hidden="true">
          <Icon name="thumbDown" size={18} /> {dislikes}
        </span>
      </div>
    );
  }

  const rate = (rating: DrawingRating) =>
    gameClient
      .rateDrawing(game.turnId!, rating)
      .catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));

  return (
    <div className="rating-bar" role="group" aria-label={t('game.rating.group')} data-testid="rating-bar">
      <button
        type="button"
        className="rating-button"
        aria-pressed={yours === 'like'}
        data-testid="rate-like"
        onClick={() => void rate('like')}
      >
        {/* The name is the text (label, then the visible count), so speech input can say what it sees. */}
        <Icon name="thumbUp" /> <span className="visually-hidden">{t('game.rating.like')}</span> {likes}
      </button>
      <button
        type="button"
        className="rating-button"
        aria-pressed={yours === 'dislike'}
        data-testid="rate-dislike"
        onClick={() => void rate('dislike')}
      >
        <Icon name="thumbDown" /> <span className="visually-hidden">{t('game.rating.dislike')}</span> {dislikes}
      </button>
    </div>
  );
}
