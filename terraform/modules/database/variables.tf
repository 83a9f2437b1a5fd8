variable "name" {
  type        = string
  description = "Identifier of the DB instance and prefix of its related resources, e.g. drawguess-production."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,50}[a-z0-9]$", var.name))
    error_message = "name must be 4-52 lower-case letters, digits or hyphens, start with a letter and not end with a hyphen."
  }
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the database lives in."

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123abcd."
  }
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnet IDs in at least two availability zones (the DB subnet group)."

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "Give at least two private subnets, in different availability zones."
  }
}

variable "allowed_security_group_ids" {
  type        = list(string)
  description = "Security groups allowed to connect on 5432 (the VPN bridge, application hosts). No CIDR is ever allowed."

  validation {
    condition     = length(var.allowed_security_group_ids) >= 1 && alltrue([for id in var.allowed_security_group_ids : can(regex("^sg-[0-9a-f]+$", id))])
    error_message = "Give at least one security group ID (sg-...)."
  }
}

variable "engine_version" {
  type        = string
  description = "PostgreSQL engine version (major.minor). The parameter group family follows the major version."
  default     = "17.5"

  validation {
    condition     = can(regex("^1[5-9]\\.[0-9]+$", var.engine_version))
    error_message = "engine_version must be PostgreSQL 15 or later, as major.minor (e.g. 17.5)."
  }
}

variable "instance_class" {
  type        = string
  description = "RDS instance class, e.g. db.t4g.small."

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.instance_class))
    error_message = "instance_class must look like db.t4g.small."
  }
}

variable "allocated_storage_gb" {
  type        = number
  description = "Initial gp3 storage in GiB."
  default     = 20

  validation {
    condition     = var.allocated_storage_gb >= 20 && var.allocated_storage_gb <= 1000
    error_message = "allocated_storage_gb must be between 20 and 1000."
  }
}

variable "max_allocated_storage_gb" {
  type        = number
  description = "Upper bound for storage autoscaling in GiB."
  default     = 100

  validation {
    condition     = var.max_allocated_storage_gb >= 20 && var.max_allocated_storage_gb <= 2000
    error_message = "max_allocated_storage_gb must be between 20 and 2000."
  }
}

variable "multi_az" {
  type        = bool
  description = "Run a synchronous standby in a second availability zone (required in production)."
}

variable "deletion_protection" {
  type        = bool
  description = "Refuse to delete the instance until this is turned off (required in production)."
}

variable "skip_final_snapshot" {
  type        = bool
  description = "Delete without a final snapshot. Only for throw-away environments."
  default     = false
}

variable "backup_retention_days" {
  type        = number
  description = "Days of automated backups and point-in-time recovery."
  default     = 7

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 7 and 35."
  }
}

variable "database_name" {
  type        = string
  description = "Name of the database created in the instance."
  default     = "drawguess"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.database_name))
    error_message = "database_name must be a lower-case PostgreSQL identifier."
  }
}

variable "master_username" {
  type        = string
  description = "Master user name. The password is generated here and stored by the secrets module."
  default     = "drawguess"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,15}$", var.master_username)) && !contains(["postgres", "admin", "rdsadmin"], var.master_username)
    error_message = "master_username must be a lower-case identifier of up to 16 characters and not a reserved name."
  }
}

variable "log_min_duration_ms" {
  type        = number
  description = "Log every statement slower than this many milliseconds (-1 disables)."
  default     = 500

  validation {
    condition     = var.log_min_duration_ms >= -1
    error_message = "log_min_duration_ms must be -1 or a positive number of milliseconds."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the exported PostgreSQL logs in CloudWatch Logs."
  default     = 14

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365], var.log_retention_days)
    error_message = "log_retention_days must be a value CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ...)."
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
