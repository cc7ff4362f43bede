query: Customer.objects.annotate(x=Substr("name", 0)).values_list("id", "x")

[sqlite]
error[bad_argument]: Substr(): 'pos' must be at least 1
 --> line 1, column 44
  | Customer.objects.annotate(x=Substr("name", 0)).values_list("id", "x")
  |                                            ^

[postgresql]
error[bad_argument]: Substr(): 'pos' must be at least 1
 --> line 1, column 44
  | Customer.objects.annotate(x=Substr("name", 0)).values_list("id", "x")
  |                                            ^

[mysql]
error[bad_argument]: Substr(): 'pos' must be at least 1
 --> line 1, column 44
  | Customer.objects.annotate(x=Substr("name", 0)).values_list("id", "x")
  |                                            ^

[oracle]
error[bad_argument]: Substr(): 'pos' must be at least 1
 --> line 1, column 44
  | Customer.objects.annotate(x=Substr("name", 0)).values_list("id", "x")
  |                                            ^
