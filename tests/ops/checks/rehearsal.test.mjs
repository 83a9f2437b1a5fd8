// The deployment rehearsal's gateway stand-in is configured from the rendered Gateway, HTTPRoutes
// and BackendTrafficPolicy: what it routes, with which timeouts and load balancing, must follow the
// manifests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import YAML from "yaml";
import { read, repo } from "./lib.mjs";
import { readOverlay, seconds } from "../../../deploy/rehearsal/manifests.mjs";
import { Ingress } from "../../../deploy/rehearsal/cluster.mjs";

const rendered = (overlay) => execFileSync("kubectl", ["kustomize", join(repo, "gitops/overlays", overlay)], { encoding: "utf8" });

test("Gateway API durations in seconds", () => {
  assert.equal(seconds("0s"), 0);
  assert.equal(seconds("60s"), 60);
  assert.equal(seconds("1h30m"), 5400);
  assert.equal(seconds("250ms"), 0.25);
  assert.equal(seconds(undefined), undefined);
});

for (const overlay of ["alpha", "production"]) {
  test(`${overlay}: the stand-in serves the HTTPS listener's host and the routes' paths, timeouts and hashing`, () => {
    const text = rendered(overlay);
    const spec = readOverlay(YAML, text, read("Dockerfile"));
    const gateway = YAML.parseAllDocuments(text).map((d) => d.toJS()).find((o) => o?.kind === "Gateway");
    assert.equal(spec.ingress.host, gateway.spec.listeners.find((l) => l.protocol === "HTTPS").hostname);
    const byPath = (a, b) => a[0].localeCompare(b[0]);
    assert.deepEqual(spec.ingress.paths.map((p) => [p.path, p.requestTimeout, p.targetPort, p.hashQueryParam]).sort(byPath),
      [["/", 60, 8080, undefined], ["/hubs", 0, 8080, "room"]]);

    const dir = mkdtempSync(join(tmpdir(), "gateway-stand-in-"));
    try {
      const standIn = Object.assign(Object.create(Ingress.prototype), { cluster: { spec }, endpoints: ["192.0.2.2"], dir, conf: join(dir, "nginx.conf"), port: 8080 });
      standIn.write();
      const conf = readFileSync(standIn.conf, "utf8");
      const block = (location) => conf.split(`location ${location} {`)[1]?.split("}")[0] ?? assert.fail(`no location ${location}`);
      // A Gateway path prefix matches whole segments: /hubs and /hubs/..., never /hubsx.
      for (const location of ["= /hubs", "/hubs/"]) {
        assert.match(block(location), /proxy_read_timeout 86400s;/, `${location}: a WebSocket must not time out`);
        assert.match(block(location), /proxy_pass http:\/\/service_by_room;/, `${location}: a room's connections go to one pod`);
      }
      assert.doesNotMatch(conf, /location \/hubs \{/);
      assert.match(block("/"), /proxy_read_timeout 60s;/);
      assert.match(block("/"), /proxy_pass http:\/\/service;/);
      assert.match(conf, /upstream service_by_room \{\s*hash \$arg_room consistent;\s*server 192\.0\.2\.2:8080;/);
      assert.match(conf, /upstream service \{\s*server 192\.0\.2\.2:8080;/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
