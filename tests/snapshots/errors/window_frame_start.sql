query: Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=1)))

[sqlite]
error[bad_argument]: a frame's start must be a negative integer, zero, or None
 --> line 1, column 94
  | Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=1)))
  |                                                                                              ^

[postgresql]
error[bad_argument]: a frame's start must be a negative integer, zero, or None
 --> line 1, column 94
  | Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=1)))
  |                                                                                              ^

[mysql]
error[bad_argument]: a frame's start must be a negative integer, zero, or None
 --> line 1, column 94
  | Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=1)))
  |                                                                                              ^

[oracle]
error[bad_argument]: a frame's start must be a negative integer, zero, or None
 --> line 1, column 94
  | Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=1)))
  |                                                                                              ^
