query: Product.objects.filtr(name="x")

[sqlite]
error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?
 --> line 1, column 17
  | Product.objects.filtr(name="x")
  |                 ^^^^^

[postgresql]
error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?
 --> line 1, column 17
  | Product.objects.filtr(name="x")
  |                 ^^^^^

[mysql]
error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?
 --> line 1, column 17
  | Product.objects.filtr(name="x")
  |                 ^^^^^

[oracle]
error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?
 --> line 1, column 17
  | Product.objects.filtr(name="x")
  |                 ^^^^^
