-- Animated GIFs uploaded before their media type was told apart were stored as video/mp4: the page offered them to a
-- video player that cannot play them. Such a visit keeps the uploaded file's name, so its GIFs are known by it.
UPDATE visit SET video_type = 'image/gif' WHERE lower(video_name) LIKE '%.gif';
