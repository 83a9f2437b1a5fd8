#!/usr/bin/env node
// DrawGuess load tool: R rooms x P players play real games over the real SignalR JS client
// (WebSockets, skipNegotiation) against a server on this machine (loopback only), or drive the same
// stroke load against the minimal relay in bench/Relay (--target relay).
// Usage: see bench/README.md and docs/performance.md.
import * as signalR from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { RawHubConnection } from './rawHub.mjs';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import os from 'node:os';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const o = {
    url: 'http://127.0.0.1:8080', target: 'game', serverPids: [], redisPid: null, rooms: 50, players: 8, seconds: 20,
    warmup: 15, workers: 2, fps: 30, points: 8, ramp: null, smoke: false, idle: false, out: null, p99Limit: 100, placement: 'players',
    drawingSeconds: 30, connectConcurrency: 128, backgroundRooms: 0, drain: 3, quiet: false, label: null,
    canvasCalls: 'send', protocol: 'json', client: null, mix: false, lobbyPlayers: 0, lobbyCycle: 30, hold: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    switch (a) {
      case '--url': o.url = next(); break;
      case '--target': o.target = next(); break;
      case '--server-pid': o.serverPids = next().split(',').map(Number); break;
      case '--redis-pid': o.redisPid = Number(next()); break;
      case '--rooms': o.rooms = Number(next()); break;
      case '--players': o.players = Number(next()); break;
      case '--seconds': o.seconds = Number(next()); break;
      case '--warmup': o.warmup = Number(next()); break;
      case '--workers': o.workers = Number(next()); break;
      case '--fps': o.fps = Number(next()); break;
      case '--points': o.points = Number(next()); break;
      case '--drawing-seconds': o.drawingSeconds = Number(next()); break;
      case '--p99-limit': o.p99Limit = Number(next()); break;
      case '--connect-concurrency': o.connectConcurrency = Number(next()); break;
      case '--out': o.out = next(); break;
      case '--background-rooms': o.backgroundRooms = Number(next()); break;
      case '--lobby-players': o.lobbyPlayers = Number(next()); break;
      case '--lobby-cycle': o.lobbyCycle = Number(next()); break;
      case '--mix': o.mix = true; break;
      case '--label': o.label = next(); break;
      case '--canvas-calls': o.canvasCalls = next(); break;
      case '--protocol': o.protocol = next(); break;
      case '--client': o.client = next(); break;
      case '--placement': o.placement = next(); break;
      case '--ramp': {
        const v = argv[i + 1];
        if (v && /^[0-9,]+$/.test(v)) { o.ramp = v.split(',').map(Number); i++; } else o.ramp = [25, 50, 100, 150, 200, 250, 300];
        break;
      }
      case '--idle': o.idle = true; break;
      case '--hold': o.hold = Number(next()); break;
      case '--smoke': o.smoke = true; break;
      case '--quiet': o.quiet = true; break;
      case '-h': case '--help': console.log(readFileSync(new URL('./README.md', import.meta.url), 'utf8')); process.exit(0);
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (o.smoke) { o.rooms = 3; o.players = 4; o.seconds = 6; o.warmup = 0; o.workers = 1; o.drain = 1.5; o.ramp = null; o.idle = false; }
  if (!['game', 'relay'].includes(o.target)) throw new Error('--target must be game or relay');
  if (!['send', 'invoke'].includes(o.canvasCalls)) throw new Error('--canvas-calls must be send or invoke');
  if (!['json', 'msgpack'].includes(o.protocol)) throw new Error('--protocol must be json or msgpack');
  o.client ??= o.protocol === 'msgpack' ? 'signalr' : 'raw'; // the raw client speaks JSON only
  if (!['signalr', 'raw'].includes(o.client)) throw new Error('--client must be signalr or raw');
  if (o.client === 'raw' && o.protocol !== 'json') throw new Error('--client raw speaks the JSON protocol only');
  if (!(o.players >= 2 && o.players <= 12)) throw new Error('--players must be 2..12');
  if (!(o.rooms >= 1 && o.rooms <= 1000)) throw new Error('--rooms must be 1..1000');
  if (!(o.seconds > 0 && o.seconds <= 600)) throw new Error('--seconds must be 1..600 (the tool always stops by itself)');
  if (!(o.fps > 0 && o.fps <= 60)) throw new Error('--fps must be 1..60 (the server allows 60 batches/s sustained)');
  if (!(o.points >= 1 && o.points <= 128)) throw new Error('--points must be 1..128');
  if (!(Number.isInteger(o.workers) && o.workers >= 1 && o.workers <= 16)) throw new Error('--workers must be 1..16');
  if (!(Number.isInteger(o.lobbyPlayers) && o.lobbyPlayers >= 0 && o.lobbyPlayers <= 8000)) throw new Error('--lobby-players must be 0..8000');
  if (!(o.lobbyCycle >= 5 && o.lobbyCycle <= 600)) throw new Error('--lobby-cycle must be 5..600 seconds');
  if ((o.mix || o.lobbyPlayers > 0) && (o.target !== 'game' || o.ramp || o.idle)) throw new Error('--mix and --lobby-players are for one game run (no --ramp, --idle or relay)');
  if (!['players', 'rooms'].includes(o.placement)) throw new Error('--placement must be players or rooms');
  o.urls = o.url.split(',');
  for (const url of o.urls) {
    const host = new URL(url).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) {
      throw new Error(`refusing to load ${host}: this tool only targets loopback (127.0.0.0/8, localhost, [::1])`);
    }
  }
  if (o.urls.length > 1 && o.target !== 'game') throw new Error('several --url need the game (instances sharing one Redis); the relay has no backplane');
  return o;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rand = (a, b) => a + Math.random() * (b - a);
const randInt = (a, b) => Math.floor(rand(a, b + 1));
const log = (...a) => { if (!OPTS.quiet) console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a); };

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}
function summarize(samples) {
  const s = Float64Array.from(samples).sort();
  const r = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return { count: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s.length ? s[s.length - 1] : null) };
}
function errorCode(e) {
  const m = String(e?.message ?? e);
  const hub = /HubException: ([A-Z_]+)/.exec(m);
  if (hub) return hub[1];
  if (m.includes('Failed to invoke')) return 'BAD_REQUEST';
  if (/closed|connection/i.test(m)) return 'CONNECTION';
  return 'OTHER';
}

