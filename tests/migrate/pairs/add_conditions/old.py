# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    price = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    active = models.BooleanField(default=True)
