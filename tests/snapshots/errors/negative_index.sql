query: Product.objects.all()[-1]

[sqlite]
error[syntax]: negative indexing is not supported
 --> line 1, column 23
  | Product.objects.all()[-1]
  |                       ^^

[postgresql]
error[syntax]: negative indexing is not supported
 --> line 1, column 23
  | Product.objects.all()[-1]
  |                       ^^

[mysql]
error[syntax]: negative indexing is not supported
 --> line 1, column 23
  | Product.objects.all()[-1]
  |                       ^^

[oracle]
error[syntax]: negative indexing is not supported
 --> line 1, column 23
  | Product.objects.all()[-1]
  |                       ^^
