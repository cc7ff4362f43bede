# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=40)


class Item(models.Model):
    owner = models.ForeignKey(Owner, models.CASCADE)
    name = models.CharField(max_length=40)
