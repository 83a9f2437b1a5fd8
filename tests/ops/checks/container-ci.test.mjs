// Static checks of the Dockerfile (no Docker engine here) and of the GitHub workflows.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import YAML from "yaml";
import { findFiles, read, rel, repo, parseAllYaml } from "./lib.mjs";

/** Dockerfile instructions with line continuations joined: [{op, args}] */
function instructions(text) {
  const joined = text.replace(/\\\n/g, " ");
  return joined
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

describe("Dockerfile", () => {
  const ins = instructions(read("Dockerfile"));
  const globalArgs = Object.fromEntries(
    ins.slice(0, ins.findIndex((i) => i.op === "FROM"))
      .filter((i) => i.op === "ARG")
      .map((i) => i.args.split("=")),
  );
  const expand = (s) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (m, a, b) => globalArgs[a ?? b] ?? m);
  const stages = [];
  for (const i of ins) {
    if (i.op === "FROM") {
      const m = /^(?:--platform=(\S+)\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.args);
      stages.push({ platform: m[1], image: expand(m[2]), name: m[3], body: [] });
    } else if (stages.length) stages.at(-1).body.push(i);
  }
  const final = stages.at(-1);

  test("is multi-stage: SPA, server, runtime", () => {
    assert.ok(stages.length >= 3, "expected node, sdk and runtime stages");
    assert.ok(stages.some((s) => /^node:20[\w.-]*$/.test(s.image)), "node stage");
    assert.ok(stages.some((s) => s.image.startsWith("mcr.microsoft.com/dotnet/sdk:")), "sdk stage");
    assert.match(final.image, /^mcr\.microsoft\.com\/dotnet\/aspnet:/);
  });

  test("base images are pinned by version tag, never latest", () => {
    for (const s of stages) {
      assert.match(s.image, /^[\w./-]+:[\w.-]+(@sha256:[a-f0-9]{64})?$/, `${s.image} is not pinned`);
      assert.doesNotMatch(s.image, /:latest\b/);
    }
  });

  test("cross-builds: build stages on $BUILDPLATFORM, publish for $TARGETARCH", () => {
    for (const s of stages.slice(0, -1)) assert.equal(s.platform, "$BUILDPLATFORM", `${s.name} must run on the build platform`);
    assert.equal(final.platform, undefined, "the runtime stage is per target platform");
    const publish = stages.flatMap((s) => s.body).find((i) => i.op === "RUN" && i.args.includes("dotnet publish"));
    assert.ok(publish, "no dotnet publish");
    assert.match(publish.args, /src\/WebApi\/DrawGuess\.WebApi\.csproj/);
    assert.match(publish.args, /-a "?\$TARGETARCH"?/);
    assert.ok(existsSync(join(repo, "src/WebApi/DrawGuess.WebApi.csproj")));
    const web = stages.flatMap((s) => s.body).filter((i) => i.op === "RUN").map((i) => i.args).join("\n");
    assert.match(web, /npm ci/);
    assert.match(web, /npm run build/);
  });

  test("every project file it copies exists", () => {
    for (const i of ins.filter((x) => x.op === "COPY" && !x.args.includes("--from"))) {
      const parts = i.args.split(/\s+/).filter((p) => !p.startsWith("--"));
      for (const src of parts.slice(0, -1)) assert.ok(existsSync(join(repo, src)), `COPY source ${src} does not exist`);
    }
  });

  test("runtime: SPA in /app/wwwroot, port 8080, non-root, health check, exec-form entrypoint", () => {
    assert.ok(final.body.some((i) => i.op === "WORKDIR" && i.args === "/app"));
    assert.ok(final.body.some((i) => i.op === "COPY" && /--from=web\b.*\/dist\s+\.\/wwwroot$/.test(i.args)), "SPA not copied to ./wwwroot");
    assert.ok(final.body.some((i) => i.op === "EXPOSE" && i.args === "8080"));
    assert.ok(final.body.some((i) => i.op === "ENV" && i.args.includes("ASPNETCORE_URLS=http://0.0.0.0:8080")));
    const user = final.body.filter((i) => i.op === "USER").at(-1);
    assert.ok(user, "no USER in the runtime stage");
    assert.doesNotMatch(user.args, /^(0|root)(:|$)/);
    assert.ok(final.body.some((i) => i.op === "HEALTHCHECK" && /\/health\b/.test(i.args)), "no HEALTHCHECK on /health");
    const entry = final.body.find((i) => i.op === "ENTRYPOINT");
    assert.deepEqual(JSON.parse(entry.args), ["dotnet", "DrawGuess.WebApi.dll"]);
  });

  test("the version the image is built with reaches the server (the build context has no .git)", () => {
    assert.ok(final.body.some((i) => i.op === "ARG" && /^VERSION\b/.test(i.args)), "no ARG VERSION in the runtime stage");
    assert.ok(final.body.some((i) => i.op === "ENV" && /\bDRAWGUESS_VERSION=\$\{VERSION\}/.test(i.args)), "VERSION not passed on as DRAWGUESS_VERSION");
  });

  test("on a pod limited to one CPU the runtime optimizes hot code as soon as on two (docs/performance.md, \"One core each\")", () => {
    assert.ok(final.body.some((i) => i.op === "ENV" && /\bDOTNET_TC_DelaySingleProcMultiplier=1\b/.test(i.args)),
      "without DOTNET_TC_DelaySingleProcMultiplier=1 a fresh one-CPU pod runs unoptimized code for minutes under load");
  });

  test("carries no secrets and fetches nothing remote", () => {
    for (const i of ins) {
      if (["ENV", "ARG"].includes(i.op)) assert.doesNotMatch(i.args, /(PASSWORD|SECRET|TOKEN|API_KEY|CONNECTIONSTRINGS)/i, `${i.op} ${i.args}`);
      if (i.op === "ADD") assert.fail("use COPY, not ADD");
      if (i.op === "RUN") assert.doesNotMatch(i.args, /curl|wget/);
    }
  });

  test(".dockerignore keeps the context small and secret-free", () => {
    const lines = read(".dockerignore").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    assert.equal(lines[0], "**", "start from an empty context and allow-list");
    for (const p of ["**/node_modules/", "**/bin/", "**/obj/", "**/.env", "web/dist/", "**/*.db"]) assert.ok(lines.includes(p), p);
  });
});

