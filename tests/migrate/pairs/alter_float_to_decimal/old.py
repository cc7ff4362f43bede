# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    price = models.FloatField()
    name = models.CharField(max_length=40)
