// Renders every kustomization under gitops/, validates each object against the
// Kubernetes (and CRD) schemas of kubernetes-models, or a schema vendored in tests/ops/schemas
// for CRDs no package ships, then applies our policies.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { kustomize, kindName, podSpecs, modelFor, read } from "./lib.mjs";

const KUSTOMIZATIONS = [
  "gitops/overlays/alpha",
  "gitops/overlays/production",
  "gitops/base/monitoring",
  "gitops/platform",
  "gitops/platform/namespaces",
  "gitops/argocd/apps",
];
const IMAGE = "ghcr.io/drawguess/drawguess";

describe("every kustomization renders and matches the API schemas", () => {
  for (const dir of KUSTOMIZATIONS) {
    test(`${dir} renders and validates`, async () => {
      const objects = kustomize(dir);
      assert.ok(objects.length > 0, `${dir} rendered nothing`);
      for (const o of objects) {
        const Model = await modelFor(o.apiVersion, o.kind);
        // kustomize wraps generated base64 at 76 columns; the API server ignores the newlines.
        const obj = o.kind === "Secret" && o.data
          ? { ...o, data: Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, v.replace(/\s/g, "")])) }
          : o;
        try {
          new Model(obj).validate();
        } catch (e) {
          assert.fail(`${dir}: ${kindName(o)} is invalid: ${e.message}`);
        }
      }
    });
  }
});

const named = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);

