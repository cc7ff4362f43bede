# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)
    code = models.CharField(max_length=20, default='', db_index=True)
    rank = models.SmallIntegerField(default=-1)
