import { useState, type FormEvent } from 'react';
import { ActionError, gameClient } from '../api/gameClient';
import { useT, type MessageKey } from '../i18n';
import { savedSession } from '../state/sessionStorage';

/** Registers a player with a nickname; `onDone` runs after the server accepted it. */
export function NicknameForm({ onDone, autoFocus }: { onDone?: () => void; autoFocus?: boolean }) {
  const t = useT();
  const [name, setName] = useState(savedSession.nickname() ?? '');
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await gameClient.register(name);
      onDone?.();
    } catch (e) {
      setError(e instanceof ActionError ? e.messageKey : 'common.unknownError');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="nickname-form" onSubmit={submit}>
      <label htmlFor="nickname">{t('home.nickname')}</label>
      <div className="row">
        <input
          id="nickname"
          data-testid="nickname-input"
          value={name}
          maxLength={20}
          autoComplete="nickname"
          autoFocus={autoFocus}
          required
          aria-describedby="nickname-hint"
          aria-invalid={error ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary" data-testid="nickname-submit" disabled={busy || !name.trim()}>
          {t('home.saveNickname')}
        </button>
      </div>
      <small id="nickname-hint">{t('home.nicknameHint')}</small>
      {error && (
        <p className="form-error" role="alert">
          {t(error)}
        </p>
      )}
    </form>
  );
}
