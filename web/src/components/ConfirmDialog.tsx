import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

interface Props {
  message: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** A small modal question; Escape or the backdrop cancel, focus starts on "Cancel". */
export function ConfirmDialog({ message, onConfirm, onCancel, testId }: Props) {
  const t = useT();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onClick={onCancel}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-label={message}
        data-testid={testId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        <p>{message}</p>
        <div className="row end">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" data-testid="confirm-yes" onClick={onConfirm}>
            {t('common.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
