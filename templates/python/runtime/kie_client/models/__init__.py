"""One module per model, imported on first use (see `kie_client.registry`)."""
