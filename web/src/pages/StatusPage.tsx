import { useEffect, useState } from 'react';
import { api } from '../api/rest';
import type { StatusDto } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { Sparkline } from '../components/Sparkline';
import { useLanguage, useT, type MessageKey } from '../i18n';
import { formatBytes, formatDateTime, formatDuration, formatNumber } from './format';

const POLL_MS = 3000;
const HISTORY = 40;

interface Sample {
  at: number;
  status: StatusDto;
}

/** Polls /api/status, keeps the last samples for the charts, and keeps showing them on errors. */
function useStatusFeed() {
  const [samples, setSamples] = useState<Sample[]>([]);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const status = await api.status(controller.signal);
        setSamples((previous) => [...previous, { at: Date.now(), status }].slice(-HISTORY));
        setError(null);
      } catch (e) {
        if (controller.signal.aborted) return;
        setError(e as Error);
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  return { samples, error };
}

export function StatusPage() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const { samples, error } = useStatusFeed();
  const latest = samples.at(-1);

  return (
    <div className="page status-page">
      <h1>{t('serverStatus.title')}</h1>
      <p className="muted">
        {t('serverStatus.live')}
        {latest && ` · ${t('serverStatus.lastUpdate', { time: formatDateTime(latest.at, language) })}`}
      </p>
      {error && (
        <div data-testid="status-error">
          <ErrorMessage error={error} />
        </div>
      )}
      {!latest && !error && <p>{t('common.loading')}</p>}
      {latest && <StatusView latest={latest.status} history={samples.map((s) => s.status)} />}
    </div>
  );
}

function StatusView({ latest, history }: { latest: StatusDto; history: StatusDto[] }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const problems = latest.dependencies.filter((d) => d.state !== 'up');
  // A figure read from the live state is null while the server cannot read it (Redis down): shown as unknown.
  const n = (value: number | null, digits = 0) => (value === null ? '–' : formatNumber(value, language, digits));
  const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

  const charts: { key: MessageKey; value: string; series: number[]; testId: string }[] = [
    {
      key: 'serverStatus.players',
      value: n(latest.game.connectedPlayers),
      series: known(history.map((s) => s.game.connectedPlayers)),
      testId: 'figure-players',
    },
    {
      key: 'serverStatus.rooms',
      value: `${n(latest.game.roomsWaiting)} / ${n(latest.game.roomsPlaying)}`,
      series: known(history.map((s) => (s.game.roomsWaiting === null || s.game.roomsPlaying === null ? null : s.game.roomsWaiting + s.game.roomsPlaying))),
      testId: 'figure-rooms',
    },
    {
      key: 'serverStatus.memory',
      value: formatBytes(latest.process.workingSetBytes, language),
      series: history.map((s) => s.process.workingSetBytes),
      testId: 'figure-memory',
    },
    {
      key: 'serverStatus.latency',
      value: `${n(latest.http.p50Ms, 1)} / ${n(latest.http.p99Ms, 1)} ms`,
      series: history.map((s) => s.http.p99Ms),
      testId: 'figure-latency',
    },
    {
      key: 'serverStatus.requests',
      value: n(latest.http.requestsPerMinute),
      series: history.map((s) => s.http.requestsPerMinute),
      testId: 'figure-requests',
    },
    {
      key: 'serverStatus.guessesPerMinute',
      value: n(latest.game.guessesPerMinute, 1),
      series: history.map((s) => s.game.guessesPerMinute),
      testId: 'figure-guesses',
    },
  ];

  const facts: { key: MessageKey; value: string }[] = [
    { key: 'serverStatus.service', value: `${latest.service} ${latest.version}` },
    { key: 'serverStatus.environment', value: latest.environment },
    { key: 'serverStatus.uptime', value: formatDuration(latest.uptimeSeconds) },
    { key: 'serverStatus.games', value: n(latest.game.gamesInProgress) },
    { key: 'serverStatus.turnsPerMinute', value: n(latest.game.turnsPerMinute, 1) },
    { key: 'serverStatus.pendingResults', value: n(latest.rankings.pendingResults) },
    { key: 'serverStatus.gcHeap', value: formatBytes(latest.process.gcHeapBytes, language) },
    { key: 'serverStatus.cpu', value: `${n(latest.process.cpuSeconds, 1)} s` },
    {
      key: 'serverStatus.threads',
      value: `${n(latest.process.threadPoolThreads)} / ${n(latest.process.threadPoolQueueLength)}`,
    },
    {
      key: 'serverStatus.gc',
      value: `${n(latest.process.gen0Collections)} / ${n(latest.process.gen1Collections)} / ${n(latest.process.gen2Collections)}`,
    },
  ];

  return (
    <>
      {problems.length > 0 && (
        <div className="banner banner-warning" role="alert" data-testid="status-problem">
          {t('serverStatus.problem', { names: problems.map((d) => `${d.name} (${t(`serverStatus.state.${d.state}`)})`).join(', ') })}
        </div>
      )}
      <div className="chart-grid">
        {charts.map((chart) => (
          <figure key={chart.key} className="card chart" data-testid={chart.testId}>
            <figcaption>{t(chart.key)}</figcaption>
            <p className="figure-value">{chart.value}</p>
            <Sparkline values={chart.series} label={`${t(chart.key)}: ${chart.value}`} />
          </figure>
        ))}
      </div>
      <section className="card">
        <dl className="facts" data-testid="status-facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{t(fact.key)}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card">
        <h2>{t('serverStatus.dependencies')}</h2>
        {latest.dependencies.length === 0 ? (
          <p className="muted">{t('serverStatus.noDependencies')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="dependencies">
              <thead>
                <tr>
                  <th scope="col">{t('serverStatus.dependency')}</th>
                  <th scope="col">{t('serverStatus.state')}</th>
                  <th scope="col" className="num">{t('serverStatus.latencyMs')}</th>
                  <th scope="col">{t('serverStatus.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {latest.dependencies.map((dependency) => (
                  <tr key={dependency.name} data-testid="dependency">
                    <td>{dependency.name}</td>
                    <td>
                      <span className={`state state-${dependency.state}`}>{t(`serverStatus.state.${dependency.state}`)}</span>
                    </td>
                    <td className="num">{dependency.latencyMs !== null ? `${n(dependency.latencyMs, 1)} ms` : '—'}</td>
                    <td>{dependency.detail ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
