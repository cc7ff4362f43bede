# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    qty = models.PositiveIntegerField()
    name = models.CharField(max_length=40)
