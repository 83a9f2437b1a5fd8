import { useState } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { showToast, toggleHiddenChat, useStore } from '../../state/store';
import { useSpectating } from './SpectatorBanner';

const MIN_PLAYERS_FOR_VOTE_KICK = 3;

/**
 * What you can do about another player: hide their chat lines on your screen (anyone, spectators
 * too); the host kicks (after confirmation); everyone else votes to kick (3+ players), and sees their
 * vote once it counted. Always rendered, empty or not, so rows line up whether they have a button or not.
 */
export function PlayerActions({ playerId, name }: { playerId: string; name: string }) {
  const t = useT();
  const youAreHost = useStore((s) => s.room?.hostId === s.you);
  const canVoteKick = useStore((s) => (s.room?.players.length ?? 0) >= MIN_PLAYERS_FOR_VOTE_KICK);
  const isYou = useStore((s) => s.you === playerId);
  const spectating = useSpectating();
  const youVoted = useStore((s) => s.myKickVotes.includes(playerId));
  const chatHidden = useStore((s) => s.hiddenChats.includes(playerId));
  const [confirmKick, setConfirmKick] = useState(false);

  const showError = (e: unknown) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError');
  const voteKick = () =>
    gameClient
      .voteKick(playerId)
      .then(() => useStore.getState().dispatch({ type: 'votedToKick', targetId: playerId }))
      .catch(showError);

  return (
    <span className="player-actions">
      {!isYou && (
        <button
          type="button"
          className="small hide-chat"
          data-testid="hide-chat"
          aria-pressed={chatHidden}
          aria-label={`${t('room.hideChat')}: ${name}`}
          title={t(chatHidden ? 'room.chatHiddenHint' : 'room.hideChatHint')}
          onClick={() => toggleHiddenChat(playerId)}
        >
          {t('room.hideChat')}
        </button>
      )}
      {spectating ? null : (
        <>
      {!isYou && youAreHost && (
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
      {!isYou && !youAreHost && canVoteKick && (
        <button
          type="button"
          className="small"
          data-testid="vote-kick"
          aria-pressed={youVoted}
          disabled={youVoted}
          aria-label={`${t(youVoted ? 'room.votedToKick' : 'room.voteKick')}: ${name}`}
          onClick={() => void voteKick()}
        >
          {t(youVoted ? 'room.votedToKick' : 'room.voteKick')}
        </button>
      )}
      {confirmKick && (
        <ConfirmDialog
          message={t('room.kickConfirm', { name })}
          onCancel={() => setConfirmKick(false)}
          onConfirm={() => {
            setConfirmKick(false);
            gameClient.kick(playerId).catch(showError);
          }}
        />
      )}
        </>
      )}
    </span>
  );
}
