variable "bucket_name" {
  type        = string
  description = "Private S3 bucket that holds the cluster's OIDC discovery document and signing keys."
  default     = "drawguess-cluster-oidc"

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{2,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be a valid S3 bucket name."
  }
}

variable "service_account_jwks" {
  type        = string
  description = "The API server's public signing keys as JSON (kubectl get --raw /openid/v1/jwks)."

  validation {
    condition     = can(jsondecode(var.service_account_jwks).keys[0].kid)
    error_message = "service_account_jwks must be a JWKS document with at least one key."
  }
}

variable "secrets_path_prefix" {
  type        = string
  description = "Secrets Manager name prefix External Secrets may read (every environment's secrets)."
  default     = "drawguess/"

  validation {
    condition     = can(regex("^[a-z0-9-]+/$", var.secrets_path_prefix))
    error_message = "secrets_path_prefix must look like drawguess/."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags added to every resource of the module."
  default     = {}

  validation {
    condition     = alltrue([for k, v in var.tags : length(k) > 0])
    error_message = "Tag keys must not be empty."
  }
}
