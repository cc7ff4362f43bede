query: Product.objects.in_bulk([1], field_name="name")

[sqlite]
error[bad_argument]: in_bulk()'s field_name must be a unique field but 'name' isn't
 --> line 1, column 41
  | Product.objects.in_bulk([1], field_name="name")
  |                                         ^^^^^^

[postgresql]
error[bad_argument]: in_bulk()'s field_name must be a unique field but 'name' isn't
 --> line 1, column 41
  | Product.objects.in_bulk([1], field_name="name")
  |                                         ^^^^^^

[mysql]
error[bad_argument]: in_bulk()'s field_name must be a unique field but 'name' isn't
 --> line 1, column 41
  | Product.objects.in_bulk([1], field_name="name")
  |                                         ^^^^^^

[oracle]
error[bad_argument]: in_bulk()'s field_name must be a unique field but 'name' isn't
 --> line 1, column 41
  | Product.objects.in_bulk([1], field_name="name")
  |                                         ^^^^^^
