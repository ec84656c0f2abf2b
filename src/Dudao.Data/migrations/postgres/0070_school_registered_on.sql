-- 0070 the day a school was entered in Dudao: the coverage heatmap leaves the months before it blank.
-- Schools entered before this column existed keep NULL (treated as always present).

ALTER TABLE schools ADD COLUMN registered_on date;
