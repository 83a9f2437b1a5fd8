// Terraform without a Terraform binary: every .tf parses (HCL -> JSON with
// @cdktf/hcl2json) and the parsed configuration passes our policies.
import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { findFiles, rel } from "./lib.mjs";

const files = findFiles("terraform", /\.tf$/);
/** path -> parsed JSON */
const parsed = new Map();
/** module directory -> merged blocks of its files */
const modules = new Map();

const blocks = (doc, type) => Object.entries(doc[type] ?? {});
/** [{file, type, name, body}] for every resource of every file */
const resources = () =>
  [...parsed].flatMap(([file, doc]) =>
    blocks(doc, "resource").flatMap(([type, byName]) =>
      Object.entries(byName).flatMap(([name, bodies]) => bodies.map((body) => ({ file, type, name, body }))),
    ),
  );
const ofType = (type) => resources().filter((r) => r.type === type);
const moduleCall = (envDir, name) => modules.get(`terraform/environments/${envDir}`)?.module?.[name]?.[0];
const list = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

before(async () => {
  for (const f of files) {
    const doc = await parse(f, readFileSync(f, "utf8"));
    parsed.set(f, doc);
    const dir = rel(dirname(f));
    const merged = modules.get(dir) ?? {};
    for (const [type, value] of Object.entries(doc)) {
      if (Array.isArray(value)) merged[type] = [...(merged[type] ?? []), ...value];
      else merged[type] = { ...(merged[type] ?? {}), ...value };
    }
    modules.set(dir, merged);
  }
});

describe("terraform layout", () => {
  test("every .tf file parses", () => {
    assert.ok(files.length >= 20, `only ${files.length} .tf files found`);
    assert.equal(parsed.size, files.length);
  });

  test("modules and environments exist", () => {
    for (const d of ["network", "database", "static_site", "bridge", "secrets", "cluster_identity"]) assert.ok(modules.has(`terraform/modules/${d}`), d);
    for (const e of ["alpha", "production"]) assert.ok(modules.has(`terraform/environments/${e}`), e);
  });

  test("every variable is typed, described and (unless boolean) validated", () => {
    for (const [file, doc] of parsed) {
      for (const [name, [v]] of blocks(doc, "variable")) {
        assert.ok(v.type, `${rel(file)}: variable ${name} has no type`);
        assert.ok(v.description?.length > 10, `${rel(file)}: variable ${name} has no description`);
        if (v.type !== "${bool}") assert.ok(v.validation?.length, `${rel(file)}: variable ${name} has no validation`);
      }
    }
  });

  test("every output is described; secrets are sensitive", () => {
    for (const [file, doc] of parsed) {
      for (const [name, [o]] of blocks(doc, "output")) {
        assert.ok(o.description?.length > 10, `${rel(file)}: output ${name} has no description`);
        if (/password|secret_string/i.test(name) || /random_password/.test(String(o.value))) {
          assert.equal(o.sensitive, true, `${rel(file)}: output ${name} must be sensitive`);
        }
      }
    }
  });

  test("providers and Terraform are pinned in every module", () => {
    for (const [dir, mod] of modules) {
      const tf = mod.terraform?.[0];
      assert.ok(tf?.required_version, `${dir}: required_version`);
      for (const [name, p] of Object.entries(tf.required_providers?.[0] ?? {})) {
        assert.ok(p.version, `${dir}: provider ${name} has no version constraint`);
      }
    }
  });

  test("environments keep state in S3 with encryption and locking", () => {
    for (const env of ["alpha", "production"]) {
      const s3 = modules.get(`terraform/environments/${env}`).terraform[0].backend?.s3?.[0];
      assert.ok(s3, `${env}: no s3 backend`);
      assert.equal(s3.encrypt, true);
      assert.ok(s3.use_lockfile === true || s3.dynamodb_table, `${env}: no state locking`);
      assert.match(s3.key, new RegExp(`^${env}/`));
    }
    const bucket = ofType("aws_s3_bucket").find((r) => r.file.includes("bootstrap"));
    assert.ok(bucket, "terraform/bootstrap must create the state bucket");
  });

  test("environments are thin: only module calls, no resources", () => {
    for (const env of ["alpha", "production"]) {
      assert.equal(modules.get(`terraform/environments/${env}`).resource, undefined, `${env} declares resources`);
    }
  });
});

