"""kie-codegen: turns declarative model specs into a typed Kie.ai client distribution."""
