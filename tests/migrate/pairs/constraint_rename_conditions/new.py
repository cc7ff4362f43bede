# SPDX-License-Identifier: MIT
from django.db import models


class Ticket(models.Model):
    code = models.CharField(max_length=12)
    seats = models.IntegerField(null=True)
    state = models.CharField(max_length=8, default='open')

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(seats__gte=0), name='ticket_seats_nonneg'),
            models.UniqueConstraint(fields=['code'], condition=models.Q(state__in=['open', 'held']),
                                    name='ticket_live_code'),
        ]
