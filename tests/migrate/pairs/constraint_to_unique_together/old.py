# SPDX-License-Identifier: MIT
from django.db import models


class Seat(models.Model):
    hall = models.ForeignKey('Hall', models.CASCADE)
    number = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=['number', 'hall'], name='seat_number_hall')]


class Hall(models.Model):
    name = models.CharField(max_length=10)
