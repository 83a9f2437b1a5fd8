#!/usr/bin/env node
// Prints the Grafana dashboard's PromQL queries as a Prometheus rule file, so that
// `promtool check rules` parses every one of them (run.sh does this).
// Grafana variables are replaced by representative values first.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dashboard = JSON.parse(readFileSync(join(repo, "gitops/base/monitoring/grafana/drawguess-dashboard.json"), "utf8"));

const rules = [];
const visit = (panels) => {
  for (const p of panels) {
    if (p.panels) visit(p.panels);
    if (p.datasource?.type !== "prometheus") continue;
    for (const t of p.targets ?? []) {
      rules.push({
        record: `dashboard:panel_${p.id}_${t.refId}`,
        expr: t.expr
          .replaceAll("$__rate_interval", "5m")
          .replaceAll("$__interval", "1m")
          .replaceAll("$namespace", "drawguess"),
      });
    }
  }
};
visit(dashboard.panels);
for (const a of dashboard.annotations?.list ?? []) {
  if (a.expr) rules.push({ record: "dashboard:annotation", expr: a.expr.replaceAll("$namespace", "drawguess") });
}
process.stdout.write(YAML.stringify({ groups: [{ name: "dashboard-queries", rules }] }, { lineWidth: 0 }));
