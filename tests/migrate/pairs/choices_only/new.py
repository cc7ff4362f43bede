# SPDX-License-Identifier: MIT
from django.db import models


class Ticket(models.Model):
    state = models.CharField(max_length=10, choices=[('open', 'Open'), ('done', 'Done')])
    level = models.IntegerField(default=0, choices=[(0, 'low'), (1, 'high')])
