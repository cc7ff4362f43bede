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


# django.contrib.postgres's field classes, through the import forms projects use.
from django.contrib.postgres import fields as pg  # noqa: E402
from django.contrib.postgres.fields import (  # noqa: E402
    ArrayField,
    CICharField,
    CIEmailField,
    CITextField,
    HStoreField,
)
from django.contrib.postgres.fields.ranges import DateTimeRangeField  # noqa: E402
from django.contrib.postgres.search import SearchVectorField  # noqa: E402

GRID = 3


class Campaign(models.Model):
    tags = ArrayField(models.CharField(max_length=10), size=8, default=list, blank=True)
    counts = ArrayField(models.IntegerField(), default=list, db_index=True)
    grid = ArrayField(ArrayField(models.DecimalField(max_digits=6, decimal_places=2), GRID))
    labels = ArrayField(base_field=models.TextField(), unique=True)
    attributes = HStoreField(null=True)
    handle = CICharField(max_length=30, unique=True)
    contact = CIEmailField(db_index=True)
    summary = CITextField(blank=True)
    days = pg.IntegerRangeField(null=True)
    budget = pg.BigIntegerRangeField(null=True)
    share = pg.DecimalRangeField(null=True)
    season = pg.DateRangeField(null=True)
    window = DateTimeRangeField(null=True)
    search = SearchVectorField(null=True)
    station = models.ForeignKey(Station, models.SET_NULL, null=True, related_name="campaigns")

    class Meta:
        indexes = [GinIndex(fields=["tags"]), GinIndex(fields=["search"], name="campaign_search")]
