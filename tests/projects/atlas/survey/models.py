# SPDX-License-Identifier: MIT
# A survey app on PostgreSQL: django.contrib.postgres's index classes with their storage
# parameters, named and generated names, conditions and operator classes.
from django.contrib.postgres.indexes import (
    BrinIndex,
    BTreeIndex,
    GinIndex,
    HashIndex,
    SpGistIndex,
)
from django.db import models
from django.db.models import Q

PENDING_LIST_KB = 128


class Station(models.Model):
    code = models.CharField(max_length=12)
    notes = models.TextField(blank=True)
    altitude = models.IntegerField()
    surveyed = models.DateTimeField()
    payload = models.JSONField(default=dict)

    class Meta:
        indexes = [
            GinIndex(fields=["payload"], fastupdate=False, gin_pending_list_limit=PENDING_LIST_KB),
            GinIndex(fields=["payload"], name="station_payload_gin"),
            BrinIndex(fields=["surveyed"], autosummarize=True, pages_per_range=16),
            BTreeIndex(fields=["-altitude", "code"], fillfactor=70),
            HashIndex(fields=["code"], condition=Q(altitude__gt=0), name="station_code_hash"),
            SpGistIndex(fields=["notes"], fillfactor=None),
            models.Index(fields=["code"], opclasses=["varchar_pattern_ops"], name="station_code_ops"),
        ]


class Reading(models.Model):
    station = models.ForeignKey(Station, models.CASCADE, related_name="readings")
    taken = models.DateField()
    value = models.FloatField()
