# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    flag = models.BooleanField(null=True)
    name = models.CharField(max_length=40)
