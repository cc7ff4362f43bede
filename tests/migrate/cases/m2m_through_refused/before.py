from django.db import models

class Tag(models.Model):
    label = models.SlugField(unique=True)


class Product(models.Model):
    name = models.CharField(max_length=50)
    tags = models.ManyToManyField(Tag)
