"""The register's storage: the only package that imports SQLAlchemy."""
