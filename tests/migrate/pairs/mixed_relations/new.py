# SPDX-License-Identifier: MIT
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=60)


class Publisher(models.Model):
    title = models.CharField(max_length=60, unique=True)


class Book(models.Model):
    title = models.CharField(max_length=80)
    author = models.ForeignKey(Author, models.CASCADE, null=True)
    publisher = models.ForeignKey(Publisher, models.SET_NULL, null=True)
    editors = models.ManyToManyField(Author, related_name='edited')

    class Meta:
        unique_together = [('title', 'author')]
