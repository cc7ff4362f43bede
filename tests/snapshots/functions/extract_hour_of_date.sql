query: Customer.objects.annotate(h=ExtractHour("joined")).values_list("id", "h")

[sqlite]
error[bad_lookup]: ExtractHour() cannot extract a time component from a DateField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractHour("joined")).values_list("id", "h")
  |                                         ^^^^^^^^

[postgresql]
error[bad_lookup]: ExtractHour() cannot extract a time component from a DateField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractHour("joined")).values_list("id", "h")
  |                                         ^^^^^^^^

[mysql]
error[bad_lookup]: ExtractHour() cannot extract a time component from a DateField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractHour("joined")).values_list("id", "h")
  |                                         ^^^^^^^^

[oracle]
error[bad_lookup]: ExtractHour() cannot extract a time component from a DateField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractHour("joined")).values_list("id", "h")
  |                                         ^^^^^^^^
