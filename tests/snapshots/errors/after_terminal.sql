query: Product.objects.count().filter(stock=1)

[sqlite]
error[bad_argument]: filter() cannot follow count(), which ends the query
 --> line 1, column 25
  | Product.objects.count().filter(stock=1)
  |                         ^^^^^^

[postgresql]
error[bad_argument]: filter() cannot follow count(), which ends the query
 --> line 1, column 25
  | Product.objects.count().filter(stock=1)
  |                         ^^^^^^

[mysql]
error[bad_argument]: filter() cannot follow count(), which ends the query
 --> line 1, column 25
  | Product.objects.count().filter(stock=1)
  |                         ^^^^^^

[oracle]
error[bad_argument]: filter() cannot follow count(), which ends the query
 --> line 1, column 25
  | Product.objects.count().filter(stock=1)
  |                         ^^^^^^
