import { useT } from '../i18n';
import { useStore } from '../state/store';

/** Announces turn changes, hints, close and correct guesses to screen readers. */
export function LiveRegion() {
  const t = useT();
  const announcement = useStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {announcement && <span key={announcement.seq}>{t(announcement.key, announcement.params)}</span>}
    </div>
  );
}
