# SPDX-License-Identifier: MIT
# The JSON test schema: documents of every shape in one field, a nullable one beside it.
from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=50)
    info = models.JSONField(null=True)

    class Meta:
        app_label = "ev"


class Event(models.Model):
    title = models.CharField(max_length=80)
    data = models.JSONField(default=dict)
    venue = models.ForeignKey(Venue, models.CASCADE, related_name="events")
    parent = models.ForeignKey("self", models.SET_NULL, null=True, related_name="children")

    class Meta:
        app_label = "ev"
