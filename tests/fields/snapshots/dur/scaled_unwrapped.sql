query: Event.objects.annotate(twice=F("length") * 2).values_list("id", "twice")

[sqlite]
error[unsupported]: sqlite does not support a duration multiplied or divided by a number
 --> line 1, column 30
  | Event.objects.annotate(twice=F("length") * 2).values_list("id", "twice")
  |                              ^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: DurationField, IntegerField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(twice=F("length") * 2).values_list("id", "twice")
  |                              ^^^^^^^^^^^^^^^

[mysql]
error[unsupported]: mysql does not support a duration multiplied or divided by a number
 --> line 1, column 30
  | Event.objects.annotate(twice=F("length") * 2).values_list("id", "twice")
  |                              ^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: DurationField, IntegerField; set output_field
 --> line 1, column 30
  | Event.objects.annotate(twice=F("length") * 2).values_list("id", "twice")
  |                              ^^^^^^^^^^^^^^^
