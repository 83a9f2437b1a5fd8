import { useEffect, useRef, useState } from 'react';
import { ActionError, gameClient } from '../api/gameClient';
import { NicknameForm } from '../components/NicknameForm';
import { useT, type MessageKey } from '../i18n';
import { Link, navigate, useSearch } from '../router/router';
import type { RoomNotice } from '../state/roomState';
import { useStore } from '../state/store';
import { GameScreen } from './room/GameScreen';
import { InvitePreview } from './room/InvitePreview';
import { RoomHeader } from './room/RoomHeader';
import { SpectatorBanner, useSpectating } from './room/SpectatorBanner';
import { WaitingRoom } from './room/WaitingRoom';

/** `/r/<code or room id>`: joins the room when needed (invite links), or watches it with `?spectate=1`, then shows it. */
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
  const spectate = useSpectateParam();
  const spectating = useSpectating();
  const [opened, setOpened] = useState<{ code: string; roomId: string } | null>(null);

  const addressed = room !== null && (room.code.toLowerCase() === code.toLowerCase() || room.roomId === code);
  // A room made private gets a new invite code: the address this page was opened with still means it.
  const inThisRoom = room !== null && (addressed || (opened?.code === code && opened.roomId === room.roomId));
  const kicked = notice === 'kicked' || notice === 'kickedByVote' || notice === 'roomClosed';

  const roomId = room?.roomId;
  useEffect(() => {
    if (addressed && roomId) setOpened({ code, roomId });
  }, [addressed, roomId, code]);

  useEffect(() => {
    if (inThisRoom && room && room.code !== code) navigate(`/r/${room.code}`, { replace: true });
  }, [inThisRoom, room, code]);

  useEffect(() => {
    const attempt = `${playerId}:${code}:${spectate}`;
    if (identity !== 'registered' || connection !== 'connected' || inThisRoom || kicked) return;
    if (attempted.current === attempt) return;
    attempted.current = attempt;
    setJoinError(null);
    (spectate ? gameClient.watchRoom(code) : gameClient.joinRoom(code)).catch((e) =>
      setJoinError(e instanceof ActionError ? e.messageKey : 'common.unknownError'),
    );
  }, [identity, connection, inThisRoom, kicked, playerId, code, spectate]);

  if (identity === 'pending') return <p className="page-message">{t('common.loading')}</p>;
  if (identity === 'anonymous') {
    return (
      <section className="card narrow invite-page" data-testid="invite-page">
        <InvitePreview code={code}>
          <NicknameForm autoFocus />
          {!spectate && (
            <Link className="button secondary" href={`/r/${encodeURIComponent(code)}?spectate=1`} data-testid="invite-watch">
              {t('room.watchLink')}
            </Link>
          )}
        </InvitePreview>
      </section>
    );
  }
  if (kicked || (joinError && !inThisRoom)) {
    return (
      <section className="card narrow" role="alert" data-testid="room-error">
        <p>{kicked ? t(noticeKey(notice)) : t(joinError!)}</p>
        {joinError === 'error.ROOM_FULL' && !kicked && (
          <Link className="button" href={`/r/${encodeURIComponent(code)}?spectate=1`} data-testid="watch-full-room">
            {t('room.watchInstead')}
          </Link>
        )}
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
      {spectating && <SpectatorBanner />}
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

function noticeKey(notice: RoomNotice | null): MessageKey {
  if (notice === 'kickedByVote') return 'room.kickedByVote';
  if (notice === 'roomClosed') return 'room.closed';
  return 'room.kicked';
}

/** `?spectate=1` on the room's address: watch instead of taking a seat. */
function useSpectateParam(): boolean {
  return new URLSearchParams(useSearch()).get('spectate') === '1';
}
