# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    kind = models.CharField(max_length=10, default='a')

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(qty__lte=1000) | models.Q(kind__in=['x', 'y']), name='item_qty_max'),
            models.UniqueConstraint(fields=['name', 'kind'], name='item_name_kind'),
            models.UniqueConstraint(fields=['qty'], name='item_qty_pos', condition=models.Q(qty__gt=0)),
        ]
