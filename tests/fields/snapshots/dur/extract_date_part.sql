query: Event.objects.annotate(y=ExtractYear("length")).values_list("id", "y")

[sqlite]
error[unsupported]: sqlite does not support ExtractYear() of a DurationField
 --> line 1, column 26
  | Event.objects.annotate(y=ExtractYear("length")).values_list("id", "y")
  |                          ^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_lookup]: ExtractYear() cannot extract a date component from a DurationField
 --> line 1, column 38
  | Event.objects.annotate(y=ExtractYear("length")).values_list("id", "y")
  |                                      ^^^^^^^^

[mysql]
error[unsupported]: mysql does not support ExtractYear() of a DurationField
 --> line 1, column 26
  | Event.objects.annotate(y=ExtractYear("length")).values_list("id", "y")
  |                          ^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_lookup]: ExtractYear() cannot extract a date component from a DurationField
 --> line 1, column 38
  | Event.objects.annotate(y=ExtractYear("length")).values_list("id", "y")
  |                                      ^^^^^^^^