// /proc figures for a server process (Linux). Absent pid: all null.
const CLK_TCK = 100;
function procCpuSeconds(pid) {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK; // utime + stime (fields 14, 15)
  } catch { return null; }
}
// Summed over several processes (the instances): null when any is unreadable.
function sumOver(pids, read) {
  if (pids.length === 0) return null;
  let total = 0;
  for (const pid of pids) { const v = read(pid); if (v == null) return null; total += v; }
  return total;
}
function procRssKb(pid) {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch { return null; }
}

// The whole machine: busy share of all cores (from /proc/stat) and the load average, to show how
// much of the machine other work took during a run.
function machineTicks() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] || 0);
    return { total: f.reduce((a, b) => a + b, 0), idle };
  } catch { return null; }
}
function loadAvg() { try { return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]); } catch { return null; } }

// ---------------------------------------------------------------------------------------------
// Metrics of one run
// ---------------------------------------------------------------------------------------------
class Metrics {
  constructor() {
    this.measuring = false;
    this.strokeLatency = [];
    this.strokeLatencySame = []; this.strokeLatencyCross = []; // receiver on the drawer's instance, or on another (several --url)
    this.strokesDeliveredCross = 0;
    this.chatCallLatency = [];
    this.drawCallLatency = [];
    this.timerDelta = [];
    this.delivered = 0; // every hub event received while measuring
    this.deliveredStrokes = 0;
    this.deliveredTotal = 0;
    this.strokesSent = 0; this.strokesAccepted = 0; this.strokesRejected = 0;
    this.strokesDeliveredTotal = 0;
    this.roomsWithoutCross = 0;
    this.lobbyCycles = 0; // rooms lobby players created and left in the window
    this.drawTicks = 0; this.drawTickGapMs = 0; // the drawers' actual batch rate, against --fps
    this.duplicates = 0; this.unexpected = 0; this.lost = 0;
    this.errors = {};
    this.closeReasons = {}; // the client's error of each unexpected disconnect
    this.turnsStarted = 0; this.drawingStarted = 0; this.correctGuesses = 0; this.closeGuesses = 0;
    this.chatSent = 0; this.turnsEnded = 0; this.gamesOver = 0; this.gamesStopped = 0; this.disconnects = 0;
  }
  error(where, e) { const k = `${where}:${errorCode(e)}`; this.errors[k] = (this.errors[k] ?? 0) + 1; }
}

// ---------------------------------------------------------------------------------------------
// Clients
// ---------------------------------------------------------------------------------------------
// One timer per worker thread runs every drawer's tick --fps times a second: it fires CLOCK_SLOTS times per
// batch period and each drawer sits in one slot, taken at random so that rooms do not all send in the same
// millisecond. A busy event loop runs the timer late: it then runs every slot that came due since, each
// drawer at most once, so batches are skipped, not queued: the gaps between a drawer's ticks show the rate
// actually drawn.
const CLOCK_SLOTS = 8;
class DrawClock {
  constructor(o, m) {
    this.m = m; this.slotMs = 1000 / o.fps / CLOCK_SLOTS;
    this.slots = Array.from({ length: CLOCK_SLOTS }, () => new Set()); this.timer = null; this.start = 0; this.done = 0;
  }
  add(tick) { // -> a function that removes the drawer
    const slot = this.slots[randInt(0, CLOCK_SLOTS - 1)];
    const drawer = { tick, last: null };
    slot.add(drawer);
    if (!this.timer) { this.start = performance.now(); this.done = 0; this.timer = setInterval(() => this.run(), this.slotMs); }
    return () => slot.delete(drawer);
  }
  run() {
    const now = performance.now(), m = this.m;
    const due = Math.floor((now - this.start) / this.slotMs);
    for (let n = Math.max(this.done + 1, due - CLOCK_SLOTS + 1); n <= due; n++) {
      for (const drawer of this.slots[n % CLOCK_SLOTS]) {
        if (m.measuring && drawer.last != null) { m.drawTicks++; m.drawTickGapMs += now - drawer.last; }
        drawer.last = now;
        drawer.tick();
      }
    }
    this.done = due;
  }
  stop() { clearInterval(this.timer); this.timer = null; }
}
let CLOCK; // the worker's DrawClock
function everyBatch(player, tick) { player.timers.push(CLOCK.add(tick)); }

function hubUrl(o, instance) { return new URL(o.target === 'relay' ? '/hubs/relay' : '/hubs/game', o.urls[instance]).toString(); }

// instance: the index of the --url this client connects to.
async function connect(o, m, instance = 0) {
  const conn = o.client === 'raw' ? new RawHubConnection(hubUrl(o, instance)) : signalRConnection(o, instance);
  conn.onclose((e) => {
    if (conn._benchStopping) return;
    m.disconnects++;
    const why = String(e?.message ?? e ?? 'closed without an error').slice(0, 120);
    m.closeReasons[why] = (m.closeReasons[why] ?? 0) + 1;
  });
  for (let attempt = 1; ; attempt++) { // a server that has just started may refuse the first connections
    try { await conn.start(); return conn; } catch (e) { if (attempt >= 5) throw e; await sleep(500 * attempt); }
  }
}

function signalRConnection(o, instance) {
  const builder = new signalR.HubConnectionBuilder()
    .withUrl(hubUrl(o, instance), { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .configureLogging(signalR.LogLevel.None);
  if (o.protocol === 'msgpack') builder.withHubProtocol(new MessagePackHubProtocol());
  const conn = builder.build();
  conn.serverTimeoutInMilliseconds = 120000;
  conn.keepAliveIntervalInMilliseconds = 15000;
  return conn;
}

async function pool(items, concurrency, fn) {
  let i = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (i < items.length) { const idx = i++; await fn(items[idx], idx); }
  });
  await Promise.all(workers);
}

const WORDS = ['elephant', 'giraffe', 'penguin', 'umbrella', 'volcano', 'bicycle', 'lighthouse', 'pineapple',
  'snowman', 'rainbow', 'dinosaur', 'octopus', 'backpack', 'windmill', 'tornado', 'mushroom', 'scissors',
  'kangaroo', 'sandwich', 'telescope'];
const WRONG = ['cat', 'dog', 'house', 'tree', 'car', 'sun', 'boat', 'fish', 'apple', 'chair', 'is it a bird',
  'no idea', 'maybe a hat', 'looks like a lamp', 'flower', 'train', 'guitar', 'moon'];
const CHAT = ['nice drawing', 'haha', 'gg', 'so close', 'that was fast', 'lol', 'good one', 'wow'];

