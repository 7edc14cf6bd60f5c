from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "luukku.demo"
    label = "demo"
    verbose_name = "Demo municipality"
