from django.conf import settings
from django.db import models

import accounts.models as acc
from catalog.models import Book

USE_NOTES = getattr(settings, "ORDERS_USE_NOTES", False)


class Order(models.Model):
    member = models.ForeignKey(acc.Member, on_delete=models.CASCADE, related_name="orders")
    placed = models.DateTimeField()
    paid = models.NullBooleanField()
    books = models.ManyToManyField(Book, through="OrderLine", related_name="orders")
    if USE_NOTES:
        notes = models.TextField()

    class Meta:
        ordering = ["-placed"]
        unique_together = ("member", "placed")


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    book = models.ForeignKey("catalog.Book", on_delete=models.PROTECT, to_field="isbn")
    quantity = models.PositiveIntegerField(default=1)

    class Meta:
        index_together = [("order", "book")]
