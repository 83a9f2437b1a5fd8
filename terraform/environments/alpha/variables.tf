variable "aws_region" {
  type        = string
  description = "AWS region of the environment."
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must look like ap-northeast-2."
  }
}

variable "site_aliases" {
  type        = list(string)
  description = "Custom domain names of the alpha SPA (empty serves only the *.cloudfront.net name)."
  default     = []

  validation {
    condition     = alltrue([for a in var.site_aliases : can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}$", a))])
    error_message = "Every alias must be a lower-case DNS name."
  }
}

variable "site_certificate_arn" {
  type        = string
  description = "ACM certificate (us-east-1) for site_aliases, or null."
  default     = null

  validation {
    condition     = var.site_certificate_arn == null || can(regex("^arn:aws:acm:us-east-1:", var.site_certificate_arn))
    error_message = "site_certificate_arn must be an ACM certificate ARN in us-east-1."
  }
}
