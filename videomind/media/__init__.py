"""Media handling on top of ffmpeg/ffprobe: probing, scene detection, cutting, frames, audio."""
