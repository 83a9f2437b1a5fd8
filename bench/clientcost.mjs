#!/usr/bin/env node
// The load tool's receive path alone: the CPU one of its clients spends per Canvas stroke received, with no
// game server sharing the measurement. A child process accepts N WebSocket connections on loopback, answers the
// JSON hub protocol's handshake and sends each connection the game's Canvas frame --rate times a second; the
// client's CPU (all threads) per 1,000 received strokes is measured for each client in turn, --rounds times.
//   node bench/clientcost.mjs [--connections 700] [--rate 30] [--seconds 10] [--rounds 2] [--clients raw,signalr]
//     [--raw-module PATH]   another module exporting RawHubConnection, e.g. an earlier bench/rawHub.mjs
// Clients: raw (bench/rawHub.mjs, the load tool's) and signalr (@microsoft/signalr) in this process; dotnet and
// dotnet-pool in a .NET process framing WebSocket as raw does (bench/ClientCost, built on first use), dotnet
// running each receive's continuation on the socket engine's thread (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1),
// dotnet-pool on the thread pool.
import * as signalR from '@microsoft/signalr';
import { fork, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import WebSocket from 'ws';

const CANVAS = '{"type":1,"target":"Canvas","arguments":[{"kind":"stroke","strokeId":6,"tool":"pen","color":23,"size":3,'
  + '"points":[722,212,717,210,716,212,719,209,714,215,716,221,721,222,726,224],"x":null,"y":null,"undone":false}]}\x1e';
const TICK_MS = 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function options(argv) {
  const o = { connections: 700, rate: 30, seconds: 10, rounds: 2, clients: ['raw', 'signalr'], rawModule: null, serve: false };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i];
    switch (argv[i]) {
      case '--connections': o.connections = Number(v()); break;
      case '--rate': o.rate = Number(v()); break;
      case '--seconds': o.seconds = Number(v()); break;
      case '--rounds': o.rounds = Number(v()); break;
      case '--clients': o.clients = v().split(','); break;
      case '--raw-module': o.rawModule = v(); break;
      case '--serve': o.serve = true; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!(o.connections >= 1 && o.connections <= 5000 && o.rate > 0 && o.rate <= 200 && o.seconds > 0 && o.seconds <= 120)) {
    throw new Error('--connections 1..5000, --rate 1..200, --seconds 1..120');
  }
  return o;
}

// The child: a WebSocket server on 127.0.0.1 that sends every handshaken connection the Canvas frame at --rate.
function serve(o) {
  const server = new WebSocket.Server({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  const ready = [];
  server.on('connection', (ws) => ws.once('message', () => { ws.send('{}\x1e'); ready.push(ws); }));
  server.on('listening', () => process.send({ port: server.address().port }));
  let next = 0, owed = 0;
  setInterval(() => {
    owed += (ready.length * o.rate * TICK_MS) / 1000;
    for (; owed >= 1 && ready.length; owed--) ready[next++ % ready.length].send(CANVAS);
  }, TICK_MS);
  process.on('disconnect', () => process.exit(0));
}

async function connectAll(o, client, url, RawHubConnection, onStroke) {
  const conns = [];
  for (let i = 0; i < o.connections; i++) {
    let conn;
    if (client === 'raw') {
      conn = new RawHubConnection(url);
      conn.onStroke?.(() => onStroke());
    } else {
      conn = new signalR.HubConnectionBuilder()
        .withUrl(url, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
        .configureLogging(signalR.LogLevel.None).build();
    }
    conn.on('Canvas', (op) => { if (op.points[0] >= 0) onStroke(); });
    await conn.start();
    conns.push(conn);
  }
  return conns;
}

const DOTNET_PROJECT = join(dirname(fileURLToPath(import.meta.url)), 'ClientCost');
const DOTNET_CLIENT = join(DOTNET_PROJECT, 'bin', 'Release', 'net10.0', 'DrawGuess.Bench.ClientCost.dll');

function buildDotnetClient() {
  const build = spawnSync('dotnet', ['build', DOTNET_PROJECT, '-c', 'Release', '--nologo', '-v', 'q'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('dotnet build bench/ClientCost failed');
}

// The .NET client measures itself (bench/ClientCost/Program.cs) and prints one JSON line.
async function measureDotnet(o, client, port) {
  const env = { ...process.env, DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS: client === 'dotnet' ? '1' : '0' };
  const run = spawn('dotnet', [DOTNET_CLIENT, String(port), String(o.connections), String(o.seconds)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  run.stdout.on('data', (d) => { out += d; });
  const code = await new Promise((r) => run.once('exit', r));
  if (code !== 0) throw new Error(`the ${client} client exited with ${code}`);
  return { client, ...JSON.parse(out) };
}

async function measure(o, client, RawHubConnection) {
  const child = fork(new URL(import.meta.url), [...process.argv.slice(2), '--serve']);
  const { port } = await new Promise((r) => child.once('message', r));
  if (client.startsWith('dotnet')) {
    try { return await measureDotnet(o, client, port); } finally { child.kill(); }
  }
  let received = 0;
  const conns = await connectAll(o, client, `http://127.0.0.1:${port}/`, RawHubConnection, () => { received++; });
  await sleep(2000); // past the first messages' compilation
  const cpu0 = process.cpuUsage(), from = received, t0 = performance.now();
  await sleep(o.seconds * 1000);
  const cpu = process.cpuUsage(cpu0), got = received - from, wall = (performance.now() - t0) / 1000;
  await Promise.all(conns.map((c) => c.stop().catch(() => {})));
  child.kill();
  const ms = (cpu.user + cpu.system) / 1000;
  return { client, received: got, perSecond: Math.round(got / wall), cpuMsPer1000: Math.round((ms * 1000 / got) * 100) / 100, kernelShare: Math.round((cpu.system / (cpu.user + cpu.system)) * 100) / 100 };
}

const o = options(process.argv.slice(2));
if (o.serve) serve(o);
else {
  const raw = await import(o.rawModule ? pathToFileURL(resolve(o.rawModule)).href : './rawHub.mjs');
  if (o.clients.some((c) => c.startsWith('dotnet'))) buildDotnetClient();
  console.log('| client | strokes received / s | CPU-ms / 1k strokes | kernel share |');
  console.log('|---|---:|---:|---:|');
  for (let round = 0; round < o.rounds; round++) {
    for (const client of o.clients) {
      const r = await measure(o, client, raw.RawHubConnection);
      console.log(`| ${r.client}${client === 'raw' && o.rawModule ? ` (${o.rawModule})` : ''} | ${r.perSecond} | ${r.cpuMsPer1000} | ${r.kernelShare} |`);
    }
  }
  process.exit(0);
}
