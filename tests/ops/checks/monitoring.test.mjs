// Alert rules, promtool tests, Alertmanager, Loki, Alloy and the Grafana dashboard:
// the checks that promtool and amtool do not make themselves.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import YAML from "yaml";
import { read, kustomize, markdownAnchors } from "./lib.mjs";
import { renderPrometheusRule } from "../sync-rules.mjs";
import { parseAlloy } from "./alloy.mjs";

const RULES = "gitops/base/monitoring/rules/drawguess-rules.yaml";
const rules = YAML.parse(read(RULES));
const alerts = rules.groups.flatMap((g) => g.rules).filter((r) => r.alert);

// The metric names the server exposes (docs/operations.md, issue 5), plus the
// Prometheus and kube-state-metrics series the rules and dashboard may use.
const SERVER_METRICS = [
  "drawguess_connected_players", "drawguess_cluster_connected_players", "drawguess_cluster_rooms", "drawguess_games_started_total",
  "drawguess_games_finished_total", "drawguess_turns_total", "drawguess_guesses_total",
  "drawguess_chat_messages_total", "drawguess_strokes_received_total", "drawguess_strokes_delivered_total", "drawguess_room_handovers_total",
  "drawguess_hub_invocation_duration_seconds", "drawguess_hub_errors_total", "drawguess_broadcast_fanout_seconds",
  "drawguess_http_request_duration_seconds", "drawguess_rate_limit_rejections_total", "drawguess_dependency_up",
  "drawguess_dependency_latency_seconds", "drawguess_ready", "drawguess_rankings_pending_results", "process_cpu_seconds_total",
  "process_resident_memory_bytes", "process_start_time_seconds", "dotnet_gc_collections_total",
  "dotnet_gc_heap_bytes", "dotnet_gc_allocated_bytes_total", "dotnet_threadpool_threads", "dotnet_threadpool_queue_length",
];
const OTHER_SERIES = ["up", "ALERTS", "kube_pod_container_status_restarts_total", "kube_pod_container_resource_limits"];
// What the redis_exporter sidecar of gitops/components/redis exposes (job="redis") and the rules use.
const REDIS_EXPORTER_METRICS = [
  "redis_up", "redis_instance_info", "redis_memory_used_bytes", "redis_memory_max_bytes", "redis_master_link_up",
  "redis_connected_slave_lag_seconds",
];
const PROMQL_WORDS = new Set([
  "sum", "by", "rate", "increase", "histogram_quantile", "and", "or", "unless", "on", "group_left", "max", "min",
  "changes", "absent", "time", "avg", "count", "le", "without", "ignoring", "offset", "bool", "max_over_time", "vector",
]);
function metricNames(expr) {
  const withoutStrings = expr.replace(/"[^"]*"/g, '""').replace(/\{[^}]*\}/g, "{}").replace(/\[[^\]]*\]/g, "[]")
    .replace(/\boffset\s+\d+[smhdwy]\b/g, "");
  const names = new Set();
  for (const m of withoutStrings.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    if (PROMQL_WORDS.has(m[0]) || /^\d/.test(m[0])) continue;
    names.add(m[0]);
  }
  // Label names inside by (...) / on (...) are not metrics.
  for (const m of withoutStrings.matchAll(/\b(?:by|on|without|ignoring|group_left)\s*\(([^)]*)\)/g)) {
    for (const l of m[1].split(",")) names.delete(l.trim());
  }
  return [...names];
}
const known = (name) =>
  OTHER_SERIES.includes(name) || REDIS_EXPORTER_METRICS.includes(name) ||
  SERVER_METRICS.some((m) => name === m || name === `${m}_bucket` || name === `${m}_count` || name === `${m}_sum`);

// Each pod reports drawguess_cluster_* for the whole deployment (the shared live state): summing
// them over pods counts everything once per pod. Per-pod series are summed; these take max.
function clusterSeriesSummed(expr) {
  return [...expr.matchAll(/\b(sum|avg|count)\b\s*(?:(?:by|without)\s*\([^)]*\)\s*)?\(\s*(drawguess_cluster_\w+)/g)].map((m) => `${m[1]}(${m[2]})`);
}

