# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    label = models.CharField(max_length=30)
    price = models.DecimalField(max_digits=7, decimal_places=2)
    born = models.DateField()
    opens = models.TimeField()
    ok = models.BooleanField()
    ratio = models.FloatField()
    big = models.BigIntegerField()
