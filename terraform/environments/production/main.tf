# Production on AWS: the rankings database (RDS, Multi-AZ), the VPN bridge that lets
# the home cluster reach it, the secrets External Secrets Operator reads, and the SPA.
# The game server itself runs on the home cluster (gitops/overlays/production).

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
  environment = "production"
  name        = "drawguess-${local.environment}"
}

module "network" {
  source = "../../modules/network"

  name               = local.name
  cidr_block         = "10.20.0.0/16"
  availability_zones = ["${var.aws_region}a", "${var.aws_region}c"]
  # gitops/overlays/production/networkpolicy-rds.yaml allows egress to 10.20.10.0/23.
  public_subnet_cidrs  = ["10.20.0.0/24", "10.20.1.0/24"]
  private_subnet_cidrs = ["10.20.10.0/24", "10.20.11.0/24"]
  nat_gateway_mode     = "none"
}

module "bridge" {
  source = "../../modules/bridge"

  name                         = local.name
  vpc_id                       = module.network.vpc_id
  subnet_id                    = module.network.public_subnet_ids[0]
  advertised_routes            = module.network.private_subnet_cidrs
  tailscale_auth_key_parameter = var.tailscale_auth_key_parameter
}

module "database" {
  source = "../../modules/database"

  name                       = local.name
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.private_subnet_ids
  allowed_security_group_ids = [module.bridge.security_group_id]
  instance_class             = var.db_instance_class
  multi_az                   = true
  deletion_protection        = true
  skip_final_snapshot        = false
  backup_retention_days      = 14
}

module "secrets" {
  source = "../../modules/secrets"

  path_prefix = "drawguess/${local.environment}"
  database = {
    host     = module.database.address
    port     = module.database.port
    name     = module.database.database_name
    username = module.database.master_username
    password = module.database.master_password
  }
  generated_passwords      = ["redis"]
  operator_managed_secrets = ["drawguess/monitoring/slack", "drawguess/monitoring/grafana"]
}

module "static_site" {
  source = "../../modules/static_site"

  name                = "${local.name}-site"
  aliases             = var.site_aliases
  acm_certificate_arn = var.site_certificate_arn
  github_environment  = local.environment
}
