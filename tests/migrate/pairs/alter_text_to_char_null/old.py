# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    body = models.TextField()
    name = models.CharField(max_length=40)
