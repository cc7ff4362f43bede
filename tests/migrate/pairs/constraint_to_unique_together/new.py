# SPDX-License-Identifier: MIT
from django.db import models


class Seat(models.Model):
    hall = models.ForeignKey('Hall', models.CASCADE)
    number = models.IntegerField()

    class Meta:
        unique_together = [('hall', 'number')]
        index_together = [('number', 'hall')]


class Hall(models.Model):
    name = models.CharField(max_length=10)