function closeTo(word) { // one substitution away (Levenshtein 1), never the word itself
  const i = Math.floor(word.length / 2);
  const c = word[i] === 'x' ? 'z' : 'x';
  return word.slice(0, i) + c + word.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------
// Strokes: one drawer's generator and the room's ledger of sent batches
// ---------------------------------------------------------------------------------------------
class Ledger {
  // key -> { sentAt, expected, got, state: 'pending'|'accepted'|'rejected', measured }
  // refusals: stroke tag ("turn:strokeId") -> CanvasRefused events not yet matched to a batch. A sent batch has no
  // answer of its own, and a refusal names only its stroke: after the drain, an undelivered batch of a refused
  // stroke is a refused one, not a loss (the server never delivers a refused batch).
  constructor(m) { this.m = m; this.map = new Map(); this.refusals = new Map(); this.split = OPTS.urls.length > 1; this.crossDelivered = 0; }
  sent(key, expected, tag, instance = 0) {
    this.map.set(key, { sentAt: performance.now(), expected, got: 0, state: 'pending', measured: this.m.measuring, tag, instance });
    this.m.strokesSent++;
  }
  result(key, ok) {
    const e = this.map.get(key);
    if (!e) return;
    e.state = ok ? 'accepted' : 'rejected';
    if (ok) { this.m.strokesAccepted++; if (e.got === e.expected) this.map.delete(key); } else this.m.strokesRejected++;
  }
  received(key, instance = 0) {
    const now = performance.now();
    const e = this.map.get(key);
    this.m.strokesDeliveredTotal++;
    if (!e) { this.m.duplicates++; return; } // fully delivered (deleted) or never sent: a duplicate
    if (e.state === 'rejected') { this.m.unexpected++; }
    e.got++;
    if (e.got > e.expected) { this.m.duplicates++; return; }
    const cross = instance !== e.instance;
    if (cross) { this.m.strokesDeliveredCross++; this.crossDelivered++; }
    if (this.m.measuring && e.measured) {
      this.m.strokeLatency.push(now - e.sentAt);
      if (this.split) (cross ? this.m.strokeLatencyCross : this.m.strokeLatencySame).push(now - e.sentAt);
    }
    if (e.got === e.expected && e.state === 'accepted') this.map.delete(key);
  }
  outstanding() { let n = 0; for (const e of this.map.values()) if (e.state !== 'rejected') n += e.expected - e.got; return n; }
  refused(tag) { this.refusals.set(tag, (this.refusals.get(tag) ?? 0) + 1); }
  finish() { // after the drain: accepted batches not delivered to every receiver are losses
    for (const e of this.map.values()) {
      if (e.state !== 'accepted') continue;
      const refusals = e.got === 0 ? this.refusals.get(e.tag) ?? 0 : 0;
      if (refusals > 0) { this.refusals.set(e.tag, refusals - 1); continue; }
      this.m.lost += e.expected - e.got;
    }
  }
}

class StrokeGen {
  constructor(points) { this.points = points; this.strokeId = 0; this.left = 0; this.x = 800; this.y = 450; this.seen = new Set(); }
  next() {
    if (this.left <= 0) { // a new stroke of 10..40 batches (0.3-1.3 s at 30/s)
      this.strokeId++; this.left = randInt(10, 40); this.seen.clear();
      this.x = randInt(100, 1500); this.y = randInt(100, 800);
      this.color = randInt(0, 23); this.size = randInt(0, 3);
    }
    this.left--;
    const pts = new Array(this.points * 2);
    for (let i = 0; i < this.points; i++) {
      this.x = Math.min(1599, Math.max(0, this.x + randInt(-6, 6)));
      this.y = Math.min(899, Math.max(0, this.y + randInt(-6, 6)));
      pts[2 * i] = this.x; pts[2 * i + 1] = this.y;
    }
    const batch = { strokeId: this.strokeId, tool: 'pen', color: this.color, size: this.size, points: pts };
    let key = batchKey(batch);
    while (this.seen.has(key)) { pts[0] = (pts[0] + 1) % 1600; key = batchKey(batch); }
    this.seen.add(key);
    return { key, batch };
  }
}
// The key a receiver can rebuild from the relayed batch: strokeId + first point + length, as one
// number (exact below 2^53 for any stroke id a run reaches), so that the 7 deliveries of each batch
// look it up without building a string each.
const strokeKey = (strokeId, x0, y0, coordinates) => ((strokeId * 1600 + x0) * 900 + y0) * 256 + coordinates;
const batchKey = (b) => strokeKey(b.strokeId, b.points[0], b.points[1], b.points.length);

// ---------------------------------------------------------------------------------------------
// Game rooms (target game)
// ---------------------------------------------------------------------------------------------
class GameRoom {
  constructor(index, o, m) {
    this.index = index; this.o = o; this.m = m; this.players = []; this.ledger = new Ledger(m);
    this.word = null; this.turnId = null; this.drawerId = null; this.stopped = false;
  }

  async setup() {
    const o = this.o, m = this.m;
    for (let p = 0; p < o.players; p++) {
      // By default a room's players take turns over the instances, so every drawer has receivers on each; with
      // --placement rooms each room is on one instance (as behind a load balancer that routes by room).
      const instance = (o.placement === 'rooms' ? this.index : p) % o.urls.length;
      const conn = await connect(o, m, instance);
      const player = { conn, room: this, index: p, instance, id: null, timers: [], guessed: false, lastPhaseEnd: null };
      this.players.push(player);
      this.wire(player);
      const session = await conn.invoke('Register', `b${this.index}p${p}`);
      player.id = session.playerId;
    }
    const host = this.players[0];
    const snap = await host.conn.invoke('CreateRoom', {
      name: `bench ${this.index}`, isPublic: false, maxPlayers: Math.max(2, o.players), rounds: 10,
      drawingSeconds: o.drawingSeconds, wordChoices: 3, hints: 2, language: 'en', customWords: WORDS, customWordsOnly: true,
    });
    this.roomId = snap.room.roomId;
    for (const p of this.players.slice(1)) await p.conn.invoke('JoinRoom', snap.room.code);
  }

  async start() { await this.players[0].conn.invoke('StartGame'); }

  wire(player) {
    const { conn } = player; const m = this.m;
    const count = () => { m.deliveredTotal++; if (m.measuring) m.delivered++; };
    const timer = (phaseEndsAt) => { // arrival of a phase event vs the end the server scheduled for the phase before it
      if (player.lastPhaseEnd != null && m.measuring) m.timerDelta.push(Date.now() - player.lastPhaseEnd);
      player.lastPhaseEnd = phaseEndsAt ?? null;
    };
    conn.on('Canvas', (op) => {
      count();
      if (m.measuring) m.deliveredStrokes++;
      if (op.kind === 'stroke') this.ledger.received(batchKey(op), player.instance);
    });
    conn.onStroke?.((strokeId, x0, y0, coordinates) => { // the raw client's strokes, never parsed
      count();
      if (m.measuring) m.deliveredStrokes++;
      this.ledger.received(strokeKey(strokeId, x0, y0, coordinates), player.instance);
    });
    conn.on('TurnStarted', (t) => {
      count(); timer(t.phaseEndsAt);
      player.guessed = false; this.clearTimers(player);
      if (player.index === 0) { m.turnsStarted++; this.turnId = t.turnId; this.drawerId = t.drawerId; this.word = null; }
    });
    conn.on('WordOptions', (w) => {
      count();
      player.timers.push(setTimeout(() => {
        if (this.stopped) return;
        conn.invoke('ChooseWord', randInt(0, w.options.length - 1)).catch((e) => m.error('ChooseWord', e));
      }, this.o.smoke ? 100 : rand(300, 1500)));
    });
    conn.on('DrawingStarted', (d) => {
      count();
      // The choosing phase normally ends early by ChooseWord: start timing from the drawing phase.
      player.lastPhaseEnd = d.phaseEndsAt;
      if (d.word) { this.word = d.word; m.drawingStarted++; this.startDrawing(player); } else this.startGuessing(player, d);
    });
    conn.on('TurnEnded', (t) => {
      count();
      // Only a drawing phase that ran out is a timer event; an early end (all guessed) is not.
      if (t.reason === 'timeUp') timer(t.phaseEndsAt); else player.lastPhaseEnd = t.phaseEndsAt;
      this.clearTimers(player);
      if (player.index === 0) m.turnsEnded++;
    });
    // A refused sent batch cannot be told from the others of its stroke, so a refusal run also counts its batch as lost.
    conn.on('CanvasRefused', (r) => {
      count(); m.strokesRejected++; m.error(r.method, { message: `HubException: ${r.code}` });
      this.ledger.refused(`${player.drawTurn}:${r.strokeId}`);
    });
    conn.on('YouGuessed', () => { count(); player.guessed = true; m.correctGuesses++; });
    conn.on('CloseGuess', () => { count(); m.closeGuesses++; });
    conn.on('GameOver', () => { count(); if (player.index === 0) m.gamesOver++; player.lastPhaseEnd = null; });
    conn.on('GameStopped', () => { count(); if (player.index === 0) m.gamesStopped++; });
    for (const ev of ['ChatMessage', 'PlayerGuessed', 'HintUpdated', 'RoomUpdated', 'PlayerJoined', 'GameStarted', 'VoteKickUpdated', 'LobbyRoomUpdated', 'LobbyRoomRemoved', 'Kicked', 'SessionReplaced']) {
      conn.on(ev, count);
    }
  }

  clearTimers(player) {
    for (const t of player.timers) { if (typeof t === 'function') t(); else clearTimeout(t); }
    player.timers = [];
  }

  startDrawing(player) {
    const o = this.o, m = this.m, gen = new StrokeGen(o.points);
    const receivers = this.players.length - 1;
    const turn = player.drawTurn = (player.drawTurn ?? 0) + 1; // stroke ids start again every turn
    const tick = () => {
      if (this.stopped) return;
      const { key, batch } = gen.next();
      this.ledger.sent(key, receivers, `${turn}:${batch.strokeId}`, player.instance);
      if (o.canvasCalls === 'send') { // no completion: accepted unless a CanvasRefused says otherwise
        player.conn.send('DrawStroke', batch).then(() => this.ledger.result(key, true), (e) => { this.ledger.result(key, false); m.error('DrawStroke', e); });
        return;
      }
      const t0 = performance.now();
      player.conn.invoke('DrawStroke', batch).then(() => {
        if (m.measuring) m.drawCallLatency.push(performance.now() - t0);
        this.ledger.result(key, true);
      }, (e) => { this.ledger.result(key, false); m.error('DrawStroke', e); });
    };
    everyBatch(player, tick);
  }

  startGuessing(player, d) {
    const o = this.o, m = this.m;
    const drawingMs = d.remainingMs;
    // Per turn: usually one holdout who never finds the word (the turn runs out: a timer event);
    // in half the turns everybody finds it (an early end, then the 5 s reveal timer).
    const guessers = this.players.filter((p) => p.id !== this.drawerId);
    const holdout = Math.random() < 0.5 ? guessers[guessers.length - 1] : null;
    const rightAt = o.smoke ? rand(1000, 3000) : rand(0.2, 0.7) * drawingMs;
    const closeAt = rightAt - rand(500, 2000);
    const started = performance.now();
    let closeSent = false;
    const say = () => {
      if (this.stopped || !this.word) return;
      const elapsed = performance.now() - started;
      let text;
      if (player.guessed) text = CHAT[randInt(0, CHAT.length - 1)];
      else if (player !== holdout && elapsed >= rightAt) text = this.word;
      else if (player !== holdout && !closeSent && elapsed >= closeAt) { text = closeTo(this.word); closeSent = true; }
      else text = WRONG[randInt(0, WRONG.length - 1)];
      const t0 = performance.now();
      m.chatSent++;
      player.conn.invoke('SendMessage', text).then(() => {
        if (m.measuring) m.chatCallLatency.push(performance.now() - t0);
      }, (e) => m.error('SendMessage', e));
    };
    // About one message per 2-4 s per guesser: under the 5 messages / 3 s limit.
    const loop = () => {
      if (this.stopped) return;
      say();
      player.timers.push(setTimeout(loop, o.smoke ? rand(1000, 1300) : rand(2000, 4000)));
    };
    player.timers.push(setTimeout(loop, rand(200, 1500)));
  }

  stop() { this.stopped = true; for (const p of this.players) this.clearTimers(p); }
  async close() {
    await Promise.all(this.players.map((p) => { p.conn._benchStopping = true; return p.conn.stop().catch(() => {}); }));
  }
}

// ---------------------------------------------------------------------------------------------
// Relay rooms (target relay): the same stroke load, no game logic
// ---------------------------------------------------------------------------------------------
class RelayRoom {
  constructor(index, o, m) { this.index = index; this.o = o; this.m = m; this.players = []; this.ledger = new Ledger(m); this.stopped = false; }
  async setup() {
    for (let p = 0; p < this.o.players; p++) {
      const conn = await connect(this.o, this.m);
      const player = { conn, index: p, timers: [] };
      this.players.push(player);
      const received = (key) => {
        this.m.deliveredTotal++;
        if (this.m.measuring) { this.m.delivered++; this.m.deliveredStrokes++; }
        this.ledger.received(key);
      };
      conn.on('Canvas', (op) => received(batchKey(op)));
      conn.onStroke?.((strokeId, x0, y0, coordinates) => received(strokeKey(strokeId, x0, y0, coordinates)));
      await conn.invoke('Join', `room-${this.index}`);
    }
  }
  stop() { this.stopped = true; for (const p of this.players) GameRoom.prototype.clearTimers.call(this, p); }
  async close() { await Promise.all(this.players.map((p) => { p.conn._benchStopping = true; return p.conn.stop().catch(() => {}); })); }
}
// The same drawer loop as the game's, calling the relay's Draw.
RelayRoom.prototype.startDrawing = function (player) {
  const o = this.o, m = this.m, gen = new StrokeGen(o.points), receivers = this.players.length - 1;
  const tick = () => {
    if (this.stopped) return;
    const { key, batch } = gen.next();
    this.ledger.sent(key, receivers);
    const t0 = performance.now();
    player.conn.invoke('Draw', batch).then(() => {
      if (m.measuring) m.drawCallLatency.push(performance.now() - t0);
      this.ledger.result(key, true);
    }, (e) => { this.ledger.result(key, false); m.error('Draw', e); });
  };
  everyBatch(player, tick);
};
RelayRoom.prototype.start = async function () { this.m.turnsStarted++; this.m.drawingStarted++; this.startDrawing(this.players[0]); };

// ---------------------------------------------------------------------------------------------
// One run at R rooms. The rooms are shared out among --workers worker threads, each with its own
// event loop, so that the tool's own queueing adds less to the latencies it measures; the main
// thread only paces the phases and reads /proc. A room and all its players live in one worker, so
// each latency is still measured on one clock.
// ---------------------------------------------------------------------------------------------
function shares(total, parts, offset) {
  return Array.from({ length: parts }, (_, w) => {
    const first = Math.floor((total * w) / parts), next = Math.floor((total * (w + 1)) / parts);
    return { first: offset + first, count: next - first };
  });
}

// A player in the lobby (--lobby-players, --mix): registered and watching the public room list; every
// --lobby-cycle seconds (±50 %) it creates a public room, stays 2 s and leaves, so the other watchers
// see rooms come and go as players arrive and leave.
class LobbyPlayer {
  constructor(index, o, m) { this.index = index; this.o = o; this.m = m; this.conn = null; this.timer = null; }
  async setup() {
    this.conn = await connect(this.o, this.m);
    const count = () => { this.m.deliveredTotal++; if (this.m.measuring) this.m.delivered++; };
    for (const event of ['LobbyRoomUpdated', 'LobbyRoomRemoved', 'RoomUpdated', 'PlayerJoined']) this.conn.on(event, count);
    await this.conn.invoke('Register', `lobby${this.index}`);
    await this.conn.invoke('WatchLobby');
  }
  start() {
    const cycle = async () => {
      try {
        await this.conn.invoke('CreateRoom', { name: `lobby ${this.index}`, isPublic: true, maxPlayers: 8, rounds: 3, drawingSeconds: 60, wordChoices: 3, hints: 2, language: 'en' });
        await sleep(2000);
        await this.conn.invoke('LeaveRoom');
        await this.conn.invoke('WatchLobby');
        if (this.m.measuring) this.m.lobbyCycles++;
      } catch (e) { this.m.error('lobby', e); }
      if (this.timer) this.timer = setTimeout(cycle, this.o.lobbyCycle * 1000 * (0.5 + Math.random()));
    };
    this.timer = setTimeout(cycle, this.o.lobbyCycle * 1000 * Math.random());
  }
  stop() { clearTimeout(this.timer); this.timer = null; }
  async close() { this.stop(); if (this.conn) { this.conn._benchStopping = true; await this.conn.stop().catch(() => {}); } }
}

class RoomWorker { // the main thread's handle on one worker: ask(type) -> its reply
  constructor(o, share, background) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { o, share, background } });
    this.pending = new Map(); this.next = 0;
    this.worker.on('message', ({ id, reply }) => { this.pending.get(id)?.resolve(reply); this.pending.delete(id); });
    this.worker.on('error', (e) => { for (const p of this.pending.values()) p.reject(e); this.pending.clear(); });
  }
  ask(type) {
    const id = this.next++;
    return new Promise((resolve, reject) => { this.pending.set(id, { resolve, reject }); this.worker.postMessage({ id, type }); });
  }
}

