# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    kind = models.CharField(max_length=10, default='a')

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(qty__gte=-5), name='item_qty_min'),
            models.UniqueConstraint(fields=['name'], name='item_name_live', condition=models.Q(kind='a')),
        ]
