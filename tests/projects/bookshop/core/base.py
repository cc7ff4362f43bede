"""Abstract bases the apps share; core itself holds no models.py."""
from django.conf import settings
from django.db import models

from .constants import NAME_LENGTH


class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        ordering = ["-created"]
        get_latest_by = "created"


class Named(models.Model):
    name = models.CharField(max_length=NAME_LENGTH)
    slug = models.SlugField(unique=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


class Owned(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_owned",
    )

    class Meta:
        abstract = True
