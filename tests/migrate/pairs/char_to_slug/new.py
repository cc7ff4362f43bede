# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    code = models.SlugField()
    name = models.CharField(max_length=40)
