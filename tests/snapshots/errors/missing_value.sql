query: Product.objects.filter(stock__gt=)

[sqlite]
error[syntax]: expected expression, found ')'
 --> line 1, column 34
  | Product.objects.filter(stock__gt=)
  |                                  ^

[postgresql]
error[syntax]: expected expression, found ')'
 --> line 1, column 34
  | Product.objects.filter(stock__gt=)
  |                                  ^

[mysql]
error[syntax]: expected expression, found ')'
 --> line 1, column 34
  | Product.objects.filter(stock__gt=)
  |                                  ^

[oracle]
error[syntax]: expected expression, found ')'
 --> line 1, column 34
  | Product.objects.filter(stock__gt=)
  |                                  ^
