# Secrets Manager entries read by External Secrets Operator on the home cluster, and
# the read-only policy for the IAM identity it uses.

locals {
  # RDS "address" has no port; the seed built host:port from "endpoint" (which already
  # ends in :5432) and published host:5432:5432. Npgsql keyword format. TLS is required
  # (the parameter group forces it); the certificate is not verified because the image
  # does not ship the RDS CA bundle, and the path runs inside the WireGuard tunnel.
  connection_string = var.database == null ? null : join(";", [
    "Host=${var.database.host}",
    "Port=${var.database.port}",
    "Database=${var.database.name}",
    "Username=${var.database.username}",
    "Password=${var.database.password}",
    "SSL Mode=Require",
    "Maximum Pool Size=50",
  ])
}

resource "aws_secretsmanager_secret" "rankings_db" {
  count = var.database == null ? 0 : 1

  name                    = "${var.path_prefix}/rankings-db"
  description             = "DrawGuess rankings database (RDS PostgreSQL) credentials and connection string"
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "rankings_db" {
  count = var.database == null ? 0 : 1

  secret_id = aws_secretsmanager_secret.rankings_db[0].id
  secret_string = jsonencode({
    engine            = "postgres"
    host              = var.database.host
    port              = var.database.port
    dbname            = var.database.name
    username          = var.database.username
    password          = var.database.password
    connection_string = local.connection_string
  })
}

# Same character set as the database password: safe inside connection strings.
resource "random_password" "generated" {
  for_each = var.generated_passwords

  length           = 32
  special          = true
  override_special = "!#%*()-_+[]<>:?"
}

resource "aws_secretsmanager_secret" "generated" {
  for_each = var.generated_passwords

  name                    = "${var.path_prefix}/${each.key}"
  description             = "DrawGuess ${each.key} password"
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "generated" {
  for_each = var.generated_passwords

  secret_id     = aws_secretsmanager_secret.generated[each.key].id
  secret_string = jsonencode({ password = random_password.generated[each.key].result })
}

resource "aws_secretsmanager_secret" "operator_managed" {
  for_each = var.operator_managed_secrets

  name                    = each.key
  description             = "DrawGuess ${each.key}: value set by an operator (see docs/operations.md)"
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

data "aws_iam_policy_document" "read" {
  statement {
    sid     = "ReadDrawGuessSecrets"
    actions = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = concat(
      aws_secretsmanager_secret.rankings_db[*].arn,
      [for s in aws_secretsmanager_secret.generated : s.arn],
      [for s in aws_secretsmanager_secret.operator_managed : s.arn],
    )
  }
}

resource "aws_iam_policy" "read" {
  name        = replace("${var.path_prefix}-secrets-read", "/", "-")
  description = "Read-only access to the ${var.path_prefix} secrets, for External Secrets Operator"
  policy      = data.aws_iam_policy_document.read.json
  tags        = var.tags
}
