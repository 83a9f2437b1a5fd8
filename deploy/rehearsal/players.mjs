// Players written from docs/protocol.md, through the ingress only: rooms of three play one-round games
// again and again. Once seated, each player moves to the hub address naming its room, as the web app
// does (the ingress sends a room's connections to one pod). A dropped or closed connection reconnects
// to the same address (to whichever pod the ingress picks for it) and resumes, and each resume is
// checked: same seat, no score lost, the canvas of the turn still there.
import { log, sleep } from "./cluster.mjs";

const WORDS = ["apple", "house", "guitar", "rocket", "banana", "castle", "turtle", "pencil"];
/** The calls a player's recent history records (not its strokes and guesses). */
const NOTED_CALLS = new Set(["StartGame", "ChooseWord", "Resume"]);
const CONNECTION_ERRORS = /connection (being |was )?(closed|stopped)|not in the 'Connected' State|Invocation canceled|WebSocket closed|error on close/i;

export class Stats {
  constructor() {
    Object.assign(this, { reconnects: 0, resumes: 0, resumeRetries: 0, resumeFailures: [], unresumed: new Set(), droppedCalls: 0, codes: {}, lostPlayers: 0, gamesStopped: 0 });
    Object.assign(this, { lastAcceptedAt: 0, failoverAt: null, promotedAt: null, recoveredAt: null });
  }
  code(c) { this.codes[c] = (this.codes[c] ?? 0) + 1; }
  /** A stroke or guess the server took: the first one sent after promotedAt marks when play resumed. */
  accepted(method, sentAt) {
    if (method !== "DrawStroke" && method !== "SendMessage") return;
    this.lastAcceptedAt = Date.now();
    if (this.promotedAt !== null && this.recoveredAt === null && sentAt >= this.promotedAt) this.recoveredAt = this.lastAcceptedAt;
  }
}

export class Room {
  constructor(index, url, signalR, stats) {
    Object.assign(this, { index, url, signalR, stats, players: [], finished: new Set(), gameOverSeen: new Map(), playing: false, keepPlaying: true });
    this.state = { turnId: null, phase: null, drawerId: null, word: null, drawingSince: 0, gameId: null };
  }

  async seat(size = 3) {
    for (let i = 0; i < size; i++) this.players.push(new Player(this, `r${this.index}p${i}`));
    for (const p of this.players) await p.connect();
    const snapshot = await this.players[0].call("CreateRoom", {
      name: `rehearsal ${this.index}`, isPublic: false, maxPlayers: 8, rounds: 1, drawingSeconds: 30, wordChoices: 3,
      hints: 1, customWords: WORDS, customWordsOnly: true,
    });
    Object.assign(this, { code: snapshot.room.code, roomId: snapshot.room.roomId });
    for (const p of this.players.slice(1)) await p.call("JoinRoom", this.code);
    for (const p of this.players) await p.moveToRoom(this.roomId);
  }

  async startGame() {
    this.playing = true;
    this.startedAt = Date.now();
    await this.players[0].call("StartGame").catch((e) => { this.playing = false; throw e; });
  }

  onGameOver(player, gameId) {
    const seen = this.gameOverSeen.get(gameId) ?? new Set();
    seen.add(player.name);
    this.gameOverSeen.set(gameId, seen);
    if (!this.finished.has(gameId)) {
      this.finished.add(gameId);
      this.playing = false;
      this.state.phase = "gameOver";
      if (this.keepPlaying) setTimeout(() => this.startNextGame(), 1000);
    }
  }

  /** The host starts the next game, again while the answer is SERVICE_UNAVAILABLE (Redis failing over), as the web app retries it. */
  async startNextGame() {
    for (let attempt = 1; this.keepPlaying && attempt <= 60; attempt++) {
      try {
        return await this.startGame();
      } catch (e) {
        if (!/SERVICE_UNAVAILABLE/.test(e.message)) return;
        await sleep(1000);
      }
    }
  }

