from django.db import models

from core.base import Named


class Publisher(Named):
    country = models.CharField(max_length=2, default="FR")


class Author(Named):
    born = models.DateField(null=True)
    publisher = models.ForeignKey(Publisher, models.SET_NULL, null=True, related_name="authors")
