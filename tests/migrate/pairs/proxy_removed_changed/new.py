# SPDX-License-Identifier: MIT
from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=40)


class Kiosk(Place):
    class Meta:
        proxy = True
        ordering = ['name']
