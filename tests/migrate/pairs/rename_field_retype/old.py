# SPDX-License-Identifier: MIT
from django.db import models


class Part(models.Model):
    code = models.CharField(max_length=10)
    weight = models.IntegerField(default=0)
