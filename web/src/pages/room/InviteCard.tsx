import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../state/store';

/** Hosts that only this computer can reach: an invite link on them cannot work on a phone. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The invite link as text and as a QR code a phone can scan. */
export function InviteCard() {
  const t = useT();
  const code = useStore((s) => s.room!.code);
  const inviteLink = `${window.location.origin}/r/${code}`;
  const svg = useQrSvg(inviteLink);
  const loopback = LOOPBACK_HOSTS.has(window.location.hostname);

  return (
    <section className="card invite-card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.title')}</h2>
      <div className="invite-body">
        {svg && (
          <div
            className="qr"
            role="img"
            aria-label={t('invite.qrLabel')}
            data-testid="invite-qr"
            data-link={inviteLink}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        )}
        <div>
          <p className="muted">{t('invite.scan')}</p>
          <p className="invite-link">
            <code data-testid="invite-link">{inviteLink}</code>
          </p>
          {loopback && (
            <p className="muted small" data-testid="invite-lan-hint">
              {t('invite.loopback')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

/** The QR code as SVG markup; the encoder is loaded only when a room shows one. */
function useQrSvg(text: string): string | null {
  const [svg, setSvg] = useState<{ text: string; markup: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((markup) => current && setSvg({ text, markup }));
    return () => {
      current = false;
    };
  }, [text]);
  return svg?.text === text ? svg.markup : null;
}
