import { useState } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { showToast, useStore } from '../../state/store';

const MIN_PLAYERS_FOR_VOTE_KICK = 3;

/** Vote-kick (anyone, 3+ players) and kick (host, after confirmation) for another player. */
export function PlayerActions({ playerId, name }: { playerId: string; name: string }) {
  const t = useT();
  const youAreHost = useStore((s) => s.room?.hostId === s.you);
  const canVoteKick = useStore((s) => (s.room?.players.length ?? 0) >= MIN_PLAYERS_FOR_VOTE_KICK);
  const isYou = useStore((s) => s.you === playerId);
  const [confirmKick, setConfirmKick] = useState(false);
  if (isYou || (!canVoteKick && !youAreHost)) return null;

  const run = (action: Promise<unknown>) =>
    action.catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));

  return (
    <span className="player-actions">
      {canVoteKick && (
        <button
          type="button"
          className="small"
          aria-label={`${t('room.voteKick')}: ${name}`}
          onClick={() => void run(gameClient.voteKick(playerId))}
        >
          {t('room.voteKick')}
        </button>
      )}
      {youAreHost && (
        <button
          type="button"
          className="small danger"
          data-testid="kick"
          aria-label={`${t('room.kick')}: ${name}`}
          onClick={() => setConfirmKick(true)}
        >
          {t('room.kick')}
        </button>
      )}
      {confirmKick && (
        <ConfirmDialog
          message={t('room.kickConfirm', { name })}
          onCancel={() => setConfirmKick(false)}
          onConfirm={() => {
            setConfirmKick(false);
            void run(gameClient.kick(playerId));
          }}
        />
      )}
    </span>
  );
}
