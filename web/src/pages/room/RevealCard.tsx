import { useRemainingSeconds } from '../../components/useRemainingSeconds';
import { useT } from '../../i18n';
import type { GameView } from '../../state/roomState';

const REASON_KEYS = {
  allGuessed: 'game.reveal.allGuessed',
  timeUp: 'game.reveal.timeUp',
  drawerLeft: 'game.reveal.drawerLeft',
} as const;

/** End of a turn: the word, why the turn ended and everyone's points for it. */
export function RevealOverlay({ game }: { game: GameView }) {
  const t = useT();
  const seconds = useRemainingSeconds(game.deadline);
  const points = game.turnEnd?.turnPoints ?? {};
  const rows = [...game.scores].sort((a, b) => (points[b.playerId] ?? 0) - (points[a.playerId] ?? 0));

  return (
    <div className="overlay overlay-soft" data-testid="reveal" aria-labelledby="reveal-title" role="dialog">
      <div className="overlay-card">
        {game.turnEnd && <p className="muted">{t(REASON_KEYS[game.turnEnd.reason])}</p>}
        <h2 id="reveal-title">
          {t('game.reveal.title')} <span className="revealed-word" data-testid="revealed-word">{game.word}</span>
        </h2>
        <ul className="reveal-points">
          {rows.map((row) => (
            <li key={row.playerId}>
              <span>{row.name}</span>
              <span className={(points[row.playerId] ?? 0) > 0 ? 'turn-points' : 'muted'}>
                {t('game.turnPoints', { n: points[row.playerId] ?? 0 })}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">{t('game.reveal.nextTurn', { n: seconds })}</p>
      </div>
    </div>
  );
}
