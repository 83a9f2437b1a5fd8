variable "aws_region" {
  type        = string
  description = "AWS region of the environment (Seoul, close to the home cluster)."
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must look like ap-northeast-2."
  }
}

variable "db_instance_class" {
  type        = string
  description = "RDS instance class of the rankings database."
  default     = "db.t4g.small"

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.db_instance_class))
    error_message = "db_instance_class must look like db.t4g.small."
  }
}

variable "tailscale_auth_key_parameter" {
  type        = string
  description = "SSM SecureString parameter holding the bridge's Tailscale auth key (created by hand)."
  default     = "/drawguess/production/tailscale-auth-key"

  validation {
    condition     = can(regex("^/[A-Za-z0-9_./-]+$", var.tailscale_auth_key_parameter))
    error_message = "tailscale_auth_key_parameter must be an SSM parameter name starting with /."
  }
}

variable "site_aliases" {
  type        = list(string)
  description = "Custom domain names of the SPA (empty serves only the *.cloudfront.net name)."
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
