// Shared helpers for the offline ops checks (run by tests/ops/run.sh with node --test).
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv from "ajv";
import assert from "node:assert/strict";

export const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const rel = (p) => relative(repo, p);
export const read = (p) => readFileSync(join(repo, p), "utf8");

/** Every YAML document of a string, parsed; empty documents are dropped. */
export function parseAllYaml(text, source = "<yaml>") {
  return YAML.parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((d) => d != null);
}

const renderCache = new Map();
/** Objects rendered by `kubectl kustomize <dir>` (dir relative to the repo). */
export function kustomize(dir) {
  if (!renderCache.has(dir)) {
    const out = execFileSync("kubectl", ["kustomize", join(repo, dir)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    renderCache.set(dir, parseAllYaml(out, dir));
  }
  return renderCache.get(dir);
}

/** Files under dir (relative to the repo) whose name matches re, skipping node_modules and dot dirs. */
export function findFiles(dir, re) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (name === "node_modules" || name.startsWith(".terraform")) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (re.test(name)) out.push(p);
    }
  };
  walk(join(repo, dir));
  return out.sort();
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function githubAnchor(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, "")
    .replace(/ /g, "-");
}

export function markdownAnchors(markdown) {
  const anchors = new Set();
  for (const line of markdown.split("\n")) {
    const m = /^#{1,6}\s+(.*)$/.exec(line);
    if (m) anchors.add(githubAnchor(m[1]));
  }
  return anchors;
}

export const kindName = (o) => `${o.kind}/${o.metadata?.namespace ? o.metadata.namespace + "/" : ""}${o.metadata?.name}`;

/** Pod templates of workload objects, with the owning object. */
export function podSpecs(objects) {
  return objects
    .filter((o) => ["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(o.kind))
    .map((o) => ({ owner: o, spec: o.spec.template.spec, meta: o.spec.template.metadata ?? {} }));
}

// apiVersion -> module holding its models. Unknown API groups fail the check.
const MODEL_MODULES = {
  "argoproj.io/v1alpha1": "@kubernetes-models/argo-cd/argoproj.io/v1alpha1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
  "external-secrets.io/v1": "@kubernetes-models/external-secrets/external-secrets.io/v1",
  "gateway.networking.k8s.io/v1": "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1",
  "cert-manager.io/v1": "@kubernetes-models/cert-manager/cert-manager.io/v1",
};
const VENDORED_SCHEMAS = {
  "gateway.envoyproxy.io/v1alpha1 EnvoyProxy": "tests/ops/schemas/gateway.envoyproxy.io_v1alpha1_EnvoyProxy.json",
  "gateway.envoyproxy.io/v1alpha1 BackendTrafficPolicy": "tests/ops/schemas/gateway.envoyproxy.io_v1alpha1_BackendTrafficPolicy.json",
};
const ajv = new Ajv({ allErrors: true });
/** The model class validating apiVersion/kind; unknown API groups fail. */
export async function modelFor(apiVersion, kind) {
  const vendored = VENDORED_SCHEMAS[`${apiVersion} ${kind}`];
  if (vendored) {
    const validate = ajv.getSchema(vendored) ?? (ajv.addSchema(JSON.parse(read(vendored)), vendored), ajv.getSchema(vendored));
    return class {
      constructor(obj) { this.obj = obj; }
      validate() {
        if (!validate(this.obj)) throw new Error(validate.errors.map((e) => `${e.instancePath} ${e.message}`).join("; "));
      }
    };
  }
  const mod = MODEL_MODULES[apiVersion] ?? `kubernetes-models/${apiVersion}`;
  const models = await import(mod);
  assert.ok(models[kind], `no schema for ${apiVersion} ${kind}`);
  return models[kind];
}
