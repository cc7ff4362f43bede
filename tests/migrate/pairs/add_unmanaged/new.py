# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)


class Report(models.Model):
    item = models.ForeignKey(Item, models.DO_NOTHING)
    total = models.IntegerField()

    class Meta:
        managed = False
        db_table = 'item_report_view'
