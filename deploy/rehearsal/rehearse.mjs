// The rehearsal itself (deploy/rehearse.sh prepares the published server and the rendered overlay,
// and removes whatever is left at the end). Exits 0 only if every check held.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync, chownSync, appendFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { readOverlay, connectionString } from "./manifests.mjs";
import { Network, Pod, Ingress, spawnIn, httpGet, log, sleep, events } from "./cluster.mjs";
import { Room, Stats } from "./players.mjs";
import { Prometheus } from "./prometheus.mjs";
import { RedisStatefulSet } from "./redis.mjs";

const opt = Object.fromEntries(process.argv.slice(2).join(" ").split("--").filter(Boolean).map((a) => a.trim().split(/\s+/)));
const repo = opt.repo, work = opt.work;
const YAML = createRequire(join(repo, "tests/ops/package.json"))("yaml");
const signalR = createRequire(join(repo, "bench/package.json"))("@microsoft/signalr");
const spec = readOverlay(YAML, readFileSync(opt.rendered, "utf8"), readFileSync(join(repo, "Dockerfile"), "utf8"), { VERSION: opt.version });
const failures = [];
/** What explains a failure (a stuck room's state on both sides), printed after the failures. */
const diagnostics = [];
let summary = "";
const check = (ok, what) => { if (!ok) failures.push(what); log(ok ? "ok" : "FAIL", what); return ok; };
const children = [];

const cluster = {
  spec, work, appDir: opt.app, probeCount: 0, pods: [], ingress: null, prometheus: null, minReadyDuringUpdate: null,
  network: new Network(opt.prefix, opt.subnet),
  inService() { return this.pods.filter((p) => p.ready && !p.deleting); },
  membershipChanged() {
    const ready = this.inService();
    if (this.minReadyDuringUpdate !== null) this.minReadyDuringUpdate = Math.min(this.minReadyDuringUpdate, ready.length);
    this.ingress?.update(ready.map((p) => p.ip));
    this.prometheus?.setTargets(this.pods.filter((p) => !p.deleting && !p.gone));
  },
};

// ---- dependencies -------------------------------------------------------------------------------
const podEnv = spec.environment("drawguess-env");
const rankings = connectionString(podEnv.ConnectionStrings__Rankings);
const pg = { ...cluster.network.namespace("postgres", [rankings.host]), dir: join(work, "postgres"), port: Number(rankings.port ?? 5432) };
const pgBin = (tool) => `${execFileSync("sh", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1"]).toString().trim()}/${tool}`;

const redis = new RedisStatefulSet(spec.redis, cluster.network, work, children);
// The service name the servers ask the Sentinels for (serviceName= in ConnectionStrings__Redis).
const sentinelService = /serviceName=([^,]+)/.exec(podEnv.ConnectionStrings__Redis)?.[1];

