# SPDX-License-Identifier: MIT
from django.db import models


class Price(models.Model):
    amount = models.DecimalField(max_digits=12, decimal_places=3)
    rate = models.DecimalField(max_digits=6, decimal_places=2, null=True)
