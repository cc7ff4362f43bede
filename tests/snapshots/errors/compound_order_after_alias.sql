query: Product.objects.values_list("name", Lower("sku")).union(Product.objects.values_list("name", Lower("sku"))).order_by("price")

[sqlite]
error[bad_argument]: ORDER BY term 'price' does not match any column in the result set
 --> line 1, column 117
  | Product.objects.values_list("name", Lower("sku")).union(Product.objects.values_list("name", Lower("sku"))).order_by("price")
  |                                                                                                                     ^^^^^^^

[postgresql]
error[bad_argument]: ORDER BY term 'price' does not match any column in the result set
 --> line 1, column 117
  | Product.objects.values_list("name", Lower("sku")).union(Product.objects.values_list("name", Lower("sku"))).order_by("price")
  |                                                                                                                     ^^^^^^^

[mysql]
error[bad_argument]: ORDER BY term 'price' does not match any column in the result set
 --> line 1, column 117
  | Product.objects.values_list("name", Lower("sku")).union(Product.objects.values_list("name", Lower("sku"))).order_by("price")
  |                                                                                                                     ^^^^^^^

[oracle]
error[bad_argument]: ORDER BY term 'price' does not match any column in the result set
 --> line 1, column 117
  | Product.objects.values_list("name", Lower("sku")).union(Product.objects.values_list("name", Lower("sku"))).order_by("price")
  |                                                                                                                     ^^^^^^^
