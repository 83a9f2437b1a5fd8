import { useEffect, useRef, useState } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import { Icon } from '../../components/Icon';
import { useRemainingSeconds } from '../../components/useRemainingSeconds';
import { useT } from '../../i18n';
import { showToast } from '../../state/store';

interface Props {
  options: string[];
  /** The drawer may still ask once for other words; the server then sends new options. */
  canChange: boolean;
  deadline: number | null;
}

export function WordChoiceDialog({ options, canChange, deadline }: Props) {
  const t = useT();
  const seconds = useRemainingSeconds(deadline);
  const firstRef = useRef<HTMLButtonElement>(null);
  const [changing, setChanging] = useState(false);
  useEffect(() => firstRef.current?.focus(), [options]);

  const fail = (e: unknown) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError');
  const choose = (index: number) => gameClient.chooseWord(index).catch(fail);
  const changeWords = () => {
    setChanging(true);
    gameClient
      .changeWordOptions()
      .catch(fail)
      .finally(() => setChanging(false));
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="choose-title" data-testid="word-choice">
      <div className="overlay-card">
        <h2 id="choose-title">{t('game.youChoose')}</h2>
        <p className="timer" role="timer">
          <Icon name="clock" /> {t('common.seconds', { n: seconds })}
        </p>
        <div className="word-options" aria-live="polite">
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
        {canChange && (
          <button type="button" className="other-words" data-testid="other-words" disabled={changing} onClick={changeWords}>
            <Icon name="otherWords" /> {t('game.otherWords')}
          </button>
        )}
      </div>
    </div>
  );
}
