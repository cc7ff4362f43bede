query: Product.nope.through.objects.all()

[sqlite]
error[unknown_field]: Product has no many-to-many relation 'nope'; its relations: tags
 --> line 1, column 9
  | Product.nope.through.objects.all()
  |         ^^^^

[postgresql]
error[unknown_field]: Product has no many-to-many relation 'nope'; its relations: tags
 --> line 1, column 9
  | Product.nope.through.objects.all()
  |         ^^^^

[mysql]
error[unknown_field]: Product has no many-to-many relation 'nope'; its relations: tags
 --> line 1, column 9
  | Product.nope.through.objects.all()
  |         ^^^^

[oracle]
error[unknown_field]: Product has no many-to-many relation 'nope'; its relations: tags
 --> line 1, column 9
  | Product.nope.through.objects.all()
  |         ^^^^
