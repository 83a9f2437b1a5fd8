variable "name" {
  type        = string
  description = "Name of the S3 bucket holding the built SPA (web/dist), e.g. drawguess-production-site."

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{2,61}[a-z0-9]$", var.name))
    error_message = "name must be a valid S3 bucket name: 4-63 lower-case letters, digits or hyphens."
  }
}

variable "aliases" {
  type        = list(string)
  description = "Custom domain names served by the distribution. Needs acm_certificate_arn when not empty."
  default     = []

  validation {
    condition     = alltrue([for a in var.aliases : can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}$", a))])
    error_message = "Every alias must be a lower-case DNS name."
  }
}

variable "acm_certificate_arn" {
  type        = string
  description = "ACM certificate in us-east-1 covering the aliases; null serves the default *.cloudfront.net certificate."
  default     = null

  validation {
    condition     = var.acm_certificate_arn == null || can(regex("^arn:aws:acm:us-east-1:[0-9]{12}:certificate/", var.acm_certificate_arn))
    error_message = "acm_certificate_arn must be an ACM certificate ARN in us-east-1 (CloudFront only reads that region)."
  }
}

variable "price_class" {
  type        = string
  description = "CloudFront price class: PriceClass_100, PriceClass_200 (includes Korea) or PriceClass_All."
  default     = "PriceClass_200"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be PriceClass_100, PriceClass_200 or PriceClass_All."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags for every resource."
  default     = {}

  validation {
    condition     = alltrue([for k, v in var.tags : length(k) <= 128 && length(v) <= 256])
    error_message = "Tag keys are at most 128 characters and values at most 256."
  }
}

variable "github_repository" {
  type        = string
  description = "GitHub repository (owner/name) whose spa.yml workflow may deploy to this site through OIDC."
  default     = "drawguess/drawguess"

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must look like owner/name."
  }
}

variable "github_environment" {
  type        = string
  description = "GitHub Actions environment allowed to assume the deploy role (alpha or production)."

  validation {
    condition     = contains(["alpha", "production"], var.github_environment)
    error_message = "github_environment must be alpha or production."
  }
}
