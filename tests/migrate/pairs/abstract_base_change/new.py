# SPDX-License-Identifier: MIT
from django.db import models


class Stamped(models.Model):
    created = models.DateField(null=True, db_index=True)
    note = models.CharField(max_length=60, default='')
    rank = models.IntegerField(default=3)

    class Meta:
        abstract = True


class Post(Stamped):
    title = models.CharField(max_length=40)


class Page(Stamped):
    slug = models.SlugField()
