# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    code = models.CharField(max_length=20, unique=True)


class Item(models.Model):
    owner = models.ForeignKey(Owner, models.CASCADE, null=True)
