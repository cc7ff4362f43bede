import uuid
from decimal import Decimal

from django.db import models
from django.db.models import Q

from core.base import Named, Owned, TimeStamped
from core.constants import CODE_LENGTH, PRICE_DIGITS, PRICE_PLACES

from .authors import Author

__all__ = ["Book", "EBook", "Bargain"]

try:
    from django.contrib.postgres.indexes import GinIndex  # noqa: F401
except ImportError:
    GinIndex = None


class InPrintManager(models.Manager):
    """Books still sold."""

    def get_queryset(self):
        return super().get_queryset().filter(in_print=True).exclude(price=0)


class Book(Named, Owned, TimeStamped):
    code = models.CharField(max_length=CODE_LENGTH, db_index=True)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="books")
    price = models.DecimalField(max_digits=PRICE_DIGITS, decimal_places=PRICE_PLACES,
                                default=Decimal("0"))
    in_print = models.BooleanField(default=True)
    pages = models.PositiveIntegerField(null=True)
    ref = models.UUIDField(default=uuid.uuid4, editable=False)
    data = models.JSONField(default=dict)
    cover = models.ImageField(upload_to="covers/", blank=True)
    reading_time = models.DurationField(null=True)
    rating = models.FloatField(null=True)
    weight = models.SmallIntegerField(default=0)
    isbn = models.BigIntegerField(unique=True, null=True)
    blob = models.BinaryField(null=True)
    started = models.TimeField(null=True)
    sample = models.FileField(null=True)
    source = models.FilePathField(path="/tmp", null=True)
    related = models.ManyToManyField("self", blank=True)

    objects = models.Manager()
    in_print_books = InPrintManager()

    class Meta:
        ordering = ("name",)
        indexes = [
            models.Index(fields=["code", "-price"], name="book_code_price"),
            models.Index(fields=["pages"], name="book_long", condition=Q(pages__gt=500)),
        ]
        constraints = [
            models.CheckConstraint(check=Q(price__gte=0), name="%(app_label)s_%(class)s_price"),
            models.UniqueConstraint(fields=["author", "name"], name="book_author_name"),
        ]


class EBook(Book):
    url = models.URLField(max_length=300)
    size_kb = models.PositiveBigIntegerField(default=0)


class Bargain(Book):
    objects = InPrintManager()

    class Meta:
        proxy = True
        ordering = ["price"]
