# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    code = models.CharField(max_length=10)
    qty = models.IntegerField(null=True)
    note = models.TextField(null=True)
