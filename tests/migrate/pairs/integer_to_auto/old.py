# SPDX-License-Identifier: MIT
from django.db import models

class Ticket(models.Model):
    id = models.IntegerField(primary_key=True)
    title = models.CharField(max_length=50)
