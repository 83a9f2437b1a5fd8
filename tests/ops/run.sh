#!/usr/bin/env bash
# Offline checks of everything operational: GitOps manifests, alert rules, Alertmanager,
# logs and dashboard config, Terraform, the Dockerfile, the workflows and shell scripts.
#
#   bash tests/ops/run.sh
#
# Installs what a fresh Debian machine lacks (apt: prometheus, prometheus-alertmanager,
# yamllint, shellcheck; npm ci here for @cdktf/hcl2json, kubernetes-models, yaml), runs
# every check even after a failure, prints a summary and exits non-zero if any failed.
# Starts no server. tests/ops/scrape-check.sh is the separate live-scrape check.
set -euo pipefail

ops_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$ops_dir/../.." && pwd)"
cd "$repo"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- installs ---------------------------------------------------------------------
install_tools() {
  local packages=()
  command -v promtool >/dev/null || packages+=(prometheus)
  command -v amtool >/dev/null || packages+=(prometheus-alertmanager)
  command -v yamllint >/dev/null || packages+=(yamllint)
  command -v shellcheck >/dev/null || packages+=(shellcheck)
  command -v node >/dev/null || packages+=(nodejs npm)
  if ((${#packages[@]})); then
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    echo "== installing ${packages[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    # The Debian packages start their daemons where systemd runs; only the CLIs are needed.
    if [[ -d /run/systemd/system ]]; then
      "${sudo[@]}" systemctl disable --now prometheus prometheus-alertmanager >/dev/null 2>&1 || true
    fi
  fi
  if ! command -v kubectl >/dev/null; then
    echo "kubectl (with kustomize) is required and is not a Debian package: install it first" >&2
    exit 2
  fi

  local lock_hash stamp="$ops_dir/node_modules/.lock-hash"
  lock_hash="$(sha256sum "$ops_dir/package-lock.json" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
    echo "== npm ci (tests/ops)"
    (cd "$ops_dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" >"$stamp"
  fi
}
install_tools

# --- check runner -----------------------------------------------------------------
results=()
failed=0
check() {
  local name="$1"
  shift
  local start=$SECONDS log="$tmp/check.log" status
  # Not in an if or ||: there bash ignores set -e, and a check whose first command failed would
  # pass on its last line's echo.
  set +e
  (set -e; "$@") >"$log" 2>&1
  status=$?
  set -e
  if ((status == 0)); then
    results+=("PASS  $name ($((SECONDS - start)) s)")
    # The last line of a check says what it covered; OPS_VERBOSE=1 shows the whole log.
    echo "PASS  $name: $(tail -n1 "$log")"
    [[ -z "${OPS_VERBOSE:-}" ]] || sed 's/^/      /' "$log"
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=$((failed + 1))
    echo "FAIL  $name"
    sed 's/^/      /' "$log"
  fi
}

# --- the checks -------------------------------------------------------------------
render_overlays() {
  local dir
  for dir in gitops/overlays/alpha gitops/overlays/production gitops/base/monitoring gitops/platform gitops/platform/namespaces gitops/argocd/apps; do
    kubectl kustomize "$dir" >"$tmp/$(basename "$dir").yaml" || { echo "kustomize failed for $dir"; return 1; }
    echo "$dir: $(grep -c '^kind:' "$tmp/$(basename "$dir").yaml") objects"
  done
  echo "6 kustomizations rendered"
}

check_rules() {
  promtool check rules gitops/base/monitoring/rules/drawguess-rules.yaml
  node "$ops_dir/sync-rules.mjs" --check
}

check_dashboard_queries() {
  node "$ops_dir/dashboard-queries.mjs" >"$tmp/dashboard-queries.yaml"
  promtool check rules "$tmp/dashboard-queries.yaml"
  echo "$(grep -c 'record:' "$tmp/dashboard-queries.yaml") dashboard queries parse"
}

test_rules() {
  local tests=tests/ops/prometheus/drawguess-rules.test.yaml
  promtool test rules "$tests"
  echo "$(grep -c 'alertname:' "$tests") alert test cases passed"
}

# amtool only checks templates it can find: point the glob at a copy of ours.
check_alertmanager() {
  local dir="$tmp/alertmanager" config="$tmp/alertmanager/alertmanager.yaml"
  mkdir -p "$dir"
  cp gitops/base/monitoring/alertmanager/drawguess.tmpl "$dir/"
  sed "s#/etc/alertmanager/config/#$dir/#" gitops/base/monitoring/alertmanager/alertmanager.yaml >"$config"
  amtool check-config "$config"
  grep -q "$dir/\*.tmpl" "$config" || { echo "templates path not rewritten"; return 1; }

  local expect labels got
  while IFS='|' read -r expect labels; do
    # shellcheck disable=SC2086 # labels are deliberately split into arguments
    got="$(amtool config routes test --config.file="$config" $labels 2>/dev/null)"
    if [[ "$got" != "$expect" ]]; then
      echo "route for {$labels}: got '$got', want '$expect'"
      return 1
    fi
    echo "route {$labels} -> $got"
  done <<'ROUTES'
slack-critical|alertname=DrawGuessInstanceDown severity=critical namespace=drawguess
slack-warning|alertname=DrawGuessHubLatencyHigh severity=warning namespace=drawguess
slack-warning|alertname=DrawGuessInstanceDown severity=critical namespace=drawguess-alpha
null|alertname=Watchdog severity=none
slack-critical|alertname=DrawGuessRedisNoPrimary severity=critical namespace=drawguess
slack-warning|alertname=DrawGuessRedisFailover severity=warning namespace=drawguess
ROUTES
  echo "config valid, 6 routes as expected"
}

run_node_tests() {
  node --test --test-reporter=spec "$ops_dir"/checks/*.test.mjs >"$tmp/node.log" 2>&1 || { cat "$tmp/node.log"; return 1; }
  cat "$tmp/node.log"
  echo "$(grep -Eo 'ℹ pass [0-9]+' "$tmp/node.log" | grep -Eo '[0-9]+') node tests passed"
}

check_shell() {
  local scripts=()
  mapfile -t scripts < <(find . \( -name node_modules -o -name .git -o -name bin -o -name obj \) -prune -o -name '*.sh' -type f -print | sort)
  echo "shellcheck: ${#scripts[@]} scripts"
  shellcheck "${scripts[@]}"
  # Terraform user-data templates: replace ${var} interpolations before checking.
  local tpl out
  for tpl in terraform/modules/*/*.sh.tftpl; do
    out="$tmp/$(basename "$tpl" .tftpl)"
    sed -E 's/\$\{([a-z_]+)\}/TF_\1/g' "$tpl" >"$out"
    shellcheck -s bash "$out"
  done
  echo "${#scripts[@]} scripts and the user-data templates are clean"
}

check_yaml() {
  yamllint -s -c "$ops_dir/.yamllint" gitops .github tests/ops/prometheus tests/ops/.yamllint
  echo "yamllint: $(yamllint --list-files -c "$ops_dir/.yamllint" gitops .github tests/ops/prometheus | wc -l) files"
}

check_terraform_fmt() {
  if ! command -v terraform >/dev/null; then
    echo "terraform is not on this machine: formatting not checked"
    return 0
  fi
  terraform fmt -check -recursive -diff terraform
  echo "terraform fmt: every file formatted"
}

# terraform validate needs the providers, and their registry is out of reach here: roots are validated
# where a local provider mirror (TF_PLUGIN_DIR, default /opt/tf-plugins) holds every provider they need.
check_terraform_validate() {
  local plugins="${TF_PLUGIN_DIR:-/opt/tf-plugins}" root source validated=0
  if ! command -v terraform >/dev/null || [[ ! -d "$plugins" ]]; then
    echo "terraform or a provider mirror is not on this machine: not validated"
    return 0
  fi
  cp -r terraform "$tmp/terraform"
  for root in "$tmp"/terraform/bootstrap "$tmp"/terraform/environments/*; do
    local missing="" files=("$root"/*.tf) modules=() sources=() module
    # The root's files and those of the modules it calls (source = "../modules/<name>").
    mapfile -t modules < <(grep -ho 'source *= *"[./]*modules/[a-z_]*"' "$root"/*.tf | grep -o 'modules/[a-z_]*' | sort -u)
    for module in "${modules[@]}"; do files+=("$tmp/terraform/$module"/*.tf); done
    mapfile -t sources < <(grep -ho 'source *= *"[a-z0-9-]*/[a-z0-9-]*"' "${files[@]}" | grep -o '"[^"]*"' | tr -d '"' | sort -u)
    for source in "${sources[@]}"; do
      [[ -d "$plugins/registry.terraform.io/$source" ]] || missing+=" $source"
    done
    if [[ -n "$missing" ]]; then
      echo "${root#"$tmp"/}: not validated, the mirror lacks$missing"
      continue
    fi
    TF_CLI_CONFIG_FILE=/dev/null terraform -chdir="$root" init -backend=false -input=false -no-color -plugin-dir="$plugins" >"$tmp/tf-init.log" 2>&1 || { cat "$tmp/tf-init.log"; return 1; }
    TF_CLI_CONFIG_FILE=/dev/null terraform -chdir="$root" validate -no-color
    validated=$((validated + 1))
  done
  echo "terraform validate: $validated root(s) valid"
}

check "kustomize renders every overlay" render_overlays
check "promtool check rules + PrometheusRule in sync" check_rules
check "promtool test rules (every alert fires and stays quiet)" test_rules
check "promtool parses the dashboard queries" check_dashboard_queries
check "amtool check-config + routing" check_alertmanager
check "yamllint gitops/ .github/" check_yaml
check "shellcheck" check_shell
check "terraform fmt -check" check_terraform_fmt
check "terraform validate (roots whose providers are mirrored)" check_terraform_validate
check "node --test: schemas and policies (k8s, monitoring, terraform, Dockerfile, workflows)" run_node_tests

echo
echo "== ops checks summary"
printf '%s\n' "${results[@]}"
passed=$((${#results[@]} - failed))
echo "ops: $passed passed, $failed failed"
((failed == 0))