  /** Seconds the current game has run, or 0 between games. */
  runningFor() { return this.playing ? (Date.now() - this.startedAt) / 1000 : 0; }

  async close() { this.keepPlaying = false; await Promise.all(this.players.map((p) => p.close())); }

  /** What the harness believes of this room, what the server says of it, and what each player last got: for a room that seems stuck. */
  async describe() {
    const s = this.state;
    const lines = [`room ${this.index} code ${this.code}: harness sees ${this.playing ? `a game running for ${this.runningFor().toFixed(0)} s` : "no game"}, `
      + `phase ${s.phase} turn ${s.turnId} drawer ${this.nameOf(s.drawerId)}, ${this.finished.size} games over (last ${[...this.finished].at(-1) ?? "-"})`];
    const rest = await fetch(`${this.url}/api/rooms/${this.code}`, { signal: AbortSignal.timeout(5000) })
      .then(async (r) => `${r.status} ${await r.text()}`, (e) => `no answer (${e.message})`);
    lines.push(`  GET /api/rooms/${this.code}: ${rest.slice(0, 400)}`);
    for (const p of this.players) {
      const snapshot = await p.call("GetSnapshot").then((r) => this.summarize(r), (e) => `GetSnapshot failed: ${e.message.slice(0, 120)}`);
      lines.push(`  ${p.name} (${p.conn.state}, ${p.playerId}): ${snapshot}`, ...p.recent.map((e) => `    ${e}`));
    }
    return lines.join("\n");
  }

  summarize(snapshot) {
    const g = snapshot.game;
    if (!g) return `room ${snapshot.room.status}, no game`;
    const scores = g.scores.map((x) => `${this.nameOf(x.playerId)} ${x.score}${x.guessed ? " guessed" : ""}`).join(", ");
    return `room ${snapshot.room.status}, game ${g.gameId} round ${g.round}/${g.totalRounds} turn ${g.turnId} ${g.phase}, drawer ${this.nameOf(g.drawerId)}, `
      + `ends ${g.phaseEndsAt} (${g.remainingMs} ms left); ${scores}; connected ${snapshot.room.players.filter((x) => x.connected).length}/${snapshot.room.players.length}`;
  }

  nameOf(playerId) { return this.players.find((p) => p.playerId === playerId)?.name ?? playerId; }
}

class Player {
  constructor(room, name) {
    Object.assign(this, { room, name, guessed: false, strokeId: 0, score: 0, strokesSeen: new Set(), closing: false, recent: [] });
  }

  async connect() {
    this.conn = this.open(`${this.room.url}/hubs/game`);
    await this.conn.start();
    const session = await this.call("Register", this.name);
    Object.assign(this, { playerId: session.playerId, token: session.resumeToken });
    this.ticker = setInterval(() => this.tick(), 700);
  }

