# SPDX-License-Identifier: MIT
from django.db import models


class Tag(models.Model):
    id = models.BigAutoField(primary_key=True)
    label = models.CharField(max_length=30)


class Post(models.Model):
    tag = models.ForeignKey(Tag, models.SET_NULL, null=True)
