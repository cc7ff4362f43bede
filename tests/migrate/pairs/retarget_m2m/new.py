# SPDX-License-Identifier: MIT
from django.db import models


class Tag(models.Model):
    label = models.CharField(max_length=30)


class Label(models.Model):
    text = models.CharField(max_length=30)


class Item(models.Model):
    name = models.CharField(max_length=40)
    tags = models.ManyToManyField(Label)
