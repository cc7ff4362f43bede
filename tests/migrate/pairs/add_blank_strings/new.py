# SPDX-License-Identifier: MIT
from django.db import models


class Entry(models.Model):
    title = models.CharField(max_length=40)
    subtitle = models.CharField(max_length=40, blank=True)
    slug = models.SlugField(blank=True)
    email = models.EmailField(blank=True)
    body = models.TextField(blank=True)
