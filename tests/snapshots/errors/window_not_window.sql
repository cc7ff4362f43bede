query: Product.objects.annotate(x=Window(Upper("name")))

[sqlite]
error[bad_argument]: Window() takes an aggregate or a window function (RowNumber(), Rank(), Lag(), ...)
 --> line 1, column 35
  | Product.objects.annotate(x=Window(Upper("name")))
  |                                   ^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: Window() takes an aggregate or a window function (RowNumber(), Rank(), Lag(), ...)
 --> line 1, column 35
  | Product.objects.annotate(x=Window(Upper("name")))
  |                                   ^^^^^^^^^^^^^

[mysql]
error[bad_argument]: Window() takes an aggregate or a window function (RowNumber(), Rank(), Lag(), ...)
 --> line 1, column 35
  | Product.objects.annotate(x=Window(Upper("name")))
  |                                   ^^^^^^^^^^^^^

[oracle]
error[bad_argument]: Window() takes an aggregate or a window function (RowNumber(), Rank(), Lag(), ...)
 --> line 1, column 35
  | Product.objects.annotate(x=Window(Upper("name")))
  |                                   ^^^^^^^^^^^^^
