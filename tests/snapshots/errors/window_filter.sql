query: Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3)

[sqlite]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3)
  |                                                                                ^^^^^^

[postgresql]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3)
  |                                                                                ^^^^^^

[mysql]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3)
  |                                                                                ^^^^^^

[oracle]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3)
  |                                                                                ^^^^^^
