#!/usr/bin/env node
// Regenerates gitops/base/monitoring/prometheusrule.yaml from the promtool-checked rule file
// gitops/base/monitoring/rules/drawguess-rules.yaml, so the two never drift.
//   node tests/ops/sync-rules.mjs           write the PrometheusRule
//   node tests/ops/sync-rules.mjs --check   exit 1 if the committed file differs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rulesPath = join(repo, "gitops/base/monitoring/rules/drawguess-rules.yaml");
const targetPath = join(repo, "gitops/base/monitoring/prometheusrule.yaml");

export function renderPrometheusRule() {
  const rules = YAML.parse(readFileSync(rulesPath, "utf8"));
  const doc = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: {
      name: "drawguess",
      labels: { "app.kubernetes.io/name": "drawguess" },
    },
    spec: { groups: rules.groups },
  };
  const header =
    "# GENERATED from rules/drawguess-rules.yaml by tests/ops/sync-rules.mjs.\n" +
    "# Edit the rule file, then run: node tests/ops/sync-rules.mjs\n";
  return header + YAML.stringify(doc, { lineWidth: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = renderPrometheusRule();
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(targetPath, "utf8");
    } catch {
      // missing file is drift too
    }
    if (actual !== expected) {
      console.error(`${targetPath} is out of date: run node tests/ops/sync-rules.mjs`);
      process.exit(1);
    }
    console.log("PrometheusRule matches the rule file");
  } else {
    writeFileSync(targetPath, expected);
    console.log(`wrote ${targetPath}`);
  }
}
