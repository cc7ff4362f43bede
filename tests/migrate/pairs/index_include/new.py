# SPDX-License-Identifier: MIT
from django.db import models


class Invoice(models.Model):
    number = models.CharField(max_length=20)
    issued = models.DateField()
    total = models.DecimalField(max_digits=10, decimal_places=2)
    note = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["issued"], include=["total", "number"], name="invoice_issued_ix"),
            models.Index(fields=["-total"], include=["note"], name="invoice_total_ix"),
        ]
        constraints = [models.UniqueConstraint(fields=["number"], name="invoice_number_uq")]
