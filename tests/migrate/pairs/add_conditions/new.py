# SPDX-License-Identifier: MIT
from decimal import Decimal

from django.db import models
from django.db.models import Q


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    price = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    active = models.BooleanField(default=True)

    class Meta:
        indexes = [
            models.Index(fields=['qty'], name='item_qty_live', condition=Q(qty__gt=0) & ~Q(active=False)),
        ]
        constraints = [
            models.CheckConstraint(check=Q(price__gte=-100000) & ~Q(name='-'), name='item_price_named'),
            models.CheckConstraint(check=Q(active=True) | Q(price__lte=Decimal('99999.99')),
                                   name='item_idle_priced'),
            models.UniqueConstraint(fields=['name'], name='item_name_live_uniq',
                                    condition=Q(active=True) & ~Q(name='')),
        ]
