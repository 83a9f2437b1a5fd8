import { ActionError, gameClient } from '../../api/gameClient';
import { useT } from '../../i18n';
import { showToast, useStore } from '../../state/store';

/** True while you watch the room without a seat: the server's players do not include you. */
export function useSpectating(): boolean {
  return useStore((s) => s.room !== null && s.you !== null && !s.room.players.some((p) => p.playerId === s.you));
}

/** "You are watching", and between games, while a seat is free, the way to play. */
export function SpectatorBanner() {
  const t = useT();
  const seatFree = useStore((s) => s.room !== null && s.room.status === 'waiting' && s.room.players.length < s.room.settings.maxPlayers);
  const takeSeat = () => gameClient.takeSeat().catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));
  return (
    <div className="banner banner-info spectator-banner" role="status" data-testid="spectator-banner">
      <span>{t('room.watching')}</span>
      {seatFree && (
        <button type="button" data-testid="take-seat" onClick={takeSeat}>
          {t('room.takeSeat')}
        </button>
      )}
    </div>
  );
}
