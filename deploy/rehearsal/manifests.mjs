// What the rehearsal runs, read from the rendered overlay (`kubectl kustomize`) and the Dockerfile:
// the Deployment's container with its environment resolved, the dependencies, the Service and the
// Gateway's routing (Gateway + HTTPRoute), the HPA. Secret values come from ExternalSecrets, so each remote value is replaced by a test value.
import { randomBytes } from "node:crypto";

export function readOverlay(YAML, renderedText, dockerfileText, buildArgs = {}) {
  const objects = YAML.parseAllDocuments(renderedText).map((d) => d.toJS()).filter(Boolean);
  const find = (kind, name) => objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));
  const deployment = find("Deployment", "drawguess");
  const pod = deployment.spec.template.spec;
  const container = pod.containers.find((c) => c.name === "drawguess");
  const image = imageDefaults(dockerfileText, buildArgs);
  const secrets = resolveExternalSecrets(objects.filter((o) => o.kind === "ExternalSecret"));
  const configMaps = Object.fromEntries(objects.filter((o) => o.kind === "ConfigMap").map((c) => [c.metadata.name, c.data ?? {}]));

  const service = find("Service", "drawguess");
  const namedPort = (name) => (typeof name === "number" ? name : container.ports.find((p) => p.name === name).containerPort);
  const redis = objects.find((o) => o.kind === "StatefulSet" && o.metadata.name === "redis");

  return {
    namespace: deployment.metadata.namespace,
    replicas: deployment.spec.replicas,
    strategy: deployment.spec.strategy,
    terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds ?? 30,
    user: { uid: pod.securityContext?.runAsUser ?? container.securityContext?.runAsUser, gid: pod.securityContext?.runAsGroup },
    containerPort: namedPort("http"),
    command: container.command ?? image.entrypoint,
    args: container.args ?? [],
    workingDir: container.workingDir ?? image.workdir,
    environment: (podName) => containerEnvironment(container, image.env, configMaps, secrets, podName),
    probes: Object.fromEntries(["startupProbe", "livenessProbe", "readinessProbe"].map((k) => [k, probe(container[k], namedPort)])),
    preStop: container.lifecycle?.preStop?.exec?.command ?? null,
    tmpMount: container.volumeMounts?.find((m) => m.mountPath === "/tmp") ? "/tmp" : null,
    cpuRequest: cpu(container.resources?.requests?.cpu),
    cpuLimit: cpu(container.resources?.limits?.cpu),
    ingress: gatewayRouting(objects, service, namedPort),
    hpa: find("HorizontalPodAutoscaler", "drawguess")?.spec ?? null,
    redis: redis && redisStatefulSet(redis, configMaps, secrets),
    serviceMonitor: find("ServiceMonitor", "drawguess")?.spec.endpoints[0] ?? null,
  };
}

/**
 * The paths the Gateway's HTTPS listener serves, from the HTTPRoutes attached to it: each rule's path
 * matches, its request timeout ("0s" = none), the Service port its backend names, and the query
 * parameter a BackendTrafficPolicy on its route hashes onto the pods (Envoy Gateway's ConsistentHash
 * of type QueryParams; one parameter is all the stand-in follows).
 */
function gatewayRouting(objects, service, namedPort) {
  const gateway = objects.find((o) => o.kind === "Gateway" && o.metadata.name === "drawguess");
  const https = gateway.spec.listeners.find((l) => l.protocol === "HTTPS");
  const routes = objects.filter((o) => o.kind === "HTTPRoute" && o.spec.parentRefs.some((p) => p.name === gateway.metadata.name && (!p.sectionName || p.sectionName === https.name)));
  const hashOf = (route) => {
    const policy = objects.find((o) => o.kind === "BackendTrafficPolicy" && o.spec.targetRefs.some((t) => t.kind === "HTTPRoute" && t.name === route.metadata.name));
    const hash = policy?.spec.loadBalancer?.consistentHash;
    if (hash && (hash.type !== "QueryParams" || hash.queryParams.length !== 1)) throw new Error(`BackendTrafficPolicy ${policy.metadata.name}: the rehearsal follows a hash on one query parameter only`);
    return hash?.queryParams[0].name;
  };
  const paths = routes.flatMap((route) => route.spec.rules.flatMap((rule) => {
    const backend = service.spec.ports.find((p) => p.port === rule.backendRefs[0].port);
    if (rule.backendRefs[0].name !== service.metadata.name || !backend) throw new Error(`HTTPRoute ${route.metadata.name}: backend is not the Service drawguess`);
    return rule.matches.map((m) => ({
      path: m.path.value, pathType: m.path.type, targetPort: namedPort(backend.targetPort), requestTimeout: seconds(rule.timeouts?.request),
      hashQueryParam: hashOf(route),
    }));
  }));
  return { host: https.hostname, paths };
}

/** Gateway API duration ("1h30m", "500ms", "0s") in seconds; undefined when not set. */
export function seconds(duration) {
  if (duration === undefined) return undefined;
  const units = { h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...duration.matchAll(/(\d+)(ms|h|m|s)/g)].reduce((sum, [, n, unit]) => sum + Number(n) * units[unit], 0);
}

function probe(spec, namedPort) {
  if (!spec) return null;
  return {
    path: spec.httpGet.path, port: namedPort(spec.httpGet.port),
    initialDelaySeconds: spec.initialDelaySeconds ?? 0, periodSeconds: spec.periodSeconds ?? 10,
    timeoutSeconds: spec.timeoutSeconds ?? 1, failureThreshold: spec.failureThreshold ?? 3, successThreshold: spec.successThreshold ?? 1,
  };
}

