# SPDX-License-Identifier: MIT
from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=40)


class Item(models.Model):
    code = models.CharField(max_length=20, db_index=True, db_column='item_code')
    serial = models.IntegerField(unique=True, db_column='sn')
    owner = models.ForeignKey(Owner, models.CASCADE, db_column='owner_ref')
