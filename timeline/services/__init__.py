"""Writes that touch several rows, one module per area (Django-Styleguide "services")."""
