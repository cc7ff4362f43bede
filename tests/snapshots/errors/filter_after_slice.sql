query: Product.objects.all()[:5].filter(stock=1)

[sqlite]
error[bad_argument]: cannot use filter() once a slice has been taken
 --> line 1, column 27
  | Product.objects.all()[:5].filter(stock=1)
  |                           ^^^^^^

[postgresql]
error[bad_argument]: cannot use filter() once a slice has been taken
 --> line 1, column 27
  | Product.objects.all()[:5].filter(stock=1)
  |                           ^^^^^^

[mysql]
error[bad_argument]: cannot use filter() once a slice has been taken
 --> line 1, column 27
  | Product.objects.all()[:5].filter(stock=1)
  |                           ^^^^^^

[oracle]
error[bad_argument]: cannot use filter() once a slice has been taken
 --> line 1, column 27
  | Product.objects.all()[:5].filter(stock=1)
  |                           ^^^^^^