describe("GitHub workflows", () => {
  const wf = (name) => YAML.parse(read(`.github/workflows/${name}`));
  const steps = (w) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

  test("every workflow declares least-privilege permissions and timeouts", () => {
    for (const name of ["ci.yml", "image.yml", "spa.yml"]) {
      const w = wf(name);
      assert.ok(w.permissions, `${name}: top-level permissions`);
      assert.notEqual(w.permissions, "write-all");
      for (const [id, job] of Object.entries(w.jobs)) assert.ok(job["timeout-minutes"], `${name}/${id}: timeout`);
      for (const s of steps(w).filter((x) => x.uses)) assert.match(s.uses, /@(v\d+|[0-9a-f]{40})$/, `${name}: ${s.uses} unpinned`);
    }
  });

  test("ci: runs ./test.sh on push and pull_request with PostgreSQL and Redis", () => {
    const w = wf("ci.yml");
    assert.ok(w.on.push && "pull_request" in w.on);
    const job = w.jobs.test;
    assert.match(job.services.postgres.image, /^postgres:\d/);
    assert.match(job.services.redis.image, /^redis:\d/);
    assert.ok(steps(w).some((s) => s.run?.trim() === "./test.sh"));
  });

  test("image: only after CI passed on main, buildx multi-arch, version and sha tags, GitOps bump by pull request", () => {
    const w = wf("image.yml");
    assert.equal(w.on.push, undefined, "a push must not build before CI has passed");
    assert.deepEqual(w.on.workflow_run.workflows, [wf("ci.yml").name]);
    assert.deepEqual(w.on.workflow_run.branches, ["main"]);
    assert.match(w.jobs.changes.if, /workflow_run\.conclusion == 'success'/);
    assert.deepEqual([w.jobs.build.needs].flat(), ["changes"]);
    assert.match(read(".github/workflows/image.yml"), /ref: \$\{\{ needs\.changes\.outputs\.sha \}\}/, "builds the commit CI tested");
    const build = steps(w).find((s) => s.uses?.startsWith("docker/build-push-action@"));
    assert.equal(build.with.platforms, "linux/amd64,linux/arm64");
    assert.match(build.with.tags, /version/);
    assert.match(build.with.tags, /sha/);
    assert.match(build.with["build-args"], /^\s*VERSION=\$\{\{ steps\.version\.outputs\.version \}\}$/m, "the image's VERSION (shown by /api/status)");
    assert.match(read(".github/workflows/image.yml"), /version=0\.\$\{GITHUB_RUN_NUMBER\}\.0-\$\{short_sha\}/, "the version names the commit");
    assert.ok(steps(w).some((s) => s.uses?.startsWith("docker/setup-buildx-action@")));
    assert.ok(steps(w).some((s) => s.uses?.startsWith("peter-evans/create-pull-request@")), "bump must be a PR");
    assert.doesNotMatch(read(".github/workflows/image.yml"), /git push/, "no direct push");
  });

  test("image: builds only when the image's inputs changed since the deployed tag", () => {
    const script = steps(wf("image.yml")).find((s) => s.id === "inputs").run;
    const dir = mkdtempSync(join(tmpdir(), "image-inputs-"));
    const git = (...args) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
    const decide = () => {
      const output = join(dir, "output");
      writeFileSync(output, "");
      execFileSync("bash", ["-euo", "pipefail", "-c", script], { cwd: dir, env: { ...process.env, GITHUB_OUTPUT: output } });
      return /build=(\w+)/.exec(readFileSync(output, "utf8"))[1];
    };
    const deploy = (sha) => {
      writeFileSync(overlay, `images:\n  - name: ghcr.io/drawguess/drawguess\n    newTag: 0.7.0-${sha.slice(0, 7)}\n`);
      git("commit", "-qam", "deploy");
    };
    const overlay = join(dir, "gitops/overlays/production/kustomization.yaml");
    try {
      git("init", "-q");
      git("config", "user.email", "ci@example.invalid");
      git("config", "user.name", "ci");
      mkdirSync(join(dir, "src"));
      mkdirSync(join(dir, "docs"));
      mkdirSync(join(dir, "gitops/overlays/production"), { recursive: true });
      writeFileSync(join(dir, "src/a.cs"), "1");
      writeFileSync(overlay, "images:\n  - name: ghcr.io/drawguess/drawguess\n    newTag: 0.1.0\n");
      git("add", "-A");
      git("commit", "-qm", "first");
      assert.equal(decide(), "true", "no deployed commit to compare with");
      deploy(git("rev-parse", "HEAD"));
      writeFileSync(join(dir, "docs/x.md"), "doc");
      git("add", "-A");
      git("commit", "-qm", "docs only");
      assert.equal(decide(), "false", "docs and the bump itself are not image inputs");
      writeFileSync(join(dir, "src/a.cs"), "2");
      git("commit", "-qam", "code");
      assert.equal(decide(), "true", "a source change since the deployed commit");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("image: the bump script rewrites the tag every overlay renders", () => {
    const script = steps(wf("image.yml")).find((s) => s.name === "Set the image tag in the overlays").run;
    const dir = mkdtempSync(join(tmpdir(), "gitops-bump-"));
    try {
      cpSync(join(repo, "gitops"), join(dir, "gitops"), { recursive: true });
      execFileSync("bash", ["-euo", "pipefail", "-c", script.replace("git diff --stat", "true")], {
        cwd: dir,
        env: { ...process.env, VERSION: "9.9.9-abc1234" },
      });
      for (const env of ["alpha", "production"]) {
        const objs = parseAllYaml(execFileSync("kubectl", ["kustomize", join(dir, "gitops/overlays", env)], { encoding: "utf8" }));
        const d = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "drawguess");
        assert.equal(d.spec.template.spec.containers[0].image, "ghcr.io/drawguess/drawguess:9.9.9-abc1234", env);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("spa: builds web/, syncs to S3, invalidates CloudFront, uses OIDC", () => {
    const w = wf("spa.yml");
    const text = read(".github/workflows/spa.yml");
    assert.match(text, /npm run build/);
    assert.match(text, /aws s3 sync web\/dist\//);
    assert.match(text, /aws cloudfront create-invalidation/);
    assert.equal(w.permissions["id-token"], "write");
    assert.doesNotMatch(text, /AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY/, "no static AWS keys");
  });
});

describe("version updates", () => {
  const dependabot = YAML.parse(read(".github/dependabot.yml"));
  const dirsOf = (ecosystem) =>
    dependabot.updates.filter((u) => u["package-ecosystem"] === ecosystem).flatMap((u) => u.directories ?? [u.directory]);
  const covered = (dirs, dir) => dirs.some((d) => new RegExp(`^${d.replace(/\*/g, "[^/]+")}$`).test(dir));
  const ownImage = "ghcr.io/drawguess/drawguess";

  test("Dependabot sees every image pinned in gitops/ (the game's own image is bumped by image.yml)", () => {
    const pinned = findFiles("gitops", /\.ya?ml$/).filter((f) =>
      [...readFileSync(f, "utf8").matchAll(/^\s*image:\s*(\S+)/gm)].some((m) => !m[1].startsWith(ownImage)));
    assert.ok(pinned.length >= 4, "images found");
    for (const file of pinned) assert.ok(covered(dirsOf("docker"), `/${dirname(rel(file))}`), `${rel(file)} is not watched`);
  });

  test("Dependabot sees every npm lock file and every Terraform root and module", () => {
    const locks = findFiles(".", /^package-lock\.json$/).map((f) => `/${dirname(rel(f))}`);
    assert.ok(locks.length >= 3);
    for (const dir of locks) assert.ok(covered(dirsOf("npm"), dir), `${dir} is not watched`);
    const tf = [...new Set(findFiles("terraform", /\.tf$/).map((f) => `/${dirname(rel(f))}`))];
    for (const dir of tf) assert.ok(covered(dirsOf("terraform"), dir), `${dir} is not watched`);
  });

  test("Renovate sees the Helm chart version of every Argo CD Application", () => {
    const renovate = JSON.parse(read("renovate.json"));
    const patterns = renovate.argocd.managerFilePatterns.map((p) => new RegExp(p.slice(1, -1)));
    const charts = findFiles("gitops", /\.ya?ml$/).filter((f) => /^\s*chart:/m.test(readFileSync(f, "utf8")));
    assert.ok(charts.length >= 2);
    for (const file of charts) assert.ok(patterns.some((p) => p.test(rel(file))), `${rel(file)} is not watched`);
  });

  test("Renovate sees every remote kustomize resource pinned by ref (the Argo CD release)", () => {
    const renovate = JSON.parse(read("renovate.json"));
    assert.ok(renovate.enabledManagers.includes("kustomize"), "kustomize manager disabled");
    const patterns = (renovate.kustomize?.managerFilePatterns ?? []).map((p) => new RegExp(p.slice(1, -1)));
    const remote = findFiles("gitops", /^kustomization\.yaml$/).filter((f) => /^\s*-\s*(https:\/\/)?github\.com\/.*\?ref=/m.test(readFileSync(f, "utf8")));
    assert.ok(remote.length >= 1, "the Argo CD bootstrap's remote resource was not found");
    for (const file of remote) assert.ok(patterns.some((p) => p.test(rel(file))), `${rel(file)} is not watched`);
  });
});