describe("database", () => {
  test("RDS instances are private, encrypted, backed up and logged", () => {
    const dbs = ofType("aws_db_instance");
    assert.ok(dbs.length >= 1);
    for (const { body, file } of dbs) {
      assert.equal(body.publicly_accessible, false, `${rel(file)}: publicly_accessible`);
      assert.equal(body.storage_encrypted, true, `${rel(file)}: storage_encrypted`);
      assert.ok(body.backup_retention_period && body.backup_retention_period !== 0, "backups");
      assert.ok(list(body.enabled_cloudwatch_logs_exports).includes("postgresql"), "log export");
      assert.ok(body.parameter_group_name, "parameter group");
      assert.equal(body.multi_az, "${var.multi_az}");
      assert.equal(body.deletion_protection, "${var.deletion_protection}");
    }
    const params = ofType("aws_db_parameter_group").flatMap((r) => list(r.body.parameter).map((p) => p.name));
    for (const p of ["log_min_duration_statement", "log_connections", "rds.force_ssl"]) assert.ok(params.includes(p), p);
  });

  test("the database module refuses short backup retention", () => {
    const v = modules.get("terraform/modules/database").variable.backup_retention_days[0];
    assert.match(v.validation[0].condition, />= 7/);
  });

  test("production: Multi-AZ, deletion protection, final snapshot", () => {
    const db = moduleCall("production", "database");
    assert.equal(db.source, "../../modules/database");
    assert.equal(db.multi_az, true);
    assert.equal(db.deletion_protection, true);
    assert.notEqual(db.skip_final_snapshot, true);
  });

  test("the database security group admits only security groups, never a CIDR", () => {
    const rules = ofType("aws_vpc_security_group_ingress_rule").filter((r) => r.file.includes("modules/database"));
    assert.ok(rules.length >= 1);
    for (const { body } of rules) {
      assert.ok(body.referenced_security_group_id, "source must be a security group");
      assert.ok(!body.cidr_ipv4 && !body.cidr_ipv6, "no CIDR on the database");
    }
  });

  test("the connection string secret uses the RDS address (no port), not the endpoint", () => {
    const secrets = moduleCall("production", "secrets");
    assert.equal(secrets.database.host, "${module.database.address}");
    const local = modules.get("terraform/modules/secrets").locals[0].connection_string;
    for (const part of ["Host=${var.database.host}", "Port=${var.database.port}", "Database=", "Username=", "Password="]) {
      assert.ok(local.includes(part), `connection string lacks ${part}`);
    }
    assert.doesNotMatch(JSON.stringify([...parsed.values()]), /\.endpoint\b/, "aws_db_instance.endpoint includes :port");
  });
});

describe("network exposure", () => {
  const OPEN = ["0.0.0.0/0", "::/0"];
  const covers = (from, to, protocol, port) =>
    String(protocol) === "-1" || String(protocol) === "all" || (Number(from) <= port && port <= Number(to));

  test("no security group opens SSH or PostgreSQL to the world", () => {
    const checks = [];
    for (const r of ofType("aws_security_group")) {
      for (const i of list(r.body.ingress)) checks.push({ r, from: i.from_port, to: i.to_port, proto: i.protocol, cidrs: [...list(i.cidr_blocks), ...list(i.ipv6_cidr_blocks)] });
    }
    for (const r of ofType("aws_security_group_rule").filter((x) => x.body.type === "ingress")) {
      checks.push({ r, from: r.body.from_port, to: r.body.to_port, proto: r.body.protocol, cidrs: [...list(r.body.cidr_blocks), ...list(r.body.ipv6_cidr_blocks)] });
    }
    for (const r of ofType("aws_vpc_security_group_ingress_rule")) {
      checks.push({ r, from: r.body.from_port, to: r.body.to_port, proto: r.body.ip_protocol, cidrs: [r.body.cidr_ipv4, r.body.cidr_ipv6].filter(Boolean) });
    }
    assert.ok(checks.length > 0);
    for (const c of checks) {
      if (!c.cidrs.some((x) => OPEN.includes(x))) continue;
      for (const port of [22, 3389, 5432, 6379]) {
        assert.ok(!covers(c.from, c.to, c.proto, port), `${rel(c.r.file)}: ${c.r.type}.${c.r.name} opens ${port} to the world`);
      }
    }
  });

  test("the bridge is reached through SSM: no key pair, IMDSv2, encrypted disk", () => {
    assert.equal(ofType("aws_key_pair").length, 0);
    for (const { body } of ofType("aws_instance")) {
      assert.equal(body.key_name, undefined);
      assert.equal(body.metadata_options[0].http_tokens, "required");
      assert.equal(body.root_block_device[0].encrypted, true);
    }
    const policies = ofType("aws_iam_role_policy_attachment").map((r) => r.body.policy_arn);
    assert.ok(policies.some((p) => p.endsWith("AmazonSSMManagedInstanceCore")));
  });

  test("the network spans two availability zones with public and private subnets", () => {
    const net = moduleCall("production", "network");
    assert.equal(net.availability_zones.length, 2);
    assert.equal(net.public_subnet_cidrs.length, 2);
    assert.equal(net.private_subnet_cidrs.length, 2);
    const mod = modules.get("terraform/modules/network").resource;
    assert.ok(mod.aws_vpc_endpoint || mod.aws_nat_gateway, "private subnets need NAT or endpoints");
  });
});

