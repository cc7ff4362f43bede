# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    note = models.TextField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=['qty'], name='item_qty_part', condition=models.Q(qty__gte=0)),
        ]
