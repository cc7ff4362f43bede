# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=20)
    code = models.CharField(max_length=8, db_index=True)
    tag = models.CharField(max_length=10, unique=True, null=True)
