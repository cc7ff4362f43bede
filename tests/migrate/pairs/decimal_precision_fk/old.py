# SPDX-License-Identifier: MIT
from django.db import models


class Price(models.Model):
    amount = models.DecimalField(max_digits=5, decimal_places=2)
    rate = models.DecimalField(max_digits=8, decimal_places=4, null=True)
