#!/usr/bin/env bash
# The one manual step of a new cluster (docs/operations.md#one-time-setup): installs Argo CD from
# gitops/bootstrap, then the root Application; Argo CD installs everything else from Git in
# sync-wave order. Safe to run again.
#
#   deploy/bootstrap.sh        (kubectl pointed at the cluster, cluster-admin)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Argo CD (gitops/bootstrap)"
# Server-side: Argo CD's CRDs exceed the client-side apply annotation limit.
kubectl apply --server-side --force-conflicts -k gitops/bootstrap
kubectl wait --for condition=established --timeout=120s \
  crd/applications.argoproj.io crd/appprojects.argoproj.io
kubectl -n argocd rollout status deployment/argocd-repo-server --timeout=300s
kubectl -n argocd rollout status statefulset/argocd-application-controller --timeout=300s

echo "== root Application (gitops/argocd/root.yaml)"
kubectl apply --server-side -f gitops/argocd/root.yaml
echo "Argo CD now syncs gitops/argocd/apps; follow it with:"
echo "  kubectl -n argocd get applications -w"
