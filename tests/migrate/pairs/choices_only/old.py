# SPDX-License-Identifier: MIT
from django.db import models


class Ticket(models.Model):
    state = models.CharField(max_length=10)
    level = models.IntegerField(default=0)
