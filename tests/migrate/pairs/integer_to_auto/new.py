# SPDX-License-Identifier: MIT
from django.db import models

class Ticket(models.Model):
    id = models.AutoField(primary_key=True)
    title = models.CharField(max_length=50)
