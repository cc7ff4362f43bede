# SPDX-License-Identifier: MIT
from django.db import models
from django.db.models import Q


class Shelf(models.Model):
    room = models.CharField(max_length=20)
    row = models.IntegerField()
    label = models.CharField(max_length=40, null=True)

    class Meta:
        unique_together = [('room', 'row')]
        index_together = [('row', 'label')]
        indexes = [models.Index(fields=['label', '-row'], name='shelf_labelled',
                                condition=Q(row__gte=0) & Q(label__isnull=False))]