// The worker side: its rooms and their metrics, driven by the main thread's asks.
function serveRooms({ o, share, background }) {
  OPTS = o;
  const m = new Metrics();
  CLOCK = new DrawClock(o, m);
  const Room = o.target === 'relay' ? RelayRoom : GameRoom;
  const list = Array.from({ length: share.count }, (_, i) => new Room(share.first + i, o, m));
  // Background rooms: connected, registered and seated like the others, but they never start a game
  // (idle players that cost the server only their connection and state).
  const idle = Array.from({ length: background.count }, (_, i) => new Room(background.first + i, o, new Metrics()));
  const lobby = Array.from({ length: background.lobbyCount ?? 0 }, (_, i) => new LobbyPlayer((background.lobbyFirst ?? 0) + i, o, m));
  const elu = monitorEventLoopDelay({ resolution: 10 });
  const handlers = {
    async setup() {
      let setupError = null;
      try {
        await pool([...list, ...idle], Math.max(1, Math.floor(o.connectConcurrency / o.players / o.workers)), (r) => r.setup());
        await pool(lobby, Math.max(1, Math.floor(o.connectConcurrency / o.workers)), (p) => p.setup());
      } catch (e) { setupError = String(e?.message ?? e); }
      return {
        setupError, connected: list.reduce((n, r) => n + r.players.length, 0),
        backgroundConnected: idle.reduce((n, r) => n + r.players.length, 0), lobbyConnected: lobby.filter((p) => p.conn).length,
      };
    },
    async start() {
      elu.enable();
      for (const p of lobby) p.start();
      try { await Promise.all(list.map((r) => r.start())); return { startError: null }; } catch (e) { return { startError: `start: ${e?.message ?? e}` }; }
    },
    async measure() { m.measuring = true; return {}; },
    async stop() {
      m.measuring = false;
      elu.disable();
      for (const r of list) r.stop();
      CLOCK.stop();
      for (const p of lobby) p.stop();
      return { eventLoopDelayP99Ms: elu.percentile(99) / 1e6 };
    },
    async drain() {
      // Let in-flight batches arrive: at least --drain seconds, then until nothing is outstanding or
      // nothing arrived for 5 s (at most 30 s). What is still missing then is lost.
      const started = performance.now();
      await sleep(o.drain * 1000);
      const outstanding = () => list.reduce((n, r) => n + r.ledger.outstanding(), 0);
      let lastDelivered = m.strokesDeliveredTotal, quietSince = performance.now();
      const drainEnd = performance.now() + 30000;
      while (outstanding() > 0 && performance.now() < drainEnd && performance.now() - quietSince < 5000) {
        await sleep(250);
        if (m.strokesDeliveredTotal !== lastDelivered) { lastDelivered = m.strokesDeliveredTotal; quietSince = performance.now(); }
      }
      for (const r of list) r.ledger.finish();
      if (o.urls.length > 1) m.roomsWithoutCross = list.filter((r) => r.ledger.crossDelivered === 0).length;
      return { drainSeconds: (performance.now() - started) / 1000, metrics: { ...m } };
    },
    async close() { await pool([...list, ...idle, ...lobby], 16, (r) => r.close()); return {}; },
  };
  parentPort.on('message', async ({ id, type }) => parentPort.postMessage({ id, reply: await handlers[type]() }));
}

