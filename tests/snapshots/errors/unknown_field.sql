query: Product.objects.filter(nmae="x")

[sqlite]
error[unknown_field]: unknown field 'nmae' on Product; did you mean 'name'?
 --> line 1, column 24
  | Product.objects.filter(nmae="x")
  |                        ^^^^

[postgresql]
error[unknown_field]: unknown field 'nmae' on Product; did you mean 'name'?
 --> line 1, column 24
  | Product.objects.filter(nmae="x")
  |                        ^^^^

[mysql]
error[unknown_field]: unknown field 'nmae' on Product; did you mean 'name'?
 --> line 1, column 24
  | Product.objects.filter(nmae="x")
  |                        ^^^^

[oracle]
error[unknown_field]: unknown field 'nmae' on Product; did you mean 'name'?
 --> line 1, column 24
  | Product.objects.filter(nmae="x")
  |                        ^^^^
