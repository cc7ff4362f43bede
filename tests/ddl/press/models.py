# SPDX-License-Identifier: MIT
# A small publishing house, written for the DDL comparison with Django 3.2 (ddl_django.py):
# every field class, every kind of index and constraint, an FK cycle, self and plain M2M,
# multi-table inheritance, a proxy, an unmanaged model, a table name past the databases' limits.
# tests/ddl/press_schema.cpp declares the same models in C++; the test fails when they differ.
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower, Upper


class Genre(models.Model):
    id = models.SmallAutoField(primary_key=True)
    name = models.CharField(max_length=30, unique=True)


class Publisher(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField()
    website = models.URLField(blank=True)
    email = models.EmailField()
    country = models.CharField(max_length=2, db_index=True)
    founded = models.IntegerField(null=True)
    flagship = models.ForeignKey("Book", models.SET_NULL, null=True, related_name="+")

    class Meta:
        indexes = [models.Index(fields=["country", "-founded"])]
        constraints = [
            models.CheckConstraint(check=Q(founded__gte=1450), name="publisher_founded_after_press"),
        ]


class Imprint(Publisher):
    label = models.CharField(max_length=40)


class Author(models.Model):
    id = models.BigAutoField(primary_key=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    born = models.SmallIntegerField(null=True)
    bio = models.TextField(blank=True)
    rating = models.FloatField(default=0)
    ip = models.GenericIPAddressField(null=True)
    uid = models.UUIDField(unique=True)
    friends = models.ManyToManyField("self")

    class Meta:
        unique_together = [("first_name", "last_name")]
        index_together = [("last_name", "born")]


class Contract(models.Model):
    author = models.OneToOneField(Author, models.CASCADE)
    signed = models.DateField()
    royalty = models.DecimalField(max_digits=5, decimal_places=3)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["author", "signed"], name="contract_once_a_day",
                                    deferrable=models.Deferrable.DEFERRED),
            models.UniqueConstraint(fields=["signed"], include=["royalty"],
                                    name="contract_signed_covering"),
            models.UniqueConstraint(fields=["royalty"], opclasses=["numeric_ops"],
                                    name="contract_royalty_opclass"),
        ]


class Book(models.Model):
    isbn = models.CharField(max_length=13, primary_key=True)
    title = models.CharField(max_length=200)
    publisher = models.ForeignKey(Publisher, models.CASCADE)
    genre = models.ForeignKey(Genre, models.SET_NULL, null=True)
    editor = models.ForeignKey(Author, models.PROTECT, null=True, related_name="edited",
                               db_constraint=False)
    authors = models.ManyToManyField(Author, related_name="books")
    pages = models.PositiveIntegerField()
    edition = models.PositiveSmallIntegerField(default=1)
    copies_sold = models.PositiveBigIntegerField(default=0)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    published = models.DateTimeField(null=True)
    launch_time = models.TimeField(null=True)
    reading_time = models.DurationField(null=True)
    cover = models.ImageField(upload_to="covers", blank=True)
    manuscript = models.FileField(upload_to="manuscripts", null=True)
    source = models.FilePathField(path="/srv/press", null=True)
    extra = models.JSONField(default=dict)
    scan = models.BinaryField(null=True)
    in_print = models.BooleanField(default=True)
    reviewed = models.NullBooleanField()

    class Meta:
        indexes = [
            models.Index(fields=["title"], name="book_title_pattern",
                         opclasses=["varchar_pattern_ops"]),
            models.Index(fields=["-published"], name="book_long_recent",
                         condition=Q(pages__gt=300) & ~Q(in_print=True)),
            models.Index(Lower("title"), name="book_lower_title"),
            models.Index(Upper("title").desc(), F("pages"), name="book_upper_title_pages"),
        ]
        constraints = [
            models.CheckConstraint(check=Q(pages__gte=1) & Q(edition__lte=50),
                                   name="book_sane_counts"),
            models.UniqueConstraint(fields=["publisher", "title"],
                                    name="book_title_per_publisher"),
            models.UniqueConstraint(fields=["title"], condition=Q(edition=1),
                                    name="book_first_edition_title"),
            models.CheckConstraint(check=Q(in_print=False) | ~Q(title="") & Q(pages__gte=1),
                                   name="book_titled_in_print"),
        ]


class Chapter(models.Model):
    book = models.ForeignKey(Book, models.CASCADE)
    number = models.PositiveSmallIntegerField()
    heading = models.CharField(max_length=120, db_column="title_text")
    body = models.TextField(db_index=True)
    reviewer = models.ForeignKey(Author, models.SET_NULL, null=True, to_field="uid",
                                 related_name="reviewed_chapters")

    class Meta:
        unique_together = [("book", "number")]


# Its table name is longer than PostgreSQL's and MySQL's limits: Django shortens it with a hash.
class TranslationRightsGrantedBetweenPublishersAndForeignPublishingHouses(models.Model):
    publisher = models.ForeignKey(Publisher, models.CASCADE)
    language = models.CharField(max_length=8, db_index=True)


class BestSeller(Book):
    class Meta:
        proxy = True


class LegacyRoyalty(models.Model):
    amount = models.IntegerField()

    class Meta:
        managed = False
