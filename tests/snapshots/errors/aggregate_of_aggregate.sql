query: Customer.objects.annotate(n=Sum(Count("orders")))

[sqlite]
error[bad_argument]: cannot compute Sum() over an aggregate: the argument is already aggregated
 --> line 1, column 33
  | Customer.objects.annotate(n=Sum(Count("orders")))
  |                                 ^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: cannot compute Sum() over an aggregate: the argument is already aggregated
 --> line 1, column 33
  | Customer.objects.annotate(n=Sum(Count("orders")))
  |                                 ^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: cannot compute Sum() over an aggregate: the argument is already aggregated
 --> line 1, column 33
  | Customer.objects.annotate(n=Sum(Count("orders")))
  |                                 ^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: cannot compute Sum() over an aggregate: the argument is already aggregated
 --> line 1, column 33
  | Customer.objects.annotate(n=Sum(Count("orders")))
  |                                 ^^^^^^^^^^^^^^^
