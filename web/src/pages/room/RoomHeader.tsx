import { useState } from 'react';
import { gameClient } from '../../api/gameClient';
import { useT } from '../../i18n';
import { navigate } from '../../router/router';
import { useStore } from '../../state/store';

export function RoomHeader() {
  const t = useT();
  const room = useStore((s) => s.room)!;
  const [copied, setCopied] = useState(false);
  const inviteLink = `${window.location.origin}/r/${room.code}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(inviteLink);
    } catch {
      window.prompt(t('room.copyInvite'), inviteLink);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const leave = async () => {
    await gameClient.leaveRoom().catch(() => undefined);
    navigate('/');
  };

  return (
    <div className="room-header">
      <h1 data-testid="room-name"><bdi>{room.name}</bdi></h1>
      <span className="room-code">
        {t('room.code')}: <code data-testid="room-code">{room.code}</code>
      </span>
      <button type="button" onClick={copy} data-testid="copy-invite" data-invite={inviteLink}>
        {copied ? t('common.copied') : t('room.copyInvite')}
      </button>
      <button type="button" className="subtle" onClick={leave} data-testid="leave-room">
        {t('room.leave')}
      </button>
    </div>
  );
}
