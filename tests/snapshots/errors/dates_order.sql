query: Order.objects.dates("placed", "month", order="UP")

[sqlite]
error[bad_argument]: order must be 'ASC' or 'DESC'
 --> line 1, column 46
  | Order.objects.dates("placed", "month", order="UP")
  |                                              ^^^^

[postgresql]
error[bad_argument]: order must be 'ASC' or 'DESC'
 --> line 1, column 46
  | Order.objects.dates("placed", "month", order="UP")
  |                                              ^^^^

[mysql]
error[bad_argument]: order must be 'ASC' or 'DESC'
 --> line 1, column 46
  | Order.objects.dates("placed", "month", order="UP")
  |                                              ^^^^

[oracle]
error[bad_argument]: order must be 'ASC' or 'DESC'
 --> line 1, column 46
  | Order.objects.dates("placed", "month", order="UP")
  |                                              ^^^^