for (const env of ["alpha", "production"]) {
  describe(`overlay ${env}: policies`, () => {
    const dir = `gitops/overlays/${env}`;
    const objects = kustomize(dir);
    const deployment = named(objects, "Deployment", "drawguess");
    const app = deployment?.spec.template.spec.containers.find((c) => c.name === "drawguess");

    test("the server Deployment exists in the environment's namespace", () => {
      assert.ok(deployment, "Deployment drawguess missing");
      assert.equal(deployment.metadata.namespace, env === "production" ? "drawguess" : "drawguess-alpha");
    });

    test("image is the pinned ghcr.io/drawguess/drawguess tag, never latest", () => {
      const m = /^ghcr\.io\/drawguess\/drawguess:([A-Za-z0-9._-]+)$/.exec(app.image);
      assert.ok(m, `unexpected image ${app.image}`);
      assert.notEqual(m[1], "latest");
      for (const { owner, spec } of podSpecs(objects)) {
        for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
          assert.match(c.image, /:[A-Za-z0-9._-]+$/, `${kindName(owner)} ${c.name}: image without a tag`);
          assert.doesNotMatch(c.image, /:latest$/, `${kindName(owner)} ${c.name}: :latest`);
        }
      }
    });

    test("container listens on 8080 with the expected environment", () => {
      assert.deepEqual(app.ports.map((p) => p.containerPort), [8080]);
      const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("drawguess-"));
      assert.ok(cm, "generated ConfigMap drawguess-<hash> missing");
      assert.equal(app.envFrom[0].configMapRef.name, cm.metadata.name);
      assert.equal(cm.data.ASPNETCORE_URLS, "http://0.0.0.0:8080");
      // Behind ingress-nginx every TCP peer is the controller: the per-address limits need the forwarded client address.
      assert.equal(cm.data.ASPNETCORE_FORWARDEDHEADERS_ENABLED, "true");
      assert.match(cm.data.Storage__Rankings, /^(Postgres|Sqlite)$/);
      assert.match(cm.data.Storage__LiveState, /^(Redis|InMemory)$/);
      for (const key of ["ConnectionStrings__Rankings", "ConnectionStrings__Redis"]) {
        const env = app.env.find((e) => e.name === key);
        assert.ok(env?.valueFrom?.secretKeyRef, `${key} must come from a Secret`);
        const secretName = env.valueFrom.secretKeyRef.name;
        const es = named(objects, "ExternalSecret", secretName);
        assert.ok(es, `Secret ${secretName} has no ExternalSecret`);
        const keys = [...Object.keys(es.spec.target?.template?.data ?? {}), ...(es.spec.data ?? []).map((d) => d.secretKey)];
        assert.ok(keys.includes(key), `ExternalSecret ${secretName} does not produce ${key}`);
      }
    });

    test("startup, liveness and readiness probes; liveness does not follow dependencies", () => {
      for (const { owner, spec } of podSpecs(objects)) {
        for (const c of spec.containers) {
          assert.ok(c.livenessProbe, `${kindName(owner)} ${c.name}: no livenessProbe`);
          assert.ok(c.readinessProbe, `${kindName(owner)} ${c.name}: no readinessProbe`);
        }
      }
      assert.ok(app.startupProbe, "no startupProbe");
      assert.equal(app.livenessProbe.httpGet.path, "/health");
      assert.equal(app.readinessProbe.httpGet.path, "/health/ready");
      assert.doesNotMatch(app.livenessProbe.httpGet.path, /ready|db|redis|postgres|dependenc/i);
      assert.doesNotMatch(app.startupProbe.httpGet.path, /ready|db|redis|postgres|dependenc/i);
    });

    test("requests and limits on every container", () => {
      for (const { owner, spec } of podSpecs(objects)) {
        for (const c of spec.containers) {
          for (const k of ["requests", "limits"]) {
            assert.ok(c.resources?.[k]?.cpu || k === "limits", `${kindName(owner)} ${c.name}: no ${k}.cpu`);
            assert.ok(c.resources?.[k]?.memory, `${kindName(owner)} ${c.name}: no ${k}.memory`);
          }
        }
      }
      assert.ok(app.resources.limits.cpu, "server has no CPU limit");
    });

    test("every pod is non-root, read-only, without capabilities, seccomp RuntimeDefault", () => {
      for (const { owner, spec } of podSpecs(objects)) {
        const pod = spec.securityContext ?? {};
        assert.equal(pod.runAsNonRoot, true, `${kindName(owner)}: runAsNonRoot`);
        assert.ok(pod.runAsUser > 0, `${kindName(owner)}: runAsUser must be a non-zero UID`);
        assert.equal(pod.seccompProfile?.type, "RuntimeDefault", `${kindName(owner)}: seccomp`);
        for (const c of spec.containers) {
          const sc = c.securityContext ?? {};
          assert.equal(sc.readOnlyRootFilesystem, true, `${kindName(owner)} ${c.name}: readOnlyRootFilesystem`);
          assert.equal(sc.allowPrivilegeEscalation, false, `${kindName(owner)} ${c.name}: allowPrivilegeEscalation`);
          assert.deepEqual(sc.capabilities?.drop, ["ALL"], `${kindName(owner)} ${c.name}: drop ALL`);
          assert.ok(!sc.privileged, `${kindName(owner)} ${c.name}: privileged`);
        }
        assert.ok(!spec.hostNetwork && !spec.hostPID, `${kindName(owner)}: host namespaces`);
        assert.ok(!(spec.volumes ?? []).some((v) => v.hostPath), `${kindName(owner)}: hostPath volume`);
      }
      const tmp = deployment.spec.template.spec.volumes.find((v) => v.name === "tmp");
      assert.ok(tmp?.emptyDir, "writable /tmp emptyDir missing");
      assert.ok(app.volumeMounts.some((m) => m.mountPath === "/tmp" && m.name === "tmp"));
    });

    test("WebSocket draining: preStop sleep and a grace period longer than it", () => {
      const pre = app.lifecycle?.preStop;
      const sleep = pre?.sleep?.seconds ?? Number(pre?.exec?.command?.at(-1));
      assert.ok(sleep >= 5, "preStop must sleep at least 5 s");
      assert.ok(deployment.spec.template.spec.terminationGracePeriodSeconds >= sleep + 30, "grace period too short to drain");
      assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
    });

    test("Gateway (HTTP + HTTPS with cert-manager TLS), HTTPRoutes (WebSocket timeouts, redirect) and ServiceMonitor", () => {
      const svc = named(objects, "Service", "drawguess");
      assert.equal(svc.spec.ports[0].targetPort, "http");
      const gw = named(objects, "Gateway", "drawguess");
      assert.ok(gw, "Gateway drawguess missing");
      assert.equal(gw.spec.gatewayClassName, "envoy");
      assert.ok(gw.metadata.annotations["cert-manager.io/cluster-issuer"], "no cert-manager issuer annotation");
      const https = gw.spec.listeners.find((l) => l.protocol === "HTTPS");
      const http = gw.spec.listeners.find((l) => l.protocol === "HTTP");
      assert.ok(https && http, "needs an HTTP and an HTTPS listener");
      assert.equal(https.port, 443);
      assert.equal(https.tls.mode, "Terminate");
      assert.equal(https.tls.certificateRefs[0].name, "drawguess-tls");
      const host = https.hostname;
      assert.doesNotMatch(host, /\.invalid$/, "overlay must set the host");
      assert.equal(http.hostname, host);
      for (const l of gw.spec.listeners) assert.equal(l.allowedRoutes.namespaces.from, "Same", `${l.name}: admits routes of other namespaces`);

      const routes = objects.filter((o) => o.kind === "HTTPRoute");
      const attached = (r, listener) => r.spec.parentRefs.some((p) => p.name === gw.metadata.name && p.sectionName === listener.name);
      const served = routes.filter((r) => attached(r, https));
      assert.ok(served.length, "no HTTPRoute on the HTTPS listener");
      for (const route of served) assert.deepEqual(route.spec.hostnames, [host], `${route.metadata.name}: host`);
      const routeOf = (path) => served.find((route) => route.spec.rules.some((r) => r.matches.some((m) => m.path.type === "PathPrefix" && m.path.value === path)));
      const ruleOf = (path) => routeOf(path)?.spec.rules.find((r) => r.matches.some((m) => m.path.value === path));
      const hubs = ruleOf("/hubs");
      assert.ok(hubs, "no rule for the SignalR hub");
      assert.equal(hubs.timeouts?.request, "0s", "a request timeout would cut every WebSocket");
      assert.ok(ruleOf("/"), "the Ingress served /: so must the route");
      for (const r of served.flatMap((route) => route.spec.rules)) {
        assert.deepEqual(r.backendRefs.map((b) => [b.name, b.port]), [["drawguess", svc.spec.ports[0].port]], "backend is the Service's port");
      }
      // A room's connections on one pod: the hub's route hashes on the query parameter the web app
      // puts in the hub's address once its player is in a room, and on nothing the other routes share.
      const hubRoute = routeOf("/hubs");
      assert.notEqual(hubRoute, routeOf("/"), "the hub needs a route of its own for its load balancing");
      const policies = objects.filter((o) => o.kind === "BackendTrafficPolicy" && o.spec.targetRefs.some((t) => t.kind === "HTTPRoute" && t.name === hubRoute.metadata.name));
      assert.equal(policies.length, 1, "one BackendTrafficPolicy on the hub's route");
      const hash = policies[0].spec.loadBalancer?.consistentHash;
      assert.equal(hash?.type, "QueryParams", "the hub's route hashes on a query parameter");
      const client = read("web/src/api/gameClient.ts");
      for (const { name } of hash.queryParams) assert.match(client, new RegExp(`\\?${name}=\\$\\{encodeURIComponent\\(roomId\\)\\}`), `the web app does not put the room in "${name}"`);
      const redirect = routes.find((r) => attached(r, http));
      assert.ok(redirect, "no HTTPRoute on the HTTP listener");
      assert.deepEqual(redirect.spec.hostnames, [host]);
      const filter = redirect.spec.rules[0].filters.find((f) => f.type === "RequestRedirect");
      assert.equal(filter?.requestRedirect.scheme, "https", "plain HTTP must redirect to HTTPS");

      const sm = named(objects, "ServiceMonitor", "drawguess");
      assert.equal(sm.spec.endpoints[0].path, "/metrics");
      assert.equal(sm.spec.endpoints[0].port, "http");
      for (const [k, v] of Object.entries(sm.spec.selector.matchLabels)) assert.equal(svc.metadata.labels[k], v, "ServiceMonitor does not select the Service");
      assert.ok(svc.spec.ports.some((p) => p.name === sm.spec.endpoints[0].port));
      assert.ok(!objects.some((o) => o.kind === "Ingress"), "ingress-nginx is retired: no Ingress");
    });

    test("default-deny NetworkPolicy and the needed allows", () => {
      const policies = objects.filter((o) => o.kind === "NetworkPolicy");
      const deny = policies.find(
        (p) => Object.keys(p.spec.podSelector).length === 0 && p.spec.policyTypes.includes("Ingress") && p.spec.policyTypes.includes("Egress") && !p.spec.ingress && !p.spec.egress,
      );
      assert.ok(deny, "no default-deny policy");
      const forApp = (p) => p.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === "drawguess" || Object.keys(p.spec.podSelector).length === 0;
      const ingressFrom = policies.filter(forApp).flatMap((p) => p.spec.ingress ?? []);
      const fromNs = (ns) => ingressFrom.some((r) => r.from?.some((f) => f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === ns) && r.ports?.some((p) => p.port === 8080));
      assert.ok(fromNs("envoy-gateway-system"), "the Gateway's Envoy proxies cannot reach :8080");
      const fromProxy = ingressFrom.find((r) => r.from.some((f) => f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "envoy-gateway-system"));
      const proxyLabels = fromProxy.from[0].podSelector?.matchLabels ?? {};
      assert.equal(proxyLabels["app.kubernetes.io/component"], "proxy", "admit the proxies, not every pod of the controller's namespace");
      assert.equal(proxyLabels["gateway.envoyproxy.io/owning-gateway-name"], named(objects, "Gateway", "drawguess").metadata.name);
      // Without this, default-deny blocks the ACME HTTP-01 challenge and no certificate is ever issued.
      const solver = policies.find((p) => p.spec.podSelector.matchLabels?.["acme.cert-manager.io/http01-solver"] === "true");
      assert.ok(solver?.spec.ingress?.some((r) => r.ports?.some((p) => p.port === 8089) && r.from?.some((f) => f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "envoy-gateway-system")), "the proxies cannot reach cert-manager's HTTP-01 solver");
      assert.ok(fromNs("monitoring"), "Prometheus cannot scrape :8080");
      const egress = policies.filter(forApp).flatMap((p) => p.spec.egress ?? []);
      const egressPort = (port) => egress.some((r) => r.ports?.some((p) => p.port === port));
      assert.ok(egressPort(53), "no DNS egress");
      assert.ok(egressPort(6379), "no Redis egress");
      assert.ok(egressPort(5432), "no PostgreSQL egress");
      // No egress rule may open everything.
      for (const r of egress) assert.ok(r.to?.length, "egress rule without a destination");
    });

    test("every workload with more than one replica has a PodDisruptionBudget and is spread over nodes", () => {
      const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
      for (const w of objects.filter((o) => ["Deployment", "StatefulSet"].includes(o.kind) && (o.spec.replicas ?? 1) > 1)) {
        const labels = w.spec.template.metadata.labels;
        const selects = (selector) => Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
        assert.ok(pdbs.some((p) => selects(p.spec.selector)), `${kindName(w)}: no PodDisruptionBudget`);
        const spec = w.spec.template.spec;
        const antiAffinity = [...(spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
          ...(spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((p) => p.podAffinityTerm)];
        const spread = [...antiAffinity, ...(spec.topologySpreadConstraints ?? [])]
          .some((t) => t.topologyKey === "kubernetes.io/hostname" && selects(t.labelSelector));
        assert.ok(spread, `${kindName(w)}: neither anti-affinity nor a topology spread over nodes`);
      }
    });

    test("Redis: primary, two replicas and three Sentinels, one per node, watched and reached through Sentinel", () => {
      const sts = named(objects, "StatefulSet", "redis");
      const pod = sts.spec.template.spec;
      const container = (name) => pod.containers.find((c) => c.name === name);
      assert.ok(sts.spec.replicas >= 3, "a Sentinel quorum of 2 needs three pods");
      assert.ok(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution
        .some((t) => t.topologyKey === "kubernetes.io/hostname"), "two Redis pods on one node would fall together");
      const pdb = named(objects, "PodDisruptionBudget", "redis");
      assert.equal(pdb?.spec.maxUnavailable, 1, "drains must take one Redis pod at a time");
      for (const name of ["redis", "sentinel", "exporter"]) assert.ok(container(name), `no ${name} container`);
      // Official images patched for the 2025 Lua CVEs (CVE-2025-49844 and others): 7.4.6, 7.2.11, 8.0.4, 8.2.2 and later.
      for (const name of ["redis", "sentinel"]) {
        const [, major, minor, patch] = /^redis:(\d+)\.(\d+)\.(\d+)-[a-z]+$/.exec(container(name).image) ?? [];
        assert.ok(major, `${name}: pin redis:<major>.<minor>.<patch>-<variant>, not ${container(name).image}`);
        const fixed = { "7.2": 11, "7.4": 6, "8.0": 4, "8.2": 2 }[`${major}.${minor}`];
        assert.ok(Number(major) > 8 || (Number(major) === 8 && Number(minor) > 2) || (fixed !== undefined && Number(patch) >= fixed),
          `${name}: ${container(name).image} lacks the 2025 security releases`);
      }
      const probe = container("redis").readinessProbe.exec.command.join(" ");
      assert.doesNotMatch(probe, /\bping\b/i, "a PING stays green while writes fail");
      // Memory: the limit holds maxmemory twice (copy-on-write of an AOF rewrite or full sync) plus a replica's output buffer.
      const config = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("redis-config")).data["redis.conf"];
      const mb = (text) => Number(/^(\d+)mb$/.exec(text)[1]);
      const maxmemory = mb(/^maxmemory (\S+)$/m.exec(config)[1]);
      assert.match(config, /^maxmemory-policy noeviction$/m, "live game state must never be evicted");
      const replicaBuffer = mb(/^client-output-buffer-limit replica (\S+)/m.exec(config)[1]);
      const limit = /^(\d+)Mi$/.exec(container("redis").resources.limits.memory)[1];
      assert.ok(Number(limit) >= 2 * maxmemory + replicaBuffer, `limit ${limit}Mi < 2 x maxmemory ${maxmemory}mb + replica buffer ${replicaBuffer}mb`);
      assert.equal(container("redis").resources.requests.memory, container("redis").resources.limits.memory, "Redis memory request = limit");
      const svc = named(objects, "Service", "redis");
      assert.equal(svc.spec.clusterIP, "None", "pods need stable names: a headless Service");
      const monitor = named(objects, "ServiceMonitor", "redis");
      assert.ok(monitor && svc.spec.ports.some((p) => p.name === monitor.spec.endpoints[0].port), "no ServiceMonitor for the exporter");
      const es = named(objects, "ExternalSecret", "drawguess-app");
      const redisConnection = es.spec.target.template.data.ConnectionStrings__Redis;
      assert.match(redisConnection, /serviceName=drawguess/, "the servers must ask Sentinel for the primary");
      const sentinels = redisConnection.split(",").filter((part) => /:26379$/.test(part));
      assert.equal(sentinels.length, sts.spec.replicas, "the connection string lists every Sentinel");
    });

    test("no Secret with values in git: only ExternalSecrets", () => {
      assert.equal(objects.filter((o) => o.kind === "Secret").length, 0);
      for (const es of objects.filter((o) => o.kind === "ExternalSecret")) {
        assert.equal(es.spec.secretStoreRef.kind, "ClusterSecretStore");
      }
    });
  });
}

