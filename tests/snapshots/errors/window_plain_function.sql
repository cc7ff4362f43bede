query: Product.objects.annotate(x=RowNumber())

[sqlite]
error[bad_argument]: RowNumber() is a window function: use it inside Window()
 --> line 1, column 28
  | Product.objects.annotate(x=RowNumber())
  |                            ^^^^^^^^^^^

[postgresql]
error[bad_argument]: RowNumber() is a window function: use it inside Window()
 --> line 1, column 28
  | Product.objects.annotate(x=RowNumber())
  |                            ^^^^^^^^^^^

[mysql]
error[bad_argument]: RowNumber() is a window function: use it inside Window()
 --> line 1, column 28
  | Product.objects.annotate(x=RowNumber())
  |                            ^^^^^^^^^^^

[oracle]
error[bad_argument]: RowNumber() is a window function: use it inside Window()
 --> line 1, column 28
  | Product.objects.annotate(x=RowNumber())
  |                            ^^^^^^^^^^^
