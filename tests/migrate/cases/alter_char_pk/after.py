# SPDX-License-Identifier: MIT
from django.db import models


class Country(models.Model):
    code = models.CharField(max_length=8, primary_key=True)
    name = models.CharField(max_length=60)


class City(models.Model):
    name = models.CharField(max_length=60)
    country = models.ForeignKey(Country, models.CASCADE)
    visited = models.ForeignKey(Country, models.SET_NULL, null=True, related_name='visitors')
