# SPDX-License-Identifier: MIT
from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=40)


class Shop(models.Model):
    opens = models.TimeField(null=True)
