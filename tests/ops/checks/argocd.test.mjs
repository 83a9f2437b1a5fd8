// The cluster from Git alone: deploy/bootstrap.sh installs Argo CD from gitops/bootstrap, and the
// app of apps (gitops/argocd) installs every add-on and environment, each pinned, retried, and
// ordered by sync waves that Argo CD really waits on.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import YAML from "yaml";
import { kustomize, kindName, modelFor, parseAllYaml, read, repo } from "./lib.mjs";

const apps = kustomize("gitops/argocd/apps").filter((o) => o.kind === "Application");
const root = parseAllYaml(read("gitops/argocd/root.yaml"))[0];
const wave = (o) => Number(o.metadata.annotations?.["argocd.argoproj.io/sync-wave"] ?? 0);
const app = (name) => apps.find((a) => a.metadata.name === name);
const OWN_REPO = "https://github.com/drawguess/drawguess.git";

/** Objects an Application deploys, where they can be known offline (our own kustomizations). */
const deployedBy = (a) => (a.spec.source.repoURL === OWN_REPO && a.spec.source.path !== "gitops/bootstrap" ? kustomize(a.spec.source.path) : []);

describe("Argo CD Applications", () => {
  test("everything the cluster runs is an Application", () => {
    const paths = apps.map((a) => a.spec.source.path).filter(Boolean);
    for (const p of ["gitops/overlays/alpha", "gitops/overlays/production", "gitops/base/monitoring", "gitops/platform", "gitops/platform/namespaces", "gitops/bootstrap"]) {
      assert.ok(paths.includes(p), `no Application for ${p}`);
    }
    const charts = apps.map((a) => a.spec.source.chart).filter(Boolean).sort();
    assert.deepEqual(charts, ["cert-manager", "external-secrets", "gateway-helm", "kube-prometheus-stack", "prometheus-adapter"]);
  });

  test("every Application (and the root) syncs automatically and retries", () => {
    for (const a of [root, ...apps]) {
      assert.ok(a.spec.syncPolicy?.automated, `${a.metadata.name}: not automated`);
      const retry = a.spec.syncPolicy.retry;
      assert.ok(retry?.limit >= 3, `${a.metadata.name}: no retry`);
      assert.ok(retry.backoff?.duration && retry.backoff?.maxDuration, `${a.metadata.name}: retry without backoff`);
    }
  });

  test("every source is pinned: charts to an exact version, Git to the GitOps branch", () => {
    for (const a of apps) {
      const { chart, targetRevision, repoURL } = a.spec.source;
      if (chart) assert.match(targetRevision, /^v?\d+\.\d+\.\d+$/, `${a.metadata.name}: chart ${chart} not pinned to a version`);
      else {
        assert.equal(repoURL, OWN_REPO, `${a.metadata.name}: unknown Git source`);
        assert.equal(targetRevision, "main", `${a.metadata.name}: follow the GitOps branch, not HEAD or a fork`);
      }
    }
  });

  test("each Application's project allows its source and destination", () => {
    const projects = kustomize("gitops/argocd/apps").filter((o) => o.kind === "AppProject");
    for (const a of apps) {
      const p = projects.find((x) => x.metadata.name === a.spec.project);
      assert.ok(p, `${a.metadata.name}: project ${a.spec.project} is not declared`);
      assert.ok(p.spec.sourceRepos.includes(a.spec.source.repoURL), `${a.metadata.name}: ${a.spec.source.repoURL} not allowed by ${p.metadata.name}`);
      const ns = a.spec.destination.namespace;
      assert.ok(p.spec.destinations.some((d) => d.namespace === "*" || d.namespace === ns), `${a.metadata.name}: namespace ${ns} not allowed`);
      assert.ok(wave(p) < wave(a), `${a.metadata.name} syncs before its project`);
    }
  });

  test("each project admits the cluster-scoped kinds its Applications deploy", () => {
    const CLUSTER_SCOPED = ["Namespace", "ClusterRole", "ClusterRoleBinding", "ClusterSecretStore", "ClusterIssuer", "GatewayClass", "CustomResourceDefinition"];
    const projects = kustomize("gitops/argocd/apps").filter((o) => o.kind === "AppProject");
    let checked = 0;
    for (const a of apps) {
      const white = projects.find((p) => p.metadata.name === a.spec.project).spec.clusterResourceWhitelist ?? [];
      for (const o of deployedBy(a).filter((x) => CLUSTER_SCOPED.includes(x.kind))) {
        const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
        assert.ok(white.some((w) => (w.group === "*" || w.group === group) && (w.kind === "*" || w.kind === o.kind)), `${a.metadata.name}: project ${a.spec.project} refuses ${kindName(o)}`);
        checked++;
      }
    }
    assert.ok(checked >= 6, `only ${checked} cluster-scoped objects checked`);
  });

  // API group -> the Application that installs its CRDs.
  const CRD_PROVIDERS = {
    "gateway.networking.k8s.io": "envoy-gateway",
    "gateway.envoyproxy.io": "envoy-gateway",
    "cert-manager.io": "cert-manager",
    "external-secrets.io": "external-secrets",
    "monitoring.coreos.com": "kube-prometheus-stack",
  };

  test("sync waves order every Application after the CRDs and namespaces it needs", () => {
    const namespaces = new Set(kustomize("gitops/platform/namespaces").filter((o) => o.kind === "Namespace").map((o) => o.metadata.name));
    const nsApp = app("drawguess-namespaces");
    let checked = 0;
    for (const a of apps) {
      for (const o of deployedBy(a)) {
        const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
        const provider = CRD_PROVIDERS[group];
        if (provider) {
          assert.ok(app(provider), `no Application installs ${group}`);
          assert.ok(wave(app(provider)) < wave(a), `${a.metadata.name} (wave ${wave(a)}) deploys ${kindName(o)} before ${provider} (wave ${wave(app(provider))}) installs its CRD`);
          checked++;
        }
        const ns = o.metadata.namespace ?? a.spec.destination.namespace;
        if (ns && namespaces.has(ns) && a !== nsApp) assert.ok(wave(nsApp) < wave(a), `${a.metadata.name} deploys into ${ns} before it exists`);
      }
    }
    // Helm charts into namespaces of ours, and cert-manager watching Gateways.
    for (const name of ["kube-prometheus-stack", "prometheus-adapter"]) assert.ok(wave(nsApp) < wave(app(name)), `${name} before its namespace`);
    assert.ok(wave(app("envoy-gateway")) < wave(app("cert-manager")), "cert-manager must start after the Gateway API CRDs exist");
    assert.ok(checked >= 10, `only ${checked} custom resources checked`);
  });

  test("Argo CD waits on child Applications' health: the customisation is applied from Git", () => {
    const cm = parseAllYaml(read("gitops/bootstrap/argocd-cm.yaml"))[0];
    assert.equal(cm.metadata.name, "argocd-cm");
    const lua = cm.data["resource.customizations.health.argoproj.io_Application"];
    assert.ok(lua, "no health check for argoproj.io/Application: sync waves would not wait");
    assert.match(lua, /obj\.status\.health\.status/);
    assert.match(lua, /return hs/);
    const kustomization = YAML.parse(read("gitops/bootstrap/kustomization.yaml"));
    assert.ok(kustomization.patches.some((p) => p.path === "argocd-cm.yaml"), "argocd-cm.yaml is not applied");
    assert.equal(app("argocd").spec.source.path, "gitops/bootstrap", "Argo CD does not manage its own configuration");
  });

  test("the bootstrap installs a pinned Argo CD and only then the root Application", async () => {
    const kustomization = YAML.parse(read("gitops/bootstrap/kustomization.yaml"));
    const remote = kustomization.resources.filter((r) => /^(https?:\/\/|github\.com)/.test(r));
    assert.equal(remote.length, 1, "Argo CD comes from exactly one remote resource");
    assert.match(remote[0], /^https:\/\/github\.com\/argoproj\/argo-cd\/\/manifests\/[a-z-]+\?ref=v\d+\.\d+\.\d+$/, "pin Argo CD to a release tag");
    for (const file of kustomization.resources.filter((r) => !remote.includes(r))) {
      for (const o of parseAllYaml(read(`gitops/bootstrap/${file}`), file)) {
        const Model = await modelFor(o.apiVersion, o.kind);
        try {
          new Model(o).validate();
        } catch (e) {
          assert.fail(`gitops/bootstrap/${file}: ${kindName(o)} is invalid: ${e.message}`);
        }
      }
    }
    const script = read("deploy/bootstrap.sh");
    const applyArgo = script.indexOf("-k gitops/bootstrap");
    const waitCrd = script.indexOf("crd/applications.argoproj.io");
    const applyRoot = script.indexOf("gitops/argocd/root.yaml", waitCrd);
    assert.ok(applyArgo > 0 && waitCrd > applyArgo && applyRoot > waitCrd, "bootstrap.sh: Argo CD, wait for its CRDs, then the root Application");
  });

  test("the OCI chart repository of Envoy Gateway is declared for Argo CD", () => {
    const repos = parseAllYaml(read("gitops/bootstrap/helm-repositories.yaml"));
    for (const a of apps.filter((x) => x.spec.source.chart && !/^https:\/\//.test(x.spec.source.repoURL))) {
      const r = repos.find((x) => x.stringData?.url === a.spec.source.repoURL);
      assert.ok(r, `${a.metadata.name}: OCI repository ${a.spec.source.repoURL} not declared`);
      assert.equal(r.metadata.labels["argocd.argoproj.io/secret-type"], "repository");
      assert.equal(r.stringData.enableOCI, "true");
      assert.deepEqual(Object.keys(r.stringData).sort(), ["enableOCI", "name", "type", "url"], "a repository declaration holds no credential");
    }
  });
});

describe("the platform", () => {
  const platform = kustomize("gitops/platform");
  const find = (kind, name) => platform.find((o) => o.kind === kind && (!name || o.metadata.name === name));

  test("the Gateways' class runs at least two Envoy proxies with a PodDisruptionBudget", () => {
    const gc = find("GatewayClass", "envoy");
    assert.equal(gc.spec.controllerName, "gateway.envoyproxy.io/gatewayclass-controller");
    const ref = gc.spec.parametersRef;
    const proxy = find("EnvoyProxy", ref.name);
    assert.ok(proxy && proxy.metadata.namespace === ref.namespace, "parametersRef names no EnvoyProxy");
    const k8s = proxy.spec.provider.kubernetes;
    assert.ok(k8s.envoyDeployment.replicas >= 2, "one proxy is a single point of failure");
    assert.ok(k8s.envoyPDB?.minAvailable >= 1, "no PodDisruptionBudget for the proxies");
    assert.ok(k8s.envoyDeployment.container.resources.limits.memory, "proxies without a memory limit");
    assert.equal(k8s.envoyService?.externalTrafficPolicy, "Local", "SNAT would hide players' addresses from the per-address limits");
    assert.equal(app("envoy-gateway").spec.destination.namespace, ref.namespace);
    for (const overlay of ["alpha", "production"]) {
      const gw = kustomize(`gitops/overlays/${overlay}`).find((o) => o.kind === "Gateway");
      assert.equal(gw.spec.gatewayClassName, gc.metadata.name, `${overlay}: Gateway of another class`);
    }
  });

  test("the ACME issuer answers HTTP-01 on each environment's Gateway", () => {
    const issuer = find("ClusterIssuer");
    const parents = issuer.spec.acme.solvers.flatMap((s) => s.http01?.gatewayHTTPRoute?.parentRefs ?? []);
    for (const overlay of ["alpha", "production"]) {
      const gw = kustomize(`gitops/overlays/${overlay}`).find((o) => o.kind === "Gateway");
      assert.equal(gw.metadata.annotations["cert-manager.io/cluster-issuer"], issuer.metadata.name);
      const http = gw.spec.listeners.find((l) => l.protocol === "HTTP");
      assert.ok(parents.some((p) => p.name === gw.metadata.name && p.namespace === gw.metadata.namespace && p.sectionName === http.name), `${overlay}: no HTTP-01 solver on its Gateway`);
    }
    assert.ok(app("cert-manager").spec.source.helm.valuesObject.config.enableGatewayAPI, "cert-manager's Gateway support is off");
  });

  test("External Secrets authenticates with a service-account token, the role Terraform trusts", () => {
    const store = find("ClusterSecretStore");
    const auth = store.spec.provider.aws.auth;
    assert.deepEqual(Object.keys(auth), ["jwt"], "only workload identity: no secretRef with keys");
    const ref = auth.jwt.serviceAccountRef;
    const sa = find("ServiceAccount", ref.name);
    assert.ok(sa && sa.metadata.namespace === ref.namespace, "the ServiceAccount External Secrets uses is not declared");
    const arn = sa.metadata.annotations["eks.amazonaws.com/role-arn"];
    const m = /^arn:aws:iam::\d{12}:role\/(.+)$/.exec(arn);
    assert.ok(m, `role ARN ${arn}`);
    const tf = readFileSync(`${repo}/terraform/modules/cluster_identity/main.tf`, "utf8");
    assert.ok(tf.includes(`system:serviceaccount:${ref.namespace}:${ref.name}`), "the IAM role's trust policy does not name this ServiceAccount");
    const roleName = /resource "aws_iam_role" "external_secrets" \{[^}]*?name\s*=\s*"([^"]+)"/s.exec(tf)?.[1];
    assert.equal(m[1], roleName, "the annotation names another role than Terraform creates");
  });
});

test("no static cloud key anywhere in Git", () => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
  const patterns = [
    [/AKIA[0-9A-Z]{16}/, "an AWS access key id"],
    [/aws_secret_access_key\s*[=:]\s*\S{20,}/i, "an AWS secret access key"],
    [/accessKeyIDSecretRef|secretAccessKeySecretRef/, "External Secrets reading a static AWS key"],
    [/resource\s+"aws_iam_access_key"/, "Terraform creating an IAM access key"],
    [/-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----/, "a private key"],
  ];
  let scanned = 0;
  for (const f of files) {
    if (/^tests\/ops\/checks\//.test(f) || /(^|\/)package-lock\.json$|\.(png|jpg|ico|woff2?)$/.test(f)) continue;
    let text;
    try { text = readFileSync(`${repo}/${f}`, "utf8"); } catch { continue; }
    scanned++;
    for (const [re, what] of patterns) assert.doesNotMatch(text, re, `${f}: ${what}`);
  }
  assert.ok(scanned > 100, `only ${scanned} files scanned`);
});
