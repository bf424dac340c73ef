-- Twin claims in claim grouping (issue 14): each filed claim's content key
-- (PreparedClaim.contentKey, a stable 64-bit hash of its text, its article's date, its figures
-- and its dates). Copies of one story under other keys file twins; a new claim is compared with
-- the first twin of each content among its candidates and linked to that one only, since it is
-- linked with all of them or with none. Without this, each copy of a syndicated story was read,
-- prepared, compared and linked with every earlier copy, and grouping slowed as copies piled up.
-- Rows filed before this migration have no content key and are each compared as before.
ALTER TABLE claim_keys ADD COLUMN content INTEGER;
