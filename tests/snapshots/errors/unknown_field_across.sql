query: Product.objects.filter(category__titel="x")

[sqlite]
error[unknown_field]: unknown field 'titel' on Category
 --> line 1, column 24
  | Product.objects.filter(category__titel="x")
  |                        ^^^^^^^^^^^^^^^

[postgresql]
error[unknown_field]: unknown field 'titel' on Category
 --> line 1, column 24
  | Product.objects.filter(category__titel="x")
  |                        ^^^^^^^^^^^^^^^

[mysql]
error[unknown_field]: unknown field 'titel' on Category
 --> line 1, column 24
  | Product.objects.filter(category__titel="x")
  |                        ^^^^^^^^^^^^^^^

[oracle]
error[unknown_field]: unknown field 'titel' on Category
 --> line 1, column 24
  | Product.objects.filter(category__titel="x")
  |                        ^^^^^^^^^^^^^^^
