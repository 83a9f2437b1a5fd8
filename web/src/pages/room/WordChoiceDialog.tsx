import { useEffect, useRef } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import { Icon } from '../../components/Icon';
import { useRemainingSeconds } from '../../components/useRemainingSeconds';
import { useT } from '../../i18n';
import { showToast } from '../../state/store';

export function WordChoiceDialog({ options, deadline }: { options: string[]; deadline: number | null }) {
  const t = useT();
  const seconds = useRemainingSeconds(deadline);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const choose = (index: number) =>
    gameClient.chooseWord(index).catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="choose-title" data-testid="word-choice">
      <div className="overlay-card">
        <h2 id="choose-title">{t('game.youChoose')}</h2>
        <p className="timer" role="timer">
          <Icon name="clock" /> {t('common.seconds', { n: seconds })}
        </p>
        <div className="word-options">
          {options.map((word, index) => (
            <button
              key={word}
              ref={index === 0 ? firstRef : undefined}
              type="button"
              className="primary big"
              data-testid="word-option"
              onClick={() => void choose(index)}
            >
              {word}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