function preparePostgres() {
  mkdirSync(pg.dir, { recursive: true });
  chownSync(pg.dir, uid("postgres"), gid("postgres"));
  const pw = join(pg.dir, "password");
  writeFileSync(pw, rankings.password);
  chownSync(pw, uid("postgres"), gid("postgres"));
  asPostgres([pgBin("initdb"), "-D", join(pg.dir, "data"), "-U", rankings.username, `--pwfile=${pw}`, "-A", "scram-sha-256", "--no-sync", "-E", "UTF8"]);
  appendFileSync(join(pg.dir, "data", "pg_hba.conf"), "host all all 0.0.0.0/0 scram-sha-256\n");
  pg.ssl = /^(require|verify)/i.test(rankings["ssl mode"] ?? "");
  if (pg.ssl) {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${rankings.host}`,
      "-keyout", join(pg.dir, "server.key"), "-out", join(pg.dir, "server.crt")], { stdio: "ignore" });
    for (const f of ["server.key", "server.crt"]) chownSync(join(pg.dir, f), uid("postgres"), gid("postgres"));
    execFileSync("chmod", ["600", join(pg.dir, "server.key")]);
  }
}
function startPostgres() {
  const ssl = pg.ssl ? ["-c", "ssl=on", "-c", `ssl_cert_file=${pg.dir}/server.crt`, "-c", `ssl_key_file=${pg.dir}/server.key`] : [];
  pg.process = spawnIn(pg.ns, ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", pgBin("postgres"), "-D", join(pg.dir, "data"),
    "-c", `listen_addresses=${pg.ip}`, "-p", String(pg.port), "-k", pg.dir, "-c", "fsync=off", ...ssl], join(work, "postgres.log"));
  children.push(pg.process);
}
const psql = (sql, db = rankings.database) => execFileSync(pgBin("psql"), ["-h", pg.ip, "-p", String(pg.port), "-U", rankings.username, "-d", db, "-At", "-c", sql],
  { env: { ...process.env, PGPASSWORD: rankings.password, PGSSLMODE: pg.ssl ? "require" : "disable" }, stdio: ["ignore", "pipe", "pipe"] }).toString().trim();
const postgresAnswers = () => {
  try {
    psql("select 1", "postgres");
    return true;
  } catch {
    return false;
  }
};
const asPostgres = (argv) => execFileSync("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", ...argv], { stdio: "ignore" });
const uid = (user) => Number(execFileSync("id", ["-u", user]).toString());
const gid = (user) => Number(execFileSync("id", ["-g", user]).toString());

async function until(what, condition, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) { if (await condition()) return true; await sleep(500); }
  return check(false, `${what} within ${seconds} s`);
}

// ---- pods and the Deployment's rollout ----------------------------------------------------------
const hash = () => randomBytes(3).toString("hex").slice(0, 5);
function newPod(revision) {
  const pod = new Pod(cluster, `drawguess-${revision}-${hash()}`);
  cluster.pods.push(pod);
  cluster.membershipChanged();
  children.push({ kill: (s) => pod.process.kill(s) });
  return pod;
}

/** RollingUpdate as the Deployment declares it: maxSurge new pods at a time, never fewer than replicas - maxUnavailable ready. */
async function rollingUpdate(revision) {
  const { maxSurge = 1, maxUnavailable = 0 } = spec.strategy.rollingUpdate ?? {};
  check(spec.strategy.type === "RollingUpdate" && maxSurge >= 1, `strategy RollingUpdate, maxSurge ${maxSurge}, maxUnavailable ${maxUnavailable}`);
  const old = cluster.pods.filter((p) => !p.deleting && !p.gone);
  cluster.minReadyDuringUpdate = cluster.inService().length;
  const deletions = [];
  for (const pod of old) {
    const fresh = newPod(revision);
    await until(`new pod ${fresh.name} ready`, () => fresh.ready, 120);
    deletions.push(pod.delete());
  }
  const terminations = await Promise.all(deletions);
  const minReady = cluster.minReadyDuringUpdate;
  cluster.minReadyDuringUpdate = null;
  check(minReady >= spec.replicas - maxUnavailable, `rolling update kept ${minReady} >= ${spec.replicas - maxUnavailable} pods in the Service`);
  const preStopSeconds = Number(spec.preStop?.at(-1) ?? 0);
  for (const t of terminations) {
    check(t.code === 0 && t.seconds >= preStopSeconds && t.seconds < spec.terminationGracePeriodSeconds,
      `old pod exited with ${t.signal ?? t.code} after ${t.seconds.toFixed(1)} s (preStop ${preStopSeconds} s, grace ${spec.terminationGracePeriodSeconds} s)`);
  }
}

// ---- routing -----------------------------------------------------------------------------------
/**
 * Every connection a room's players opened to the room's hub address while the pods stayed the same
 * went to one pod: the ingress logs each request of the hashed route as it ends (cluster.mjs, Ingress).
 */
function roomsOnOnePod(rooms, from, until) {
  const param = spec.ingress.paths.find((p) => p.hashQueryParam)?.hashQueryParam;
  if (!check(param, "the hub's route hashes a room's connections onto one pod (a BackendTrafficPolicy on it)")) return;
  const podsOf = new Map();
  for (const line of readFileSync(join(cluster.ingress.dir, "hashed.log"), "utf8").split("\n").filter(Boolean)) {
    const [end, lasted, key, ...pod] = line.split(" ");
    const opened = Number(end) - Number(lasted);
    if (key === "-" || opened < from || opened > until) continue;
    podsOf.set(key, (podsOf.get(key) ?? new Set()).add(pod.join(" ")));
  }
  const placement = rooms.map((r) => `room ${r.index} on ${[...(podsOf.get(r.roomId) ?? ["no connection"])].join(" and ")}`);
  log("routing", placement.join(", "));
  check(rooms.every((r) => podsOf.get(r.roomId)?.size === 1), `each room's players connected to ?${param}=<roomId> and all landed on one pod`);
}

/** What the operator's signal says of the same window (docs/operations.md, Metrics): rooms taken over from another pod, and turns, summed over the pods. */
async function handoversAndTurns() {
  const pods = await Promise.all(cluster.inService().map(scrape));
  const sum = (series) => pods.reduce((total, pod) => total + pod.value(series), 0);
  return { handovers: sum("drawguess_room_handovers_total"), turns: sum("drawguess_turns_total") };
}

// ---- metrics as Prometheus scrapes them, and the HPA's decision ---------------------------------
async function scrape(pod) {
  const r = await httpGet(pod.ip, spec.containerPort, spec.serviceMonitor?.path ?? "/metrics", 5000);
  const value = (series) => Number(new RegExp(`^${series.replace(/[{}"]/g, "\\$&")} (\\S+)$`, "m").exec(r.body)?.[1]);
  return { value };
}

/** desired = ceil(current * metric / target), no change within the 10 % tolerance, clamped to min/max; the HPA takes the largest. */
function hpaDesired(current, ratios) {
  const hpa = spec.hpa;
  const proposals = ratios.map((ratio) => (Math.abs(ratio - 1) <= 0.1 ? current : Math.ceil(current * ratio)));
  return Math.min(hpa.maxReplicas, Math.max(hpa.minReplicas ?? 1, ...proposals));
}

async function autoscaling(players) {
  const pods = cluster.inService();
  const first = await Promise.all(pods.map(scrape));
  const t0 = Date.now();
  await sleep(10_000);
  const second = await Promise.all(pods.map(scrape));
  const seconds = (Date.now() - t0) / 1000;
  const perPod = second.map((m) => m.value("drawguess_connected_players"));
  const cluster_ = second.map((m) => m.value("drawguess_cluster_connected_players"));
  const cpu = second.map((m, i) => (m.value("process_cpu_seconds_total") - first[i].value("process_cpu_seconds_total")) / seconds);
  log("hpa", `per pod: players ${perPod.join(" + ")}, cluster figure ${cluster_.join(" / ")}, CPU ${cpu.map((c) => c.toFixed(2)).join(" / ")} cores`);
  check(perPod.reduce((a, b) => a + b, 0) === players, `the pods' drawguess_connected_players add up to the ${players} connected players`);
  check(cluster_.every((c) => c === players), `every pod's drawguess_cluster_connected_players is ${players}`);
  if (!spec.hpa) return;
  const target = (type) => spec.hpa.metrics.find((m) => m.type === type);
  const playersTarget = Number(target("Pods").pods.target.averageValue);
  const cpuTarget = target("Resource").resource.target.averageUtilization / 100;
  const average = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const factor of [1, 3]) {
    const playerRatio = (factor * average(perPod)) / playersTarget;
    const cpuRatio = (factor * average(cpu)) / spec.cpuRequest / cpuTarget;
    const desired = hpaDesired(pods.length, [playerRatio, cpuRatio]);
    const byPlayers = hpaDesired(pods.length, [playerRatio]);
    const expected = Math.min(spec.hpa.maxReplicas, Math.max(spec.hpa.minReplicas, Math.ceil((factor * players) / playersTarget)));
    log("hpa", `${factor}x load: players ratio ${playerRatio.toFixed(3)}, CPU ratio ${cpuRatio.toFixed(2)} (this machine's CPU, not asserted) -> ${desired} pods`);
    check(byPlayers === expected, `${factor}x load (${factor * players} players on ${pods.length} pods): the players metric asks for ${byPlayers} pods, expected ${expected}`);
  }
}

