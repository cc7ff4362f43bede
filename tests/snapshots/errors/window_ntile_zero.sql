query: Product.objects.annotate(b=Window(Ntile(0), order_by=F("id").asc()))

[sqlite]
error[bad_argument]: Ntile(): 'num_buckets' must be at least 1
 --> line 1, column 41
  | Product.objects.annotate(b=Window(Ntile(0), order_by=F("id").asc()))
  |                                         ^

[postgresql]
error[bad_argument]: Ntile(): 'num_buckets' must be at least 1
 --> line 1, column 41
  | Product.objects.annotate(b=Window(Ntile(0), order_by=F("id").asc()))
  |                                         ^

[mysql]
error[bad_argument]: Ntile(): 'num_buckets' must be at least 1
 --> line 1, column 41
  | Product.objects.annotate(b=Window(Ntile(0), order_by=F("id").asc()))
  |                                         ^

[oracle]
error[bad_argument]: Ntile(): 'num_buckets' must be at least 1
 --> line 1, column 41
  | Product.objects.annotate(b=Window(Ntile(0), order_by=F("id").asc()))
  |                                         ^