describe("alert rules", () => {
  test("the PrometheusRule is generated from the rule file (no drift)", () => {
    assert.equal(read("gitops/base/monitoring/prometheusrule.yaml"), renderPrometheusRule(), "run: node tests/ops/sync-rules.mjs");
    const [rendered] = kustomize("gitops/base/monitoring").filter((o) => o.kind === "PrometheusRule");
    assert.deepEqual(rendered.spec.groups, rules.groups);
  });

  test("aggregate the deployment-wide series with max, never sum them over pods", () => {
    for (const a of alerts) assert.deepEqual(clusterSeriesSummed(a.expr), [], a.alert);
  });

  test("the required alerts exist", () => {
    const names = alerts.map((a) => a.alert);
    for (const required of [
      "DrawGuessInstanceDown", "DrawGuessHubErrorRateHigh", "DrawGuessHttpErrorRateHigh", "DrawGuessHubLatencyHigh",
      "DrawGuessHttpLatencyHigh", "DrawGuessFanoutLatencyHigh", "DrawGuessDependencyDown", "DrawGuessReadinessFlapping",
      "DrawGuessContainerRestarting", "DrawGuessMemoryHigh", "DrawGuessNoGamesFinishing",
      "DrawGuessRedisDown", "DrawGuessRedisNoPrimary", "DrawGuessRedisFailover", "DrawGuessRedisMemoryHigh",
      "DrawGuessRedisReplicationBroken", "DrawGuessRedisReplicationLag",
    ]) {
      assert.ok(names.includes(required), `missing alert ${required}`);
    }
    assert.equal(new Set(names).size, names.length, "duplicate alert names");
  });

  const anchors = markdownAnchors(read("docs/operations.md"));
  for (const a of alerts) {
    test(`${a.alert}: severity, summary, description, runbook anchor, known metrics`, () => {
      assert.match(a.labels?.severity ?? "", /^(critical|warning)$/);
      assert.ok(a.annotations?.summary, "summary");
      assert.ok(a.annotations?.description, "description");
      const m = /^https:\/\/github\.com\/drawguess\/drawguess\/blob\/main\/docs\/operations\.md#([a-z0-9-]+)$/.exec(a.annotations?.runbook_url ?? "");
      assert.ok(m, `runbook_url must point into docs/operations.md: ${a.annotations?.runbook_url}`);
      assert.ok(anchors.has(m[1]), `docs/operations.md has no heading for #${m[1]}`);
      for (const name of metricNames(a.expr)) assert.ok(known(name), `unknown metric ${name}`);
    });
  }

  test("every alert has a promtool test where it fires and one where it does not", () => {
    const tests = YAML.parse(read("tests/ops/prometheus/drawguess-rules.test.yaml")).tests;
    const cases = tests.flatMap((t) => t.alert_rule_test ?? []);
    for (const a of alerts) {
      const mine = cases.filter((c) => c.alertname === a.alert);
      assert.ok(mine.some((c) => c.exp_alerts?.length > 0), `${a.alert}: no firing case`);
      assert.ok(mine.some((c) => !c.exp_alerts || c.exp_alerts.length === 0), `${a.alert}: no silent case`);
    }
  });
});