// ---- Redis: the primary killed mid-game ------------------------------------------------------------
/** Players must get strokes and guesses accepted again within this (docs/operations.md#redis-ha). */
const FAILOVER_SECONDS = 20;

/**
 * A pod raises its thread pool's minimum from start-up until Redis has been settled for 30 s, and again at a connection
 * failure (ThreadPoolFloor): the kill must find every pod settled, or it would not test the pods as a failover meets them.
 */
function threadPoolSettled(pod) {
  const log = readFileSync(pod.logPath, "utf8");
  return log.lastIndexOf("Redis settled: thread pool minimum back to") > log.lastIndexOf("Thread pool minimum raised to");
}

async function redisFailover(stats) {
  await until("every pod's thread pool back at its runtime minimum (Redis settled)", () => cluster.inService().every(threadPoolSettled), 90);
  // From play going on (after kill -9 of a pod, its players may still be resuming), so the time
  // measured is the failover's.
  const since = Date.now();
  await until("strokes and guesses accepted before the Redis primary is killed", () => stats.lastAcceptedAt > since, 60);
  const old = redis.primary(sentinelService);
  stats.failoverAt = Date.now();
  stats.promotedAt = null;
  stats.recoveredAt = null;
  redis.kill(old, "redis");
  // The kubelet restarts the container after CrashLoopBackOff's first 10 s; the script then asks
  // the Sentinels for the primary and follows it.
  setTimeout(() => { log("kubelet", `${old.name}/redis restarted`); redis.start(old, "redis"); }, 10_000);
  // A stroke whose receivers are all on its pod is relayed before it is written (ADR 0022), so one sent in the
  // moment before the pod notices the primary is gone is still taken: play counts as resumed with the first
  // stroke or guess sent once a replica has been promoted.
  let promoted = null;
  await until(`Sentinel promoting a replica in place of ${old.name}`, () => (promoted = redis.primary(sentinelService)) !== null && promoted !== old, 60);
  stats.promotedAt = Date.now();
  await until(`a stroke or guess accepted again after the primary ${old.name} was killed`, () => stats.recoveredAt !== null, 60);
  const seconds = ((stats.recoveredAt ?? Date.now()) - stats.failoverAt) / 1000;
  log("chaos", `Sentinel promoted ${promoted?.name}; players' strokes and guesses accepted again ${seconds.toFixed(1)} s after the kill`);
  stats.failoverSeconds = seconds;
  check(seconds <= FAILOVER_SECONDS, `the game continued ${seconds.toFixed(1)} s after the Redis primary died (at most ${FAILOVER_SECONDS} s)`);
  await until("every Redis pod ready again, the old primary following the new one", () => redis.allReady() && redis.role(old) === "slave", 60);
  await until("every pod ready again after the failover", () => cluster.inService().length === spec.replicas, 60);
}

