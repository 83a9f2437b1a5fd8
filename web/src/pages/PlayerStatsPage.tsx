import { api, ApiError } from '../api/rest';
import type { PlayerStatsDto } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFetch } from '../components/useFetch';
import { useLanguage, useT } from '../i18n';
import { formatDateTime, formatNumber, formatPercent } from './format';

export function PlayerStatsPage({ playerId }: { playerId: string }) {
  const t = useT();
  const stats = useFetch((signal) => api.playerStats(playerId, signal), playerId);
  return (
    <div className="page">
      {stats.status === 'loading' && <p>{t('common.loading')}</p>}
      {stats.status === 'error' &&
        (stats.error instanceof ApiError && stats.error.status === 404 ? (
          <p className="muted">{t('player.notFound')}</p>
        ) : (
          <ErrorMessage error={stats.error} />
        ))}
      {stats.status === 'ok' && <PlayerStats stats={stats.data} />}
    </div>
  );
}

function PlayerStats({ stats }: { stats: PlayerStatsDto }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const figures = [
    { label: t('leaderboard.rank'), value: formatNumber(stats.rank, language) },
    { label: t('leaderboard.totalScore'), value: formatNumber(stats.totalScore, language) },
    { label: t('leaderboard.games'), value: String(stats.games) },
    { label: t('leaderboard.wins'), value: String(stats.wins) },
    { label: t('leaderboard.winRate'), value: formatPercent(stats.winRate, language) },
    { label: t('leaderboard.bestScore'), value: formatNumber(stats.bestScore, language) },
    { label: t('player.averageScore'), value: formatNumber(stats.averageScore, language, 1) },
    ...(stats.turnsDrawn !== undefined ? [{ label: t('player.turnsDrawn'), value: String(stats.turnsDrawn) }] : []),
    ...(stats.correctGuesses !== undefined
      ? [{ label: t('player.correctGuesses'), value: String(stats.correctGuesses) }]
      : []),
    { label: t('leaderboard.likes'), value: String(stats.likesReceived) },
  ];
  return (
    <>
      <h1>
        <bdi>{stats.name}</bdi> <small className="muted">{t('player.title')}</small>
      </h1>
      <dl className="figures" data-testid="player-stats">
        {figures.map((figure) => (
          <div key={figure.label} className="figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <section className="card">
        <h2>{t('player.recentGames')}</h2>
        {stats.recentGames.length === 0 ? (
          <p className="muted">{t('leaderboard.noRecent')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('player.room')}</th>
                  <th scope="col">{t('player.finished')}</th>
                  <th scope="col" className="num">{t('player.place')}</th>
                  <th scope="col" className="num">{t('player.score')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.recentGames.map((game) => {
                  const own = game.players.find((p) => p.playerId === stats.playerId);
                  return (
                    <tr key={game.gameId}>
                      <td><bdi>{game.roomName}</bdi></td>
                      <td>{formatDateTime(game.finishedAt, language)}</td>
                      <td className="num">{own ? `${own.rank}/${game.players.length}` : '—'}</td>
                      <td className="num">{own ? formatNumber(own.score, language) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
