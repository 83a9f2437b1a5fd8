import { useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../api/rest';
import type { GalleryDrawingDto } from '../api/types';
import type { CanvasModel } from '../canvas/canvasModel';
import { renderDrawing, replayGif, replaySteps } from '../canvas/replay';
import { Avatar } from '../components/Avatar';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFetch } from '../components/useFetch';
import { useLanguage, useT } from '../i18n';
import { formatDateTime } from './format';

const VIEW_WIDTH = 480;
const VIEW_HEIGHT = 270;
const EXPORT_WIDTH = 800;
const EXPORT_HEIGHT = 450;
const SPEEDS = [0.5, 1, 2, 4] as const;
/** How long a replay takes at 1x. */
const REPLAY_MS = 8000;

/** `/g/{id}`: a finished game's drawings, for its players and for anyone they share the link with. */
export function GalleryPage({ galleryId }: { galleryId: string }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const gallery = useFetch((signal) => api.gallery(galleryId, signal), galleryId);
  return (
    <div className="page">
      {gallery.status === 'loading' && <p>{t('common.loading')}</p>}
      {gallery.status === 'error' &&
        (gallery.error instanceof ApiError && gallery.error.status === 404 ? (
          <>
            <h1>{t('gallery.title')}</h1>
            <p className="muted" data-testid="gallery-not-found">
              {t('gallery.notFound')}
            </p>
          </>
        ) : (
          <ErrorMessage error={gallery.error} />
        ))}
      {gallery.status === 'ok' && (
        <>
          <h1>
            {t('gallery.title')} <small className="muted"><bdi>{gallery.data.roomName}</bdi></small>
          </h1>
          <p className="muted">
            {t('gallery.finished', { when: formatDateTime(gallery.data.finishedAt, language) })}{' '}
            {t('gallery.expires', { when: formatDateTime(gallery.data.expiresAt, language) })}
          </p>
          {gallery.data.drawings.length === 0 ? (
            <p className="muted">{t('gallery.empty')}</p>
          ) : (
            <ul className="gallery" data-testid="gallery">
              {gallery.data.drawings.map((drawing) => (
                <GalleryCard key={drawing.turnId} drawing={drawing} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function GalleryCard({ drawing }: { drawing: GalleryDrawingDto }) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const steps = useMemo(() => replaySteps(drawing.operations), [drawing]);
  const [speed, setSpeed] = useState<number>(1);
  const [playing, setPlaying] = useState(false);
  const titleId = `drawing-${drawing.turnId}`;

  const speedRef = useRef(speed);
  speedRef.current = speed;

  useEffect(() => {
    if (!playing) {
      show(canvasRef.current!, renderDrawing(steps, VIEW_WIDTH, VIEW_HEIGHT));
      return;
    }
    const model = renderDrawing([], VIEW_WIDTH, VIEW_HEIGHT);
    let applied = 0;
    let progress = 0;
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      // Progress in time, not in steps: a drawing replays in REPLAY_MS at 1x whatever its length; a speed change keeps the position.
      progress += (Math.max(0, now - last) * speedRef.current) / REPLAY_MS;
      last = now;
      const until = Math.min(steps.length, Math.ceil(progress * steps.length));
      for (; applied < until; applied++) model.apply(steps[applied]);
      show(canvasRef.current!, model);
      if (applied < steps.length) frame = requestAnimationFrame(step);
      else setPlaying(false);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, steps]);

  const fileName = `drawguess-${drawing.round}-${drawing.turnId}-${drawing.word.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  const downloadPng = () => {
    const canvas = document.createElement('canvas');
    show(canvas, renderDrawing(steps, EXPORT_WIDTH, EXPORT_HEIGHT));
    canvas.toBlob((blob) => blob && download(blob, `${fileName}.png`), 'image/png');
  };
  const downloadGif = () => {
    const bytes = replayGif(steps, VIEW_WIDTH, VIEW_HEIGHT);
    download(new Blob([bytes.slice()], { type: 'image/gif' }), `${fileName}.gif`);
  };

  return (
    <li className="card gallery-card" data-testid="gallery-card" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <bdi data-testid="gallery-word">{drawing.word}</bdi>
      </h2>
      <canvas
        ref={canvasRef}
        className="gallery-canvas"
        width={VIEW_WIDTH}
        height={VIEW_HEIGHT}
        role="img"
        aria-label={t('gallery.drawingBy', { word: drawing.word, name: drawing.drawerName })}
      />
      <p className="row">
        <Avatar seed={drawing.drawerId} size={24} />
        <span>{t('gallery.drawer', { name: drawing.drawerName })}</span>
      </p>
      {drawing.guessers.length === 0 ? (
        <p className="muted" data-testid="gallery-guessers">
          {t('gallery.nobodyGuessed')}
        </p>
      ) : (
        <div data-testid="gallery-guessers">
          <p className="muted">{t('gallery.guessedBy')}</p>
          <ol className="gallery-guessers">
            {[...drawing.guessers]
              .sort((a, b) => a.order - b.order)
              .map((guess) => (
                <li key={guess.playerId} data-testid="gallery-guesser">
                  <Avatar seed={guess.playerId} size={20} />
                  <bdi>{guess.name}</bdi>
                  {guess.afterMs !== null && (
                    <span className="muted" data-testid="gallery-guess-time">
                      {t('gallery.guessedAfter', { s: (guess.afterMs / 1000).toFixed(1) })}
                    </span>
                  )}
                </li>
              ))}
          </ol>
        </div>
      )}
      <p className="muted" data-testid="gallery-rating">
        {t('game.rating.counts', { likes: drawing.likes, dislikes: drawing.dislikes })}
      </p>
      {drawing.truncated && <p className="muted">{t('gallery.truncated')}</p>}
      <div className="row wrap">
        <button type="button" data-testid="gallery-replay" onClick={() => setPlaying(true)} disabled={playing}>
          {t('gallery.replay')}
        </button>
        <label>
          {t('gallery.speed')}{' '}
          <select data-testid="gallery-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="gallery-png" onClick={downloadPng}>
          {t('gallery.downloadPng')}
        </button>
        <button type="button" data-testid="gallery-gif" onClick={downloadGif}>
          {t('gallery.downloadGif')}
        </button>
      </div>
    </li>
  );
}

function show(canvas: HTMLCanvasElement, model: CanvasModel): void {
  const bitmap = model.bitmap;
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(bitmap.pixels.buffer), bitmap.width, bitmap.height), 0, 0);
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
