query: Order.objects.get(pk=1).customer

[sqlite]
error[bad_argument]: 'customer' of a Order instance is a Customer object, not a related manager
 --> line 1, column 25
  | Order.objects.get(pk=1).customer
  |                         ^^^^^^^^

[postgresql]
error[bad_argument]: 'customer' of a Order instance is a Customer object, not a related manager
 --> line 1, column 25
  | Order.objects.get(pk=1).customer
  |                         ^^^^^^^^

[mysql]
error[bad_argument]: 'customer' of a Order instance is a Customer object, not a related manager
 --> line 1, column 25
  | Order.objects.get(pk=1).customer
  |                         ^^^^^^^^

[oracle]
error[bad_argument]: 'customer' of a Order instance is a Customer object, not a related manager
 --> line 1, column 25
  | Order.objects.get(pk=1).customer
  |                         ^^^^^^^^
