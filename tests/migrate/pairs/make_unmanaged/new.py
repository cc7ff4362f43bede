# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)


class Note(models.Model):
    text = models.TextField()
    extra = models.IntegerField()

    class Meta:
        managed = False
