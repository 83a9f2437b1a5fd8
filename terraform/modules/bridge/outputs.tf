output "instance_id" {
  description = "EC2 instance ID of the bridge (aws ssm start-session --target <id>)."
  value       = aws_instance.bridge.id
}

output "security_group_id" {
  description = "Security group of the bridge; the database allows 5432 from it."
  value       = aws_security_group.bridge.id
}

output "private_ip" {
  description = "Private IPv4 address of the bridge inside the VPC."
  value       = aws_instance.bridge.private_ip
}
