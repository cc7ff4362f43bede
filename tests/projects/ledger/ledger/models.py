from django.db import models
from django.db.models import SET_NULL

from .deletion import Locked, Logged


class Account(models.Model):
    code = models.CharField(max_length=12, unique=True)


class Entry(models.Model):
    account = models.ForeignKey(Account, on_delete=Logged(models.CASCADE))
    reviewer = models.ForeignKey(
        Account, Logged(label="reviewer", action=SET_NULL), null=True, related_name="reviewed"
    )
    ledger = models.ForeignKey(Account, on_delete=Locked(), related_name="locked_entries")
    amount = models.DecimalField(max_digits=12, decimal_places=2)


class Tag(models.Model):
    # Django 3.2's positional related_name and related_query_name.
    entries = models.ManyToManyField(Entry, "tags", "tag")
    account = models.ForeignKey(Account, models.CASCADE, "tags", "tag")


class Statement(models.Model):
    # A ForeignKey and a SlugField declining their index, a covering index and a covering unique
    # constraint (INCLUDE on PostgreSQL; Django creates the constraint nowhere else).
    account = models.ForeignKey(Account, models.CASCADE, db_index=False)
    period = models.SlugField(db_index=False)
    opened = models.DateField()
    total = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        indexes = [
            models.Index(fields=["-opened"], include=["total", "period"], name="statement_opened_cov")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "opened"], include=["total"], name="statement_account_opened_uq"
            )
        ]
