# SPDX-License-Identifier: MIT
from django.db import models


class Room(models.Model):
    name = models.CharField(max_length=20)


class Guest(models.Model):
    name = models.CharField(max_length=20)


class Stay(models.Model):
    room = models.ForeignKey(Room, models.CASCADE)
    guest = models.ForeignKey(Guest, models.CASCADE)
    nights = models.IntegerField()
