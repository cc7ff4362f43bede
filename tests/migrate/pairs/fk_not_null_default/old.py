# SPDX-License-Identifier: MIT
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=40)


class Book(models.Model):
    title = models.CharField(max_length=40)
    author = models.ForeignKey(Author, models.CASCADE, null=True)
