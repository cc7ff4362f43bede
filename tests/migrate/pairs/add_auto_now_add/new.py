# SPDX-License-Identifier: MIT
from django.db import models


class Doc(models.Model):
    body = models.TextField()
    created = models.DateField(auto_now_add=True)
