# SPDX-License-Identifier: MIT
from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=40)


class Market(Place):
    class Meta:
        proxy = True


class Kiosk(Place):
    class Meta:
        proxy = True
