# SPDX-License-Identifier: MIT
from django.db import models


class Supplier(models.Model):
    name = models.CharField(max_length=30, unique=True)


class Product(models.Model):
    title = models.CharField(max_length=30)
    supplier = models.ForeignKey(Supplier, models.CASCADE)
    backup = models.ForeignKey(Supplier, models.SET_NULL, null=True, related_name='backups')


class Order(models.Model):
    product = models.ForeignKey(Product, models.CASCADE)
    supplier = models.ForeignKey(Supplier, models.PROTECT, to_field='name')
