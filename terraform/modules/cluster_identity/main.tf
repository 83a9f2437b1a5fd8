# Workload identity for the home cluster (docs/decisions/0012): AWS trusts tokens of the
# cluster's service-account issuer, so External Secrets reads Secrets Manager with short-lived
# credentials and no IAM user key exists. AWS fetches the issuer's OIDC discovery document and
# signing keys over HTTPS: they are published here (private bucket, CloudFront with OAC), and
# the API server issues tokens under this URL (--service-account-issuer, docs/operations.md).

locals {
  issuer_url  = "https://${aws_cloudfront_distribution.issuer.domain_name}"
  issuer_host = aws_cloudfront_distribution.issuer.domain_name
  discovery = jsonencode({
    issuer                                = local.issuer_url
    jwks_uri                              = "${local.issuer_url}/openid/v1/jwks"
    response_types_supported              = ["id_token"]
    subject_types_supported               = ["public"]
    id_token_signing_alg_values_supported = ["RS256"]
  })
}

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

resource "aws_s3_bucket" "issuer" {
  bucket = var.bucket_name
  tags   = var.tags
}

resource "aws_s3_bucket_public_access_block" "issuer" {
  bucket = aws_s3_bucket.issuer.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "issuer" {
  bucket = aws_s3_bucket.issuer.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "issuer" {
  bucket = aws_s3_bucket.issuer.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_object" "discovery" {
  bucket       = aws_s3_bucket.issuer.id
  key          = ".well-known/openid-configuration"
  content      = local.discovery
  content_type = "application/json"
}

# The API server's public signing keys (kubectl get --raw /openid/v1/jwks): publish the new
# set before rotating the service-account signing key, or every token is refused.
resource "aws_s3_object" "jwks" {
  bucket       = aws_s3_bucket.issuer.id
  key          = "openid/v1/jwks"
  content      = var.service_account_jwks
  content_type = "application/json"
}

resource "aws_cloudfront_origin_access_control" "issuer" {
  name                              = var.bucket_name
  description                       = "CloudFront access to s3://${var.bucket_name}"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

resource "aws_cloudfront_distribution" "issuer" {
  enabled         = true
  comment         = "Service-account issuer of the home cluster (${var.bucket_name})"
  price_class     = "PriceClass_100"
  is_ipv6_enabled = true

  origin {
    origin_id                = "s3-${var.bucket_name}"
    domain_name              = aws_s3_bucket.issuer.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.issuer.id
  }

  # Uncached: a key rotation is visible to AWS at once.
  default_cache_behavior {
    target_origin_id       = "s3-${var.bucket_name}"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = data.aws_cloudfront_cache_policy.disabled.id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  tags = var.tags
}

data "aws_iam_policy_document" "issuer_bucket" {
  statement {
    sid       = "CloudFrontReadOnly"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.issuer.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.issuer.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "issuer" {
  bucket = aws_s3_bucket.issuer.id
  policy = data.aws_iam_policy_document.issuer_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.issuer]
}

resource "aws_iam_openid_connect_provider" "cluster" {
  url            = local.issuer_url
  client_id_list = ["sts.amazonaws.com"]
  tags           = var.tags
}

# Only External Secrets' token for the ServiceAccount external-secrets/drawguess-secrets-reader
# (gitops/platform/external-secrets-identity.yaml), with the STS audience, may assume the role.
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.cluster.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:sub"
      values   = ["system:serviceaccount:external-secrets:drawguess-secrets-reader"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "external_secrets" {
  name                 = "drawguess-external-secrets"
  description          = "External Secrets Operator on the home cluster: reads drawguess/* secrets"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = 3600
  tags                 = var.tags
}

data "aws_iam_policy_document" "read_secrets" {
  statement {
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = ["arn:aws:secretsmanager:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:secret:${var.secrets_path_prefix}*"]
  }
}

resource "aws_iam_role_policy" "read_secrets" {
  name   = "read-drawguess-secrets"
  role   = aws_iam_role.external_secrets.id
  policy = data.aws_iam_policy_document.read_secrets.json
}
