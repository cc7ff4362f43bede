# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    price = models.DecimalField(max_digits=9, decimal_places=2)
    name = models.CharField(max_length=40)
