[sqlite]
error[unsupported]: sqlite does not support changing the through model of Product.tags

[postgresql]
error[unsupported]: postgresql does not support changing the through model of Product.tags

[mysql]
error[unsupported]: mysql does not support changing the through model of Product.tags

[oracle]
error[unsupported]: oracle does not support changing the through model of Product.tags