describe("static site and buckets", () => {
  test("every bucket blocks public access completely", () => {
    const blocksOf = ofType("aws_s3_bucket_public_access_block");
    for (const b of ofType("aws_s3_bucket")) {
      const pab = blocksOf.find((x) => dirname(x.file) === dirname(b.file) && x.body.bucket === `\${aws_s3_bucket.${b.name}.id}`);
      assert.ok(pab, `${rel(b.file)}: bucket ${b.name} has no public access block`);
      for (const k of ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]) {
        assert.equal(pab.body[k], true, `${rel(b.file)}: ${k}`);
      }
    }
    assert.equal(ofType("aws_s3_bucket_acl").length, 0, "no bucket ACLs");
    assert.equal(ofType("aws_s3_bucket_website_configuration").length, 0, "no public website endpoint");
  });

  test("bucket policies allow only CloudFront (by source ARN); wildcard principals only deny", () => {
    for (const { body, file, name } of ofType("aws_s3_bucket_policy")) {
      assert.match(body.policy, /^\$\{data\.aws_iam_policy_document\.\w+\.json\}$/, `${rel(file)}: ${name}`);
    }
    for (const [file, doc] of parsed) {
      for (const [, byName] of blocks(doc, "data").filter(([t]) => t === "aws_iam_policy_document")) {
        for (const [docName, [pd]] of Object.entries(byName)) {
          for (const st of list(pd.statement)) {
            const wildcard = list(st.principals).some((p) => list(p.identifiers).includes("*"));
            if (wildcard) assert.equal(st.effect, "Deny", `${rel(file)}: ${docName} allows "*"`);
            const cloudfront = list(st.principals).some((p) => list(p.identifiers).includes("cloudfront.amazonaws.com"));
            if (cloudfront) assert.ok(list(st.condition).some((c) => c.variable === "AWS:SourceArn"), `${docName}: CloudFront without SourceArn`);
          }
        }
      }
    }
  });

  test("CloudFront reads through OAC, forces HTTPS and falls back to index.html", () => {
    const dist = ofType("aws_cloudfront_distribution").find((d) => d.file.includes("modules/static_site"));
    assert.ok(dist);
    assert.ok(dist.body.origin[0].origin_access_control_id, "origin without OAC");
    assert.equal(ofType("aws_cloudfront_origin_access_identity").length, 0, "legacy OAI");
    assert.notEqual(dist.body.default_cache_behavior[0].viewer_protocol_policy, "allow-all");
    const errors = list(dist.body.custom_error_response);
    for (const code of [403, 404]) {
      const e = errors.find((x) => x.error_code === code);
      assert.ok(e, `no SPA fallback for ${code}`);
      assert.equal(e.response_page_path, "/index.html");
      assert.equal(e.response_code, 200);
    }
  });
});

describe("workload identity of the home cluster", () => {
  const mod = () => modules.get("terraform/modules/cluster_identity");
  const policyDoc = (name) => mod().data.aws_iam_policy_document[name][0];

  test("AWS trusts the cluster's issuer, published over HTTPS from a private bucket", () => {
    assert.ok(mod(), "module cluster_identity missing");
    const provider = mod().resource.aws_iam_openid_connect_provider.cluster[0];
    assert.deepEqual(provider.client_id_list, ["sts.amazonaws.com"]);
    assert.match(mod().locals[0].issuer_url, /^https:\/\//);
    const keys = Object.values(mod().resource.aws_s3_object).map(([o]) => o.key).sort();
    assert.deepEqual(keys, [".well-known/openid-configuration", "openid/v1/jwks"]);
    const dist = mod().resource.aws_cloudfront_distribution.issuer[0];
    assert.equal(dist.default_cache_behavior[0].viewer_protocol_policy, "https-only");
    assert.ok(dist.origin[0].origin_access_control_id, "issuer bucket read without OAC");
    assert.ok(modules.get("terraform/bootstrap").module.cluster_identity, "bootstrap does not create it");
  });

  test("only External Secrets' service account, with the STS audience, may assume the role", () => {
    const [st] = list(policyDoc("trust").statement);
    assert.deepEqual(st.actions, ["sts:AssumeRoleWithWebIdentity"]);
    assert.equal(st.principals[0].type, "Federated");
    const cond = (suffix) => list(st.condition).find((c) => c.variable.endsWith(suffix));
    assert.equal(cond(":sub")?.test, "StringEquals", "subject not pinned (StringLike would admit any service account)");
    assert.deepEqual(cond(":sub").values, ["system:serviceaccount:external-secrets:drawguess-secrets-reader"]);
    assert.deepEqual(cond(":aud")?.values, ["sts.amazonaws.com"]);
    const [read] = list(policyDoc("read_secrets").statement);
    assert.deepEqual([...read.actions].sort(), ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], "read-only");
    assert.equal(ofType("aws_iam_user").length, 0, "no IAM users: nothing may hold a static key");
  });
});

describe("secrets", () => {
  test("no literal secret values in any .tf file", () => {
    for (const [file, doc] of parsed) {
      const walk = (v, key) => {
        if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
        if (v && typeof v === "object") return Object.entries(v).forEach(([k, x]) => walk(x, k));
        if (typeof v === "string" && /^(password|secret|token|auth_key|access_key|secret_key)$/i.test(key ?? "")) {
          assert.match(v, /^\$\{/, `${rel(file)}: ${key} is a literal`);
        }
      };
      walk(doc.resource);
      walk(doc.module);
    }
  });

  test("sensitive inputs are marked sensitive", () => {
    const db = modules.get("terraform/modules/secrets").variable.database[0];
    assert.equal(db.sensitive, true);
  });
});

