from django.db import models

class Tag(models.Model):
    label = models.SlugField(unique=True)


class Tagging(models.Model):
    product = models.ForeignKey('Product', on_delete=models.CASCADE)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE)


class Product(models.Model):
    name = models.CharField(max_length=50)
    tags = models.ManyToManyField(Tag, through=Tagging)
