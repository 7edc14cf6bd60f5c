from django.db import models

# Addresses typed without a scheme are taken as https (as Django 6 will do).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}
