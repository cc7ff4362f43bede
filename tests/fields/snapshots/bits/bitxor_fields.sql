query: Event.objects.annotate(x=F("flags").bitxor(F("venue_id"))).values_list("id", "x")

[sqlite]
error[bad_argument]: expression contains mixed types: IntegerField, ForeignKey; set output_field
 --> line 1, column 26
  | Event.objects.annotate(x=F("flags").bitxor(F("venue_id"))).values_list("id", "x")
  |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: IntegerField, ForeignKey; set output_field
 --> line 1, column 26
  | Event.objects.annotate(x=F("flags").bitxor(F("venue_id"))).values_list("id", "x")
  |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: IntegerField, ForeignKey; set output_field
 --> line 1, column 26
  | Event.objects.annotate(x=F("flags").bitxor(F("venue_id"))).values_list("id", "x")
  |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[unsupported]: oracle does not support the operator bitxor()
 --> line 1, column 26
  | Event.objects.annotate(x=F("flags").bitxor(F("venue_id"))).values_list("id", "x")
  |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
