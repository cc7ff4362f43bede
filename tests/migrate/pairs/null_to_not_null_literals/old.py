# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    label = models.CharField(max_length=30, null=True)
    price = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    born = models.DateField(null=True)
    opens = models.TimeField(null=True)
    ok = models.BooleanField(null=True)
    ratio = models.FloatField(null=True)
    big = models.BigIntegerField(null=True)
