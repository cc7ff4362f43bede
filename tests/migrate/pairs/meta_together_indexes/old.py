# SPDX-License-Identifier: MIT
from django.db import models


class Shelf(models.Model):
    room = models.CharField(max_length=20)
    row = models.IntegerField()
    label = models.CharField(max_length=40, null=True)
