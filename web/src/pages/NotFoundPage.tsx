import { useT } from '../i18n';
import { Link } from '../router/router';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('common.backHome')}</Link>
    </div>
  );
}
