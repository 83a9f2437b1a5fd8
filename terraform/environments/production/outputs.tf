output "database_address" {
  description = "RDS host name (no port) of the rankings database."
  value       = module.database.address
}

output "rankings_db_secret_arn" {
  description = "Secrets Manager entry with the rankings connection string (read by the drawguess-app ExternalSecret)."
  value       = module.secrets.rankings_db_secret_arn
}

output "secrets_read_policy_arn" {
  description = "Attach to the IAM user of External Secrets Operator on the home cluster."
  value       = module.secrets.secrets_read_policy_arn
}

output "operator_managed_secret_names" {
  description = "Secrets whose values must be set by hand (Slack webhooks, Grafana admin)."
  value       = module.secrets.operator_managed_secret_names
}

output "bridge_instance_id" {
  description = "Bridge instance; open a shell with aws ssm start-session --target <id>."
  value       = module.bridge.instance_id
}

output "site_bucket_name" {
  description = "S3 bucket of the SPA (GitHub environment production, variable SPA_BUCKET)."
  value       = module.static_site.bucket_name
}

output "site_distribution_id" {
  description = "CloudFront distribution of the SPA (GitHub environment production, variable SPA_DISTRIBUTION_ID)."
  value       = module.static_site.distribution_id
}

output "site_domain_name" {
  description = "CloudFront domain name to point the site's DNS record at."
  value       = module.static_site.distribution_domain_name
}

output "site_deploy_role_arn" {
  description = "Role for spa.yml (GitHub environment production, variable SPA_DEPLOY_ROLE_ARN)."
  value       = module.static_site.deploy_role_arn
}
