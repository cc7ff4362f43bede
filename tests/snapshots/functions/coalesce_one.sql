query: Customer.objects.annotate(x=Coalesce("email")).values_list("id", "x")

[sqlite]
error[bad_argument]: Coalesce() takes 2 to 64 arguments, got 1
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce("email")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: Coalesce() takes 2 to 64 arguments, got 1
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce("email")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: Coalesce() takes 2 to 64 arguments, got 1
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce("email")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: Coalesce() takes 2 to 64 arguments, got 1
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce("email")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^
