"""A small library catalogue: the schema of the README's demo."""
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
    country = models.CharField(max_length=2, blank=True)
    born = models.DateField(null=True)

    def __str__(self):
        return self.name


class Tag(models.Model):
    name = models.SlugField(max_length=40, unique=True)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    pages = models.IntegerField()
    chapters = models.IntegerField(default=1)
    published = models.DateField()
    price = models.DecimalField(max_digits=8, decimal_places=2)
    tags = models.ManyToManyField(Tag, related_name="books")

    class Meta:
        ordering = ["title"]


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveIntegerField()
    comment = models.TextField(blank=True)
    created = models.DateTimeField()
