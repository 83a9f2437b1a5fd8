output "issuer_url" {
  description = "Set as the API server's first --service-account-issuer (docs/operations.md)."
  value       = local.issuer_url
}

output "external_secrets_role_arn" {
  description = "Role ARN for the annotation of gitops/platform/external-secrets-identity.yaml."
  value       = aws_iam_role.external_secrets.arn
}
