# SPDX-License-Identifier: MIT
from django.db import models


class Host(models.Model):
    name = models.CharField(max_length=20)
    ip = models.GenericIPAddressField(null=True)
    uptime = models.DurationField(null=True)
    meta = models.JSONField(null=True)
    email = models.EmailField(blank=True)
    ratio = models.FloatField(default=0.5)
    small = models.PositiveSmallIntegerField(default=1)
