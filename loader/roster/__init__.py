"""Rosters (pegawai, tim kerja): read, validate, place on the regulation, write (issue 6)."""
