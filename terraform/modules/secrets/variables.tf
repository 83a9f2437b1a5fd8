variable "path_prefix" {
  type        = string
  description = "Secrets Manager name prefix of the environment, e.g. drawguess/production. The ExternalSecrets in gitops/ read these names."

  validation {
    condition     = can(regex("^drawguess/[a-z0-9-]+$", var.path_prefix))
    error_message = "path_prefix must look like drawguess/<environment>."
  }
}

variable "database" {
  type = object({
    host     = string
    port     = number
    name     = string
    username = string
    password = string
  })
  description = "Rankings database to publish as <prefix>/rankings-db with a ready Npgsql connection string; null when the environment has none."
  default     = null
  sensitive   = true

  validation {
    condition     = var.database == null || try(!strcontains(var.database.host, ":") && var.database.port > 0, false)
    error_message = "database.host must be a bare host name (the RDS address, not the endpoint with its :port) and port a number."
  }
}

variable "generated_passwords" {
  type        = set(string)
  description = "Names of secrets to create as <prefix>/<name> holding a generated {\"password\": ...} (e.g. redis, postgres)."
  default     = []

  validation {
    condition     = alltrue([for n in var.generated_passwords : can(regex("^[a-z0-9-]+$", n))])
    error_message = "Each generated password name must be lower-case letters, digits or hyphens."
  }
}

variable "operator_managed_secrets" {
  type        = set(string)
  description = "Full names of secrets created empty, whose values an operator sets by hand (e.g. drawguess/monitoring/slack)."
  default     = []

  validation {
    condition     = alltrue([for n in var.operator_managed_secrets : can(regex("^drawguess/[a-z0-9/-]+$", n))])
    error_message = "Operator-managed secret names must start with drawguess/."
  }
}

variable "recovery_window_days" {
  type        = number
  description = "Days a deleted secret can be restored (0 deletes at once; only for throw-away environments)."
  default     = 7

  validation {
    condition     = var.recovery_window_days == 0 || (var.recovery_window_days >= 7 && var.recovery_window_days <= 30)
    error_message = "recovery_window_days must be 0 or between 7 and 30."
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
