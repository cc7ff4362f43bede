query: Product.objects.all() extra

[sqlite]
error[syntax]: unexpected 'extra' after the query
 --> line 1, column 23
  | Product.objects.all() extra
  |                       ^^^^^

[postgresql]
error[syntax]: unexpected 'extra' after the query
 --> line 1, column 23
  | Product.objects.all() extra
  |                       ^^^^^

[mysql]
error[syntax]: unexpected 'extra' after the query
 --> line 1, column 23
  | Product.objects.all() extra
  |                       ^^^^^

[oracle]
error[syntax]: unexpected 'extra' after the query
 --> line 1, column 23
  | Product.objects.all() extra
  |                       ^^^^^
