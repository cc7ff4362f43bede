query: Product.objects.annotate(r=Window(Rank(), order_by="id"))

[sqlite]
error[bad_argument]: order_by= takes an expression such as F("x").desc(), or a list
 --> line 1, column 52
  | Product.objects.annotate(r=Window(Rank(), order_by="id"))
  |                                                    ^^^^

[postgresql]
error[bad_argument]: order_by= takes an expression such as F("x").desc(), or a list
 --> line 1, column 52
  | Product.objects.annotate(r=Window(Rank(), order_by="id"))
  |                                                    ^^^^

[mysql]
error[bad_argument]: order_by= takes an expression such as F("x").desc(), or a list
 --> line 1, column 52
  | Product.objects.annotate(r=Window(Rank(), order_by="id"))
  |                                                    ^^^^

[oracle]
error[bad_argument]: order_by= takes an expression such as F("x").desc(), or a list
 --> line 1, column 52
  | Product.objects.annotate(r=Window(Rank(), order_by="id"))
  |                                                    ^^^^
