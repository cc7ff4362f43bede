# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    flag = models.BooleanField(default=False)
    name = models.CharField(max_length=40)