const cpu = (q) => (q === undefined ? null : String(q).endsWith("m") ? Number(String(q).slice(0, -1)) / 1000 : Number(q));

/** The runtime stage's ENV (with the build arguments the image workflow passes), WORKDIR and ENTRYPOINT, plus what the .NET base image sets itself. */
function imageDefaults(dockerfile, buildArgs) {
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n").map((l) => l.trim());
  const lastFrom = lines.map((l) => /^FROM\b/i.test(l)).lastIndexOf(true);
  const args = {};
  const env = { ASPNETCORE_HTTP_PORTS: "8080", DOTNET_RUNNING_IN_CONTAINER: "true", APP_UID: "1654",
    PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/tmp" };
  let workdir = "/", entrypoint = [];
  for (const line of lines.slice(lastFrom + 1)) {
    const [, op, rest] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (op === "ARG") { const [k, v] = rest.split("="); args[k] = buildArgs[k] ?? v ?? ""; }
    if (op === "ENV") for (const [, k, v] of rest.matchAll(/(\w+)=(\S+)/g)) env[k] = v.replace(/\$\{(\w+)\}/g, (_, a) => args[a] ?? "");
    if (op === "WORKDIR") workdir = rest;
    if (op === "ENTRYPOINT") entrypoint = JSON.parse(rest);
  }
  return { env, workdir, entrypoint };
}

/** Every ExternalSecret's target Secret, each remote value (key + property) replaced by one test value. */
function resolveExternalSecrets(externalSecrets) {
  const remote = new Map();
  const testValue = (ref) => {
    const id = `${ref.key}#${ref.property}`;
    if (!remote.has(id)) remote.set(id, ref.property === "connection_string" ? rdsConnectionString(testPassword()) : testPassword());
    return remote.get(id);
  };
  const secrets = {};
  for (const es of externalSecrets) {
    const values = Object.fromEntries(es.spec.data.map((d) => [d.secretKey, testValue(d.remoteRef)]));
    const template = es.spec.target.template?.data;
    secrets[es.spec.target.name] = template
      ? Object.fromEntries(Object.entries(template).map(([k, v]) => [k, v.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, key) => values[key])]))
      : values;
  }
  return secrets;
}

const testPassword = () => `rehearsal-${randomBytes(6).toString("hex")}`;

/**
 * What terraform/modules/secrets writes as drawguess/production/rankings-db's connection_string (Npgsql
 * keywords, TLS required), for an RDS instance whose host name the pods resolve to the rehearsal's PostgreSQL.
 */
function rdsConnectionString(password) {
  return ["Host=drawguess-production.rds.rehearsal.invalid", "Port=5432", "Database=drawguess", "Username=drawguess",
    `Password=${password}`, "SSL Mode=Require", "Maximum Pool Size=50"].join(";");
}

function containerEnvironment(container, imageEnv, configMaps, secrets, podName) {
  const env = { ...imageEnv, HOSTNAME: podName };
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) Object.assign(env, configMaps[from.configMapRef.name]);
    if (from.secretRef) Object.assign(env, secrets[from.secretRef.name]);
  }
  for (const e of container.env ?? []) {
    const v = e.valueFrom;
    env[e.name] = v?.secretKeyRef ? secrets[v.secretKeyRef.name][v.secretKeyRef.key]
      : v?.configMapKeyRef ? configMaps[v.configMapKeyRef.name][v.configMapKeyRef.key]
      : v?.fieldRef?.fieldPath === "metadata.name" ? podName
      : String(e.value ?? "").replace(/\$\((\w+)\)/g, (_, k) => env[k] ?? "");
  }
  return env;
}

/**
 * The Redis StatefulSet's pods (redis-0 ...): each container's command, environment (per pod name,
 * Secret references resolved), volume mounts (with the files of a mounted ConfigMap) and exec
 * readiness probe. Containers without a command run their image's entrypoint (the exporter).
 */
function redisStatefulSet(statefulSet, configMaps, secrets) {
  const pod = statefulSet.spec.template.spec;
  const volumes = Object.fromEntries((pod.volumes ?? []).map((v) => [v.name, v]));
  return {
    name: statefulSet.metadata.name,
    serviceName: statefulSet.spec.serviceName,
    replicas: statefulSet.spec.replicas ?? 1,
    user: { uid: pod.securityContext?.runAsUser, gid: pod.securityContext?.runAsGroup },
    containers: pod.containers.map((c) => ({
      name: c.name,
      command: c.command ? [...c.command, ...(c.args ?? [])] : null,
      environment: (podName) => containerEnvironment(c, {}, configMaps, secrets, podName),
      mounts: (c.volumeMounts ?? []).map((m) => ({ path: m.mountPath, volume: m.name, files: configMaps[volumes[m.name]?.configMap?.name] ?? null })),
      readiness: c.readinessProbe?.exec?.command ?? null,
      port: c.ports?.[0]?.containerPort,
    })),
  };
}

/** Npgsql keyword string to a map with lower-case keys. */
export function connectionString(text) {
  return Object.fromEntries(text.split(";").filter(Boolean).map((kv) => {
    const i = kv.indexOf("=");
    return [kv.slice(0, i).trim().toLowerCase(), kv.slice(i + 1).trim()];
  }));
}
