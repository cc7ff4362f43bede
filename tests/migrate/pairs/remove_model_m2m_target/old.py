# SPDX-License-Identifier: MIT
from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=30, unique=True)


class Book(models.Model):
    title = models.CharField(max_length=60)
    tags = models.ManyToManyField(Tag)
    main = models.ForeignKey(Tag, models.SET_NULL, null=True, related_name='main_books')
