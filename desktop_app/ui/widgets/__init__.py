"""Small reusable widgets: banners, drop zones."""
