// A real Prometheus (Debian's package) on 127.0.0.1 scraping the pods as the ServiceMonitor declares
// (path, interval, timeout; the job named after the Service, with namespace and pod labels, as the
// Prometheus Operator does) and evaluating the alert rules the PrometheusRule is generated from.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, renameSync, openSync } from "node:fs";
import { join } from "node:path";
import { httpGet, log } from "./cluster.mjs";

export class Prometheus {
  constructor({ work, port, rulesFile, endpoint, namespace, containerPort }) {
    Object.assign(this, { port, namespace, containerPort, seen: new Map() });
    this.dir = join(work, "prometheus");
    mkdirSync(join(this.dir, "data"), { recursive: true });
    this.targets = join(this.dir, "targets.json");
    this.setTargets([]);
    writeFileSync(join(this.dir, "prometheus.yml"), `global:
  evaluation_interval: 15s
rule_files:
  - ${rulesFile}
scrape_configs:
  - job_name: drawguess
    metrics_path: ${endpoint.path}
    scrape_interval: ${endpoint.interval}
    scrape_timeout: ${endpoint.scrapeTimeout}
    file_sd_configs:
      - files: [${this.targets}]
        refresh_interval: 2s
`);
    this.process = spawn("prometheus", [`--config.file=${join(this.dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(this.dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`], { stdio: ["ignore", openSync(join(this.dir, "prometheus.log"), "a"), openSync(join(this.dir, "prometheus.log"), "a")] });
    this.poller = setInterval(() => this.pollAlerts(), 5000);
  }

  /** The Service's endpoints, ready or not (the Operator's endpoint discovery scrapes both); deleted pods leave. */
  setTargets(pods) {
    const tmp = `${this.targets}.tmp`;
    writeFileSync(tmp, JSON.stringify(pods.map((p) => ({
      targets: [`${p.ip}:${this.containerPort}`], labels: { namespace: this.namespace, pod: p.name, service: "drawguess", container: "drawguess" },
    }))));
    renameSync(tmp, this.targets);
  }

  async query(promql) {
    const r = await httpGet("127.0.0.1", this.port, `/api/v1/query?query=${encodeURIComponent(promql)}`, 5000);
    try { return JSON.parse(r.body).data.result; } catch { return null; }
  }

  /** Every alert seen, by name, labels and state, with when it was first and last seen. */
  async pollAlerts() {
    for (const a of (await this.query("ALERTS")) ?? []) {
      const { alertname, alertstate, dependency, pod } = a.metric;
      const key = `${alertname}${dependency ? `{dependency=${dependency}}` : ""}${pod ? `{pod=${pod}}` : ""} ${alertstate}`;
      if (!this.seen.has(key)) log("alert", key);
      this.seen.set(key, { first: this.seen.get(key)?.first ?? Date.now(), last: Date.now() });
    }
  }

  /** Alerts present in the last poll. */
  active() { return [...this.seen].filter(([, v]) => Date.now() - v.last < 6000).map(([k]) => k); }

  stop() { clearInterval(this.poller); if (this.process.exitCode === null) this.process.kill("SIGTERM"); }
}
