# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    at = models.DateField(null=True)
    name = models.CharField(max_length=40)
