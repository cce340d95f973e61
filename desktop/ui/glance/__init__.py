"""The registry at a glance: the Overview's charts and the Map."""
