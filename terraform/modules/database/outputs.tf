output "address" {
  description = "DNS name of the instance, without the port (use with port, never endpoint, in connection strings)."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "TCP port of PostgreSQL."
  value       = aws_db_instance.this.port
}

output "database_name" {
  description = "Name of the application database."
  value       = aws_db_instance.this.db_name
}

output "master_username" {
  description = "Master user name."
  value       = aws_db_instance.this.username
}

output "master_password" {
  description = "Generated master password (stored in Secrets Manager by the secrets module)."
  value       = random_password.master.result
  sensitive   = true
}

output "security_group_id" {
  description = "Security group of the database."
  value       = aws_security_group.db.id
}

output "instance_arn" {
  description = "ARN of the DB instance."
  value       = aws_db_instance.this.arn
}
