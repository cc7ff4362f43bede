query: Product.objects.filter(stock="many")

[sqlite]
error[bad_value]: field 'stock' expected a number, got 'many'
 --> line 1, column 30
  | Product.objects.filter(stock="many")
  |                              ^^^^^^

[postgresql]
error[bad_value]: field 'stock' expected a number, got 'many'
 --> line 1, column 30
  | Product.objects.filter(stock="many")
  |                              ^^^^^^

[mysql]
error[bad_value]: field 'stock' expected a number, got 'many'
 --> line 1, column 30
  | Product.objects.filter(stock="many")
  |                              ^^^^^^

[oracle]
error[bad_value]: field 'stock' expected a number, got 'many'
 --> line 1, column 30
  | Product.objects.filter(stock="many")
  |                              ^^^^^^
