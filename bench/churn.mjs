// Churn soak: players connect, register, play a short two-player game, leave and disconnect, over and
// over, N parallel games at a time, until --players have come and gone. Prints the server's process
// figures (/api/status) before and after. Loopback only; docs/performance.md "Memory under churn".
//
//   node churn.mjs --url http://127.0.0.1:8080 --players 3000 --parallel 20
//
// The server should run with short phases and lifted per-address limits (every player is 127.0.0.1):
//   --Rounds:Reveal 00:00:00.2 --Limits:ConnectionsPerAddress 100000
//   --Limits:RegistrationsPerAddressPerMinute 1000000 --Limits:RoomsPerAddressPerMinute 1000000
import * as signalR from '@microsoft/signalr';

const o = { url: 'http://127.0.0.1:8080', players: 3000, parallel: 20, timeoutMs: 30000 };
for (let i = 2; i < process.argv.length; i += 2) {
  const [key, value] = [process.argv[i], process.argv[i + 1]];
  if (key === '--url') o.url = value;
  else if (key === '--players') o.players = Number(value);
  else if (key === '--parallel') o.parallel = Number(value);
  else throw new Error(`unknown option ${key}`);
}
const url = new URL(o.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('churn runs against loopback only');

const WORD = 'elephant';
const SETTINGS = { name: 'churn', isPublic: false, rounds: 1, drawingSeconds: 30, wordChoices: 1, hints: 0, customWords: [WORD], customWordsOnly: true };

async function connect() {
  const conn = new signalR.HubConnectionBuilder()
    .withUrl(new URL('/hubs/game', o.url).toString(), { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .configureLogging(signalR.LogLevel.None)
    .build();
  await conn.start();
  return conn;
}

function within(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), o.timeoutMs); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Two players, one round: each draws once, the other guesses at once; then both leave and hang up. */
async function playOneGame(n) {
  const [a, b] = await Promise.all([connect(), connect()]);
  try {
    for (const [conn, name] of [[a, `a${n}`], [b, `b${n}`]]) {
      await conn.invoke('Register', name);
      conn.on('WordOptions', () => conn.invoke('ChooseWord', 0).catch(() => undefined));
      conn.on('DrawingStarted', (d) => {
        if (d.word) conn.invoke('DrawStroke', { strokeId: 1, tool: 'pen', color: 3, size: 1, points: [10, 10, 200, 120] }).catch(() => undefined);
        else conn.invoke('SendMessage', WORD).catch(() => undefined);
      });
    }
    const over = new Promise((resolve) => a.on('GameOver', resolve));
    const snapshot = await a.invoke('CreateRoom', SETTINGS);
    await b.invoke('JoinRoom', snapshot.room.code);
    await a.invoke('StartGame');
    await within(over, `game ${n}`);
    await Promise.all([a.invoke('LeaveRoom'), b.invoke('LeaveRoom')]);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

async function status() {
  const response = await fetch(new URL('/api/status', o.url));
  const s = await response.json();
  return s.process;
}

const before = await status();
const started = Date.now();
let next = 0;
let done = 0;
let failed = 0;
const games = Math.ceil(o.players / 2);
await Promise.all(Array.from({ length: o.parallel }, async () => {
  while (next < games) {
    const n = next++;
    try { await playOneGame(n); done++; } catch (e) { failed++; if (failed <= 5) console.error(`game ${n}: ${e.message}`); }
  }
}));
const after = await status();
const mb = (bytes) => (bytes / 1048576).toFixed(1);
console.log(JSON.stringify({ players: done * 2, games: done, failed, seconds: Math.round((Date.now() - started) / 1000) }));
console.log(`workingSet MB ${mb(before.workingSetBytes)} -> ${mb(after.workingSetBytes)}; gcHeap MB ${mb(before.gcHeapBytes)} -> ${mb(after.gcHeapBytes)}`);
if (failed > 0) process.exitCode = 1;