// ---- the scenario -------------------------------------------------------------------------------
async function main() {
  log("setup", `overlay ${opt.overlay}: ${spec.replicas} replica(s), Redis ${redis.pods.map((p) => `${p.host} ${p.ip}`).join(", ")}, PostgreSQL ${pg.ip} as ${rankings.host}`);
  redis.startAll();
  preparePostgres();
  startPostgres();
  await until("every Redis pod ready (its readiness probe: the primary takes a write, the replicas follow it)", () => redis.allReady(), 60);
  check(sentinelService && redis.primary(sentinelService) !== null, `the servers connect through Sentinel (serviceName=${sentinelService}) and a Sentinel names the primary`);
  await until("PostgreSQL answering", postgresAnswers, 60);
  if (psql(`select count(*) from pg_database where datname = '${rankings.database}'`, "postgres") === "0") psql(`create database "${rankings.database}"`, "postgres");

  cluster.ingress = new Ingress(cluster, freePort());
  const prometheus = cluster.prometheus = spec.serviceMonitor && new Prometheus({
    work, port: freePort(), rulesFile: join(repo, "gitops/base/monitoring/rules/drawguess-rules.yaml"),
    endpoint: spec.serviceMonitor, namespace: spec.namespace, containerPort: spec.containerPort,
  });
  const url = `http://127.0.0.1:${cluster.ingress.port}`;
  for (let i = 0; i < spec.replicas; i++) newPod("a1");
  if (!(await until("every replica ready", () => cluster.inService().length === spec.replicas, 180))) return;

  for (const pod of cluster.pods) {
    const status = JSON.parse((await httpGet(pod.ip, spec.containerPort, "/api/status", 5000)).body || "{}");
    check(status.version === opt.version, `${pod.name} answers on ${pod.ip}:${spec.containerPort} and reports version ${status.version} (image VERSION ${opt.version})`);
  }
  check((await httpGet("127.0.0.1", cluster.ingress.port, "/health/ready", 5000)).status === 200, "the ingress routes to the ready pods");

  const smoke = await new Promise((resolve) => {
    const p = spawn("node", [join(repo, "bench/load.mjs"), "--smoke", "--url", url], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (c) => { out += c; });
    p.on("exit", (code) => resolve({ code, out }));
  });
  for (const line of smoke.out.trim().split("\n")) log("smoke", line);
  check(smoke.code === 0, "the load tool's smoke run through the ingress passed");

  const stats = new Stats();
  const routedFrom = Date.now() / 1000;
  const rooms = Array.from({ length: Number(opt.rooms ?? 6) }, (_, i) => new Room(i, url, signalR, stats));
  for (const room of rooms) await room.seat();
  for (const room of rooms) await room.startGame();
  const countedFrom = await handoversAndTurns();
  const players = rooms.length * 3;
  log("scenario", `${rooms.length} rooms, ${players} players playing through the ingress`);
  await sleep(15_000);
  await autoscaling(players);
  if (prometheus) {
    await until("Prometheus scraping every pod as the ServiceMonitor declares", async () => {
      const up = (await prometheus.query('up{job="drawguess"}')) ?? [];
      return up.length === spec.replicas && up.every((r) => r.value[1] === "1");
    }, 45);
  }
  const routedUntil = Date.now() / 1000;
  const counted = await handoversAndTurns();
  const [handovers, turns] = [counted.handovers - countedFrom.handovers, counted.turns - countedFrom.turns];
  // 0 expected; a pod's poll stalled past the owner's turn lets another fire a timer now and then.
  // Without the routing a room moved about 4 times a turn here, with timers fired anywhere 1.4 times.
  check(turns > 0 && handovers <= turns / 2, `while the rooms played, they stayed on their pods: ${handovers} taken over from another pod in ${turns} turns`);

  log("scenario", "rolling update");
  await rollingUpdate("b2");

  const victim = cluster.inService()[0];
  victim.kill9();
  await until(`${victim.name} restarted and ready`, () => victim.restarts === 1 && victim.ready, 120);

  await redisFailover(stats);

  const outage = Number(opt.pgOutage ?? 60);
  log("chaos", `PostgreSQL stopped for ${outage} s while games finish`);
  pg.process.kill("SIGINT");
  await new Promise((r) => pg.process.on("exit", r));
  const finishedBefore = rooms.reduce((n, r) => n + r.finished.size, 0);
  await sleep(outage * 1000);
  const finishedDuring = rooms.reduce((n, r) => n + r.finished.size, 0) - finishedBefore;
  check(cluster.inService().length === spec.replicas, `pods stayed in the Service while PostgreSQL was down (${finishedDuring} games finished meanwhile)`);
  if (prometheus && outage >= 45) {
    check([...prometheus.seen.keys()].some((k) => k.startsWith("DrawGuessDependencyDown{dependency=rankings_db}")),
      "Prometheus evaluated DrawGuessDependencyDown for rankings_db (pending: it fires after 2 min) during the outage");
  }
  startPostgres();
  await until("PostgreSQL answering again", postgresAnswers, 60);

  log("scenario", "last games: every room finishes the game it is playing");
  for (const room of rooms) room.keepPlaying = false;
  await until("every room's game over", () => rooms.every((r) => !r.playing), 150);
  const stuck = rooms.filter((r) => r.playing).map((r) => `room ${r.index} (${r.runningFor().toFixed(0)} s)`);
  for (const room of rooms.filter((r) => r.playing)) diagnostics.push(await room.describe());
  const finished = new Set(rooms.flatMap((r) => [...r.finished]));

  await until("every pod's outbox drained", async () => {
    const m = await Promise.all(cluster.inService().map(scrape));
    return m.every((x) => x.value("drawguess_rankings_pending_results") === 0);
  }, 90);
  // Only this scenario's rooms: the smoke run's rooms are named "bench <n>".
  const rows = psql(`select replace("GameId"::text, '-', '') || '|' || "RoomName" from rankings.game_results where "RoomName" like 'rehearsal %'`).split("\n").filter(Boolean).map((r) => r.split("|"));
  const stored = rows.map(([id]) => id);
  const storedOnce = new Set(stored);
  const missing = [...finished].filter((id) => !storedOnce.has(id.replace(/-/g, "")));
  const unseen = rows.filter(([id]) => ![...finished].some((f) => f.replace(/-/g, "") === id));
  if (unseen.length) log("results", `stored but no player saw its GameOver: ${unseen.map((r) => r.join(" ")).join(", ")}`);
  for (const room of rooms) await room.close();
  roomsOnOnePod(rooms, routedFrom, routedUntil);
  if (prometheus) {
    const outages = (k) => /^DrawGuess(DependencyDown|InstanceDown)/.test(k);
    await until("the outage alerts resolved", async () => { await prometheus.pollAlerts(); return !prometheus.active().some(outages); }, 90);
  }

  // ---- summary ----
  const codes = Object.entries(stats.codes).map(([c, n]) => `${c} x${n}`).join(", ") || "none";
  const transitions = events.filter((e) => ["ready", "probe", "restart", "kubelet"].includes(e.kind)).length;
  summary = `
== rehearsal summary (${opt.overlay})
games finished          ${finished.size} in ${rooms.length} rooms (${finishedDuring} while PostgreSQL was down)
results stored          ${stored.length} rows for ${finished.size} games, ${missing.length} missing, ${stored.length - storedOnce.size} duplicated
stuck games             ${stuck.join(", ") || "none"}
players                 ${players}; ${stats.reconnects} reconnects, ${stats.resumes} resumes (${stats.resumeRetries} retried after SERVICE_UNAVAILABLE), ${stats.resumeFailures.length} resume problems, ${stats.lostPlayers} gave up, ${stats.gamesStopped} games stopped
errors seen by players  ${codes}; ${stats.droppedCalls} calls lost with a dropped connection
Redis failover          play resumed ${stats.failoverSeconds?.toFixed(1) ?? "-"} s after kill -9 of the primary
probe transitions       ${transitions} (${cluster.probeCount} probes), ingress reloads ${cluster.ingress.reloads}
pod restarts            ${cluster.pods.map((p) => `${p.name} ${p.restarts}`).join(", ")}
alerts (Prometheus)     ${prometheus ? [...prometheus.seen.keys()].join(", ") || "none" : "no ServiceMonitor"}
`;
  console.log(summary);
  check(finished.size >= rooms.length * 2, `games finished: ${finished.size} (at least two per room)`);
  check(missing.length === 0 && stored.length === storedOnce.size && storedOnce.size >= finished.size, "every finished game stored exactly once");
  check(stuck.length === 0, "no stuck game");
  check(stats.lostPlayers === 0 && stats.gamesStopped === 0, "no player lost, no game stopped");
  const resumeProblems = [...stats.resumeFailures, ...[...stats.unresumed].map((name) => `${name}: never resumed after a Resume cut by a dropped connection`)];
  check(resumeProblems.length === 0, `every resume kept seat, score and canvas${resumeProblems.length ? `: ${resumeProblems.join(" | ")}` : ""}`);
  check(!stats.codes.INTERNAL_ERROR, "no INTERNAL_ERROR");
}

function freePort() {
  return Number(execFileSync("python3", [join(repo, "tests/free-port.py"), join(work, "ports-handed-out")], { encoding: "utf8" }));
}

function stopEverything() {
  cluster.ingress?.stop();
  cluster.prometheus?.stop();
  for (const c of children) { try { c.kill("SIGKILL"); } catch { /* already gone */ } }
}

const hardStop = setTimeout(() => { failures.push("hard time limit (15 min)"); stopEverything(); process.exit(1); }, 15 * 60_000);
main().catch((e) => failures.push(`crashed: ${e.stack ?? e}`)).finally(() => {
  clearTimeout(hardStop);
  stopEverything();
  const outcome = failures.length ? `rehearsal FAILED:\n  ${failures.join("\n  ")}${diagnostics.map((d) => `\n${d}`).join("")}` : "rehearsal passed";
  console.log(outcome);
  // rehearse.sh prints the servers' logs when the rehearsal fails, then this again: CI's tail ends with it.
  writeFileSync(join(work, "outcome.txt"), `${summary}\n${outcome}\n`);
  process.exit(failures.length ? 1 : 0);
});
