query: Product.objects.filter(name="x"

[sqlite]
error[syntax]: expected ')' or ',' after argument, found end of input
 --> line 1, column 32
  | Product.objects.filter(name="x"
  |                                ^

[postgresql]
error[syntax]: expected ')' or ',' after argument, found end of input
 --> line 1, column 32
  | Product.objects.filter(name="x"
  |                                ^

[mysql]
error[syntax]: expected ')' or ',' after argument, found end of input
 --> line 1, column 32
  | Product.objects.filter(name="x"
  |                                ^

[oracle]
error[syntax]: expected ')' or ',' after argument, found end of input
 --> line 1, column 32
  | Product.objects.filter(name="x"
  |                                ^
