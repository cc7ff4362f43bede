# SPDX-License-Identifier: MIT
from django.db import models


class Writer(models.Model):
    name = models.CharField(max_length=60)


class Profile(models.Model):
    author = models.OneToOneField(Writer, models.CASCADE)
    bio = models.TextField(blank=True)


class Book(models.Model):
    title = models.CharField(max_length=80)
    author = models.ForeignKey(Writer, models.CASCADE)
