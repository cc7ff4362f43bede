# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    opens = models.TimeField()
    ok = models.BooleanField()
    ratio = models.FloatField()
    big = models.BigIntegerField()
    note = models.TextField()
    code = models.CharField(max_length=5, db_index=True)
