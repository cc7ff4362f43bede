# SPDX-License-Identifier: MIT
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=40)


class Book(models.Model):
    author = models.ForeignKey(Author, models.CASCADE)
    editor = models.ForeignKey(Author, models.CASCADE, related_name='edited')
