output "state_bucket_name" {
  description = "Bucket to name in the backend \"s3\" blocks of terraform/environments/*."
  value       = aws_s3_bucket.state.bucket
}

output "state_bucket_arn" {
  description = "ARN of the state bucket (grant CI and operators access to it)."
  value       = aws_s3_bucket.state.arn
}

output "github_oidc_provider_arn" {
  description = "IAM OIDC provider for GitHub Actions, trusted by the SPA deploy roles."
  value       = aws_iam_openid_connect_provider.github.arn
}

output "cluster_issuer_url" {
  description = "The home cluster's service-account issuer URL (kube-apiserver --service-account-issuer)."
  value       = one(module.cluster_identity[*].issuer_url)
}

output "external_secrets_role_arn" {
  description = "Role External Secrets assumes: put it in gitops/platform/external-secrets-identity.yaml."
  value       = one(module.cluster_identity[*].external_secrets_role_arn)
}
