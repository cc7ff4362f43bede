# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    body = models.CharField(max_length=200, null=True)
    name = models.CharField(max_length=40)
