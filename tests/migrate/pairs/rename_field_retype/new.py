# SPDX-License-Identifier: MIT
from django.db import models


class Part(models.Model):
    reference = models.CharField(max_length=24, null=True, db_index=True)
    weight = models.IntegerField(default=0)
