// The machine-sized cluster: network namespaces on a bridge, pods run as the kubelet would run them
// (probes from outside, restarts, preStop and grace period), and the Service as an nginx upstream.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync, openSync, chownSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import http from "node:http";

export const events = [];
const started = Date.now();
export const elapsed = () => ((Date.now() - started) / 1000).toFixed(1).padStart(6);
export function log(kind, text) {
  events.push({ at: Date.now(), kind, text });
  console.log(`[${elapsed()} s] ${kind.padEnd(9)} ${text}`);
}
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...options }).toString();

/** A bridge on the host with a /28 of a documentation range, and no route anywhere else. */
export class Network {
  constructor(prefix, subnet) {
    this.prefix = prefix;
    this.base = subnet.split(".").map(Number);
    this.next = 2;
    this.bridge = `${prefix}br`;
    this.hosts = {};
    run("ip", ["link", "add", this.bridge, "type", "bridge"]);
    run("ip", ["addr", "add", `${this.address(1)}/28`, "dev", this.bridge]);
    run("ip", ["link", "set", this.bridge, "up"]);
  }

  address(n) { return [...this.base.slice(0, 3), this.base[3] + n].join("."); }

  /** A namespace with one veth on the bridge; names in hostNames resolve in every namespace made after. */
  namespace(name, hostNames = []) {
    const n = this.next++;
    if (n > 14) throw new Error("out of addresses in the /28");
    const ns = `${this.prefix}-${name}`, ip = this.address(n), veth = `${this.prefix}v${n}`;
    for (const h of hostNames) this.hosts[h] = ip;
    run("ip", ["netns", "add", ns]);
    run("ip", ["link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns]);
    run("ip", ["link", "set", veth, "master", this.bridge, "up"]);
    run("ip", ["-n", ns, "addr", "add", `${ip}/28`, "dev", "eth0"]);
    run("ip", ["-n", ns, "link", "set", "eth0", "up"]);
    run("ip", ["-n", ns, "link", "set", "lo", "up"]);
    this.writeHosts(ns, name, ip);
    return { ns, ip };
  }

  /** `ip netns exec` bind-mounts /etc/netns/<ns>/* over /etc: the Service names, and no DNS server. */
  writeHosts(ns, name, ip) {
    const dir = `/etc/netns/${ns}`;
    mkdirSync(dir, { recursive: true });
    const lines = ["127.0.0.1 localhost", `${ip} ${name}`, ...Object.entries(this.hosts).map(([h, a]) => `${a} ${h}`)];
    writeFileSync(join(dir, "hosts"), lines.join("\n") + "\n");
    writeFileSync(join(dir, "resolv.conf"), "# no DNS in the rehearsal\n");
  }
}

/** A process in a namespace, its output appended to a log file. */
export function spawnIn(ns, argv, logPath, options = {}) {
  const out = openSync(logPath, "a");
  return spawn("ip", ["netns", "exec", ns, ...argv], { stdio: ["ignore", out, out], ...options });
}

export function httpGet(host, port, path, timeoutMs, headers = {}) {
  return new Promise((resolve) => {
    const req = http.get({ host, port, path, timeout: timeoutMs, headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => { body += c; });
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("timeout", () => { req.destroy(); resolve({ status: 0, body: "timeout" }); });
    req.on("error", (e) => resolve({ status: 0, body: e.code ?? String(e) }));
  });
}

/**
 * A container's CPU limit as the kubelet sets it: a CFS quota on a cgroup of the pod's own (the cgroup v1 `cpu`
 * controller, or cgroup v2's), so that the server sees what it sees in a pod: .NET takes its processor count, and
 * so its thread pool's minimum, from the quota. Without a writable cpu controller the limit is only announced to
 * .NET (DOTNET_PROCESSOR_COUNT), and the log says so.
 */
export class CpuLimit {
  static #period = 100_000;

  constructor(group, cores) {
    this.cores = cores;
    const v1 = "/sys/fs/cgroup/cpu", v2 = "/sys/fs/cgroup";
    const v2HasCpu = existsSync(`${v2}/cgroup.controllers`) && readFileSync(`${v2}/cgroup.controllers`, "utf8").split(/\s+/).includes("cpu");
    const root = existsSync(`${v1}/cpu.cfs_quota_us`) ? v1 : v2HasCpu ? v2 : null;
    this.dir = root && join(root, group);
    try {
      if (!this.dir) throw new Error("no cpu controller");
      mkdirSync(this.dir, { recursive: true });
      const quota = Math.round(cores * CpuLimit.#period);
      if (root === v1) writeFileSync(`${this.dir}/cpu.cfs_quota_us`, String(quota));
      else writeFileSync(`${this.dir}/cpu.max`, `${quota} ${CpuLimit.#period}`);
      log("kubelet", `${group}: CPU limit ${cores} enforced by a CFS quota (${this.dir})`);
    } catch (e) {
      this.dir = null;
      log("kubelet", `${group}: CPU limit ${cores} not enforceable here (${e.message}); DOTNET_PROCESSOR_COUNT=${Math.ceil(cores)} instead`);
    }
  }

  /** Extra environment for the container. */
  get environment() { return this.dir ? {} : { DOTNET_PROCESSOR_COUNT: String(Math.ceil(this.cores)) }; }

  /** A shell line that waits until the shell itself is in the group, so the server starts under the quota. */
  get awaitJoin() { return this.dir ? `until grep -q ":/${this.dir.split("/").pop()}$" /proc/$$/cgroup; do sleep 0.01; done; ` : ""; }

  join(pid) { if (this.dir) writeFileSync(`${this.dir}/cgroup.procs`, String(pid)); }
}

/**
 * One pod of the Deployment: its namespace and address, the server process started with the container's
 * env, user, working directory and its own /tmp (the emptyDir), and the kubelet's three probes against
 * the pod address from outside. A container that exits or fails liveness is restarted; deleting the pod
 * takes it out of the Service, runs preStop, then SIGTERM, and SIGKILL when the grace period runs out.
 */
export class Pod {
  constructor(cluster, name) {
    Object.assign(this, { cluster, name, restarts: 0, ready: false, startedUp: false, deleting: false, gone: false });
    const { ns, ip } = cluster.network.namespace(name);
    Object.assign(this, { ns, ip });
    this.tmp = join(cluster.work, "pods", name, "tmp");
    mkdirSync(this.tmp, { recursive: true });
    const { uid, gid } = cluster.spec.user;
    chownSync(this.tmp, uid, gid);
    this.logPath = join(cluster.work, "pods", name, "server.log");
    this.timers = [];
    this.cpu = cluster.spec.cpuLimit ? new CpuLimit(`${cluster.network.prefix}-${name}`, cluster.spec.cpuLimit) : null;
    this.start();
  }

  start() {
    const spec = this.cluster.spec;
    const env = { ...spec.environment(this.name), ...this.cpu?.environment };
    const workingDir = spec.workingDir === "/app" ? this.cluster.appDir : spec.workingDir;
    // ip netns exec gives the process a mount namespace of its own: /tmp there is the pod's emptyDir. Every exec
    // keeps the process id, so the server is the process put into the CPU limit's group.
    this.process = spawnIn(this.ns, ["sh", "-c", `${this.cpu?.awaitJoin ?? ""}mount --bind "$0" /tmp && cd "$1" && shift && exec "$@"`, this.tmp, workingDir,
      "setpriv", `--reuid=${spec.user.uid}`, `--regid=${spec.user.gid ?? spec.user.uid}`, "--clear-groups",
      "env", "-i", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...spec.command, ...spec.args], this.logPath);
    this.cpu?.join(this.process.pid);
    this.startedAt = Date.now();
    this.exited = new Promise((resolve) => this.process.on("exit", (code, signal) => resolve({ code, signal })));
    this.exited.then(({ code, signal }) => this.onExit(code, signal));
    this.startedUp = false;
    this.setReady(false, "container started");
    this.probe("startupProbe", () => this.startedUp, () => {
      this.startedUp = true;
      log("probe", `${this.name} startup probe passed after ${((Date.now() - this.startedAt) / 1000).toFixed(1)} s`);
      this.probe("livenessProbe", () => false, null, () => this.restart("liveness probe failed"), true);
      this.probe("readinessProbe", () => false, () => this.setReady(true, "readiness probe passed"), () => this.setReady(false, "readiness probe failed"), true);
    }, () => this.restart("startup probe failed"));
  }

  /** Runs a probe every periodSeconds until done(); calls onPass/onFail on the thresholds (repeatedly if `keep`). */
  probe(kind, done, onPass, onFail, keep = false) {
    const p = this.cluster.spec.probes[kind];
    if (!p) { onPass?.(); return; }
    const process = this.process;
    let successes = 0, failures = 0, state = null;
    const tick = async () => {
      if (this.process !== process || this.deleting || done()) return;
      const r = await httpGet(this.ip, p.port, p.path, p.timeoutSeconds * 1000);
      if (this.process !== process || this.deleting) return;
      const ok = r.status >= 200 && r.status < 400;
      this.cluster.probeCount++;
      if (ok) { successes++; failures = 0; } else { failures++; successes = 0; }
      if (ok && successes >= p.successThreshold && state !== true) { state = true; onPass?.(); if (!keep) return; }
      if (!ok && failures >= p.failureThreshold && state !== false) {
        state = false;
        log("probe", `${this.name} ${kind} failed ${failures}x (${r.status || r.body})`);
        onFail?.();
        if (!keep) return;
      }
      this.timers.push(setTimeout(tick, p.periodSeconds * 1000));
    };
    this.timers.push(setTimeout(tick, p.initialDelaySeconds * 1000));
  }

  setReady(ready, why) {
    if (this.ready === ready) return;
    this.ready = ready;
    log("ready", `${this.name} ${ready ? "ready" : "not ready"} (${why})`);
    this.cluster.membershipChanged();
  }

  clearTimers() { for (const t of this.timers) clearTimeout(t); this.timers = []; }

  onExit(code, signal) {
    this.clearTimers();
    this.setReady(false, `container exited ${signal ?? code}`);
    if (this.deleting) return;
    // CrashLoopBackOff: 10 s, doubling up to 5 minutes.
    const backoff = Math.min(300, 10 * 2 ** this.restarts);
    log("restart", `${this.name} container exited (${signal ?? `code ${code}`}); restarting in ${backoff} s (restartPolicy Always)`);
    this.restarts++;
    this.timers.push(setTimeout(() => { if (!this.deleting) this.start(); }, backoff * 1000));
  }

  /** kubelet kills a container that fails liveness with its grace period (preStop, SIGTERM, SIGKILL), then restarts it. */
  async restart(reason) {
    log("restart", `${this.name}: ${reason}`);
    this.clearTimers();
    this.setReady(false, reason);
    const process = this.process;
    process.kill("SIGTERM");
    setTimeout(() => { if (process.exitCode === null && process.signalCode === null) process.kill("SIGKILL"); }, this.cluster.spec.terminationGracePeriodSeconds * 1000);
  }

  kill9() {
    log("chaos", `kill -9 ${this.name} (pid ${this.process.pid})`);
    this.process.kill("SIGKILL");
  }

  /** Pod deletion: out of the Service at once, preStop, SIGTERM, SIGKILL at the end of the grace period. */
  async delete() {
    this.deleting = true;
    this.clearTimers();
    this.setReady(false, "pod deleted");
    const spec = this.cluster.spec;
    const t0 = Date.now(), grace = spec.terminationGracePeriodSeconds * 1000;
    const killer = setTimeout(() => { log("kubelet", `${this.name}: grace period over, SIGKILL`); this.process.kill("SIGKILL"); }, grace);
    if (spec.preStop) {
      const hook = spawnIn(this.ns, spec.preStop, join(this.cluster.work, "pods", this.name, "prestop.log"));
      await Promise.race([new Promise((r) => hook.on("exit", r)), this.exited]);
      log("kubelet", `${this.name}: preStop ${JSON.stringify(spec.preStop)} done after ${((Date.now() - t0) / 1000).toFixed(1)} s; SIGTERM`);
    }
    this.process.kill("SIGTERM");
    const { code, signal } = await this.exited;
    clearTimeout(killer);
    this.gone = true;
    this.termination = { seconds: (Date.now() - t0) / 1000, code, signal };
    log("kubelet", `${this.name} exited ${signal ?? `with ${code}`} ${this.termination.seconds.toFixed(1)} s after deletion (grace ${spec.terminationGracePeriodSeconds} s)`);
    return this.termination;
  }
}

/**
 * The Gateway's stand-in: nginx on 127.0.0.1 routing the HTTPRoutes' paths to the Service's ready endpoints,
 * with each rule's request timeout. A Gateway API path prefix matches whole path segments. A path whose
 * route hashes on a query parameter goes through a consistent-hash upstream on it (no parameter: round
 * robin), and each of its requests is logged, when it ends, with the parameter and the pod it went to
 * (hashed.log: end time, seconds it lasted, parameter, pod address).
 */
export class Ingress {
  constructor(cluster, port) {
    this.cluster = cluster;
    this.port = port;
    this.dir = join(cluster.work, "nginx");
    mkdirSync(this.dir, { recursive: true });
    this.conf = join(this.dir, "nginx.conf");
    this.endpoints = [];
    this.reloads = 0;
    this.write();
    this.process = spawn("nginx", ["-c", this.conf, "-g", "daemon off;"], { stdio: ["ignore", openSync(join(this.dir, "stdout.log"), "a"), "inherit"] });
  }

  write() {
    const ing = this.cluster.spec.ingress;
    const servers = this.endpoints.length
      ? this.endpoints.map((ip) => `    server ${ip}:${ing.paths[0].targetPort};`).join("\n")
      : "    server 127.0.0.1:9 down;"; // no ready pod: 502 here (Envoy answers 503)
    const hashedBy = [...new Set(ing.paths.map((p) => p.hashQueryParam).filter(Boolean))];
    const upstream = (p) => (p.hashQueryParam ? `service_by_${p.hashQueryParam}` : "service");
    const upstreams = [`  upstream service {\n${servers}\n  }`,
      ...hashedBy.map((q) => `  upstream service_by_${q} {\n    hash $arg_${q} consistent;\n${servers}\n  }`)].join("\n");
    // Envoy's default connect timeout; nginx cannot switch a read timeout off, so "0s" becomes a day.
    const location = (p) => `${p.hashQueryParam ? `
      access_log ${this.dir}/hashed.log hashed;` : ""}
      proxy_pass http://${upstream(p)};
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_connect_timeout 10s;
      proxy_read_timeout ${p.requestTimeout || 86400}s;
      proxy_send_timeout ${p.requestTimeout || 86400}s;
      proxy_next_upstream error timeout;`;
    const locations = ing.paths.flatMap((p) => {
      if (p.pathType === "Exact") return [`    location = ${p.path} {${location(p)}\n    }`];
      if (p.path === "/") return [`    location / {${location(p)}\n    }`];
      const prefix = p.path.replace(/\/$/, "");
      return [`    location = ${prefix} {${location(p)}\n    }`, `    location ${prefix}/ {${location(p)}\n    }`];
    }).join("\n");
    writeFileSync(this.conf, `# written by deploy/rehearsal from the rendered Gateway and HTTPRoutes
worker_processes 1;
pid ${this.dir}/nginx.pid;
error_log ${this.dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${this.dir}/access.log;
  client_body_temp_path ${this.dir}/body;
  proxy_temp_path ${this.dir}/proxy;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  log_format hashed '$msec $request_time ${hashedBy.map((q) => `$arg_${q}`).join(" ") || "-"} $upstream_addr';
${upstreams}
  server {
    listen 127.0.0.1:${this.port} default_server;
    server_name ${ing.host};
    # Envoy streams request bodies without a size limit; the server's own limits apply.
    client_max_body_size 0;
${locations}
  }
}
`);
  }

  update(endpoints) {
    const sorted = [...endpoints].sort();
    if (JSON.stringify(sorted) === JSON.stringify(this.endpoints)) return;
    this.endpoints = sorted;
    this.write();
    if (this.process.exitCode === null) {
      run("nginx", ["-c", this.conf, "-s", "reload"]);
      this.reloads++;
    }
    log("service", `endpoints: ${sorted.join(", ") || "(none)"}`);
  }

  stop() { if (this.process.exitCode === null) this.process.kill("SIGQUIT"); }
}

export function removeDir(path) { rmSync(path, { recursive: true, force: true }); }
