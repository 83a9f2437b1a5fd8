# One-time bootstrap of the remote state: the versioned, encrypted, private S3 bucket
# that terraform/environments/* use as backend. Locking uses S3 conditional writes
# (backend option use_lockfile), so no DynamoDB table is needed. This root keeps its
# own small state locally: apply it once, by hand, before the environments.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project   = "DrawGuess"
      ManagedBy = "Terraform"
      Stack     = "bootstrap"
    }
  }
}

resource "aws_s3_bucket" "state" {
  bucket = var.state_bucket_name

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_public_access_block" "state" {
  bucket = aws_s3_bucket.state.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    id     = "keep-90-days-of-old-state"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

data "aws_iam_policy_document" "state" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "state" {
  bucket = aws_s3_bucket.state.id
  policy = data.aws_iam_policy_document.state.json

  depends_on = [aws_s3_bucket_public_access_block.state]
}

# Account-wide: lets GitHub Actions assume roles with short-lived OIDC tokens instead of
# stored access keys (the SPA deploy roles of terraform/modules/static_site trust it).
resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

# The home cluster's service-account issuer, trusted by AWS for External Secrets (no IAM user key).
# Created once the cluster exists and its keys are passed (docs/operations.md, one-time setup).
module "cluster_identity" {
  source = "../modules/cluster_identity"
  count  = var.cluster_service_account_jwks == null ? 0 : 1

  service_account_jwks = var.cluster_service_account_jwks
}
