import { useEffect, useRef, useState } from 'react';
import { ActionError, gameClient } from '../api/gameClient';
import { NicknameForm } from '../components/NicknameForm';
import { useT, type MessageKey } from '../i18n';
import { Link, navigate } from '../router/router';
import { useStore } from '../state/store';
import { GameScreen } from './room/GameScreen';
import { InvitePreview } from './room/InvitePreview';
import { RoomHeader } from './room/RoomHeader';
import { WaitingRoom } from './room/WaitingRoom';

/** `/r/<code or room id>`: joins the room when needed (invite links), then shows it. */
export function RoomPage({ code }: { code: string }) {
  const t = useT();
  const identity = useStore((s) => s.identity);
  const connection = useStore((s) => s.connection);
  const playerId = useStore((s) => s.playerId);
  const room = useStore((s) => s.room);
  const hasGame = useStore((s) => s.game !== null);
  const notice = useStore((s) => s.notice);
  const [joinError, setJoinError] = useState<MessageKey | null>(null);
  const attempted = useRef<string | null>(null);
  const [opened, setOpened] = useState<{ code: string; roomId: string } | null>(null);

  const addressed = room !== null && (room.code.toLowerCase() === code.toLowerCase() || room.roomId === code);
  // A room made private gets a new invite code: the address this page was opened with still means it.
  const inThisRoom = room !== null && (addressed || (opened?.code === code && opened.roomId === room.roomId));
  const kicked = notice === 'kicked' || notice === 'kickedByVote';

  const roomId = room?.roomId;
  useEffect(() => {
    if (addressed && roomId) setOpened({ code, roomId });
  }, [addressed, roomId, code]);

  useEffect(() => {
    if (inThisRoom && room && room.code !== code) navigate(`/r/${room.code}`, { replace: true });
  }, [inThisRoom, room, code]);

  useEffect(() => {
    const attempt = `${playerId}:${code}`;
    if (identity !== 'registered' || connection !== 'connected' || inThisRoom || kicked) return;
    if (attempted.current === attempt) return;
    attempted.current = attempt;
    setJoinError(null);
    gameClient.joinRoom(code).catch((e) => setJoinError(e instanceof ActionError ? e.messageKey : 'common.unknownError'));
  }, [identity, connection, inThisRoom, kicked, playerId, code]);

  if (identity === 'pending') return <p className="page-message">{t('common.loading')}</p>;
  if (identity === 'anonymous') {
    return (
      <section className="card narrow invite-page" data-testid="invite-page">
        <InvitePreview code={code} />
        <NicknameForm autoFocus />
      </section>
    );
  }
  if (kicked || (joinError && !inThisRoom)) {
    return (
      <section className="card narrow" role="alert" data-testid="room-error">
        <p>{kicked ? t(notice === 'kickedByVote' ? 'room.kickedByVote' : 'room.kicked') : t(joinError!)}</p>
        <Link
          className="button"
          href="/"
          onClick={() => kicked && useStore.getState().dispatch({ type: 'dismissNotice' })}
        >
          {t('common.backHome')}
        </Link>
      </section>
    );
  }
  if (!inThisRoom) return <p className="page-message">{t('room.joining')}</p>;

  return (
    <div className="room-page" data-testid="room-page">
      <RoomHeader />
      {notice === 'gameStopped' && (
        <div className="banner banner-warning" role="alert">
          {t('room.gameStopped')}{' '}
          <button type="button" onClick={() => useStore.getState().dispatch({ type: 'dismissNotice' })}>
            {t('common.close')}
          </button>
        </div>
      )}
      {hasGame ? <GameScreen /> : <WaitingRoom />}
    </div>
  );
}
