query: Product.objects.all()[:3].in_bulk([1])

[sqlite]
error[bad_argument]: cannot use 'limit' or 'offset' with in_bulk()
 --> line 1, column 27
  | Product.objects.all()[:3].in_bulk([1])
  |                           ^^^^^^^

[postgresql]
error[bad_argument]: cannot use 'limit' or 'offset' with in_bulk()
 --> line 1, column 27
  | Product.objects.all()[:3].in_bulk([1])
  |                           ^^^^^^^

[mysql]
error[bad_argument]: cannot use 'limit' or 'offset' with in_bulk()
 --> line 1, column 27
  | Product.objects.all()[:3].in_bulk([1])
  |                           ^^^^^^^

[oracle]
error[bad_argument]: cannot use 'limit' or 'offset' with in_bulk()
 --> line 1, column 27
  | Product.objects.all()[:3].in_bulk([1])
  |                           ^^^^^^^