describe("overlay-specific requirements", () => {
  test("alpha: one replica, in-cluster Redis and PostgreSQL StatefulSets with volumes", () => {
    const objects = kustomize("gitops/overlays/alpha");
    assert.equal(named(objects, "Deployment", "drawguess").spec.replicas, 1);
    for (const name of ["redis", "postgres"]) {
      const sts = named(objects, "StatefulSet", name);
      assert.ok(sts, `StatefulSet ${name} missing`);
      assert.ok(sts.spec.volumeClaimTemplates?.length, `${name} has no PersistentVolumeClaim template`);
      assert.ok(named(objects, "Service", name), `Service ${name} missing`);
    }
    assert.ok(!objects.some((o) => o.kind === "HorizontalPodAutoscaler"));
  });

  test("production: >=2 replicas, HPA on CPU and players per pod, PDB, spread, RDS + Redis", () => {
    const objects = kustomize("gitops/overlays/production");
    const deployment = named(objects, "Deployment", "drawguess");
    assert.ok(deployment.spec.replicas >= 2);
    const hpa = named(objects, "HorizontalPodAutoscaler", "drawguess");
    assert.ok(hpa, "HPA missing");
    assert.ok(hpa.spec.minReplicas >= 2);
    assert.equal(hpa.spec.scaleTargetRef.name, "drawguess");
    assert.ok(hpa.spec.metrics.some((m) => m.type === "Resource" && m.resource.name === "cpu"));
    assert.ok(hpa.spec.metrics.some((m) => m.type === "Pods" && m.pods.metric.name === "drawguess_connected_players"));
    const pdb = objects.find((o) => o.kind === "PodDisruptionBudget");
    assert.ok(pdb, "PodDisruptionBudget missing");
    assert.deepEqual(pdb.spec.selector.matchLabels, deployment.spec.selector.matchLabels);
    assert.ok(pdb.spec.minAvailable >= 1 || pdb.spec.maxUnavailable === 1);
    const spread = deployment.spec.template.spec.topologySpreadConstraints ?? [];
    assert.ok(spread.some((s) => s.topologyKey === "kubernetes.io/hostname"), "no topology spread over nodes");
    assert.ok(named(objects, "StatefulSet", "redis"), "production needs Redis");
    assert.ok(!named(objects, "StatefulSet", "postgres"), "production uses RDS, not in-cluster PostgreSQL");
    const es = named(objects, "ExternalSecret", "drawguess-app");
    assert.ok(es.spec.data.some((d) => d.remoteRef.key === "drawguess/production/rankings-db" && d.remoteRef.property === "connection_string"));
  });
});

