# VPN bridge: a small EC2 instance that joins the tailnet and advertises the VPC's
# private subnets, so pods on the home cluster reach RDS. Administration goes through
# SSM Session Manager: no SSH port, no key pair. Routed traffic is SNATed to the
# bridge's address, so RDS only has to allow the bridge's security group.

data "aws_ssm_parameter" "al2023_arm64" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

resource "aws_security_group" "bridge" {
  name        = "${var.name}-bridge"
  description = "Tailscale subnet router: WireGuard in, everything out, no SSH"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-bridge" })
}

# Direct WireGuard path; without it Tailscale falls back to its slower DERP relays.
resource "aws_vpc_security_group_ingress_rule" "wireguard" {
  security_group_id = aws_security_group.bridge.id
  description       = "Tailscale WireGuard (UDP)"
  ip_protocol       = "udp"
  from_port         = 41641
  to_port           = 41641
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.bridge.id
  description       = "Tailnet coordination, package updates, forwarded traffic to RDS"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "bridge" {
  name               = "${var.name}-bridge"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "ssm_core" {
  role       = aws_iam_role.bridge.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

data "aws_iam_policy_document" "auth_key" {
  statement {
    actions   = ["ssm:GetParameter"]
    resources = ["arn:aws:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:parameter${var.tailscale_auth_key_parameter}"]
  }
}

resource "aws_iam_role_policy" "auth_key" {
  name   = "read-tailscale-auth-key"
  role   = aws_iam_role.bridge.id
  policy = data.aws_iam_policy_document.auth_key.json
}

resource "aws_iam_instance_profile" "bridge" {
  name = "${var.name}-bridge"
  role = aws_iam_role.bridge.name
  tags = var.tags
}

resource "aws_instance" "bridge" {
  ami                         = data.aws_ssm_parameter.al2023_arm64.value
  instance_type               = var.instance_type
  subnet_id                   = var.subnet_id
  vpc_security_group_ids      = [aws_security_group.bridge.id]
  iam_instance_profile        = aws_iam_instance_profile.bridge.name
  associate_public_ip_address = true
  # A router forwards packets that are not addressed to itself.
  source_dest_check = false
  monitoring        = true

  user_data = templatefile("${path.module}/user-data.sh.tftpl", {
    auth_key_parameter = var.tailscale_auth_key_parameter
    region             = data.aws_region.current.name
    routes             = join(",", var.advertised_routes)
    hostname           = "${var.name}-bridge"
  })
  user_data_replace_on_change = true

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
    http_endpoint               = "enabled"
  }

  root_block_device {
    volume_type = "gp3"
    volume_size = 8
    encrypted   = true
  }

  tags = merge(var.tags, { Name = "${var.name}-bridge" })

  lifecycle {
    # A new AMI should not replace the router behind the VPN by surprise.
    ignore_changes = [ami]
  }
}
