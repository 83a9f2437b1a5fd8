import { Icon } from '../../components/Icon';
import { TimerBar } from '../../feel/TimerBar';
import { useRemainingSeconds } from '../../components/useRemainingSeconds';
import { useT } from '../../i18n';
import { givenInHint, hintWords, letterCount } from '../../state/hint';
import type { GameView } from '../../state/roomState';
import { useStore } from '../../state/store';

/** Round, countdown, and what the player may know of the word: the word itself or the hint. */
export function TurnBar({ game }: { game: GameView }) {
  const t = useT();
  const you = useStore((s) => s.you);
  const drawerName = useStore((s) => s.room?.players.find((p) => p.playerId === game.drawerId)?.name ?? '');
  const seconds = useRemainingSeconds(game.deadline);
  const drawingSeconds = useStore((s) => s.room?.settings.drawingSeconds ?? 0);
  const isDrawer = game.drawerId === you;
  const urgent = game.phase === 'drawing' && seconds <= 10;

  return (
    <div className="turn-bar" data-testid="turn-bar" data-phase={game.phase}>
      <span className="round">{t('game.round', { round: game.round, total: game.totalRounds })}</span>
      <div className="word-area">
        {game.phase === 'choosing' && (
          <span className="muted">{isDrawer ? t('game.youChoose') : t('game.choosing', { name: drawerName })}</span>
        )}
        {game.phase === 'drawing' && game.word && (
          <span className="word">
            <span className="visually-hidden">{t('game.yourWord')}: </span>
            <KnownWord word={game.word} hint={game.hint} />
          </span>
        )}
        {game.phase === 'drawing' && !game.word && game.hint && <Hint hint={game.hint} />}
      </div>
      {game.deadline !== null && game.phase !== 'gameOver' && (
        <span className={urgent ? 'timer urgent' : 'timer'} data-testid="timer" role="timer" aria-label={t('game.timeLeft')}>
          <Icon name="clock" /> {seconds}
        </span>
      )}
      {game.phase === 'drawing' && <TimerBar seconds={seconds} totalSeconds={drawingSeconds} />}
    </div>
  );
}

/** The word, its letters that the hint gave the others marked (the drawer sees what the guessers were told). */
function KnownWord({ word, hint }: { word: string; hint: string | null }) {
  const t = useT();
  const chars = givenInHint(word, hint);
  const given = chars.filter((c) => c.given).length;
  return (
    <>
      <span data-testid="word">
        {chars.map(({ char, given }, i) =>
          given ? (
            <mark key={i} className="given-letter" data-testid="given-letter">
              {char}
            </mark>
          ) : (
            char
          ),
        )}
      </span>
      {given > 0 && hint && <span className="visually-hidden">{t('game.othersSee', { hint })}</span>}
    </>
  );
}

function Hint({ hint }: { hint: string }) {
  const t = useT();
  return (
    <span className="hint" data-testid="hint">
      <span className="visually-hidden">{t('game.guessThis')}: </span>
      <span className="hint-cells" aria-hidden="true">
        {hintWords(hint).map((word, w) => (
          <span key={w} className="hint-word">
            {word.map((cell, i) => (
              <span key={i} className={`hint-cell ${cell.kind}`}>
                {cell.kind === 'hidden' ? '' : cell.char}
              </span>
            ))}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{hint}</span>
      <sup className="letter-count">{t('game.letters', { n: letterCount(hint) })}</sup>
    </span>
  );
}
