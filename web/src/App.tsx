import { ConnectionBanner } from './components/ConnectionBanner';
import { Header } from './components/Header';
import { LiveRegion } from './components/LiveRegion';
import { ToastView } from './components/ToastView';
import { useT } from './i18n';
import { GalleryPage } from './pages/GalleryPage';
import { HomePage } from './pages/HomePage';
import { HowToPlayPage } from './pages/HowToPlayPage';
import { LeaderboardPage } from './pages/LeaderboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlayerStatsPage } from './pages/PlayerStatsPage';
import { RoomPage } from './pages/RoomPage';
import { StatusPage } from './pages/StatusPage';
import { matchPath, usePath } from './router/router';

function CurrentPage() {
  const path = usePath();
  if (path === '/') return <HomePage />;
  const room = matchPath('/r/:code', path);
  if (room) return <RoomPage code={room.code} />;
  const gallery = matchPath('/g/:id', path);
  if (gallery) return <GalleryPage galleryId={gallery.id} />;
  if (path === '/leaderboard') return <LeaderboardPage />;
  const player = matchPath('/players/:id', path);
  if (player) return <PlayerStatsPage playerId={player.id} />;
  if (path === '/status') return <StatusPage />;
  if (path === '/how-to-play') return <HowToPlayPage />;
  return <NotFoundPage />;
}

export function App() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Header />
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        <CurrentPage />
      </main>
      <ToastView />
      <LiveRegion />
    </>
  );
}
