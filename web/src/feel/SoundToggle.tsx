import { useSyncExternalStore } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';
import { sounds } from './sound';

/** Mutes or unmutes every game sound; the browser remembers the choice. */
export function SoundToggle() {
  const t = useT();
  const muted = useSyncExternalStore(sounds.subscribe, () => sounds.muted);
  return (
    <button
      type="button"
      className="sound-toggle"
      data-testid="mute-toggle"
      aria-pressed={muted}
      title={t(muted ? 'sound.muted' : 'sound.on')}
      onClick={() => sounds.setMuted(!muted)}
    >
      <Icon name={muted ? 'muted' : 'sound'} /> {t('sound.mute')}
    </button>
  );
}
