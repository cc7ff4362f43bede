# SPDX-License-Identifier: MIT
from django.db import models


class Tag(models.Model):
    word = models.CharField(max_length=20, unique=True)

    class Meta:
        db_table = 'labels'


class Note(models.Model):
    tag = models.ForeignKey(Tag, models.CASCADE, null=True)
    main = models.OneToOneField(Tag, models.CASCADE, related_name='+', null=True)
    tags = models.ManyToManyField(Tag, related_name='notes')
