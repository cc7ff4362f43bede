# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    sku = models.CharField(max_length=10)
    qty = models.BigIntegerField(default=0)
    label = models.CharField(max_length=30, blank=True)
