# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=40)


class Item(models.Model):
    code = models.CharField(max_length=20, db_index=True)
    serial = models.IntegerField(unique=True)
    owner = models.ForeignKey(Owner, models.CASCADE)
