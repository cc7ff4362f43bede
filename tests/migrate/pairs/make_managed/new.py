# SPDX-License-Identifier: MIT
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=40)


class Legacy(models.Model):
    code = models.CharField(max_length=10)
