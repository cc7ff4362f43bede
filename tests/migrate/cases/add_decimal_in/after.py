# SPDX-License-Identifier: MIT
from decimal import Decimal

from django.db import models


class Price(models.Model):
    amount = models.DecimalField(max_digits=6, decimal_places=2)
    rate = models.DecimalField(max_digits=4, decimal_places=1, null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(amount__in=[Decimal('1.5'), Decimal('2'), 10]),
                                   name='amount_listed'),
            models.UniqueConstraint(fields=['amount'], name='one_rate_each',
                                    condition=models.Q(rate__in=[Decimal('0.5'), Decimal('1')])),
        ]
        indexes = [models.Index(fields=['rate'], name='rate_cheap',
                                condition=~models.Q(amount__in=[Decimal('9.9')]))]
