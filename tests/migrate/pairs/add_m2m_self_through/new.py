# SPDX-License-Identifier: MIT
from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=40)
    friends = models.ManyToManyField('self')
    follows = models.ManyToManyField('self', symmetrical=False, related_name='followers')
    clubs = models.ManyToManyField('Club', through='Membership')


class Club(models.Model):
    name = models.CharField(max_length=40)


class Membership(models.Model):
    person = models.ForeignKey(Person, models.CASCADE)
    club = models.ForeignKey(Club, models.CASCADE)
    since = models.DateField(null=True)

    class Meta:
        db_table = 'club_members'
        unique_together = [('person', 'club')]
