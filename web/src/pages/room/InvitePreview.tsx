import type { ReactNode } from 'react';
import { api } from '../../api/rest';
import { Avatar } from '../../components/Avatar';
import { useFetch } from '../../components/useFetch';
import { useT } from '../../i18n';

/**
 * What an invite link leads to, for a visitor who has no nickname yet: the room, its host and players, then
 * `children` (the nickname form). They appear with the room, not before it: a form shown while the room
 * loads would move down under the visitor's finger when it arrives.
 */
export function InvitePreview({ code, children }: { code: string; children?: ReactNode }) {
  const t = useT();
  const room = useFetch((signal) => api.room(code, signal), code);

  if (room.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (room.status === 'error') {
    return (
      <>
        <p className="muted" data-testid="invite-missing">
          {t('invitePage.missing')}
        </p>
        {children}
      </>
    );
  }
  const { name, status, players, maxPlayers, rounds, drawingSeconds } = room.data;
  const host = players.find((p) => p.isHost);
  const seated = [...players].sort((a, b) => a.joinOrder - b.joinOrder);
  return (
    <>
      <div className="invite-preview" data-testid="invite-preview">
        <p className="muted">{t('invitePage.invited')}</p>
        <h1 data-testid="invite-room-name">
          <bdi>{name}</bdi>
        </h1>
        <dl className="invite-facts">
          {host && (
            <div>
              <dt>{t('room.host')}</dt>
              <dd data-testid="invite-host">
                <Avatar seed={host.playerId} size={24} /> <bdi>{host.name}</bdi>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('invitePage.state')}</dt>
            <dd data-testid="invite-state">
              {t(players.length >= maxPlayers ? 'invitePage.full' : status === 'playing' ? 'invitePage.playing' : 'invitePage.waiting')}
            </dd>
          </div>
          <div>
            <dt>{t('invitePage.game')}</dt>
            <dd>{t('invitePage.settings', { rounds, seconds: drawingSeconds })}</dd>
          </div>
        </dl>
        <h2 className="invite-players-heading">{t('room.players')} ({players.length}/{maxPlayers})</h2>
        <ul className="invite-players" data-testid="invite-players">
          {seated.map((player) => (
            <li key={player.playerId}>
              <Avatar seed={player.playerId} size={24} /> <bdi>{player.name}</bdi>
            </li>
          ))}
        </ul>
      </div>
      {children}
    </>
  );
}
