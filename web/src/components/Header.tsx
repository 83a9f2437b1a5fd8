import { useLanguage, useT, type UiLanguage } from '../i18n';
import { Link, usePath } from '../router/router';
import { SoundToggle } from '../feel/SoundToggle';
import { Icon } from './Icon';

const LINKS = [
  { href: '/', key: 'nav.play' },
  { href: '/leaderboard', key: 'nav.leaderboard' },
  { href: '/how-to-play', key: 'nav.howToPlay' },
  { href: '/status', key: 'nav.status' },
] as const;

export function Header() {
  const t = useT();
  const path = usePath();
  const { language, setLanguage } = useLanguage();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <Icon name="pen" size={22} /> {t('app.title')}
      </Link>
      <nav aria-label="main">
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} aria-current={path === link.href ? 'page' : undefined}>
            {t(link.key)}
          </Link>
        ))}
      </nav>
      <SoundToggle />
      <label className="language-switch">
        <span className="visually-hidden">{t('nav.language')}</span>
        <select
          data-testid="language-switch"
          value={language}
          onChange={(e) => setLanguage(e.target.value as UiLanguage)}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </label>
    </header>
  );
}
