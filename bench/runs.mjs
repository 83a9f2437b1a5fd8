#!/usr/bin/env node
// One markdown row per game run of the given bench/compare.sh output folders (bench/alternate.sh):
//   node bench/runs.mjs OUT_DIR...
// | start (UTC) | mode (canvas calls, protocol) | rooms | stroke p50 / p95 / p99 / max ms | lost / dup | delivered msg/s |
// timer |Δ| p99 / max ms | server CPU cores | CPU-ms / 1k msgs | redis-server CPU s per run | drawer batches/s | load tool CPU cores |
// load tool / server CPU | same / cross-instance p99 ms | CPU-ms / 1k msgs of the servers and redis-server | folder |
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const one = (x) => (x == null ? '–' : x.toFixed(1)); // a starved run may measure no stroke at all
for (const dir of process.argv.slice(2)) {
  for (const file of readdirSync(dir).filter((f) => /^game-\d+\.json$/.test(f))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const r of report.results) {
      const w = r.window; const s = w.strokeLatencyMs; const t = w.timerDeltaMs;
      const redisCpu = join(dir, `game-${r.rooms}.redis-cpu`);
      const redis = existsSync(redisCpu) ? readFileSync(redisCpu, 'utf8').trim() : null;
      const variant = [r.canvasCalls, r.protocol, r.client].filter(Boolean).join(', ');
      const instances = r.instances > 1 ? ` × ${r.instances}${r.placement === 'rooms' ? ' by room' : ''}` : '';
      const split = w.strokeLatencyCrossInstanceMs ? `${one(w.strokeLatencySameInstanceMs.p99)} / ${one(w.strokeLatencyCrossInstanceMs.p99)}` : '–';
      console.log(`| ${report.at.slice(11, 16)} | ${redis ? 'Redis' : 'in memory'}${instances}${variant ? ` (${variant})` : ''} | ${r.rooms} | ${one(s.p50)} / ${one(s.p95)} / **${one(s.p99)}** / ${one(s.max)} | ${r.totals.lost} / ${r.totals.duplicates} | ${Math.round(w.deliveredPerSecond).toLocaleString('en')} | ${t.count ? `${t.p99} / ${t.max}` : '–'} | ${w.serverCpuCores.toFixed(2)} | ${one(w.serverCpuMsPer1000Delivered)} | ${redis ?? '–'} | ${w.drawerBatchesPerSecond ?? '–'} | ${w.loadToolCpuCores ?? '–'} | ${w.loadToolPerServerCpu ?? '–'} | ${split} | ${w.totalCpuMsPer1000Delivered ?? '–'} | ${basename(dir)} |`);
    }
  }
}
