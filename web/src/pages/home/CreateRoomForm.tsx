import { useState, type FormEvent } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import type { RoomSettingsDto } from '../../api/types';
import { defaultSettings, SettingsForm } from '../../components/SettingsForm';
import { useLanguage, useT, type MessageKey } from '../../i18n';
import { navigate } from '../../router/router';

export function CreateRoomForm({ disabled, playerName }: { disabled: boolean; playerName: string }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [settings, setSettings] = useState<RoomSettingsDto>(() => defaultSettings('', language));
  const [wordsText, setWordsText] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const name = settings.name.trim() || t('settings.defaultName', { name: playerName });
      const snapshot = await gameClient.createRoom({ ...settings, name });
      navigate(`/r/${snapshot.room.code}`);
    } catch (e) {
      setError(e instanceof ActionError ? e.messageKey : 'common.unknownError');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} data-testid="create-room-form">
      <SettingsForm
        id="create-settings"
        value={settings}
        namePlaceholder={t('settings.defaultName', { name: playerName })}
        customWordsText={wordsText}
        onChange={(value, text) => {
          setSettings(value);
          setWordsText(text);
        }}
        readOnly={disabled}
      />
      {error && (
        <p className="form-error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="primary" data-testid="create-room" disabled={disabled || busy}>
        {t('home.create')}
      </button>
      {disabled && <small className="muted"> {t('home.needNickname')}</small>}
    </form>
  );
}
