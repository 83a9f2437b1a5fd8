variable "aws_region" {
  type        = string
  description = "Region of the state bucket (the same as the environments)."
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must look like ap-northeast-2."
  }
}

variable "state_bucket_name" {
  type        = string
  description = "Name of the S3 bucket holding every environment's Terraform state."
  default     = "drawguess-terraform-state"

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{2,61}[a-z0-9]$", var.state_bucket_name))
    error_message = "state_bucket_name must be a valid S3 bucket name."
  }
}

variable "cluster_service_account_jwks" {
  type        = string
  description = "The home cluster's service-account signing keys: kubectl get --raw /openid/v1/jwks (null before the cluster exists)."
  default     = null

  validation {
    condition     = var.cluster_service_account_jwks == null || can(jsondecode(var.cluster_service_account_jwks).keys)
    error_message = "cluster_service_account_jwks must be the JSON of /openid/v1/jwks."
  }
}