  open(address) {
    const { signalR } = this.room;
    const conn = new signalR.HubConnectionBuilder()
      .withUrl(address, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => (c.elapsedMilliseconds > 90_000 ? null : 500) })
      .configureLogging(signalR.LogLevel.None)
      .build();
    this.wire(conn);
    return conn;
  }

  /** docs/protocol.md, "The room's address": a connection to the room's address resumes the session, then the first one closes. */
  async moveToRoom(roomId) {
    const first = this.conn;
    const next = this.open(`${this.room.url}/hubs/game?room=${encodeURIComponent(roomId)}`);
    await next.start();
    this.conn = next;
    await this.resumeCall();
    await first.stop();
  }

  /** The last things that happened to this player (events but strokes, reconnects), for describe(). */
  note(what) {
    this.recent.push(`${new Date().toISOString().slice(11, 23)} ${what}`);
    if (this.recent.length > 12) this.recent.shift();
  }

  /** A connection's handlers; once this player moved to another connection, its closing is not a lost connection. */
  wire(conn) {
    const s = this.room.state, stats = this.room.stats;
    for (const event of ["GameStarted", "TurnStarted", "WordOptions", "DrawingStarted", "YouGuessed", "TurnEnded", "GameOver", "GameStopped", "SessionReplaced", "RoomUpdated"]) {
      conn.on(event, (e) => this.note(`${event} ${JSON.stringify(e, ["gameId", "turnId", "phase", "reason", "lastTurn", "remainingMs", "status"])}`));
    }
    conn.on("GameStarted", (g) => { this.gameId = g.gameId; this.score = 0; });
    conn.on("TurnStarted", (t) => {
      Object.assign(s, { turnId: t.turnId, phase: "choosing", drawerId: t.drawerId, word: null });
      this.guessed = false;
      this.turnSeen = t.turnId; // the turn this player's strokesSeen belong to (it may miss a TurnStarted while away)
      this.strokesSeen = new Set();
    });
    conn.on("WordOptions", (w) => setTimeout(() => this.call("ChooseWord", 0).catch(() => {}), 200));
    conn.on("DrawingStarted", (d) => {
      if (s.turnId === d.turnId && s.phase !== "drawing") Object.assign(s, { phase: "drawing", drawingSince: Date.now() });
      if (d.word) s.word = d.word;
    });
    conn.on("Canvas", (op) => this.strokesSeen.add(op.strokeId));
    conn.on("YouGuessed", () => { this.guessed = true; });
    conn.on("TurnEnded", (t) => {
      if (s.turnId === t.turnId) s.phase = "reveal";
      this.score = t.scores.find((x) => x.playerId === this.playerId)?.score ?? this.score;
    });
    conn.on("GameOver", (g) => { this.score = 0; this.room.onGameOver(this, g.gameId); });
    conn.on("GameStopped", () => { stats.gamesStopped++; log("player", `${this.name}: game stopped`); });
    conn.onreconnecting((e) => { stats.reconnects++; this.note(`reconnecting (${e?.message ?? "closed"})`); });
    conn.onreconnected(() => { this.note("reconnected"); return this.resume(); });
    conn.onclose((e) => {
      this.note(`closed (${e?.message ?? "by the harness"})`);
      if (this.closing || conn !== this.conn) return;
      // Closed by the server with a reason and no reconnect (REGISTRATION_TIMEOUT: a Resume cut by an older
      // server's deadline): connect again and resume, as the web app does. Otherwise the retries ran out.
      if (/HubException: [A-Z_]+/.test(e?.message ?? "")) return this.reopen();
      stats.lostPlayers++;
      log("player", `${this.name} gave up reconnecting`);
    });
  }

  /** A new connection on the same hub connection object (its handlers stay), then Resume, for up to 90 s as the automatic reconnect. */
  async reopen() {
    const stats = this.room.stats, since = Date.now();
    while (!this.closing && Date.now() - since < 90_000) {
      try {
        await this.conn.start();
        stats.reconnects++;
        this.note("reopened");
        return await this.resume();
      } catch {
        await sleep(500);
      }
    }
    if (this.closing) return;
    stats.lostPlayers++;
    log("player", `${this.name} gave up reopening its connection`);
  }

  /** After a reconnect: Resume, then check that the seat, the score and the turn's canvas came back. */
  async resume() {
    const stats = this.room.stats, scoreBefore = this.score, strokesBefore = new Set(this.strokesSeen), turnBefore = this.turnSeen, gameBefore = this.gameId;
    try {
      const r = await this.resumeCall();
      stats.resumes++;
      stats.unresumed.delete(this.name);
      const problems = [];
      if (!r.room || !r.room.room.players.some((p) => p.playerId === this.playerId)) problems.push("seat lost");
      const game = r.room?.game;
      if (game && game.phase !== "gameOver") {
        const score = game.scores.find((x) => x.playerId === this.playerId)?.score;
        // The game this player's score and canvas belong to may have ended, and the next started,
        // while it was away: then there is nothing of it to compare with.
        const sameGame = game.gameId === gameBefore;
        if (score === undefined || (sameGame && score < scoreBefore)) problems.push(`score ${scoreBefore} -> ${score}`);
        if (sameGame && game.turnId === turnBefore && game.phase === "drawing") {
          const canvas = new Set(game.canvas.map((op) => op.strokeId));
          const missing = [...strokesBefore].filter((id) => !canvas.has(id));
          if (missing.length) problems.push(`turn ${game.turnId}: canvas has strokes [${[...canvas].join(",")}], lost ${missing.join(",")} seen before`);
        }
        if (!sameGame || game.turnId !== this.turnSeen) this.strokesSeen = new Set(game.canvas.map((op) => op.strokeId));
        this.turnSeen = game.turnId;
        if (game.turnId !== this.room.state.turnId) {
          Object.assign(this.room.state, { turnId: game.turnId, phase: game.phase, drawerId: game.drawerId, word: null, drawingSince: Date.now() });
          this.guessed = false;
        }
        if (game.word) this.room.state.word = game.word;
        if (game.wordOptions) this.call("ChooseWord", 0).catch(() => {});
        this.score = score ?? this.score;
        this.gameId = game.gameId;
      }
      if (game?.phase === "gameOver") this.room.onGameOver(this, game.gameId);
      if (problems.length) { stats.resumeFailures.push(`${this.name}: ${problems.join("; ")}`); log("player", `${this.name} resume: ${problems.join("; ")}`); }
    } catch (e) {
      // The connection dropped under the call (while Redis restarts, the SignalR backplane cannot
      // subscribe a new connection and the server closes it, 1011): the client reconnects and
      // resumes again, as the SPA does; the end checks that it did.
      if (CONNECTION_ERRORS.test(e.message)) {
        stats.unresumed.add(this.name);
        log("player", `${this.name}: Resume cut by a dropped connection; resuming on the next reconnect`);
        return;
      }
      stats.resumeFailures.push(`${this.name}: Resume failed: ${e.message}`);
      log("player", `${this.name} Resume failed: ${e.message}`);
    }
  }

  /** Resume, again while the answer is SERVICE_UNAVAILABLE (Redis briefly away), as docs/protocol.md asks: the seat waits 60 s. */
  async resumeCall() {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.call("Resume", this.token);
      } catch (e) {
        if (!/SERVICE_UNAVAILABLE/.test(e.message) || attempt >= 40) throw e;
        this.room.stats.resumeRetries++;
        await sleep(1000);
      }
    }
  }

  /** What a player does next, from what it knows of the turn. */
  tick() {
    const s = this.room.state;
    if (this.conn.state !== "Connected" || s.phase !== "drawing") return;
    if (s.drawerId === this.playerId) {
      this.call("DrawStroke", { strokeId: ++this.strokeId, tool: "pen", color: 3, size: 1, points: [10, 10, 200, 120, 400, 300] }).catch(() => {});
    } else if (!this.guessed && s.word && Date.now() - s.drawingSince > 1500) {
      this.call("SendMessage", s.word).catch(() => {});
    }
  }

  async call(method, ...args) {
    const sentAt = Date.now();
    try {
      const result = await this.conn.invoke(method, ...args);
      this.room.stats.accepted(method, sentAt);
      if (NOTED_CALLS.has(method)) this.note(`${method} ok${method === "Resume" ? `: ${result.room ? this.room.summarize(result.room) : "no room"}` : ""}`);
      return result;
    } catch (e) {
      if (NOTED_CALLS.has(method)) this.note(`${method} failed: ${e.message.slice(0, 100)}`);
      const code = /HubException: ([A-Z_]+)/.exec(e.message)?.[1];
      if (code) this.room.stats.code(code);
      else if (CONNECTION_ERRORS.test(e.message)) this.room.stats.droppedCalls++;
      else this.room.stats.code(`other: ${e.message.slice(0, 60)}`);
      throw e;
    }
  }

  async close() {
    this.closing = true;
    clearInterval(this.ticker);
    await this.conn.stop().catch(() => {});
  }
}
