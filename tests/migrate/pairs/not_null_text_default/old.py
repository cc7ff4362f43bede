# SPDX-License-Identifier: MIT
from django.db import models


class Doc(models.Model):
    body = models.TextField(null=True, blank=True)
    tag = models.CharField(max_length=10, null=True, blank=True)
