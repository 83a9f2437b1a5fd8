import { api } from '../api/rest';
import type { PlayerStatsDto, RankingEntryDto, RecentGameDto } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { Medal } from '../components/Icon';
import { useFetch } from '../components/useFetch';
import { useLanguage, useT } from '../i18n';
import { Link } from '../router/router';
import { useStore } from '../state/store';
import { formatDateTime, formatNumber, formatPercent } from './format';

const MEDAL_KEYS = ['leaderboard.medal1', 'leaderboard.medal2', 'leaderboard.medal3'] as const;
const LISTED = 20;

export function LeaderboardPage() {
  const t = useT();
  const rankings = useFetch((signal) => api.rankings(LISTED, signal), 'rankings');
  const recent = useFetch((signal) => api.recentGames(10, signal), 'recent');
  return (
    <div className="page">
      <h1>{t('leaderboard.title')}</h1>
      <section className="card">
        {rankings.status === 'loading' && <p>{t('common.loading')}</p>}
        {rankings.status === 'error' && <ErrorMessage error={rankings.error} />}
        {rankings.status === 'ok' && <RankingTable rows={rankings.data} />}
      </section>
      <section className="card">
        <h2>{t('leaderboard.recentGames')}</h2>
        {recent.status === 'loading' && <p>{t('common.loading')}</p>}
        {recent.status === 'error' && <ErrorMessage error={recent.error} />}
        {recent.status === 'ok' && <RecentGames games={recent.data} />}
      </section>
    </div>
  );
}

function RankingTable({ rows }: { rows: RankingEntryDto[] }) {
  const t = useT();
  const you = useStore((s) => s.playerId);
  if (rows.length === 0) return <p className="muted">{t('leaderboard.empty')}</p>;
  const youListed = rows.some((row) => row.playerId === you);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="leaderboard">
        <thead>
          <tr>
            <th scope="col">{t('leaderboard.rank')}</th>
            <th scope="col">{t('leaderboard.player')}</th>
            <th scope="col" className="num">{t('leaderboard.totalScore')}</th>
            <th scope="col" className="num">{t('leaderboard.games')}</th>
            <th scope="col" className="num">{t('leaderboard.wins')}</th>
            <th scope="col" className="num">{t('leaderboard.winRate')}</th>
            <th scope="col" className="num">{t('leaderboard.bestScore')}</th>
            <th scope="col" className="num">{t('leaderboard.likes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const medal = MEDAL_KEYS[row.rank - 1];
            return (
              <tr key={row.playerId} data-testid="leaderboard-row" className={row.playerId === you ? 'you' : undefined}>
                <td>
                  {medal ? <Medal rank={row.rank} label={`${t(medal)}, ${row.rank}`} /> : row.rank}
                </td>
                <PlayerCells row={row} you={you} />
                <td className="num" data-testid="leaderboard-likes">{row.likesReceived}</td>
              </tr>
            );
          })}
        </tbody>
        {you && !youListed && <YourPlace playerId={you} />}
      </table>
    </div>
  );
}

function PlayerCells({ row, you }: { row: RankingEntryDto | PlayerStatsDto; you: string | null }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    <>
      <td>
        <Link href={`/players/${row.playerId}`}><bdi>{row.name}</bdi></Link>
        {row.playerId === you && <span className="muted"> ({t('common.you')})</span>}
      </td>
      <td className="num">{formatNumber(row.totalScore, language)}</td>
      <td className="num">{row.games}</td>
      <td className="num">{row.wins}</td>
      <td className="num">{formatPercent(row.winRate, language)}</td>
      <td className="num">{formatNumber(row.bestScore, language)}</td>
    </>
  );
}

/** Below the first rows, the player's own place, once they have finished a game (until then there is none). */
function YourPlace({ playerId }: { playerId: string }) {
  const t = useT();
  const stats = useFetch((signal) => api.playerStats(playerId, signal), `place:${playerId}`);
  if (stats.status !== 'ok') return null;
  return (
    <tfoot>
      <tr className="you" data-testid="your-place">
        <td>
          <span className="visually-hidden">{t('leaderboard.yourPlace')}: </span>
          {stats.data.rank}
        </td>
        <PlayerCells row={stats.data} you={playerId} />
        <td className="num">{stats.data.likesReceived}</td>
      </tr>
    </tfoot>
  );
}

function RecentGames({ games }: { games: RecentGameDto[] }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  if (games.length === 0) return <p className="muted">{t('leaderboard.noRecent')}</p>;
  return (
    <ul className="recent-games" data-testid="recent-games">
      {games.map((game) => (
        <li key={game.gameId} data-testid="recent-game">
          <div>
            <strong><bdi>{game.roomName}</bdi></strong>{' '}
            <span className="muted">
              {formatDateTime(game.finishedAt, language)} · {t('leaderboard.duration', { n: Math.max(1, Math.round(game.durationSeconds / 60)) })}
            </span>
          </div>
          <ol className="inline-list">
            {[...game.players]
              .sort((a, b) => a.rank - b.rank)
              .map((player) => (
                <li key={player.playerId}>
                  {player.rank}. <Link href={`/players/${player.playerId}`}><bdi>{player.name}</bdi></Link> ({formatNumber(player.score, language)})
                </li>
              ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
