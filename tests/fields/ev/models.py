# SPDX-License-Identifier: MIT
# The schema of the fields Django renders its own way: JSON documents of every shape, durations,
# dates and datetimes for temporal arithmetic, a self-reference, an IP address (inet on
# PostgreSQL), integer flags for the bitwise operators, a UUID (char(32) but on PostgreSQL) and
# BinaryFields (bytea, longblob, BLOB).
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=50)
    info = models.JSONField(null=True)
    key = models.UUIDField(null=True)

    class Meta:
        app_label = "ev"


class Event(models.Model):
    title = models.CharField(max_length=80)
    data = models.JSONField(default=dict)
    venue = models.ForeignKey(Venue, models.CASCADE, related_name="events")
    parent = models.ForeignKey("self", models.SET_NULL, null=True, related_name="children")
    day = models.DateField()
    starts = models.DateTimeField()
    ends = models.DateTimeField(null=True)
    length = models.DurationField(null=True)
    ip = models.GenericIPAddressField(null=True)
    flags = models.IntegerField(default=0)

    class Meta:
        app_label = "ev"


class Attachment(models.Model):
    event = models.ForeignKey(Event, models.CASCADE, related_name="attachments")
    content = models.BinaryField()
    digest = models.BinaryField(max_length=16, null=True)

    class Meta:
        app_label = "ev"