const LATENCY_LISTS = ['strokeLatency', 'strokeLatencySame', 'strokeLatencyCross', 'chatCallLatency', 'drawCallLatency', 'timerDelta'];
function mergeMetrics(parts) {
  const all = new Metrics();
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      if (LATENCY_LISTS.includes(k)) { for (const x of v) all[k].push(x); } else if (k === 'errors' || k === 'closeReasons') {
        for (const [e, n] of Object.entries(v)) all[k][e] = (all[k][e] ?? 0) + n;
      } else if (typeof v === 'number') all[k] += v;
    }
  }
  return all;
}

async function runOnce(o, rooms) {
  const pids = o.serverPids;
  const rss = () => sumOver(pids, procRssKb);
  const rssBefore = rss();
  const workers = Math.max(1, Math.min(o.workers, rooms));
  // --mix: beside each playing room, half a room of players seated and waiting, and four players in the lobby.
  const backgroundRooms = o.mix ? Math.ceil(rooms / 2) : o.backgroundRooms, lobbyPlayers = o.mix ? 4 * rooms : o.lobbyPlayers;
  const roomShares = shares(rooms, workers, 0), backgroundShares = shares(backgroundRooms, workers, rooms), lobbyShares = shares(lobbyPlayers, workers, 0);
  const pool_ = roomShares.map((share, w) => new RoomWorker(o, share, { ...backgroundShares[w], lobbyFirst: lobbyShares[w].first, lobbyCount: lobbyShares[w].count }));
  const askAll = (type) => Promise.all(pool_.map((w) => w.ask(type)));
  const t0 = performance.now();
  log(`${o.target}: setting up ${rooms} rooms x ${o.players} players in ${workers} worker thread(s)`);
  const ready = await askAll('setup');
  const setupError = ready.find((r) => r.setupError)?.setupError ?? null;
  const setupSeconds = (performance.now() - t0) / 1000;
  await sleep(1000);
  const rssConnected = rss();
  const connected = ready.reduce((n, r) => n + r.connected, 0);
  const backgroundConnected = ready.reduce((n, r) => n + r.backgroundConnected, 0);
  const lobbyConnected = ready.reduce((n, r) => n + (r.lobbyConnected ?? 0), 0);
  const allConnected = connected + backgroundConnected + lobbyConnected;
  const result = {
    target: o.target, rooms, players: o.players, connected, backgroundConnected, lobbyConnected, allConnected, fps: o.fps, pointsPerBatch: o.points,
    seconds: o.seconds, warmupSeconds: o.warmup, workers, setupSeconds: round(setupSeconds), setupError,
    canvasCalls: o.target === 'game' ? o.canvasCalls : 'invoke', protocol: o.protocol, client: o.client, instances: o.urls.length, placement: o.placement,
  };
  if (setupError) { log('setup failed:', setupError); }

  let m = new Metrics();
  if (!setupError) {
    const started = await askAll('start');
    result.setupError = started.find((s) => s.startError)?.startError ?? null;
    await sleep(o.warmup * 1000);
    // Measurement window
    await askAll('measure');
    const cpu0 = sumOver(pids, procCpuSeconds), redis0 = procCpuSeconds(o.redisPid), wall0 = performance.now(), ownCpu0 = process.cpuUsage(), mach0 = machineTicks(), load0 = loadAvg();
    let peakRss = rss();
    const sampler = setInterval(() => { const r = rss(); if (r != null && (peakRss == null || r > peakRss)) peakRss = r; }, 250);
    await sleep(o.seconds * 1000);
    const stopped = await askAll('stop');
    clearInterval(sampler);
    const cpu1 = sumOver(pids, procCpuSeconds), redis1 = procCpuSeconds(o.redisPid), wall = (performance.now() - wall0) / 1000, ownCpu = process.cpuUsage(ownCpu0), mach1 = machineTicks();
    const drained = await askAll('drain');
    m = mergeMetrics(drained.map((d) => d.metrics));
    result.drainSeconds = round(Math.max(...drained.map((d) => d.drainSeconds)));
    const serverCpu = cpu0 != null && cpu1 != null ? cpu1 - cpu0 : null;
    const redisCpu = redis0 != null && redis1 != null ? redis1 - redis0 : null;
    const toolCpu = (ownCpu.user + ownCpu.system) / 1e6;
    const perThousand = (cpuSeconds) => (cpuSeconds == null || m.delivered === 0 ? null : round((cpuSeconds * 1000 * 1000) / m.delivered));
    result.window = {
      wallSeconds: round(wall),
      strokeLatencyMs: summarize(m.strokeLatency),
      ...(o.urls.length > 1 ? {
        strokeLatencySameInstanceMs: summarize(m.strokeLatencySame),
        strokeLatencyCrossInstanceMs: summarize(m.strokeLatencyCross),
      } : {}),
      drawCallMs: summarize(m.drawCallLatency),
      sendMessageCallMs: summarize(m.chatCallLatency),
      timerDeltaMs: summarize(m.timerDelta.map(Math.abs)),
      timerLateMs: summarize(m.timerDelta),
      deliveredPerSecond: round(m.delivered / wall),
      strokesDeliveredPerSecond: round(m.deliveredStrokes / wall),
      drawerBatchesPerSecond: m.drawTicks ? round((1000 * m.drawTicks) / m.drawTickGapMs) : null,
      serverCpuSeconds: serverCpu == null ? null : round(serverCpu),
      serverCpuCores: serverCpu == null ? null : round(serverCpu / wall),
      serverCpuMsPer1000Delivered: perThousand(serverCpu),
      redisCpuSeconds: redisCpu == null ? null : round(redisCpu),
      // servers (every instance) and redis-server: what the deployment spends per delivered message
      totalCpuMsPer1000Delivered: serverCpu == null || !o.redisPid ? null : perThousand(serverCpu + (redisCpu ?? 0)),
      loadToolCpuMsPer1000Delivered: perThousand(toolCpu),
      loadToolPerServerCpu: serverCpu ? round(toolCpu / serverCpu) : null,
      serverPeakRssMb: peakRss == null ? null : round(peakRss / 1024),
      // Per connected player, playing or not: the capacity model's unit (docs/operations.md).
      serverCpuMsPerPlayerSecond: serverCpu == null ? null : round((serverCpu * 1000) / wall / allConnected),
      lobbyCycles: m.lobbyCycles,
      loadToolCpuCores: round(toolCpu / wall),
      loadToolKernelShare: toolCpu ? round(ownCpu.system / 1e6 / toolCpu) : null, // the socket calls' share of the tool's CPU
      loadToolEventLoopDelayP99Ms: round(Math.max(...stopped.map((s) => s.eventLoopDelayP99Ms))),
      machineBusyCores: mach0 && mach1 ? round(((mach1.total - mach0.total) - (mach1.idle - mach0.idle)) / (mach1.total - mach0.total) * (os.cpus().length)) : null,
      machineCores: os.cpus().length,
      loadAverageAtStart: load0,
    };
  }
  result.memory = {
    rssBeforeMb: rssBefore == null ? null : round(rssBefore / 1024),
    rssConnectedMb: rssConnected == null ? null : round(rssConnected / 1024),
    perConnectedPlayerKb: rssBefore != null && rssConnected != null && allConnected ? round((rssConnected - rssBefore) / allConnected) : null,
  };
  result.totals = {
    strokesSent: m.strokesSent, strokesAccepted: m.strokesAccepted, strokesRejected: m.strokesRejected,
    strokesDelivered: m.strokesDeliveredTotal, strokesDeliveredCrossInstance: m.strokesDeliveredCross, roomsWithoutCrossInstanceStrokes: m.roomsWithoutCross, lost: m.lost, duplicates: m.duplicates, unexpected: m.unexpected,
    eventsDelivered: m.deliveredTotal, chatSent: m.chatSent, turnsStarted: m.turnsStarted, turnsEnded: m.turnsEnded,
    drawingStarted: m.drawingStarted, correctGuesses: m.correctGuesses, closeGuesses: m.closeGuesses,
    gamesOver: m.gamesOver, gamesStopped: m.gamesStopped, unexpectedDisconnects: m.disconnects, closeReasons: m.closeReasons, errors: m.errors,
  };
  await askAll('close');
  await Promise.all(pool_.map((w) => w.worker.terminate()));
  await sleep(500);
  return result;
}

