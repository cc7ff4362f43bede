# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    code = models.IntegerField(null=True)
    name = models.CharField(max_length=40)
