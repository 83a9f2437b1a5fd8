import { useT } from '../../i18n';
import { Link } from '../../router/router';
import { useStore } from '../../state/store';

export function LobbyList() {
  const t = useT();
  const rooms = useStore((s) => s.lobby);
  if (rooms.length === 0) return <p className="muted">{t('home.noRooms')}</p>;
  return (
    <ul className="lobby-list" data-testid="lobby-list">
      {rooms.map((room) => {
        const full = room.players >= room.maxPlayers;
        return (
          <li key={room.roomId} className="lobby-room" data-testid="lobby-room">
            <div>
              <strong><bdi>{room.name}</bdi></strong>
              <span className="muted">
                {' · '}
                {t('home.players', { n: room.players, max: room.maxPlayers })}
                {' · '}
                {t(room.status === 'playing' ? 'status.playing' : 'status.waiting')}
                {' · '}
                {t(room.language === 'ko' ? 'language.ko' : 'language.en')}
                {room.spectators > 0 && (
                  <>
                    {' · '}
                    {t('home.spectators', { n: room.spectators })}
                  </>
                )}
              </span>
            </div>
            {full ? (
              <span className="lobby-full">
                <span className="badge">{t('home.full')}</span>
                <Link
                  className="button secondary"
                  href={`/r/${room.roomId}?spectate=1`}
                  data-testid="lobby-watch"
                  aria-label={`${t('home.watch')}: ${room.name}`}
                >
                  {t('home.watch')}
                </Link>
              </span>
            ) : (
              <Link className="button" href={`/r/${room.roomId}`} aria-label={`${t('home.join')}: ${room.name}`}>
                {t('home.join')}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
