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
