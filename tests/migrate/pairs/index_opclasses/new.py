# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    qty = models.IntegerField(null=True)
    note = models.TextField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=['name'], name='item_name_pattern', opclasses=['varchar_pattern_ops']),
            models.Index(fields=['-qty', 'name'], name='item_qty_name_part', condition=models.Q(name__startswith='a') & ~models.Q(qty=None)),
            models.Index(fields=['note'], name='item_note_ops', opclasses=['text_pattern_ops'], condition=models.Q(note__isnull=False)),
        ]
