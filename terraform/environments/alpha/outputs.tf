output "generated_secret_names" {
  description = "Secrets Manager names of the in-cluster PostgreSQL and Redis passwords."
  value       = module.secrets.generated_secret_names
}

output "secrets_read_policy_arn" {
  description = "Attach to the IAM user of External Secrets Operator on the home cluster."
  value       = module.secrets.secrets_read_policy_arn
}

output "site_bucket_name" {
  description = "S3 bucket of the alpha SPA (GitHub environment alpha, variable SPA_BUCKET)."
  value       = module.static_site.bucket_name
}

output "site_distribution_id" {
  description = "CloudFront distribution of the alpha SPA (GitHub environment alpha, variable SPA_DISTRIBUTION_ID)."
  value       = module.static_site.distribution_id
}

output "site_domain_name" {
  description = "CloudFront domain name to point the alpha site's DNS record at."
  value       = module.static_site.distribution_domain_name
}

output "site_deploy_role_arn" {
  description = "Role for spa.yml (GitHub environment alpha, variable SPA_DEPLOY_ROLE_ARN)."
  value       = module.static_site.deploy_role_arn
}
