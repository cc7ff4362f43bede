query: Product.objects.filter(stock__lt=5).update()

[sqlite]
runs no statement (Django's result without a query)

[postgresql]
runs no statement (Django's result without a query)

[mysql]
runs no statement (Django's result without a query)

[oracle]
runs no statement (Django's result without a query)
