query: Product.objects.annotate(x=Greatest("price", "stock")).values_list("id", "x")

[sqlite]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 28
  | Product.objects.annotate(x=Greatest("price", "stock")).values_list("id", "x")
  |                            ^^^^^^^^^^^^^^^^^^^^^^^^^^

[postgresql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 28
  | Product.objects.annotate(x=Greatest("price", "stock")).values_list("id", "x")
  |                            ^^^^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 28
  | Product.objects.annotate(x=Greatest("price", "stock")).values_list("id", "x")
  |                            ^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
error[bad_argument]: expression contains mixed types: DecimalField, IntegerField; set output_field
 --> line 1, column 28
  | Product.objects.annotate(x=Greatest("price", "stock")).values_list("id", "x")
  |                            ^^^^^^^^^^^^^^^^^^^^^^^^^^
