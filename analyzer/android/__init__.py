"""Android facts: manifest, resources, network security config, bytecode index and code pins."""
