# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    code = models.IntegerField(unique=True)


class Item(models.Model):
    name = models.CharField(max_length=40)
    owner = models.ForeignKey(Owner, models.CASCADE, null=True)
