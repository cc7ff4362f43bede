# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=30)


class Pet(models.Model):
    name = models.CharField(max_length=30)
    owner = models.ForeignKey(Owner, models.CASCADE)
