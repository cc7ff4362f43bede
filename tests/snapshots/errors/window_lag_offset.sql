query: Product.objects.annotate(p=Window(Lag("stock", offset=0), order_by=F("id").asc()))

[sqlite]
error[bad_argument]: Lag(): 'offset' must be at least 1
 --> line 1, column 55
  | Product.objects.annotate(p=Window(Lag("stock", offset=0), order_by=F("id").asc()))
  |                                                       ^

[postgresql]
error[bad_argument]: Lag(): 'offset' must be at least 1
 --> line 1, column 55
  | Product.objects.annotate(p=Window(Lag("stock", offset=0), order_by=F("id").asc()))
  |                                                       ^

[mysql]
error[bad_argument]: Lag(): 'offset' must be at least 1
 --> line 1, column 55
  | Product.objects.annotate(p=Window(Lag("stock", offset=0), order_by=F("id").asc()))
  |                                                       ^

[oracle]
error[bad_argument]: Lag(): 'offset' must be at least 1
 --> line 1, column 55
  | Product.objects.annotate(p=Window(Lag("stock", offset=0), order_by=F("id").asc()))
  |                                                       ^
