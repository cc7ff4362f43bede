from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=40)


class Product(models.Model):
    name = models.CharField(max_length=50)
    # MariaDB: the key is dropped, then InnoDB's index of it, and the key made again.
    category = models.ForeignKey(Category, on_delete=models.CASCADE, db_index=False)
