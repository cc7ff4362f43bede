# SPDX-License-Identifier: MIT
from django.db import models


class Price(models.Model):
    amount = models.DecimalField(max_digits=6, decimal_places=2)
    rate = models.DecimalField(max_digits=4, decimal_places=1, null=True)