// Idle memory: the players join in two halves and the server's RSS is read after each, so besides
// the growth per player over the whole join there is the growth per player of the second half
// alone: what one more player costs, without the code compiled and the pools grown for the first.
async function runIdle(o, rooms) {
  const readRss = () => sumOver(o.serverPids, procRssKb);
  const rssBefore = readRss();
  const firstHalf = Math.floor(rooms / 2);
  const workers = [], rss = [], connected = [];
  let setupError = null;
  for (const [count, offset] of [[firstHalf, 0], [rooms - firstHalf, firstHalf]]) {
    const half = shares(count, Math.max(1, Math.min(o.workers, count)), offset).map((share) => new RoomWorker(o, share, { first: 0, count: 0 }));
    workers.push(...half);
    log(`${o.target}: ${count} idle rooms x ${o.players} players join`);
    const ready = await Promise.all(half.map((w) => w.ask('setup')));
    setupError ??= ready.find((r) => r.setupError)?.setupError ?? null;
    connected.push(ready.reduce((n, r) => n + r.connected, 0));
    await sleep(5000);
    rss.push(readRss());
  }
  const all = connected[0] + connected[1];
  const perPlayer = (from, to, players) => (from != null && to != null && players ? round((to - from) / players) : null);
  // Held idle, a server's RSS keeps growing until its GC's gen0 budget is filled by the keep-alives, so the
  // reading after the hold is the settled cost per player; the one 5 s after the join depends on how much
  // of that budget the join itself filled.
  let rssHeld = null;
  if (o.hold > 0) { log(`${o.target}: all joined; holding ${o.hold} s`); await sleep(o.hold * 1000); rssHeld = readRss(); }
  const result = {
    target: o.target, rooms, players: o.players, connected: all, setupError,
    memory: { rssBeforeMb: rssBefore == null ? null : round(rssBefore / 1024) },
    idle: {
      rssBeforeKb: rssBefore, rssHalfKb: rss[0], rssConnectedKb: rss[1],
      perPlayerKb: perPlayer(rssBefore, rss[1], all),
      secondHalfPerPlayerKb: perPlayer(rss[0], rss[1], connected[1]),
      rssHeldKb: rssHeld, heldSeconds: o.hold, heldPerPlayerKb: perPlayer(rssBefore, rssHeld, all),
    },
  };
  await Promise.all(workers.map((w) => w.ask('close')));
  await Promise.all(workers.map((w) => w.worker.terminate()));
  await sleep(500);
  return result;
}
function round(v) { return v == null ? null : Math.round(v * 100) / 100; }

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------
function markdown(results) {
  const rows = ['| target | rooms | players | stroke p50 / p95 / p99 / max ms | same / cross-instance p99 ms | delivered msg/s | lost | dup | SendMessage p99 ms | timer |Δ| p99 / max ms | server CPU cores | CPU-ms / 1k msgs | with redis-server | peak RSS MB | KB / player | tool CPU cores | tool CPU-ms / 1k msgs (/ server) | machine busy cores / load avg | drawer batches/s |',
    '|---|---:|---:|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|---:|'];
  for (const r of results) {
    const w = r.window ?? {};
    const l = w.strokeLatencyMs ?? {};
    const t = w.timerDeltaMs ?? {};
    const kbp = r.idle?.perPlayerKb ?? r.memory?.perConnectedPlayerKb;
    const split = w.strokeLatencyCrossInstanceMs ? `${w.strokeLatencySameInstanceMs.p99 ?? '-'} / ${w.strokeLatencyCrossInstanceMs.p99 ?? '-'}` : '-';
    rows.push(`| ${r.target} | ${r.rooms} | ${r.connected} | ${l.p50 ?? '-'} / ${l.p95 ?? '-'} / ${l.p99 ?? '-'} / ${l.max ?? '-'} | ${split} | ${w.deliveredPerSecond ?? '-'} | ${r.totals?.lost ?? '-'} | ${r.totals?.duplicates ?? '-'} | ${w.sendMessageCallMs?.p99 ?? '-'} | ${t.p99 ?? '-'} / ${t.max ?? '-'} | ${w.serverCpuCores ?? '-'} | ${w.serverCpuMsPer1000Delivered ?? '-'} | ${w.totalCpuMsPer1000Delivered ?? '-'} | ${w.serverPeakRssMb ?? r.memory?.rssConnectedMb ?? '-'} | ${kbp ?? '-'} | ${w.loadToolCpuCores ?? '-'} | ${w.loadToolCpuMsPer1000Delivered ?? '-'} (${w.loadToolPerServerCpu ?? '-'}) | ${w.machineBusyCores ?? '-'} / ${w.loadAverageAtStart ?? '-'} | ${w.drawerBatchesPerSecond ?? '-'} |`);
  }
  return rows.join('\n');
}

