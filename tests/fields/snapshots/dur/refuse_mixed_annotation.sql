query: Event.objects.annotate(later=F("starts") + timedelta(days=1)).values_list("later", flat=True)

[sqlite]
error[bad_argument]: expression contains mixed types: DateTimeField, DurationField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(later=F("starts") + timedelta(days=1)).values_list("later", flat=True)
  |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: DateTimeField, DurationField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(later=F("starts") + timedelta(days=1)).values_list("later", flat=True)
  |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: DateTimeField, DurationField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(later=F("starts") + timedelta(days=1)).values_list("later", flat=True)
  |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: DateTimeField, DurationField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(later=F("starts") + timedelta(days=1)).values_list("later", flat=True)
  |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
