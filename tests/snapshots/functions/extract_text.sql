query: Customer.objects.annotate(h=ExtractYear("name")).values_list("id", "h")

[sqlite]
error[bad_lookup]: ExtractYear() needs a DateField, DateTimeField, TimeField or DurationField, not CharField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractYear("name")).values_list("id", "h")
  |                                         ^^^^^^

[postgresql]
error[bad_lookup]: ExtractYear() needs a DateField, DateTimeField, TimeField or DurationField, not CharField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractYear("name")).values_list("id", "h")
  |                                         ^^^^^^

[mysql]
error[bad_lookup]: ExtractYear() needs a DateField, DateTimeField, TimeField or DurationField, not CharField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractYear("name")).values_list("id", "h")
  |                                         ^^^^^^

[oracle]
error[bad_lookup]: ExtractYear() needs a DateField, DateTimeField, TimeField or DurationField, not CharField
 --> line 1, column 41
  | Customer.objects.annotate(h=ExtractYear("name")).values_list("id", "h")
  |                                         ^^^^^^
