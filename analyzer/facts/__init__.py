"""Facts both platforms share: certificates and pins, pin expiry, cross-platform framework markers."""
