# Samenspel — command line.
