from django.db import models


class Product(models.Model):
    # Type and NULL change together (PostgreSQL: one ALTER TABLE), and a type change with the
    # default that fills the NULLs.
    name = models.CharField(max_length=80, null=True)
    qty = models.BigIntegerField(default=0)
