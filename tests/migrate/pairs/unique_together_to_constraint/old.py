# SPDX-License-Identifier: MIT
from django.db import models


class Seat(models.Model):
    hall = models.CharField(max_length=10)
    number = models.IntegerField()

    class Meta:
        unique_together = [('hall', 'number')]
