import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { navigate } from '../../router/router';

export function JoinByCode() {
  const t = useT();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (trimmed) navigate(`/r/${encodeURIComponent(trimmed)}`);
  };
  return (
    <form className="join-code" onSubmit={submit}>
      <h3>{t('home.joinByCode')}</h3>
      <div className="row">
        <label className="visually-hidden" htmlFor="room-code">
          {t('home.code')}
        </label>
        <input
          id="room-code"
          data-testid="join-code-input"
          placeholder={t('home.code')}
          value={code}
          autoCapitalize="characters"
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" data-testid="join-code-submit" disabled={!code.trim()}>
          {t('home.joinCode')}
        </button>
      </div>
    </form>
  );
}
