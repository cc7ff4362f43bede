# SPDX-License-Identifier: MIT
from django.db import models


class Country(models.Model):
    code = models.CharField(max_length=2, primary_key=True)


class City(models.Model):
    country = models.ForeignKey(Country, models.CASCADE)
    name = models.CharField(max_length=20)
