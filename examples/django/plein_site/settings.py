"""Settings of the example host: the least Django and DRF need, and plein's handler."""

SECRET_KEY = "only-for-this-example"  # a real host reads its key from the environment
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver"]
ROOT_URLCONF = "plein_site.urls"
INSTALLED_APPS = ["rest_framework"]
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],  # a real host keeps its own
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    # a design plein refuses answers as application/problem+json
    "EXCEPTION_HANDLER": "plein_site.views.problems",
}
