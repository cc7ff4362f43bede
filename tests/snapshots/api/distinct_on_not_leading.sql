query: Customer.objects.distinct("country").order_by("name")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("name")
  |                  ^^^^^^^^

[postgresql]
error[bad_argument]: distinct(*fields) must lead order_by(): SELECT DISTINCT ON expressions must match initial ORDER BY expressions
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("name")
  |                  ^^^^^^^^

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("name")
  |                  ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 18
  | Customer.objects.distinct("country").order_by("name")
  |                  ^^^^^^^^
