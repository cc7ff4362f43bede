# SPDX-License-Identifier: MIT
from django.db import models


class Tag(models.Model):
    label = models.CharField(max_length=30)


class Item(models.Model):
    name = models.CharField(max_length=40)
    tags = models.ManyToManyField(Tag, db_table='item_tag_links')
