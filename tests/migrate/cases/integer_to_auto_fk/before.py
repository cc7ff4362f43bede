from django.db import models

class Author(models.Model):
    id = models.IntegerField(primary_key=True)
    name = models.CharField(max_length=60)


class Book(models.Model):
    title = models.CharField(max_length=80)
    author = models.ForeignKey(Author, models.CASCADE)
