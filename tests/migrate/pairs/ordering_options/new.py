# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        ordering = ['-name']
        verbose_name = 'thing'
