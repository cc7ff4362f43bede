from django.db import models

class Tag(models.Model):
    label = models.SlugField(unique=True)


class Label(models.Model):
    id = models.BigAutoField(primary_key=True)
    text = models.CharField(max_length=30)


class Product(models.Model):
    name = models.CharField(max_length=50)
    tags = models.ManyToManyField(Label)
