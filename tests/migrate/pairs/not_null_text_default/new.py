# SPDX-License-Identifier: MIT
from django.db import models


class Doc(models.Model):
    body = models.TextField(blank=True)
    tag = models.CharField(max_length=10, blank=True, default='none')