describe("alertmanager", () => {
  const config = YAML.parse(read("gitops/base/monitoring/alertmanager/alertmanager.yaml"));
  const receivers = Object.fromEntries(config.receivers.map((r) => [r.name, r]));

  test("routes critical and warning to separate Slack receivers with sane repeat intervals", () => {
    const route = (sev) => config.route.routes.find((r) => r.matchers?.includes(`severity="${sev}"`));
    const critical = route("critical");
    const warning = route("warning");
    assert.ok(critical && warning);
    assert.notEqual(critical.receiver, warning.receiver);
    const hours = (d) => Number(/^(\d+)h$/.exec(d)?.[1] ?? 0);
    assert.ok(hours(critical.repeat_interval) >= 1, "criticals repeat at most hourly");
    assert.ok(hours(warning.repeat_interval ?? config.route.repeat_interval) >= 4, "warnings repeat at most every 4 h");
    assert.ok(config.route.group_by.includes("alertname"));
  });

  test("Slack webhook URLs come from files mounted from a Secret", () => {
    const slack = config.receivers.flatMap((r) => r.slack_configs ?? []);
    assert.ok(slack.length >= 2);
    for (const s of slack) {
      assert.equal(s.api_url, undefined, "api_url would put the webhook in git");
      assert.match(s.api_url_file, /^\/etc\/alertmanager\/secrets\/alertmanager-slack\//);
      assert.equal(s.send_resolved, true);
    }
    assert.ok(receivers["slack-critical"] && receivers["slack-warning"]);
    const mounted = kustomize("gitops/argocd/apps").find((a) => a.metadata.name === "kube-prometheus-stack")
      .spec.source.helm.valuesObject.alertmanager.alertmanagerSpec;
    assert.deepEqual(mounted.secrets, ["alertmanager-slack"]);
    assert.equal(mounted.configSecret, "alertmanager-drawguess");
    const es = kustomize("gitops/base/monitoring").find((o) => o.kind === "ExternalSecret" && o.metadata.name === "alertmanager-slack");
    const keys = es.spec.data.map((d) => d.secretKey);
    for (const s of slack) assert.ok(keys.includes(s.api_url_file.split("/").at(-1)), `${s.api_url_file} is not in the Secret`);
  });

  test("criticals inhibit warnings of the same alertname and instance", () => {
    const rule = config.inhibit_rules.find((r) => r.source_matchers?.includes('severity="critical"') && r.target_matchers?.includes('severity="warning"'));
    assert.ok(rule);
    assert.ok(rule.equal.includes("alertname") && rule.equal.includes("instance"));
  });
});

describe("logs", () => {
  test("Loki keeps 14 days and the compactor deletes older logs", () => {
    const loki = YAML.parse(read("gitops/base/monitoring/loki/loki-config.yaml"));
    assert.equal(loki.limits_config.retention_period, "336h");
    assert.equal(loki.compactor.retention_enabled, true);
    assert.ok(loki.compactor.delete_request_store);
    assert.equal(loki.auth_enabled, false);
    assert.ok(loki.schema_config.configs.every((c) => c.schema === "v13" && c.store === "tsdb"));
  });

  // Every component Alloy may run here, with the attributes and blocks each accepts (Alloy
  // refuses a config with an unknown one); a reference must name a declared component's export.
  const COMPONENTS = {
    "discovery.kubernetes": { attrs: ["role"], blocks: ["namespaces", "selectors"], exports: ["targets"] },
    "discovery.relabel": { attrs: ["targets"], blocks: ["rule"], exports: ["output"] },
    "local.file_match": { attrs: ["path_targets"], blocks: [], exports: ["targets"] },
    "loki.source.file": { attrs: ["targets", "forward_to"], blocks: [], exports: [] },
    "loki.process": { attrs: ["forward_to"], blocks: ["stage.cri", "stage.json", "stage.template", "stage.timestamp", "stage.labels", "stage.structured_metadata"], exports: ["receiver"] },
    "loki.write": { attrs: [], blocks: ["endpoint"], exports: ["receiver"] },
  };
  const alloyText = read("gitops/base/monitoring/alloy/config.alloy");

  test("Alloy's config parses and wires declared components only", () => {
    const config = parseAlloy(alloyText);
    const declared = new Set(config.blocks.map((b) => `${b.name}.${b.label}`));
    const refs = [];
    const walk = (v) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v?.ref) refs.push(v.ref);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    for (const b of config.blocks) {
      const spec = COMPONENTS[b.name];
      assert.ok(spec, `line ${b.line}: unknown component ${b.name}`);
      assert.ok(b.label, `line ${b.line}: ${b.name} needs a label`);
      for (const a of Object.keys(b.body.attrs)) assert.ok(spec.attrs.includes(a), `${b.name}: unknown attribute ${a}`);
      for (const inner of b.body.blocks) assert.ok(spec.blocks.includes(inner.name), `${b.name}: unknown block ${inner.name}`);
      walk(b.body);
    }
    for (const ref of refs) {
      const owner = [...declared].find((d) => ref.startsWith(`${d}.`));
      assert.ok(owner, `${ref} names no declared component`);
      assert.ok(COMPONENTS[owner.replace(/\.[^.]+$/, "")].exports.includes(ref.slice(owner.length + 1)), `${ref}: no such export`);
    }
    // Logs flow from the files through the pipeline to Loki.
    const fwd = (name) => config.blocks.find((b) => b.name === name).body.attrs.forward_to.map((r) => r.ref);
    assert.deepEqual(fwd("loki.source.file"), ["loki.process.drawguess.receiver"]);
    assert.deepEqual(fwd("loki.process"), ["loki.write.loki.receiver"]);
  });

  test("Alloy parses our JSON lines, labels level and module only, and keeps the labels the LogQL examples use", () => {
    const config = parseAlloy(alloyText);
    const process = config.blocks.find((b) => b.name === "loki.process").body;
    const stages = process.blocks.map((s) => s.name);
    const stage = (name) => process.blocks.find((s) => s.name === name).body.attrs;
    assert.ok(stages.indexOf("stage.cri") < stages.indexOf("stage.json"), "cri must unwrap the line first");
    const json = stage("stage.json").expressions;
    assert.equal(json.level, '"@l"');
    assert.equal(json.timestamp, '"@t"');
    assert.equal(json.module, "Module");
    assert.deepEqual(Object.keys(stage("stage.labels").values).sort(), ["level", "module"]);
    assert.deepEqual(Object.keys(stage("stage.structured_metadata").values), ["trace_id"]);
    const relabel = config.blocks.find((b) => b.name === "discovery.relabel").body.blocks.map((r) => r.body.attrs);
    const targets = relabel.map((r) => r.target_label).filter(Boolean);
    for (const label of ["namespace", "pod", "container", "app", "__path__"]) assert.ok(targets.includes(label), `no ${label} label`);
    // docs/operations.md's LogQL selects by these labels: every one must exist.
    const ops = read("docs/operations.md");
    const selectors = [...ops.matchAll(/\{((?:namespace|level|module|pod|app|container)[^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/(\w+)\s*=~?/g)].map((x) => x[1]));
    assert.ok(selectors.length >= 5, "LogQL examples not found in docs/operations.md");
    for (const label of selectors) assert.ok([...targets, "level", "module"].includes(label), `LogQL example selects ${label}, which Alloy does not set`);
    const endpoint = config.blocks.find((b) => b.name === "loki.write").body.blocks.find((b) => b.name === "endpoint").body.attrs;
    assert.match(endpoint.url, /^http:\/\/loki\.monitoring\.svc:3100\/loki\/api\/v1\/push$/);
  });

  test("a broken Alloy config is refused (the parser is not a pass-through)", () => {
    assert.throws(() => parseAlloy(alloyText.replace("stage.cri { }", "stage.cri {")), /expected|end of file/);
    assert.throws(() => parseAlloy('loki.write "x" { endpoint { url = "http://a } }'), /unterminated/);
  });
});

describe("grafana dashboard", () => {
  const dashboard = JSON.parse(read("gitops/base/monitoring/grafana/drawguess-dashboard.json"));
  const panels = dashboard.panels.filter((p) => p.type !== "row");

  test("is provisioned by a labelled ConfigMap", () => {
    const cm = kustomize("gitops/base/monitoring").find((o) => o.kind === "ConfigMap" && o.metadata.name === "drawguess-dashboard");
    assert.equal(cm.metadata.labels.grafana_dashboard, "1");
    assert.deepEqual(JSON.parse(cm.data["drawguess-dashboard.json"]), dashboard);
  });

  test("covers players, rooms, games, latency, errors and dependencies", () => {
    const exprs = panels.flatMap((p) => p.targets.map((t) => t.expr)).join("\n");
    for (const m of [
      "drawguess_connected_players", "drawguess_cluster_rooms", "drawguess_games_finished_total",
      "drawguess_hub_invocation_duration_seconds_bucket", "drawguess_http_request_duration_seconds_bucket",
      "drawguess_broadcast_fanout_seconds_bucket", "drawguess_hub_errors_total", "drawguess_dependency_up",
    ]) {
      assert.ok(exprs.includes(m), `no panel shows ${m}`);
    }
  });

  test("panel ids are unique and queries use only known metrics", () => {
    const ids = dashboard.panels.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of panels.filter((x) => x.datasource.type === "prometheus")) {
      for (const t of p.targets) {
        for (const name of metricNames(t.expr)) assert.ok(known(name), `${p.title}: unknown metric ${name}`);
        assert.deepEqual(clusterSeriesSummed(t.expr), [], `${p.title}: a deployment-wide series summed over pods`);
      }
    }
  });
});
