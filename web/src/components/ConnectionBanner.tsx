import { gameClient } from '../api/gameClient';
import { useT } from '../i18n';
import { useStore } from '../state/store';

export function ConnectionBanner() {
  const t = useT();
  const connection = useStore((s) => s.connection);
  if (connection === 'connected') return null;
  if (connection === 'replaced') {
    return (
      <div className="banner banner-warning" role="alert" data-testid="connection-banner">
        {t('connection.replaced')}{' '}
        <button type="button" onClick={() => void gameClient.reclaim()}>
          {t('connection.useHere')}
        </button>
      </div>
    );
  }
  const key =
    connection === 'reconnecting'
      ? 'connection.reconnecting'
      : connection === 'offline'
        ? 'connection.offline'
        : 'connection.connecting';
  return (
    <div className="banner banner-info" role="status" data-testid="connection-banner" data-state={connection}>
      <span className="spinner" aria-hidden="true" /> {t(key)}
      {connection === 'offline' && (
        <button type="button" onClick={() => void gameClient.start()}>
          {t('connection.retry')}
        </button>
      )}
    </div>
  );
}
