# SPDX-License-Identifier: MIT
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=40)


class Book(models.Model):
    title = models.CharField(max_length=40)


class Ebook(Book):
    url = models.URLField(unique=True)
    author = models.ForeignKey(Author, models.PROTECT, related_name='ebooks')
