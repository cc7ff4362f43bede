query: Product.objects.bulk_update([], ["stock", "price"])

[sqlite]
runs no statement (Django's result without a query)

[postgresql]
runs no statement (Django's result without a query)

[mysql]
runs no statement (Django's result without a query)

[oracle]
runs no statement (Django's result without a query)
