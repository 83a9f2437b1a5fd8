import { Avatar } from '../../components/Avatar';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { GameView } from '../../state/roomState';
import { useStore } from '../../state/store';
import { PlayerActions } from './PlayerActions';
import { SpectatorList } from './SpectatorList';

export function Scoreboard({ game }: { game: GameView }) {
  const t = useT();
  const you = useStore((s) => s.you);
  const players = useStore((s) => s.room?.players);
  const votes = useStore((s) => s.voteKicks);
  const rows = [...game.scores].sort((a, b) => b.score - a.score);

  return (
    <section className="card scoreboard" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('game.scoreboard')}</h2>
      <ol data-testid="scoreboard">
        {rows.map((row) => {
          const connected = players?.find((p) => p.playerId === row.playerId)?.connected ?? false;
          const turnPoints = game.turnEnd ? (game.turnEnd.turnPoints[row.playerId] ?? 0) : row.turnPoints;
          return (
            <li
              key={row.playerId}
              className={[row.guessed && 'guessed', row.isDrawer && 'drawer', !connected && 'offline'].filter(Boolean).join(' ')}
              data-testid="score-row"
              data-player-id={row.playerId}
            >
              <span className="score-name">
                <Avatar seed={row.playerId} size={24} />
                <bdi>{row.name}</bdi>
                {row.playerId === you && <span className="muted"> ({t('common.you')})</span>}
              </span>
              <span className="score" data-testid="score">{t('game.points', { n: row.score })}</span>
              <div className="score-details">
                {row.isDrawer && (
                  <span className="badge">
                    <Icon name="pen" size={14} /> {t('game.drawerBadge')}
                  </span>
                )}
                {row.guessed && <span className="badge ok">✓ {t('game.guessedBadge')}</span>}
                {turnPoints > 0 && <span className="turn-points">{t('game.turnPoints', { n: turnPoints })}</span>}
                {votes[row.playerId] && <span className="badge">{t('room.votes', votes[row.playerId])}</span>}
                <PlayerActions playerId={row.playerId} name={row.name} />
              </div>
            </li>
          );
        })}
      </ol>
      <SpectatorList />
    </section>
  );
}
