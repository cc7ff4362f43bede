# SPDX-License-Identifier: MIT
from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=40)


class Group(models.Model):
    members = models.ManyToManyField(Person, through='Membership')


class Membership(models.Model):
    person = models.ForeignKey(Person, models.CASCADE)
    group = models.ForeignKey(Group, models.CASCADE)
