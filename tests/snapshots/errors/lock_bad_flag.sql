query: Product.objects.select_for_update(nowait="yes")

[sqlite]
error[bad_argument]: select_for_update(nowait=) takes True or False
 --> line 1, column 42
  | Product.objects.select_for_update(nowait="yes")
  |                                          ^^^^^

[postgresql]
error[bad_argument]: select_for_update(nowait=) takes True or False
 --> line 1, column 42
  | Product.objects.select_for_update(nowait="yes")
  |                                          ^^^^^

[mysql]
error[bad_argument]: select_for_update(nowait=) takes True or False
 --> line 1, column 42
  | Product.objects.select_for_update(nowait="yes")
  |                                          ^^^^^

[oracle]
error[bad_argument]: select_for_update(nowait=) takes True or False
 --> line 1, column 42
  | Product.objects.select_for_update(nowait="yes")
  |                                          ^^^^^
