import { Avatar } from '../../components/Avatar';
import { useT } from '../../i18n';
import { useStore } from '../../state/store';
import { PlayerActions } from './PlayerActions';
import { SpectatorList } from './SpectatorList';

export function PlayerList() {
  const t = useT();
  const room = useStore((s) => s.room)!;
  const you = useStore((s) => s.you);
  const voteKicks = useStore((s) => s.voteKicks);
  const players = [...room.players].sort((a, b) => a.joinOrder - b.joinOrder);

  return (
    <section className="card" aria-labelledby="players-heading">
      <h2 id="players-heading">
        {t('room.players')} ({room.players.length}/{room.settings.maxPlayers})
      </h2>
      <ul className="player-list" data-testid="player-list">
        {players.map((player) => {
          const votes = voteKicks[player.playerId];
          return (
            <li key={player.playerId} data-testid="player" data-connected={player.connected}>
              <span
                className={`dot ${player.connected ? 'online' : 'offline'}`}
                role="img"
                aria-label={t(player.connected ? 'room.online' : 'room.offline')}
              />
              <Avatar seed={player.playerId} />
              <span className="player-name">
                <bdi>{player.name}</bdi>
                {player.playerId === you && <span className="muted"> ({t('common.you')})</span>}
              </span>
              {player.isHost && <span className="badge host">{t('room.host')}</span>}
              {!player.connected && <span className="muted small">{t('room.offline')}</span>}
              {votes && <span className="badge">{t('room.votes', votes)}</span>}
              <PlayerActions playerId={player.playerId} name={player.name} />
            </li>
          );
        })}
      </ul>
      <SpectatorList />
    </section>
  );
}
