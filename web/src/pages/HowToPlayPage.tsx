import { useT } from '../i18n';

const STEPS = ['howTo.step1', 'howTo.step2', 'howTo.step3', 'howTo.step4', 'howTo.step5'] as const;

export function HowToPlayPage() {
  const t = useT();
  return (
    <div className="page prose">
      <h1>{t('howTo.title')}</h1>
      <p>{t('howTo.intro')}</p>
      <ol>
        {STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <h2>{t('howTo.scoring')}</h2>
      <ul data-testid="scoring-rules">
        <li>{t('howTo.scoreGuesser')}</li>
        <li>{t('howTo.scoreDrawer')}</li>
        <li>{t('howTo.scoreEnd')}</li>
      </ul>
      <h2>{t('howTo.shortcuts')}</h2>
      <p>{t('howTo.shortcutList')}</p>
    </div>
  );
}
