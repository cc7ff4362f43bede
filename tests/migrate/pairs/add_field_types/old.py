# SPDX-License-Identifier: MIT
from django.db import models


class Host(models.Model):
    name = models.CharField(max_length=20)
