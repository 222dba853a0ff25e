"""Django settings for the orders project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-z908fhw^0)ozf^82&1yqmhnzgr*^)r_oo*22s3xftik-a887v3"
DEBUG = os.environ.get("DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders",
        "PASSWORD": "69*fLqbmBD*mGDsAUOWZ",
        "HOST": "db.internal.acme-corp.net",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],
    },
}

EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
AWS_STORAGE_BUCKET_NAME = "acme-orders-static"
AWS_S3_ACCESS_KEY_ID = "AKIAROFC7HCQZ6AO2PIS"
AWS_S3_SECRET_ACCESS_KEY = "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"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
PASSWORD_RESET_TIMEOUT = 259200
SLACK_BOT_TOKEN = "xoxb-439211551637-4684171701664-39Rw8KTb52z7x6Cu6iWZ2WL6"
CSRF_COOKIE_NAME = "csrftoken"
TOKEN_TTL_SECONDS = 3600
API_KEY_HEADER = "X-Api-Key"
STRIPE_WEBHOOK_SECRET = None
