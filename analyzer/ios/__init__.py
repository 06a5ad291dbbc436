"""iOS: IPA and .app bundles, Info.plist, App Transport Security, Mach-O binaries."""
