query: Product.objects.filter(name__year=2020)

[sqlite]
error[bad_lookup]: unsupported transform 'year' for CharField 'name'
 --> line 1, column 24
  | Product.objects.filter(name__year=2020)
  |                        ^^^^^^^^^^

[postgresql]
error[bad_lookup]: unsupported transform 'year' for CharField 'name'
 --> line 1, column 24
  | Product.objects.filter(name__year=2020)
  |                        ^^^^^^^^^^

[mysql]
error[bad_lookup]: unsupported transform 'year' for CharField 'name'
 --> line 1, column 24
  | Product.objects.filter(name__year=2020)
  |                        ^^^^^^^^^^

[oracle]
error[bad_lookup]: unsupported transform 'year' for CharField 'name'
 --> line 1, column 24
  | Product.objects.filter(name__year=2020)
  |                        ^^^^^^^^^^
