# SPDX-License-Identifier: MIT
from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=40)


class Profile(models.Model):
    person = models.OneToOneField(Person, models.CASCADE)
    bio = models.TextField(blank=True)
    mentor = models.OneToOneField(Person, models.SET_NULL, null=True, related_name='mentee')
