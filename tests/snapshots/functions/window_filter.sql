query: Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3).values_list("id", flat=True)

[sqlite]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3).values_list("id", flat=True)
  |                                                                                ^^^^^^

[postgresql]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3).values_list("id", flat=True)
  |                                                                                ^^^^^^

[mysql]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3).values_list("id", flat=True)
  |                                                                                ^^^^^^

[oracle]
error[bad_argument]: a window expression is not allowed in filter()
 --> line 1, column 80
  | Product.objects.annotate(r=Window(RowNumber(), order_by=F("id").asc())).filter(r__lte=3).values_list("id", flat=True)
  |                                                                                ^^^^^^
