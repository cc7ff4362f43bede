from typing import TYPE_CHECKING

import django
from django.conf import settings
from django.db import models

from . import roles
from gallery import models as gallery_models  # gallery imports this module back

if TYPE_CHECKING:
    from gallery.models import Album


class Person(models.Model):
    name = models.CharField(max_length=80)
    role = models.CharField(max_length=roles.ROLE_LENGTH, default=roles.PHOTOGRAPHER)
    if django.VERSION >= (4, 0):
        nickname = models.CharField(max_length=40, db_default="")
    else:
        nickname = models.CharField(max_length=40, default="")

    def albums(self) -> "list[Album]":
        return list(gallery_models.Album.objects.filter(owner=self))


class Curator(Person):
    since = models.DateField(null=True)

    class Meta:
        swappable = "STUDIO_CURATOR_MODEL"


class Studio(models.Model):
    name = models.CharField(max_length=60)
    # The archive app is optional: without it the model stays abstract.
    class Meta:
        abstract = "studio.archive" not in settings.INSTALLED_APPS
