# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=40)
