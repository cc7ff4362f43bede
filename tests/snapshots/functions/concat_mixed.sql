query: Customer.objects.annotate(x=Concat("name", "id")).values_list("id", "x")

[sqlite]
error[bad_argument]: expression contains mixed types: CharField, AutoField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Concat("name", "id")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: CharField, AutoField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Concat("name", "id")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: CharField, AutoField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Concat("name", "id")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: CharField, AutoField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Concat("name", "id")).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^
