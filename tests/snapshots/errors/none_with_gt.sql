query: Product.objects.filter(stock__gt=None)

[sqlite]
error[bad_value]: None cannot be used with the 'gt' lookup
 --> line 1, column 34
  | Product.objects.filter(stock__gt=None)
  |                                  ^^^^

[postgresql]
error[bad_value]: None cannot be used with the 'gt' lookup
 --> line 1, column 34
  | Product.objects.filter(stock__gt=None)
  |                                  ^^^^

[mysql]
error[bad_value]: None cannot be used with the 'gt' lookup
 --> line 1, column 34
  | Product.objects.filter(stock__gt=None)
  |                                  ^^^^

[oracle]
error[bad_value]: None cannot be used with the 'gt' lookup
 --> line 1, column 34
  | Product.objects.filter(stock__gt=None)
  |                                  ^^^^
