# SPDX-License-Identifier: MIT
from django.db import models


class Hall(models.Model):
    name = models.CharField(max_length=10)


class Seat(models.Model):
    hall = models.ForeignKey(Hall, models.CASCADE)
    number = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=['hall', 'number'], name='seat_hall_number_ix')]
