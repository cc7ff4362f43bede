query: Product.objects.filter(pk__in=[]).update(stock=1)

[sqlite]
runs no statement (Django's result without a query)

[postgresql]
runs no statement (Django's result without a query)

[mysql]
runs no statement (Django's result without a query)

[oracle]
runs no statement (Django's result without a query)
