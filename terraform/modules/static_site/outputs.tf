output "bucket_name" {
  description = "S3 bucket the SPA is uploaded to (spa.yml: aws s3 sync web/dist)."
  value       = aws_s3_bucket.site.bucket
}

output "bucket_arn" {
  description = "ARN of the SPA bucket."
  value       = aws_s3_bucket.site.arn
}

output "distribution_id" {
  description = "CloudFront distribution ID (spa.yml invalidates it after an upload)."
  value       = aws_cloudfront_distribution.site.id
}

output "distribution_arn" {
  description = "ARN of the CloudFront distribution."
  value       = aws_cloudfront_distribution.site.arn
}

output "distribution_domain_name" {
  description = "*.cloudfront.net name of the distribution; point the site's DNS (CNAME) at it."
  value       = aws_cloudfront_distribution.site.domain_name
}

output "deploy_role_arn" {
  description = "IAM role spa.yml assumes through GitHub OIDC (GitHub environment variable SPA_DEPLOY_ROLE_ARN)."
  value       = aws_iam_role.deploy.arn
}
