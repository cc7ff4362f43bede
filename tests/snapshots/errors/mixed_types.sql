query: Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0)))

[sqlite]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 48
  | Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0)))
  |                                                ^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 48
  | Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0)))
  |                                                ^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 48
  | Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0)))
  |                                                ^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 48
  | Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0)))
  |                                                ^^^^^^^^^^^^^^^^^^^^^^^
