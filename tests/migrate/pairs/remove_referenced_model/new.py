# SPDX-License-Identifier: MIT
from django.db import models


class Product(models.Model):
    title = models.CharField(max_length=30)


class Order(models.Model):
    product = models.ForeignKey(Product, models.CASCADE)
