# SPDX-License-Identifier: MIT
from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=40)


class Profile(models.Model):
    person = models.ForeignKey(Person, models.CASCADE)
    bio = models.TextField(blank=True)
    mentor = models.ForeignKey(Person, models.SET_NULL, null=True, related_name='mentees')
