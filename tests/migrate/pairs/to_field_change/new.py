# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    code = models.CharField(max_length=10, unique=True)
    slug = models.SlugField(max_length=12, unique=True)


class Item(models.Model):
    name = models.CharField(max_length=40)
    owner = models.ForeignKey(Owner, models.CASCADE, null=True, to_field='slug')
