query: Customer.objects.annotate(x=Collate("name", "a b")).values_list("id", "x")

[sqlite]
error[bad_argument]: Collate(): invalid collation name
 --> line 1, column 45
  | Customer.objects.annotate(x=Collate("name", "a b")).values_list("id", "x")
  |                                             ^^^^^

[postgresql]
error[bad_argument]: Collate(): invalid collation name
 --> line 1, column 45
  | Customer.objects.annotate(x=Collate("name", "a b")).values_list("id", "x")
  |                                             ^^^^^

[mysql]
error[bad_argument]: Collate(): invalid collation name
 --> line 1, column 45
  | Customer.objects.annotate(x=Collate("name", "a b")).values_list("id", "x")
  |                                             ^^^^^

[oracle]
error[bad_argument]: Collate(): invalid collation name
 --> line 1, column 45
  | Customer.objects.annotate(x=Collate("name", "a b")).values_list("id", "x")
  |                                             ^^^^^
