import type { Language, RoomSettingsDto } from '../api/types';
import { useT, type MessageKey } from '../i18n';

export const SETTING_LIMITS = {
  maxPlayers: [2, 12],
  rounds: [1, 10],
  drawingSeconds: [30, 240],
  wordChoices: [1, 5],
  hints: [0, 5],
} as const;

export function defaultSettings(name: string, language: Language): RoomSettingsDto {
  return {
    name,
    isPublic: true,
    maxPlayers: 8,
    rounds: 3,
    drawingSeconds: 80,
    wordChoices: 3,
    hints: 2,
    language,
    customWords: [],
    customWordsOnly: false,
  };
}

export function parseCustomWords(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

interface Props {
  id: string;
  value: RoomSettingsDto;
  customWordsText: string;
  onChange: (value: RoomSettingsDto, customWordsText: string) => void;
  readOnly?: boolean;
  /** Shown in an empty name field; the caller uses it as the name when left empty. */
  namePlaceholder?: string;
  /** For players who may not see the custom words (only the host may): how many there are. */
  hiddenCustomWordCount?: number;
}

/** Every room setting of the protocol, as form fields. */
export function SettingsForm({
  id,
  value,
  customWordsText,
  onChange,
  readOnly = false,
  namePlaceholder,
  hiddenCustomWordCount,
}: Props) {
  const t = useT();
  const set = (patch: Partial<RoomSettingsDto>) => onChange({ ...value, ...patch }, customWordsText);
  const numberField = (field: keyof typeof SETTING_LIMITS, label: MessageKey) => (
    <label className="field">
      <span>{t(label)}</span>
      <input
        type="number"
        data-testid={`setting-${field}`}
        min={SETTING_LIMITS[field][0]}
        max={SETTING_LIMITS[field][1]}
        value={value[field]}
        disabled={readOnly}
        required
        onChange={(e) => set({ [field]: Number(e.target.value) })}
      />
    </label>
  );

  return (
    <fieldset className="settings-form" disabled={readOnly} id={id}>
      <label className="field wide">
        <span>{t('settings.name')}</span>
        <input
          data-testid="setting-name"
          value={value.name}
          maxLength={40}
          required={!namePlaceholder}
          placeholder={namePlaceholder}
          onChange={(e) => set({ name: e.target.value })}
        />
      </label>
      <label className="check wide">
        <input
          type="checkbox"
          data-testid="setting-isPublic"
          checked={value.isPublic}
          onChange={(e) => set({ isPublic: e.target.checked })}
        />
        <span>{t('settings.isPublic')}</span>
      </label>
      {numberField('maxPlayers', 'settings.maxPlayers')}
      {numberField('rounds', 'settings.rounds')}
      {numberField('drawingSeconds', 'settings.drawingSeconds')}
      {numberField('wordChoices', 'settings.wordChoices')}
      {numberField('hints', 'settings.hints')}
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          data-testid="setting-language"
          value={value.language}
          onChange={(e) => set({ language: e.target.value as Language })}
        >
          <option value="en">{t('language.en')}</option>
          <option value="ko">{t('language.ko')}</option>
        </select>
      </label>
      {hiddenCustomWordCount === undefined ? (
        <label className="field wide">
          <span>{t('settings.customWords')}</span>
          <textarea
            data-testid="setting-customWords"
            rows={2}
            value={customWordsText}
            onChange={(e) => onChange({ ...value, customWords: parseCustomWords(e.target.value) }, e.target.value)}
          />
          <small>{t('settings.customWordsCount', { n: value.customWords.length })}</small>
        </label>
      ) : (
        <p className="wide muted">{t('settings.customWordsCount', { n: hiddenCustomWordCount })}</p>
      )}
      <label className="check wide">
        <input
          type="checkbox"
          data-testid="setting-customWordsOnly"
          checked={value.customWordsOnly}
          onChange={(e) => set({ customWordsOnly: e.target.checked })}
        />
        <span>{t('settings.customWordsOnly')}</span>
      </label>
    </fieldset>
  );
}
