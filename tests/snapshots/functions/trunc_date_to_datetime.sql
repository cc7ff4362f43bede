query: Customer.objects.annotate(h=Trunc("joined", "month", output_field=DateTimeField())).values_list("id", "h")

[sqlite]
error[bad_lookup]: Trunc() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 35
  | Customer.objects.annotate(h=Trunc("joined", "month", output_field=DateTimeField())).values_list("id", "h")
  |                                   ^^^^^^^^

[postgresql]
error[bad_lookup]: Trunc() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 35
  | Customer.objects.annotate(h=Trunc("joined", "month", output_field=DateTimeField())).values_list("id", "h")
  |                                   ^^^^^^^^

[mysql]
error[bad_lookup]: Trunc() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 35
  | Customer.objects.annotate(h=Trunc("joined", "month", output_field=DateTimeField())).values_list("id", "h")
  |                                   ^^^^^^^^

[oracle]
error[bad_lookup]: Trunc() cannot truncate a DateField to a time or a DateTimeField
 --> line 1, column 35
  | Customer.objects.annotate(h=Trunc("joined", "month", output_field=DateTimeField())).values_list("id", "h")
  |                                   ^^^^^^^^
