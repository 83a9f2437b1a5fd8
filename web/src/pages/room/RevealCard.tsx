import { useRemainingSeconds } from '../../components/useRemainingSeconds';
import { useT } from '../../i18n';
import type { GameView } from '../../state/roomState';

const REASON_KEYS = {
  allGuessed: 'game.reveal.allGuessed',
  timeUp: 'game.reveal.timeUp',
  drawerLeft: 'game.reveal.drawerLeft',
} as const;

/**
 * End of a turn, below the canvas so the finished drawing stays in full view: the word, why the
 * turn ended, everyone's points for it and what comes next.
 */
export function RevealCard({ game }: { game: GameView }) {
  const t = useT();
  const seconds = useRemainingSeconds(game.deadline);
  const points = game.turnEnd?.turnPoints ?? {};
  const rows = [...game.scores].sort((a, b) => (points[b.playerId] ?? 0) - (points[a.playerId] ?? 0));

  return (
    <section className="reveal" data-testid="reveal" aria-labelledby="reveal-title">
      <div className="reveal-head">
        <h2 id="reveal-title">
          {t('game.reveal.title')} <span className="revealed-word" data-testid="revealed-word">{game.word}</span>
        </h2>
        {game.turnEnd && <span className="muted">{t(REASON_KEYS[game.turnEnd.reason])}</span>}
        <span className="reveal-next" data-testid="reveal-next">
          {t(game.turnEnd?.lastTurn ? 'game.reveal.podiumNext' : 'game.reveal.nextTurn', { n: seconds })}
        </span>
      </div>
      <ul className="reveal-points">
        {rows.map((row) => (
          <li key={row.playerId}>
            <span className="reveal-name"><bdi>{row.name}</bdi></span>
            <span className={(points[row.playerId] ?? 0) > 0 ? 'turn-points' : 'muted'}>
              {t('game.turnPoints', { n: points[row.playerId] ?? 0 })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
