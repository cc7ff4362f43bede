# SPDX-License-Identifier: MIT
from django.db import models


class Shelf(models.Model):
    name = models.CharField(max_length=40, db_index=True)

    class Meta:
        db_table = 'shelving'


class Book(models.Model):
    title = models.CharField(max_length=60)
    shelf = models.ForeignKey(Shelf, models.CASCADE)
    spare = models.ForeignKey(Shelf, models.SET_NULL, null=True, related_name='spares')
