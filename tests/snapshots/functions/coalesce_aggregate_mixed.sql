query: Customer.objects.annotate(x=Coalesce(Sum("orders__total"), Value(0))).values_list("id", "x")

[sqlite]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce(Sum("orders__total"), Value(0))).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce(Sum("orders__total"), Value(0))).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce(Sum("orders__total"), Value(0))).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 29
  | Customer.objects.annotate(x=Coalesce(Sum("orders__total"), Value(0))).values_list("id", "x")
  |                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
