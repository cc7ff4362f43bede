# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    ref = models.CharField(max_length=20, db_index=True)
    name = models.CharField(max_length=40)
