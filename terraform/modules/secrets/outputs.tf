output "rankings_db_secret_arn" {
  description = "ARN of <prefix>/rankings-db, or null when the environment has no managed database."
  value       = try(aws_secretsmanager_secret.rankings_db[0].arn, null)
}

output "generated_secret_names" {
  description = "Names of the secrets holding generated passwords, by short name."
  value       = { for k, s in aws_secretsmanager_secret.generated : k => s.name }
}

output "operator_managed_secret_names" {
  description = "Names of the secrets whose values an operator must set."
  value       = [for s in aws_secretsmanager_secret.operator_managed : s.name]
}

output "secrets_read_policy_arn" {
  description = "IAM policy granting read access to these secrets; attach it to the External Secrets Operator identity."
  value       = aws_iam_policy.read.arn
}
