# SPDX-License-Identifier: MIT
from django.db import models


class Doc(models.Model):
    body = models.TextField(null=True, blank=True)
