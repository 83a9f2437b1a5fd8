import { ActionError, gameClient } from '../../api/gameClient';
import type { AwardDto, PodiumEntryDto } from '../../api/types';
import { Avatar } from '../../components/Avatar';
import { Medal } from '../../components/Icon';
import { Confetti } from '../../feel/Confetti';
import { useT } from '../../i18n';
import { Link } from '../../router/router';
import { showToast, useStore } from '../../state/store';

const AWARD_TITLES = {
  mostLikedDrawing: 'game.awards.mostLikedDrawing',
  fastestGuesser: 'game.awards.fastestGuesser',
  bestDrawer: 'game.awards.bestDrawer',
} as const;

export function Podium({ podium, awards, galleryId }: { podium: PodiumEntryDto[]; awards: AwardDto[]; galleryId: string | null }) {
  const t = useT();
  const isHost = useStore((s) => s.room?.hostId === s.you);
  const enoughPlayers = useStore((s) => (s.room?.players.filter((p) => p.connected).length ?? 0) >= 2);
  const dismiss = () => useStore.getState().dispatch({ type: 'dismissNotice' });

  const playAgain = () =>
    gameClient.startGame().catch((e) => showToast(e instanceof ActionError ? e.messageKey : 'common.unknownError'));

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="podium-title" data-testid="podium">
      <div className="overlay-card podium-card">
        <Confetti pieces={36} />
        <h2 id="podium-title">{t('game.podium.title')}</h2>
        <ol className="podium">
          {[...podium]
            .sort((a, b) => a.rank - b.rank)
            .map((entry) => (
              <li key={entry.playerId} className={`podium-entry rank-${entry.rank}`} data-testid="podium-entry">
                <Medal rank={entry.rank} label={t('game.podium.rank', { rank: entry.rank })} />
                <Avatar seed={entry.playerId} size={40} />
                <Link href={`/players/${entry.playerId}`}><bdi>{entry.name}</bdi></Link>
                <span className="score">{t('game.points', { n: entry.score })}</span>
              </li>
            ))}
        </ol>
        {awards.length > 0 && <Awards awards={awards} />}
        {galleryId && (
          <p className="center">
            <Link href={`/g/${encodeURIComponent(galleryId)}`} data-testid="gallery-link">
              {t('game.podium.gallery')}
            </Link>
          </p>
        )}
        <div className="row center">
          {isHost ? (
            <button type="button" className="primary big" data-testid="play-again" disabled={!enoughPlayers} onClick={() => void playAgain()}>
              {t('game.podium.playAgain')}
            </button>
          ) : (
            <p className="muted">{t('game.podium.waitHost')}</p>
          )}
          <button type="button" data-testid="podium-close" onClick={dismiss}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The server's awards: what it measured, never counted by the client. */
function Awards({ awards }: { awards: AwardDto[] }) {
  const t = useT();
  const detail = (award: AwardDto) => {
    switch (award.kind) {
      case 'mostLikedDrawing':
        return t('game.awards.likes', { n: award.value });
      case 'fastestGuesser':
        return t('game.awards.seconds', { n: (award.value / 1000).toFixed(1) });
      case 'bestDrawer':
        return t('game.awards.drawerPoints', { n: award.value });
    }
  };
  return (
    <section aria-labelledby="awards-title" data-testid="awards">
      <h3 id="awards-title">{t('game.awards.title')}</h3>
      <ul className="awards">
        {awards.map((award) => (
          <li key={award.kind} className="award" data-testid={`award-${award.kind}`}>
            <span className="award-title">{t(AWARD_TITLES[award.kind])}</span>
            <Avatar seed={award.playerId} size={32} />
            <bdi>{award.name}</bdi>
            <span className="muted">{detail(award)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
