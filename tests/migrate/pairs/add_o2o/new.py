# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=40)


class Item(models.Model):
    name = models.CharField(max_length=40)
    owner = models.OneToOneField(Owner, models.SET_NULL, null=True)
