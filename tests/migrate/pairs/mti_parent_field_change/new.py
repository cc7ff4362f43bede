# SPDX-License-Identifier: MIT
from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=80, db_index=True)
    city = models.CharField(max_length=20, null=True)


class Shop(Place):
    opens = models.TimeField(null=True)
    size = models.IntegerField(default=1)
