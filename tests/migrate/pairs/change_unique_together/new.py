# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    a = models.CharField(max_length=10)
    b = models.IntegerField()
    c = models.IntegerField(null=True)

    class Meta:
        unique_together = [('a', 'c')]
        index_together = [('a', 'b')]
