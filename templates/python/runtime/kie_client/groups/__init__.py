"""One module per group of models (a client attribute such as `client.kling_2_6`), imported on first use."""
