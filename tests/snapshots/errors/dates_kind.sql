query: Order.objects.dates("placed", "hour")

[sqlite]
error[bad_argument]: dates()'s kind must be year, month, week or day
 --> line 1, column 31
  | Order.objects.dates("placed", "hour")
  |                               ^^^^^^

[postgresql]
error[bad_argument]: dates()'s kind must be year, month, week or day
 --> line 1, column 31
  | Order.objects.dates("placed", "hour")
  |                               ^^^^^^

[mysql]
error[bad_argument]: dates()'s kind must be year, month, week or day
 --> line 1, column 31
  | Order.objects.dates("placed", "hour")
  |                               ^^^^^^

[oracle]
error[bad_argument]: dates()'s kind must be year, month, week or day
 --> line 1, column 31
  | Order.objects.dates("placed", "hour")
  |                               ^^^^^^
