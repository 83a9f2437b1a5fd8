import { api } from '../../api/rest';
import { useFetch } from '../../components/useFetch';
import { useLanguage, useT } from '../../i18n';
import { Link } from '../../router/router';
import { formatDateTime } from '../format';

const SHOWN = 8;

/** The drawings of the latest finished public games, each a link to its gallery. */
export function RecentGalleries() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const galleries = useFetch((signal) => api.publicGalleries(SHOWN, signal), 'public-galleries');
  if (galleries.status !== 'ok' || galleries.data.length === 0) return null;

  return (
    <section className="card" aria-labelledby="recent-galleries-heading">
      <h2 id="recent-galleries-heading">{t('home.recentGames')}</h2>
      <ul className="recent-galleries" data-testid="recent-galleries">
        {galleries.data.map((gallery) => (
          <li key={gallery.id} data-testid="recent-gallery">
            <Link href={`/g/${encodeURIComponent(gallery.id)}`}>
              <bdi>{gallery.roomName}</bdi>
            </Link>{' '}
            <span className="muted small">{formatDateTime(gallery.finishedAt, language)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
