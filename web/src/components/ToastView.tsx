import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useStore } from '../state/store';

const TOAST_MS = 4000;

/** Short error or info messages from actions that have no place of their own on the page. */
export function ToastView() {
  const t = useT();
  const toast = useStore((s) => s.toast);
  const [visibleSeq, setVisibleSeq] = useState<number | null>(null);

  useEffect(() => {
    if (!toast) return;
    setVisibleSeq(toast.seq);
    const timer = setTimeout(() => setVisibleSeq(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <div className="toast-area" role="status" aria-live="polite">
      {toast && visibleSeq === toast.seq && (
        <div className="toast" data-testid="toast">
          {t(toast.key)}
        </div>
      )}
    </div>
  );
}
