# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=100)
    code = models.CharField(max_length=50, db_index=True)
    tag = models.CharField(max_length=60, unique=True, null=True)
