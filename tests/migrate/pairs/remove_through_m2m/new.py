# SPDX-License-Identifier: MIT
from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=40)


class Group(models.Model):
    title = models.CharField(max_length=10, null=True)
