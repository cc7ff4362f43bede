query: Product.objects.filter(category__name="Phones", id__in=[]).update(active=False)

[sqlite]
runs no statement (Django's result without a query)

[postgresql]
runs no statement (Django's result without a query)

[mysql]
runs no statement (Django's result without a query)

[oracle]
runs no statement (Django's result without a query)
