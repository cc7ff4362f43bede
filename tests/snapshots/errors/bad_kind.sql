query: Order.objects.annotate(t=Trunc("placed", "fortnight"))

[sqlite]
error[bad_argument]: unknown kind 'fortnight' on Trunc
 --> line 1, column 42
  | Order.objects.annotate(t=Trunc("placed", "fortnight"))
  |                                          ^^^^^^^^^^^

[postgresql]
error[bad_argument]: unknown kind 'fortnight' on Trunc
 --> line 1, column 42
  | Order.objects.annotate(t=Trunc("placed", "fortnight"))
  |                                          ^^^^^^^^^^^

[mysql]
error[bad_argument]: unknown kind 'fortnight' on Trunc
 --> line 1, column 42
  | Order.objects.annotate(t=Trunc("placed", "fortnight"))
  |                                          ^^^^^^^^^^^

[oracle]
error[bad_argument]: unknown kind 'fortnight' on Trunc
 --> line 1, column 42
  | Order.objects.annotate(t=Trunc("placed", "fortnight"))
  |                                          ^^^^^^^^^^^
