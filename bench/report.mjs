#!/usr/bin/env node
// Joins the JSON reports of bench/compare.sh into one markdown summary: node bench/report.mjs OUT_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const runs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  .flatMap((rep) => rep.results.map((r) => ({ ...r, idleRun: rep.options.idle })));
const load = runs.filter((r) => !r.idleRun).sort((a, b) => a.rooms - b.rooms || a.target.localeCompare(b.target));
const idle = runs.filter((r) => r.idleRun);
const v = (x) => (x == null ? '-' : x);
const lines = [];
lines.push('| rooms | players | target | stroke p50 / p95 / p99 / max ms | lost / dup | delivered msg/s | SendMessage p50 / p99 ms | timer \\|Δ\\| p50 / p99 / max ms (n) | server CPU cores | CPU-ms / 1k msgs | peak RSS MB | tool CPU / machine busy cores | drawer batches/s |');
lines.push('|---:|---:|---|---|---|---:|---|---|---:|---:|---:|---|---:|');
for (const r of load) {
  const w = r.window ?? {}; const l = w.strokeLatencyMs ?? {}; const t = w.timerDeltaMs ?? {}; const c = w.sendMessageCallMs ?? {};
  lines.push(`| ${r.rooms} | ${r.connected} | ${r.target} | ${v(l.p50)} / ${v(l.p95)} / ${v(l.p99)} / ${v(l.max)} | ${r.totals.lost} / ${r.totals.duplicates} | ${v(w.deliveredPerSecond)} | ${r.target === 'game' ? `${v(c.p50)} / ${v(c.p99)}` : '-'} | ${t.count ? `${t.p50} / ${t.p99} / ${t.max} (${t.count})` : '-'} | ${v(w.serverCpuCores)} | ${v(w.serverCpuMsPer1000Delivered)} | ${v(w.serverPeakRssMb)} | ${v(w.loadToolCpuCores)} / ${v(w.machineBusyCores)} | ${v(w.drawerBatchesPerSecond)} |`);
}
lines.push('');
lines.push('| rooms | game / relay CPU-ms per 1k msgs | game p99 / relay p99 ms |');
lines.push('|---:|---:|---|');
for (const rooms of [...new Set(load.map((r) => r.rooms))]) {
  const g = load.find((r) => r.rooms === rooms && r.target === 'game'); const x = load.find((r) => r.rooms === rooms && r.target === 'relay');
  if (!g?.window || !x?.window) continue;
  const ratio = g.window.serverCpuMsPer1000Delivered && x.window.serverCpuMsPer1000Delivered ? (g.window.serverCpuMsPer1000Delivered / x.window.serverCpuMsPer1000Delivered).toFixed(2) : '-';
  lines.push(`| ${rooms} | ${ratio}× | ${g.window.strokeLatencyMs.p99} / ${x.window.strokeLatencyMs.p99} |`);
}
if (idle.length) {
  lines.push('');
  lines.push('| target | idle players | RSS before MB | RSS connected MB | KB per player | KB per player of the second half | KB per player, held (s) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of idle) {
    const held = r.idle?.heldPerPlayerKb == null ? '-' : `${v(r.idle.heldPerPlayerKb)} (${r.idle.heldSeconds})`;
    lines.push(`| ${r.target} | ${r.connected} | ${v(r.memory.rssBeforeMb)} | ${r.idle?.rssConnectedKb == null ? '-' : (r.idle.rssConnectedKb / 1024).toFixed(1)} | ${v(r.idle?.perPlayerKb)} | ${v(r.idle?.secondHalfPerPlayerKb)} | ${held} |`);
  }
}
console.log(lines.join('\n'));
