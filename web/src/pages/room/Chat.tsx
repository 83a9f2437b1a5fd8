import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ActionError, gameClient } from '../../api/gameClient';
import { Avatar } from '../../components/Avatar';
import { useT, type MessageKey, type Translate } from '../../i18n';
import { guessFit } from '../../state/hint';
import type { ChatEntry } from '../../state/roomState';
import { showToast, useStore } from '../../state/store';
import { useSpectating } from './SpectatorBanner';
import { useSentHistory } from './useSentHistory';

const MAX_MESSAGE_LENGTH = 100;

export function Chat() {
  const t = useT();
  const chat = useStore((s) => s.chat);
  const hidden = useStore((s) => s.hiddenChats);
  const shown = hidden.length === 0 ? chat : chat.filter((entry) => entry.type !== 'message' || !hidden.includes(entry.playerId ?? ''));
  const spectating = useSpectating();
  const placeholder = useStore((s): MessageKey => {
    const game = s.game;
    if (!game || game.phase !== 'drawing') return 'chat.placeholderIdle';
    const you = game.scores.find((score) => score.playerId === s.you);
    return game.drawerId === s.you || you?.guessed ? 'chat.placeholderChat' : 'chat.placeholderGuess';
  });
  // The hint a guess is typed against: only while this player is still guessing.
  const hint = useStore((s) => (placeholder === 'chat.placeholderGuess' && !s.game?.word ? s.game?.hint || null : null));
  const turnId = useStore((s) => s.game?.turnId ?? null);
  const [text, setText] = useState('');
  const fit = hint && !spectating ? guessFit(hint, text) : null;
  // A refused message goes back into the box to be edited, but only during the turn it was written in.
  const [refused, setRefused] = useState<{ text: string; turnId: number | null } | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const history = useSentHistory();

  if (refused && refused.turnId !== turnId) {
    setRefused(null);
    if (text === refused.text) setText('');
  }

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [chat]);

  // The log's box changes with the layout (on a phone on its side the drawer's tools take the top of the
  // chat's column): the latest line stays in view.
  useEffect(() => {
    const list = listRef.current!;
    const observer = new ResizeObserver(() => {
      list.scrollTop = list.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message) return;
    history.sent(message);
    setText('');
    try {
      await gameClient.sendMessage(message);
    } catch (e) {
      setText(message);
      setRefused({ text: message, turnId });
      showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError');
    }
  };

  return (
    <section className="card chat" aria-labelledby="chat-heading">
      <h2 id="chat-heading" className="visually-hidden">
        {t('chat.title')}
      </h2>
      {/* The log role goes on a wrapper: on the list itself it would hide the list from assistive technology.
          It scrolls, so keyboard users can focus it to scroll back. */}
      <div className="chat-log" ref={listRef} role="log" aria-live="off" aria-labelledby="chat-heading" tabIndex={0} data-testid="chat-log">
        <ol>
          {shown.map((entry) => (
            <ChatLine key={entry.id} entry={entry} t={t} />
          ))}
        </ol>
      </div>
      {spectating ? (
        <p className="chat-read-only muted" data-testid="chat-read-only">{t('chat.readOnly')}</p>
      ) : (
      <form className="chat-form" onSubmit={send}>
        <label htmlFor="chat-input" className="visually-hidden">
          {t(placeholder)}
        </label>
        <input
          id="chat-input"
          data-testid="chat-input"
          value={text}
          maxLength={MAX_MESSAGE_LENGTH}
          autoComplete="off"
          placeholder={t(placeholder)}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Keys that end or move through a Korean (IME) composition are the composition's.
            if (e.nativeEvent.isComposing) {
              if (e.key === 'Enter') e.preventDefault(); // must not send the half-typed text
              return;
            }
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            const recalled = history.recall(e.key === 'ArrowUp' ? 'older' : 'newer', text);
            if (recalled === null) return;
            e.preventDefault();
            setText(recalled);
          }}
        />
        {fit && (
          <span className={`guess-fit ${fit.state}`} data-testid="guess-fit" data-state={fit.state} title={t('chat.guessFit', { typed: fit.typed, letters: fit.letters })}>
            {fit.typed}/{fit.letters}
            {fit.state === 'fits' ? ' ✓' : fit.state === 'off' ? ' ✗' : ''}
          </span>
        )}
        <button type="submit" data-testid="chat-send" disabled={!text.trim()}>
          {t('chat.send')}
        </button>
      </form>
      )}
    </section>
  );
}

const SYSTEM_CLASSES: Partial<Record<string, string>> = {
  playerGuessed: 'chat-system chat-correct',
  turnEnded: 'chat-system chat-reveal',
  roundStarted: 'chat-system chat-round',
};

/** `turnEnded` says how the turn ended (its second argument) before the word. */
function systemMessageKey(code: string | null, args: string[]): MessageKey {
  if (!code) return 'chat.system.unknown';
  if (code === 'turnEnded') return `chat.system.turnEnded.${args[1] === 'allGuessed' || args[1] === 'timeUp' ? args[1] : 'drawerLeft'}`;
  return `chat.system.${code}` as MessageKey;
}

function ChatLine({ entry, t }: { entry: ChatEntry; t: Translate }) {
  switch (entry.type) {
    case 'message':
      return (
        <li className={entry.channel === 'guessed' ? 'chat-message chat-guessed' : 'chat-message'} data-kind="message">
          {entry.channel === 'guessed' && <span className="channel-tag">{t('chat.guessedChannel')}</span>}
          {entry.playerId && <Avatar seed={entry.playerId} size={20} />}
          <strong><bdi>{entry.name}</bdi>:</strong> <bdi>{entry.text}</bdi>
        </li>
      );
    case 'system': {
      const params = Object.fromEntries(entry.args.map((arg, i) => [String(i), arg]));
      return (
        <li className={SYSTEM_CLASSES[entry.code ?? ''] ?? 'chat-system'} data-kind="system" data-code={entry.code}>
          {t(systemMessageKey(entry.code, entry.args), params)}
        </li>
      );
    }
    case 'close':
      return (
        <li className="chat-close" data-kind="close" data-testid="close-notice">
          {t('chat.close', { text: entry.text })}
        </li>
      );
    case 'youGuessed':
      return (
        <li className="chat-correct" data-kind="you-guessed" data-testid="you-guessed">
          {t('chat.youGuessed', { word: entry.word, points: entry.points })}
        </li>
      );
  }
}
