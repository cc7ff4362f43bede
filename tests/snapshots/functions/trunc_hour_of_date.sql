query: Customer.objects.annotate(h=TruncHour("joined")).values_list("id", "h")

[sqlite]
error[bad_lookup]: TruncHour() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 39
  | Customer.objects.annotate(h=TruncHour("joined")).values_list("id", "h")
  |                                       ^^^^^^^^

[postgresql]
error[bad_lookup]: TruncHour() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 39
  | Customer.objects.annotate(h=TruncHour("joined")).values_list("id", "h")
  |                                       ^^^^^^^^

[mysql]
error[bad_lookup]: TruncHour() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 39
  | Customer.objects.annotate(h=TruncHour("joined")).values_list("id", "h")
  |                                       ^^^^^^^^

[oracle]
error[bad_lookup]: TruncHour() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 39
  | Customer.objects.annotate(h=TruncHour("joined")).values_list("id", "h")
  |                                       ^^^^^^^^
