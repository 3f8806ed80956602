from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    label = "lms"
    verbose_name = "LMS host site"
