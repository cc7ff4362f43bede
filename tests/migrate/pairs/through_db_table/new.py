# SPDX-License-Identifier: MIT
from django.db import models


class Actor(models.Model):
    name = models.CharField(max_length=30)


class Film(models.Model):
    title = models.CharField(max_length=30)
    cast = models.ManyToManyField(Actor, through='Role')


class Role(models.Model):
    film = models.ForeignKey(Film, models.CASCADE)
    actor = models.ForeignKey(Actor, models.CASCADE)
    part = models.CharField(max_length=30)

    class Meta:
        db_table = 'film_roles'
