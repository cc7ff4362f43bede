query: Product.objects.select_for_update(of=("category",)).select_related("category")

[sqlite]
error[unsupported]: select_for_update(of=) takes ('self',); related models are not supported yet
 --> line 1, column 38
  | Product.objects.select_for_update(of=("category",)).select_related("category")
  |                                      ^^^^^^^^^^^^^

[postgresql]
error[unsupported]: select_for_update(of=) takes ('self',); related models are not supported yet
 --> line 1, column 38
  | Product.objects.select_for_update(of=("category",)).select_related("category")
  |                                      ^^^^^^^^^^^^^

[mysql]
error[unsupported]: select_for_update(of=) takes ('self',); related models are not supported yet
 --> line 1, column 38
  | Product.objects.select_for_update(of=("category",)).select_related("category")
  |                                      ^^^^^^^^^^^^^

[oracle]
error[unsupported]: select_for_update(of=) takes ('self',); related models are not supported yet
 --> line 1, column 38
  | Product.objects.select_for_update(of=("category",)).select_related("category")
  |                                      ^^^^^^^^^^^^^
