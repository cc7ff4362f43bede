query: Product.objects.annotate(name=Count("id"))

[sqlite]
error[bad_argument]: the annotation 'name' conflicts with a field on Product
 --> line 1, column 26
  | Product.objects.annotate(name=Count("id"))
  |                          ^^^^

[postgresql]
error[bad_argument]: the annotation 'name' conflicts with a field on Product
 --> line 1, column 26
  | Product.objects.annotate(name=Count("id"))
  |                          ^^^^

[mysql]
error[bad_argument]: the annotation 'name' conflicts with a field on Product
 --> line 1, column 26
  | Product.objects.annotate(name=Count("id"))
  |                          ^^^^

[oracle]
error[bad_argument]: the annotation 'name' conflicts with a field on Product
 --> line 1, column 26
  | Product.objects.annotate(name=Count("id"))
  |                          ^^^^
