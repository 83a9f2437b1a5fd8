import { useState } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import type { SpectatorDto } from '../../api/contract.generated';
import { Avatar } from '../../components/Avatar';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { showToast, useStore } from '../../state/store';

/** Who watches the room, under its players; the host can remove a spectator for good (the server's Kick). */
export function SpectatorList() {
  const t = useT();
  const watchers = useStore((s) => s.room?.watchers);
  const you = useStore((s) => s.you);
  const youAreHost = useStore((s) => s.room?.hostId === s.you);
  const [removing, setRemoving] = useState<SpectatorDto | null>(null);
  if (!watchers?.length) return null;

  const remove = (spectator: SpectatorDto) =>
    gameClient.kick(spectator.playerId).catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));

  return (
    <div className="spectator-list">
      <h3 id="spectators-heading">{t('room.spectators', { n: watchers.length })}</h3>
      <ul aria-labelledby="spectators-heading" data-testid="spectator-list">
        {watchers.map((spectator) => (
          <li key={spectator.playerId} data-testid="spectator" data-connected={spectator.connected}>
            <Avatar seed={spectator.playerId} size={24} />
            <span className="player-name">
              <bdi>{spectator.name}</bdi>
              {spectator.playerId === you && <span className="muted"> ({t('common.you')})</span>}
            </span>
            <span className="badge">{t('room.spectatorBadge')}</span>
            {youAreHost && (
              <button
                type="button"
                className="small danger"
                data-testid="remove-spectator"
                aria-label={`${t('room.removeSpectator')}: ${spectator.name}`}
                onClick={() => setRemoving(spectator)}
              >
                {t('room.removeSpectator')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          message={t('room.kickConfirm', { name: removing.name })}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void remove(removing);
          }}
        />
      )}
    </div>
  );
}