// The capacity model of docs/operations.md ("Capacity"), Redis mode under the mix of bench/load.mjs --mix.
const CAPACITY = { baseMiB: 130, mibPerPlayer: 0.323, cpuMsPerPlayerSecond: 0.88 };
const cores = (q) => (String(q).endsWith("m") ? Number(String(q).slice(0, -1)) / 1000 : Number(q));
const mebibytes = (q) => Number(String(q).replace(/Mi$/, "")) * (String(q).endsWith("Gi") ? 1024 : 1);

test("production: the HPA's players target and the pod's resources follow the capacity model", () => {
  const objects = kustomize("gitops/overlays/production");
  const { resources } = named(objects, "Deployment", "drawguess").spec.template.spec.containers.find((c) => c.name === "drawguess");
  const hpa = named(objects, "HorizontalPodAutoscaler", "drawguess").spec.metrics;
  const players = Number(hpa.find((m) => m.type === "Pods").pods.target.averageValue);
  const cpuUtilisation = hpa.find((m) => m.type === "Resource").resource.target.averageUtilization / 100;
  const cpuAt = (n) => (n * CAPACITY.cpuMsPerPlayerSecond) / 1000;
  const memoryAt = (n) => CAPACITY.baseMiB + n * CAPACITY.mibPerPlayer;
  // A pod holds twice its target until new pods are ready (or when its twin of two is lost), its CPU within 80 % of
  // the limit: past about 0.9 cores a pod's stroke p99 leaves 100 ms.
  assert.ok(cpuAt(2 * players) <= 0.8 * cores(resources.limits.cpu), `${2 * players} players need ${cpuAt(2 * players)} cores`);
  assert.ok(memoryAt(2 * players) <= 0.9 * mebibytes(resources.limits.memory), `${2 * players} players need ${memoryAt(2 * players)} MiB (DrawGuessMemoryHigh at 90 %)`);
  assert.ok(memoryAt(players) <= mebibytes(resources.requests.memory), `the request holds the target's ${memoryAt(players)} MiB`);
  // The CPU metric is the backstop: it asks for pods a little before the players metric, not long before.
  const cpuTrips = cores(resources.requests.cpu) * cpuUtilisation;
  assert.ok(cpuTrips <= cpuAt(players) && cpuTrips >= 0.8 * cpuAt(players), `CPU target ${cpuTrips} cores against ${cpuAt(players)} at ${players} players`);
});

test("monitoring: the only Secret is the generated Alertmanager config, and it holds no secret", () => {
  const secrets = kustomize("gitops/base/monitoring").filter((o) => o.kind === "Secret");
  assert.deepEqual(secrets.map((s) => s.metadata.name), ["alertmanager-drawguess"]);
  for (const [key, value] of Object.entries(secrets[0].data)) {
    const text = Buffer.from(value, "base64").toString("utf8");
    assert.doesNotMatch(text, /hooks\.slack\.com|^\s*api_url\s*:|password|token/im, `${key} carries a secret value`);
  }
});
