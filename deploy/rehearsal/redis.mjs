// The Redis StatefulSet as it declares itself: one network namespace per pod (redis-0 ...), reached
// by the names of the headless Service (redis-0.redis ...); in each, the containers that have a
// command (the data node and Sentinel) run with their environment, user and volumes (a folder per
// volume, a mounted ConfigMap's files written into it). The exporter runs its image's entrypoint,
// which is not on this machine: it is left out.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, chownSync, existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { spawnIn, log } from "./cluster.mjs";

const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

export class RedisStatefulSet {
  constructor(spec, network, work, children) {
    Object.assign(this, { spec, work, children });
    this.pods = Array.from({ length: spec.replicas }, (_, i) => {
      const name = `${spec.name}-${i}`;
      const host = `${name}.${spec.serviceName}`;
      return { name, host, ...network.namespace(name, [host]), dir: join(work, "redis", name), processes: {} };
    });
    // A namespace resolves only the names made before it: write every pod's hosts again now.
    for (const pod of this.pods) network.writeHosts(pod.ns, pod.name, pod.ip);
    this.running = spec.containers.filter((c) => c.command);
    const skipped = spec.containers.filter((c) => !c.command).map((c) => c.name);
    if (skipped.length) log("redis", `containers without a command (image entrypoint) not run: ${skipped.join(", ")}`);
  }

  get password() { return this.spec.containers[0].environment(this.pods[0].name).REDIS_PASSWORD; }

  startAll() { for (const pod of this.pods) for (const c of this.running) this.start(pod, c.name); }

  /** Starts one container of a pod (again, after a kill: the kubelet's restart) with its volumes as folders. */
  start(pod, containerName) {
    const c = this.spec.containers.find((x) => x.name === containerName);
    const local = this.localPaths(pod, c);
    const env = Object.entries({ PATH, ...c.environment(pod.name) }).map(([k, v]) => `${k}=${local(v)}`);
    const { uid, gid } = this.spec.user;
    const user = uid === undefined ? [] : ["setpriv", `--reuid=${uid}`, `--regid=${gid ?? uid}`, "--clear-groups"];
    pod.processes[containerName] = spawnIn(pod.ns, [...user, "env", "-i", ...env, ...c.command.map(local)], join(this.work, "redis", `${pod.name}-${containerName}.log`));
    this.children.push(pod.processes[containerName]);
  }

  /** kill -9 of a container's process (redis-server or Sentinel: the script execs it). */
  kill(pod, containerName) {
    log("chaos", `kill -9 ${pod.name}/${containerName} (pid ${pod.processes[containerName].pid})`);
    pod.processes[containerName].kill("SIGKILL");
  }

  /** The container's exec readiness probe, run in the pod as the kubelet would; true without one. */
  ready(pod, containerName) {
    const c = this.spec.containers.find((x) => x.name === containerName);
    if (!c.readiness) return true;
    const local = this.localPaths(pod, c);
    const env = Object.entries({ PATH, ...c.environment(pod.name) }).map(([k, v]) => `${k}=${local(v)}`);
    try {
      execFileSync("ip", ["netns", "exec", pod.ns, "env", "-i", ...env, ...c.readiness.map(local)], { stdio: "ignore", timeout: 5000 });
      return true;
    } catch {
      return false;
    }
  }

  allReady() { return this.pods.every((pod) => this.running.every((c) => this.ready(pod, c.name))); }

  /** The pod Sentinel names as the primary of its service (asked of the first Sentinel that answers). */
  primary(serviceName) {
    for (const pod of this.pods) {
      try {
        const host = execFileSync("redis-cli", ["-h", pod.ip, "-p", "26379", "-a", this.password, "--no-auth-warning",
          "SENTINEL", "get-master-addr-by-name", serviceName], { stdio: ["ignore", "pipe", "ignore"], timeout: 3000 }).toString().split("\n")[0].trim();
        const primary = this.pods.find((p) => p.host === host);
        if (primary) return primary;
      } catch { /* this Sentinel is down: ask the next */ }
    }
    return null;
  }

  /** The role a data node reports (master, slave), or null while it does not answer. */
  role(pod) {
    try {
      return execFileSync("redis-cli", ["-h", pod.ip, "-p", "6379", "-a", this.password, "--no-auth-warning", "ROLE"],
        { stdio: ["ignore", "pipe", "ignore"], timeout: 3000 }).toString().split("\n")[0].trim() || null;
    } catch {
      return null;
    }
  }

  /** Maps a container's mount paths to the pod's folders (a ConfigMap's files written there). */
  localPaths(pod, container) {
    const mounts = container.mounts.map((m) => {
      const dir = join(pod.dir, m.volume);
      mkdirSync(dir, { recursive: true });
      if (m.files) for (const [file, text] of Object.entries(m.files)) project(join(dir, file), text);
      else if (this.spec.user.uid !== undefined) chownSync(dir, this.spec.user.uid, this.spec.user.gid ?? this.spec.user.uid);
      return { path: m.path, dir };
    });
    return (value) => mounts.reduce((v, m) => (v === m.path || v.startsWith(`${m.path}/`) ? m.dir + v.slice(m.path.length) : v), String(value));
  }
}

/**
 * A ConfigMap's file as the kubelet projects it: written only when missing or changed, and by a
 * rename. The readiness probes map paths every half second: rewriting in place there truncated
 * primary.sh under a restarting redis.sh ("primary_now: not found"), and the pod never came back.
 */
function project(path, text) {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  writeFileSync(`${path}.new`, text);
  renameSync(`${path}.new`, path);
}
