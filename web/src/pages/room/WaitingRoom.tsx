import { useState, type FormEvent } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import type { RoomSettingsDto } from '../../api/types';
import { SettingsForm } from '../../components/SettingsForm';
import { useT, type MessageKey } from '../../i18n';
import { showToast, useStore } from '../../state/store';
import { Chat } from './Chat';
import { InviteCard } from './InviteCard';
import { PlayerList } from './PlayerList';

export function WaitingRoom() {
  const t = useT();
  const room = useStore((s) => s.room)!;
  const you = useStore((s) => s.you);
  const isHost = room.hostId === you;
  const enoughPlayers = room.players.length >= 2;
  const [error, setError] = useState<MessageKey | null>(null);

  const start = async () => {
    setError(null);
    try {
      await gameClient.startGame();
    } catch (e) {
      setError(e instanceof ActionError ? e.messageKey : 'common.unknownError');
    }
  };

  return (
    <div className="waiting-room">
      <div className="waiting-main">
        <PlayerList />
        <section className="card start-card">
          {isHost ? (
            <>
              <button
                type="button"
                className="primary big"
                data-testid="start-game"
                disabled={!enoughPlayers}
                aria-describedby={enoughPlayers ? undefined : 'start-hint'}
                onClick={start}
              >
                {t('room.start')}
              </button>
              {!enoughPlayers && (
                <p id="start-hint" className="muted">
                  {t('room.needPlayers')}
                </p>
              )}
            </>
          ) : (
            <p className="muted">{t('room.waitingForHost')}</p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {t(error)}
            </p>
          )}
        </section>
        <InviteCard />
        <RoomSettingsCard isHost={isHost} />
      </div>
      <Chat />
    </div>
  );
}

function RoomSettingsCard({ isHost }: { isHost: boolean }) {
  const t = useT();
  const { customWordCount, ...saved } = useStore((s) => s.room!.settings);
  // The host's unsaved edits; null shows the room's current settings.
  const [draft, setDraft] = useState<{ settings: RoomSettingsDto; words: string } | null>(null);
  const value = draft ?? { settings: saved, words: saved.customWords.join(', ') };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      await gameClient.updateSettings(draft.settings);
      setDraft(null);
      showToast('settings.saved');
    } catch (e) {
      showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError');
    }
  };

  return (
    <section className="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <form onSubmit={save}>
        <SettingsForm
          id="room-settings"
          value={value.settings}
          customWordsText={value.words}
          readOnly={!isHost}
          hiddenCustomWordCount={isHost ? undefined : customWordCount}
          onChange={(settings, words) => setDraft({ settings, words })}
        />
        {isHost ? (
          <button type="submit" data-testid="save-settings" disabled={!draft}>
            {t('common.save')}
          </button>
        ) : (
          <p className="muted">{t('settings.readOnly')}</p>
        )}
      </form>
    </section>
  );
}
