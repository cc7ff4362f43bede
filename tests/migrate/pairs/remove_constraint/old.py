# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    price = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    born = models.DateField(null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(qty__isnull=True) | models.Q(qty__lt=10**10), name='item_qty_bounded'),
            models.UniqueConstraint(fields=['name'], name='item_name_uniq'),
        ]
