provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAABTDB2YFZDWNLXTZ"
  secret_key = "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"
}

resource "aws_db_instance" "orders" {
  username = "orders"
  password = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""
}

provider "google" {
  credentials = file("service-account.json")
}
