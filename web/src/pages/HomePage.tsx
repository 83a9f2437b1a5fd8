import { useEffect, useState } from 'react';
import { gameClient } from '../api/gameClient';
import { api } from '../api/rest';
import { Avatar } from '../components/Avatar';
import { NicknameForm } from '../components/NicknameForm';
import { useT } from '../i18n';
import { navigate } from '../router/router';
import { useStore } from '../state/store';
import { CreateRoomForm } from './home/CreateRoomForm';
import { JoinByCode } from './home/JoinByCode';
import { LobbyList } from './home/LobbyList';
import { RecentGalleries } from './home/RecentGalleries';

export function HomePage() {
  const t = useT();
  const identity = useStore((s) => s.identity);
  const playerName = useStore((s) => s.playerName);
  const playerId = useStore((s) => s.playerId);
  const room = useStore((s) => s.room);
  const [editingName, setEditingName] = useState(false);

  useLobbyFeed(identity === 'registered');

  return (
    <div className="home">
      <section className="hero">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
      </section>

      <section className="card" aria-labelledby="nickname-heading">
        <h2 id="nickname-heading" className="visually-hidden">
          {t('home.nickname')}
        </h2>
        {identity === 'registered' && !editingName ? (
          <p className="playing-as" data-testid="playing-as">
            {playerId && <Avatar seed={playerId} size={32} />}
            {t('home.playingAs', { name: playerName ?? '' })}{' '}
            {!room && (
              <button type="button" className="link-button" onClick={() => setEditingName(true)}>
                {t('home.changeNickname')}
              </button>
            )}
          </p>
        ) : identity === 'pending' ? (
          <p>{t('common.loading')}</p>
        ) : (
          <NicknameForm onDone={() => setEditingName(false)} />
        )}
        {room && (
          <p>
            <button type="button" className="primary" onClick={() => navigate(`/r/${room.code}`)}>
              <bdi>{room.name}</bdi> →
            </button>
          </p>
        )}
      </section>

      <div className="home-grid">
        <section className="card" aria-labelledby="lobby-heading">
          <h2 id="lobby-heading">{t('home.publicRooms')}</h2>
          <LobbyList />
          <JoinByCode />
        </section>
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">{t('home.createRoom')}</h2>
          <CreateRoomForm disabled={identity !== 'registered'} playerName={playerName ?? ''} />
        </section>
        <RecentGalleries />
      </div>
    </div>
  );
}

/** Live public rooms: hub lobby events when registered, otherwise the REST list, polled. */
function useLobbyFeed(registered: boolean) {
  useEffect(() => {
    if (registered) {
      void gameClient.watchLobby();
      return () => void gameClient.unwatchLobby();
    }
    const controller = new AbortController();
    const load = () =>
      api
        .rooms(controller.signal)
        .then((lobby) => useStore.setState({ lobby }))
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, 5000);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [registered]);
}
