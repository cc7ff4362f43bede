# SPDX-License-Identifier: MIT
from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=40)


class Shop(Place):
    opens = models.TimeField(null=True)


class Cafe(Shop):
    seats = models.PositiveSmallIntegerField(default=0)


class Note(models.Model):
    place = models.ForeignKey(Shop, models.CASCADE, related_name='notes')
    text = models.TextField()