// A run whose drawers fell behind offered the server less than the load asked for: past this point a
// ramp measures the tool's share of the machine, not the server.
function toolBehind(o, r) {
  const rate = r.window?.drawerBatchesPerSecond;
  return rate != null && rate < 0.9 * o.fps ? `the tool fell behind: drawers at ${rate} of ${o.fps} batches/s` : null;
}

function broke(o, r) {
  const w = r.window;
  if (r.setupError) return `setup failed: ${r.setupError}`;
  if (!w) return null;
  if (r.totals.lost > 0 || r.totals.duplicates > 0) return `loss ${r.totals.lost}, duplicates ${r.totals.duplicates}`;
  if (w.strokeLatencyMs.p99 != null && w.strokeLatencyMs.p99 > o.p99Limit) return `stroke p99 ${w.strokeLatencyMs.p99} ms > ${o.p99Limit} ms`;
  return toolBehind(o, r);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
let OPTS;
async function main() {
  try { OPTS = parseArgs(process.argv.slice(2)); } catch (e) { console.error(String(e.message)); process.exit(2); }
  const o = OPTS;
  // A hard stop whatever happens: the tool always ends by itself.
  const steps = o.ramp ?? [o.rooms];
  const budget = steps.length * (o.seconds + o.warmup + o.drain + o.hold + 180) * 1000;
  setTimeout(() => { console.error('bench: hard time limit reached, exiting'); process.exit(3); }, budget).unref();

  if (o.smoke) return smoke(o);

  const results = [];
  let sustained = null, breakReason = null;
  for (const rooms of steps) {
    const r = o.idle ? await runIdle(o, rooms) : await runOnce(o, rooms);
    results.push(r);
    const reason = broke(o, r);
    log(o.idle
      ? `${o.target} ${rooms} idle rooms: ${r.idle.perPlayerKb ?? '-'} KB per player, ${r.idle.secondHalfPerPlayerKb ?? '-'} KB per player of the second half`
      : `${o.target} ${rooms} rooms: p99 ${r.window?.strokeLatencyMs?.p99 ?? '-'} ms, lost ${r.totals.lost}, dup ${r.totals.duplicates}, ${r.window?.deliveredPerSecond ?? '-'} msg/s${reason ? ` -> ${reason}` : ''}`);
    if (reason) { breakReason = reason; if (o.ramp) break; } else sustained = rooms;
    if (o.ramp) await sleep(3000);
  }
  const report = { tool: 'drawguess-bench', at: new Date().toISOString(), options: o, sustainedRooms: o.ramp ? sustained : undefined, breakReason, results };
  const md = `${markdown(results)}\n${o.ramp ? `\nSustained (p99 <= ${o.p99Limit} ms, no loss, drawers at 90 % of --fps or more): ${sustained ?? 'none'} rooms${breakReason ? `; broke at the next step: ${breakReason}` : ''}\n` : ''}`;
  if (o.out) {
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(`${o.out}.json`, JSON.stringify(report, null, 2));
    writeFileSync(`${o.out}.md`, md);
    log(`wrote ${o.out}.json and ${o.out}.md`);
  }
  console.log(md);
  // A single run whose players could not all connect and sit down measured nothing: callers (compare.sh) must see it.
  const failed = !o.ramp && results.some((r) => r.setupError);
  if (failed) console.error(`bench: the run failed: ${results.find((r) => r.setupError).setupError}`);
  process.exit(failed ? 1 : 0);
}

async function smoke(o) {
  const started = performance.now();
  const r = await runOnce(o, o.rooms);
  const t = r.totals;
  const checks = [
    ['all players connected and in rooms', !r.setupError && r.connected === o.rooms * o.players, r.setupError ?? `${r.connected} connected`],
    ['every room started a turn', t.turnsStarted >= o.rooms, `${t.turnsStarted} turns started`],
    ['every drawer reached the drawing phase', t.drawingStarted >= o.rooms, `${t.drawingStarted} drawing phases`],
    ['strokes were accepted and delivered', t.strokesAccepted > 0 && t.strokesDelivered > 0, `${t.strokesAccepted} accepted, ${t.strokesDelivered} deliveries`],
    ['no stroke lost', t.lost === 0, `${t.lost} lost`],
    ['no stroke duplicated', t.duplicates === 0, `${t.duplicates} duplicates`],
    ['no rejected stroke delivered', t.unexpected === 0, `${t.unexpected} unexpected`],
    ['at least one correct guess', t.correctGuesses >= 1, `${t.correctGuesses} correct guesses`],
    ['chat calls succeeded', t.chatSent > 0 && !Object.keys(t.errors).some((k) => k.startsWith('SendMessage')), JSON.stringify(t.errors)],
    ['no unexpected disconnect', t.unexpectedDisconnects === 0, `${t.unexpectedDisconnects} disconnects`],
    ...(o.urls.length > 1 && o.placement === 'players' ? [['every room\'s strokes reached its receivers on another instance',
      t.strokesDeliveredCrossInstance > 0 && t.roomsWithoutCrossInstanceStrokes === 0,
      `${t.strokesDeliveredCrossInstance} cross-instance deliveries, ${t.roomsWithoutCrossInstanceStrokes} rooms without any`]] : []),
  ];
  let passed = 0, failed = 0;
  for (const [name, ok, detail] of checks) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${detail})`);
    if (ok) passed++; else failed++;
  }
  console.log(`smoke took ${round((performance.now() - started) / 1000)} s; stroke p50 ${r.window?.strokeLatencyMs?.p50 ?? '-'} ms (not asserted)`);
  console.log(`bench smoke: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

if (isMainThread) main().catch((e) => { console.error('bench failed:', e?.stack ?? e); process.exit(1); });
else serveRooms(workerData);
