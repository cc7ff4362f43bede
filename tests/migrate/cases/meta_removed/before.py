from django.db import models

class Category(models.Model):
    name = models.CharField(max_length=40)


class Product(models.Model):
    name = models.CharField(max_length=50)
    price = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    category = models.ForeignKey(Category, on_delete=models.CASCADE)

    class Meta:
        unique_together = [('name', 'category')]
        index_together = [('price', 'name')]
        indexes = [
            models.Index(fields=['-price'], name='product_price_desc'),
            models.Index(fields=['name'], condition=models.Q(price__gte=1000), name='product_pricey'),
        ]
        constraints = [
            models.CheckConstraint(check=models.Q(price__gte=0) & ~models.Q(name=''), name='product_sane'),
            models.UniqueConstraint(fields=['name'], condition=models.Q(price__isnull=True), name='product_unpriced_name'),
        ]
