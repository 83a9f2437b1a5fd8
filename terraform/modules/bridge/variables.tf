variable "name" {
  type        = string
  description = "Name prefix of the bridge resources, e.g. drawguess-production."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,40}$", var.name))
    error_message = "name must be 3-41 lower-case letters, digits or hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  type        = string
  description = "ID of the VPC the bridge routes into."

  validation {
    condition     = can(regex("^vpc-[0-9a-f]+$", var.vpc_id))
    error_message = "vpc_id must look like vpc-0123abcd."
  }
}

variable "subnet_id" {
  type        = string
  description = "Public subnet of the bridge instance (it needs outbound internet to reach the tailnet)."

  validation {
    condition     = can(regex("^subnet-[0-9a-f]+$", var.subnet_id))
    error_message = "subnet_id must look like subnet-0123abcd."
  }
}

variable "advertised_routes" {
  type        = list(string)
  description = "VPC CIDRs the bridge advertises to the tailnet (the database subnets), so home pods reach RDS."

  validation {
    condition     = length(var.advertised_routes) >= 1 && alltrue([for c in var.advertised_routes : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "Give at least one valid CIDR; 0.0.0.0/0 would turn the bridge into an exit node."
  }
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type; Graviton (t4g) matches the arm64 AMI chosen below."
  default     = "t4g.nano"

  validation {
    condition     = can(regex("^(t4g|c7g|m7g)\\.[a-z0-9]+$", var.instance_type))
    error_message = "instance_type must be a Graviton type (t4g, c7g or m7g) to match the arm64 AMI."
  }
}

variable "tailscale_auth_key_parameter" {
  type        = string
  description = "Name of the SSM SecureString parameter holding a Tailscale auth key (created by hand, never in Terraform state)."

  validation {
    condition     = can(regex("^/[A-Za-z0-9_./-]+$", var.tailscale_auth_key_parameter))
    error_message = "tailscale_auth_key_parameter must be an SSM parameter name starting with /."
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
