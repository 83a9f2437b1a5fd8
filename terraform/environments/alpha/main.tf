# Alpha on AWS is small: its PostgreSQL and Redis run in the home cluster
# (gitops/overlays/alpha), so AWS holds only their passwords and the alpha SPA.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project     = "DrawGuess"
      Environment = local.environment
      ManagedBy   = "Terraform"
    }
  }
}

locals {
  environment = "alpha"
  name        = "drawguess-${local.environment}"
}

module "secrets" {
  source = "../../modules/secrets"

  path_prefix          = "drawguess/${local.environment}"
  generated_passwords  = ["postgres", "redis"]
  recovery_window_days = 0
}

module "static_site" {
  source = "../../modules/static_site"

  name                = "${local.name}-site"
  aliases             = var.site_aliases
  acm_certificate_arn = var.site_certificate_arn
  github_environment  = local.environment
  price_class         = "PriceClass_200"
}
