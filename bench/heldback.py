"""The quality benchmark's held-back part: clips no prompt was developed on.

    .venv/bin/python bench/heldback.py [--out bench/out/heldback]
    .venv/bin/python bench/quality.py --part heldback --generators qwen1.5b

The prompts in prompts/ were written and revised while reading the demo's clips (the
development part: a two-minute window of Big Buck Bunny, its trailer, a LibriVox reading, two
short test clips). A score on those clips measures partly how well the prompts were fitted to
them. This builds other material of the same kinds, from what ships with the demo corpus and
Debian (no download): two other windows of Big Buck Bunny (the middle of the film, and its end
with the credits), German narration (espeak-ng) laid over footage, a generated title card with
English narration, and a silent test pattern with no title. The workflow's own ingest (clips,
ASR, OCR, screening) runs on them in ``--out``; bench/quality.py --part heldback then
generates from them. No prompt change may be tuned on this part: read it only to report.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BBB = "Big Buck Bunny"
BBB_FILE = "<bbb>"  # a manifest row's file: the demo's film itself
BBB_TEXT = ("A giant rabbit's peaceful day in the forest is spoiled by three rodent bullies, and "
            "he plans his revenge. Open movie by the Blender Foundation (CC-BY 3.0).")  # fmt: skip
GERMAN = ("Im Wald wacht ein großer Hase auf. Er streckt sich in der Morgensonne und riecht an "
          "den Blumen. Drei kleine Nager beobachten ihn aus dem Gebüsch und lachen.")  # fmt: skip
PORTUGUESE = ("Na floresta vive um coelho grande e tranquilo. Certa manhã, três pequenos roedores "
              "estragam o seu dia, e ele decide dar-lhes uma lição.")  # fmt: skip
DUTCH = ("In het bos woont een grote, vriendelijke konijn. Op een ochtend plagen drie kleine "
         "knaagdieren hem, en hij bedenkt een plan.")  # fmt: skip
ENGLISH = ("Night Ferry. Every evening at nine, the last boat leaves the old harbour. This is "
           "the story of the people who keep it running.")  # fmt: skip


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True)


def speech(text: str, voice: str, wav: Path) -> None:
    run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(wav), text])


def encode(args: list[str], out: Path) -> None:
    """One ffmpeg run writing ``out`` as H.264 + AAC (yuv420p: what the demo's media are)."""
    run(["ffmpeg", "-v", "error", "-nostdin", "-y", *args, "-c:v", "libx264", "-pix_fmt",
         "yuv420p", "-c:a", "aac", str(out)])  # fmt: skip


def narrations(media: Path, bbb: Path, runs: tuple[tuple[str, str, int], ...]) -> None:
    """espeak narration, per ``(language, text, start)``, looped over 40 s of the film's picture
    from ``start`` (its own sound replaced), so that every clip scene detection keeps has
    speech in it."""
    for lang, text, start in runs:
        wav = media / f"narration_{lang}.wav"
        speech(text, lang, wav)
        encode(["-ss", str(start), "-t", "40", "-i", str(bbb), "-stream_loop", "-1", "-i",
                str(wav), "-map", "0:v:0", "-map", "1:a:0", "-t", "40", "-preset", "veryfast"],
               media / f"narration_{lang}.mp4")  # fmt: skip


def card(title: str, line: str, size: int = 84) -> str:
    """A title card's two centred lines, as an ffmpeg filter."""
    centre = "fontcolor=white:x=(w-text_w)/2"
    return (f"drawtext=text='{title}':{centre}:fontsize={size}:y=h/2-120,"
            f"drawtext=text='{line}':{centre}:fontsize=36:y=h/2+40")  # fmt: skip


def build_media(media: Path, bbb: Path) -> None:
    media.mkdir(parents=True, exist_ok=True)
    # Whisper base knows German; it mishears espeak's Portuguese and Dutch (issue 26: "a man
    # talking about the market"), which the ASR stage must mark low_confidence.
    narrations(media, bbb, (("de", GERMAN, 200), ("pt", PORTUGUESE, 60), ("nl", DUTCH, 250)))
    # A title card with English narration
    wav = media / "titlecard_en.wav"
    speech(ENGLISH, "en", wav)
    night = card("NIGHT FERRY", "a film about the last boat out of the old harbour", size=96)
    encode(["-f", "lavfi", "-i", "color=c=0x1c2436:s=1280x720:r=25:d=12", "-i", str(wav),
            "-vf", night, "-af", "apad", "-t", "12"], media / "titlecard_en.mp4")  # fmt: skip
    # A silent test pattern: nobody, no speech, no text, no title
    encode(["-f", "lavfi", "-i", "testsrc2=s=640x360:r=25:d=8", "-f", "lavfi", "-i",
            "anullsrc=r=16000:cl=mono", "-t", "8"], media / "pattern.mp4")  # fmt: skip
    for wav in media.glob("*.wav"):
        wav.unlink()


# Set 1's rows; its media are build_media's.
SET_1_ROWS = (
    ("bbb_mid", BBB_FILE, 300, 420, "film & animation", BBB, BBB_TEXT),
    ("bbb_end", BBB_FILE, 480, 596, "film & animation", BBB, BBB_TEXT),
    ("narration_de", "narration_de.mp4", "", "", "film & animation", "Der Hase im Wald",
     "Ein Märchen, auf Deutsch erzählt, über Bildern eines offenen Films."),
    ("narration_pt", "narration_pt.mp4", "", "", "film & animation", "O coelho e os roedores",
     "Um conto narrado em português sobre um filme livre."),
    ("narration_nl", "narration_nl.mp4", "", "", "film & animation", "Het konijn in het bos",
     "Een sprookje, in het Nederlands verteld, over een film."),
    ("titlecard_en", "titlecard_en.mp4", "", "", "documentary", "Night Ferry",
     "Opening title of a short documentary."),
    ("pattern", "pattern.mp4", "", "", "", "", ""),
)  # fmt: skip


SPANISH = ("En el bosque, un conejo grande sale de su madriguera y saluda a una mariposa. Luego "
           "se sienta bajo un árbol y come una manzana.")  # fmt: skip
FRENCH = ("Trois écureuils lancent des pommes de pin sur le lapin. Le lapin se fâche et prépare "
          "un piège avec des branches et une corde.")  # fmt: skip
KITCHEN = ("Welcome back to Kitchen Basics. Today I will show you how to bake a simple loaf of "
           "bread with only flour, water, salt and yeast.")  # fmt: skip


def cards(media: Path, narrated: tuple[str, str, str, str, str], silent: tuple[str, str, str, str]
          ) -> None:  # fmt: skip
    """A 12 s title card read aloud in English (``name, colour, title, line, text``) and a silent
    8 s one (``name, colour, title, line``), as ``<name>.mp4``."""
    name, colour, title, line, text = narrated
    wav = media / f"{name}.wav"
    speech(text, "en", wav)
    encode(["-f", "lavfi", "-i", f"color=c={colour}:s=1280x720:r=25:d=12", "-i", str(wav), "-vf",
            card(title, line), "-af", "apad", "-t", "12"], media / f"{name}.mp4")  # fmt: skip
    wav.unlink()
    name, colour, title, line = silent
    encode(["-f", "lavfi", "-i", f"color=c={colour}:s=1280x720:r=25:d=8", "-f", "lavfi", "-i",
            "anullsrc=r=16000:cl=mono", "-vf", card(title, line), "-t", "8"],
           media / f"{name}.mp4")  # fmt: skip


def build_narrated(media: Path, bbb: Path, runs: tuple[tuple[str, str, int], ...],
                   narrated: tuple[str, str, str, str, str],
                   silent: tuple[str, str, str, str],
                   more_cards: tuple[tuple[tuple[str, str, str, str, str],
                                           tuple[str, str, str, str]], ...] = (),
                   ) -> None:  # fmt: skip
    """Sets 2 and later: espeak narration over windows of the film (``narrations``), a title card
    read aloud and a silent one (``cards``); from set 14, more such pairs (``more_cards``)."""
    media.mkdir(parents=True, exist_ok=True)
    narrations(media, bbb, runs)
    for pair in ((narrated, silent), *more_cards):
        cards(media, *pair)
    for wav in media.glob("*.wav"):
        wav.unlink()


# Set 2, made after reading set 1: Spanish (which Whisper base knows) and French (which it
# mishears) narration over other windows of the film, a cooking show's narrated title card, and a
# silent card whose text names a person.
SET_2 = {"runs": (("es", SPANISH, 0), ("fr", FRENCH, 440)),
         "narrated": ("kitchen_en", "0x3a2418", "KITCHEN BASICS",
                      "Episode 4 - a simple loaf of bread", KITCHEN),
         "silent": ("fisherman_card", "0x102a1c", "THE LAST FISHERMAN",
                    "an interview with a fisherman of the north coast"),
         "rows": (
             ("bbb_late", BBB_FILE, 420, 480, "film & animation", BBB, BBB_TEXT),
             ("narration_es", "narration_es.mp4", "", "", "film & animation",
              "El conejo y la mariposa", "Un cuento narrado en español sobre una película libre."),
             ("narration_fr", "narration_fr.mp4", "", "", "film & animation",
              "Le lapin et les écureuils", "Un conte raconté en français sur un film libre."),
             ("kitchen_en", "kitchen_en.mp4", "", "", "howto & style", "Kitchen Basics #4",
              "Bread with four ingredients."),
             ("fisherman", "fisherman_card.mp4", "", "", "documentary", "The Last Fisherman", ""),
         )}  # fmt: skip


ITALIAN = ("Un grande coniglio si sveglia nel bosco. Vede un uccellino caduto da un albero e "
           "lo aiuta a tornare nel suo nido.")  # fmt: skip
REVIEW = ("In this review we look at an open movie made entirely with free software. The "
          "animation is bright and the story is simple, but the jokes work for all "
          "ages.")  # fmt: skip
GARDEN = ("Hi, I'm Maria. This week we plant tomatoes in raised beds, and I show you how deep "
          "to set each seedling and how far apart.")  # fmt: skip


# Set 3, made after the intent grammar's verbs (prompts v10/v9) and read only to report: Italian
# narration (which Whisper base knows) and an English film review laid over other windows of the
# film, a gardening show's card narrated by its presenter, and a silent card naming an event.
SET_3 = {"runs": (("it", ITALIAN, 330), ("en", REVIEW, 520)),
         "narrated": ("garden_en", "0x1d3a1a", "ASK THE GARDENER",
                      "Episode 12 - planting tomatoes", GARDEN),
         "silent": ("marathon_card", "0x2a1a3a", "CITY MARATHON",
                    "highlights from the finish line"),
         "rows": (
             ("bbb_early", BBB_FILE, 180, 300, "film & animation", BBB, BBB_TEXT),
             ("narration_it", "narration_it.mp4", "", "", "film & animation",
              "Il coniglio e l'uccellino", "Una fiaba raccontata in italiano su un film libero."),
             ("review_en", "narration_en.mp4", "", "", "film & animation", "Open movie review",
              "A short spoken review of a free animated film."),
             ("garden_en", "garden_en.mp4", "", "", "howto & style", "Ask the Gardener #12",
              "Planting tomatoes in raised beds."),
             ("marathon", "marathon_card.mp4", "", "", "sports", "City Marathon", ""),
         )}  # fmt: skip


SWEDISH = ("En stor kanin vaknar i skogen. Han sträcker på sig, luktar på en blomma och ser "
           "en fjäril flyga förbi.")  # fmt: skip
NATURE = ("Spring has come to the meadow. The animals leave their burrows early, and the "
          "smallest of them are the first to start the day's quarrels.")  # fmt: skip
TURTLE = ("Hello, I'm Doctor Lee. Today we follow a young sea turtle from the beach to the open "
          "water, and I explain why so few of them make it.")  # fmt: skip


# Set 4, made after the revise rules r8 (role B's subject one person or animal; quotes settled
# in the slots) and read only to report: Swedish narration and an English nature documentary's
# voice over other windows of the film, a science show's card narrated by its presenter about an
# animal, and a silent card naming an animal.
SET_4 = {"runs": (("sv", SWEDISH, 100), ("en", NATURE, 140)),
         "narrated": ("turtle_en", "0x0f2a3a", "MARINE NOTES",
                      "Episode 3 - the turtle's first swim", TURTLE),
         "silent": ("horse_card", "0x3a2f1a", "THE OLD HORSE",
                    "a year on a hill farm"),
         "rows": (
             ("bbb_open", BBB_FILE, 0, 60, "film & animation", BBB, BBB_TEXT),
             ("narration_sv", "narration_sv.mp4", "", "", "film & animation",
              "Kaninen och fjärilen", "En saga berättad på svenska över bilder ur en fri film."),
             ("nature_en", "narration_en.mp4", "", "", "pets & animals", "Meadow Mornings",
              "A short nature documentary about spring in a meadow."),
             ("turtle_en", "turtle_en.mp4", "", "", "science & technology", "Marine Notes #3",
              "A sea turtle's first swim, explained."),
             ("horse", "horse_card.mp4", "", "", "pets & animals", "The Old Horse", ""),
         )}  # fmt: skip


FINNISH = ("Metsässä asuu suuri jänis. Aamulla hän syö omenan ja katselee, kun perhonen lentää "
           "kukalta toiselle.")  # fmt: skip
RABBIT = ("I am the big rabbit of this forest. Every morning I greet the butterflies, but today "
          "three small rodents are throwing nuts at me, and I have had enough.")  # fmt: skip
TECH = ("Hi, I'm Sam. This week I compare three budget phones and tell you which one I would "
        "buy with my own money.")  # fmt: skip


# Set 5, made after revise rules r9 (a speaker's subject is a person) and read only to report:
# Finnish narration and a character's first-person English voice over other windows of the film, a
# tech show's card narrated by its presenter, and a silent card naming a person.
SET_5 = {"runs": (("fi", FINNISH, 330), ("en", RABBIT, 250)),
         "narrated": ("tech_en", "0x1a1a2e", "TECH TALK", "Episode 7 - choosing a phone", TECH),
         "silent": ("grandma_card", "0x3a1a1a", "GRANDMA BAKES",
                    "apple pie the old way"),
         "rows": (
             ("narration_fi", "narration_fi.mp4", "", "", "film & animation",
              "Jänis ja perhonen", "Satu suomeksi kerrottuna vapaan elokuvan kuvien päälle."),
             ("rabbit_en", "narration_en.mp4", "", "", "film & animation", "The rabbit speaks",
              "The big rabbit tells his own story, over pictures of a free film."),
             ("tech_en", "tech_en.mp4", "", "", "science & technology", "Tech Talk #7",
              "Three budget phones compared."),
             ("grandma", "grandma_card.mp4", "", "", "howto & style", "Grandma Bakes", ""),
         )}  # fmt: skip


POLISH = ("W lesie mieszka duży królik. Rano budzi się, wącha kwiaty i patrzy, jak trzy małe "
          "wiewiórki bawią się na drzewie.")  # fmt: skip
ANIMATOR = ("My name is Anna, and I animated the squirrel in this scene. I wanted every jump to "
            "look a little too brave, so the audience laughs before he falls.")  # fmt: skip
TRAVEL = ("Hello, I'm Tom. Today I take you to the old market of a small harbour town, where "
          "the fishermen sell their catch before sunrise.")  # fmt: skip


# Set 6, made after revise rules r10 (a speaker who says who they are is role B's subject; text
# on a still card evidences nobody) and read only to report: Polish narration and an animator's
# first-person commentary over other windows of the film, a travel show's card narrated by its
# presenter, and a silent card naming a person.
SET_6 = {"runs": (("pl", POLISH, 380), ("en", ANIMATOR, 460)),
         "narrated": ("travel_en", "0x2a2a10", "SMALL HARBOURS",
                      "Episode 2 - the fish market", TRAVEL),
         "silent": ("smith_card", "0x2a1410", "THE BLACKSMITH",
                    "a day at the village forge"),
         "rows": (
             ("narration_pl", "narration_pl.mp4", "", "", "film & animation",
              "Królik i wiewiórki", "Bajka opowiedziana po polsku na obrazach z wolnego filmu."),
             ("animator_en", "narration_en.mp4", "", "", "film & animation",
              "Animating the squirrel", "An animator talks about one scene of a free film."),
             ("travel_en", "travel_en.mp4", "", "", "travel & events", "Small Harbours #2",
              "The fish market at dawn."),
             ("smith", "smith_card.mp4", "", "", "people & blogs", "The Blacksmith", ""),
         )}  # fmt: skip


TURKISH = ("Ormanda büyük bir tavşan yaşıyor. Bir sabah bir kelebeği kovalıyor, sonra bir ağacın "
           "altında uyuyor.")  # fmt: skip
COMMENTARY = ("And we are live from the forest. The big rabbit steps out, and the three small "
              "rodents are at it again. He looks furious. What will he do next?")  # fmt: skip
HISTORY = ("Good evening, I'm Professor Clarke. Tonight we look at how a medieval castle was "
           "built, stone by stone, and who did the heavy work.")  # fmt: skip


# Set 7, made after revise rules r11 (an intent of verbs strung with "to" restated by the action,
# an intent about uploading or about the clip itself, footage claimed over a still card) and read
# only to report: Turkish narration and a sports-style English commentary over other windows of
# the film, a history lecture's card narrated by its lecturer, and a silent card naming an event.
SET_7 = {"runs": (("tr", TURKISH, 160), ("en", COMMENTARY, 280)),
         "narrated": ("history_en", "0x2a2418", "HISTORY HOUR",
                      "Lecture 5 - building a castle", HISTORY),
         "silent": ("festival_card", "0x1a2a3a", "HARVEST FESTIVAL",
                    "three days of music in the valley"),
         "rows": (
             ("bbb_meadow", BBB_FILE, 120, 180, "film & animation", BBB, BBB_TEXT),
             ("narration_tr", "narration_tr.mp4", "", "", "film & animation",
              "Tavşan ve kelebek", "Özgür bir filmin görüntüleri üzerine Türkçe anlatılan masal."),
             ("commentary_en", "narration_en.mp4", "", "", "film & animation",
              "Forest match report", "A sports-style commentary over scenes of a free film."),
             ("history_en", "history_en.mp4", "", "", "education", "History Hour #5",
              "How a medieval castle was built."),
             ("festival", "festival_card.mp4", "", "", "music", "Harvest Festival", ""),
         )}  # fmt: skip


RUSSIAN = ("В лесу живёт большой кролик. Утром он нюхает цветы, а потом прячется от трёх белок "
           "за деревом.")  # fmt: skip
DOCUMENTARY = ("Deep in the woods lives a rabbit the size of a bear. Each morning he checks his "
               "garden, and each morning something small is waiting to ruin it.")  # fmt: skip
MUSEUM = ("Welcome to the City Museum. I'm Nora, your guide, and today we walk through three "
          "rooms of old maps of the harbour.")  # fmt: skip


# Set 8, made after generate.english_only (uploader text and transcripts in other languages are
# stated, not handed to the English-only generator) and read only to report: Russian narration
# and an English documentary voice over other windows of the film, a museum guide's card
# narrated by the guide, and a silent card naming a club's race.
SET_8 = {"runs": (("ru", RUSSIAN, 20), ("en", DOCUMENTARY, 60)),
         "narrated": ("museum_en", "0x26201a", "CITY MUSEUM", "Room 3 - old maps", MUSEUM),
         "silent": ("swim_card", "0x0f2436", "LAKE SWIMMING CLUB",
                    "members race - Sunday at eight"),
         "rows": (
             ("bbb_garden", BBB_FILE, 60, 120, "film & animation", BBB, BBB_TEXT),
             ("narration_ru", "narration_ru.mp4", "", "", "film & animation",
              "Кролик и белки", "Сказка на русском языке поверх кадров из свободного фильма."),
             ("documentary_en", "narration_en.mp4", "", "", "pets & animals",
              "The Gardener of the Woods", "A short documentary voice over scenes of a free film."),
             ("museum_en", "museum_en.mp4", "", "", "travel & events", "City Museum tour",
              "Room 3: old maps of the harbour."),
             ("swim", "swim_card.mp4", "", "", "sports", "Lake Swimming Club", ""),
         )}  # fmt: skip


HUNGARIAN = ("Az erdő szélén egy nagy nyúl ül egy fa alatt. Egy pillangó száll az orrára, és a "
             "nyúl mosolyog.")  # fmt: skip
BEDTIME = ("Once upon a time, a big grey rabbit lived under an old tree. One morning a butterfly "
           "landed on his nose, and he smiled.")  # fmt: skip
WEATHER = ("Good morning, I'm Sam with your weather. Expect rain in the north this afternoon, "
           "and sunshine along the coast tomorrow.")  # fmt: skip


# Set 9, made after withholding (a statement still degenerate after its revision turns is
# null, with why) and read only to report: Hungarian narration and an English bedtime-story
# voice over other windows of the film, a weather presenter's card read by him, and a silent
# card for a bakery's open day.
SET_9 = {"runs": (("hu", HUNGARIAN, 200), ("en", BEDTIME, 444)),
         "narrated": ("weather_en", "0x1c2a38", "MORNING WEATHER", "Rain in the north", WEATHER),
         "silent": ("bakery_card", "0x3a2a18", "BAKERY OPEN DAY", "Saturday from ten - free bread"),
         "rows": (
             ("bbb_tree", BBB_FILE, 180, 240, "film & animation", BBB, BBB_TEXT),
             ("narration_hu", "narration_hu.mp4", "", "", "film & animation",
              "A nyúl és a pillangó", "Magyar mese egy szabad film képei fölött."),
             ("bedtime_en", "narration_en.mp4", "", "", "kids & family",
              "Bedtime story: the rabbit and the butterfly",
              "A story read aloud over scenes of a free film."),
             ("weather_en", "weather_en.mp4", "", "", "news", "Morning weather",
              "Rain in the north, sun on the coast."),
             ("bakery", "bakery_card.mp4", "", "", "food", "Bakery open day", ""),
         )}  # fmt: skip


CZECH = ("Na louce sedí velký králík a jí jablko. Nad ním letí ptáček a tři veverky se schovávají "
         "za kamenem.")  # fmt: skip
LESSON = ("In today's lesson we watch how a rabbit spends his morning. Look at how he moves, and "
          "think about why he stops to look around.")  # fmt: skip
LIBRARY = ("Hello, I'm Ada from the town library. This week we read poems about the sea, every "
           "evening at six.")  # fmt: skip


# Set 10, made after r12 (a card is a picture where nothing moves; a statement still failing a
# rule other than grounding after its turns is withheld), read only to report: Czech narration
# and an English teacher's lesson over other windows of the film, a librarian's card read by
# her, and a silent card for a garden market.
SET_10 = {"runs": (("cs", CZECH, 124), ("en", LESSON, 490)),
          "narrated": ("library_en", "0x20283a", "TOWN LIBRARY", "Poetry week", LIBRARY),
          "silent": ("market_card", "0x1e3a1e", "GARDEN MARKET", "plants and seeds - Fridays"),
          "rows": (
              ("bbb_field", BBB_FILE, 270, 330, "film & animation", BBB, BBB_TEXT),
              ("narration_cs", "narration_cs.mp4", "", "", "film & animation",
               "Králík a veverky", "Česká pohádka nad záběry ze svobodného filmu."),
              ("lesson_en", "narration_en.mp4", "", "", "education",
               "Science for kids: a rabbit's morning",
               "A teacher's lesson over scenes of a free film."),
              ("library_en", "library_en.mp4", "", "", "education", "Town library: poetry week",
               "Poems about the sea, every evening at six."),
              ("market", "market_card.mp4", "", "", "people & blogs", "Garden market", ""),
          )}  # fmt: skip


GREEK = ("Ένας μεγάλος λαγός ξυπνά στο δάσος. Κοιτάζει τον ουρανό και μετά περπατά αργά προς το "
         "ποτάμι.")  # fmt: skip
VLOG = ("Hi everyone, welcome back to my channel. Today I'm walking through the forest to find the "
        "biggest tree in the valley.")  # fmt: skip
STRETCH = ("Hi, I'm Priya, and this is a ten-minute morning stretch. Roll out your mat and breathe "
           "in slowly.")  # fmt: skip


# Set 11, made after r12-3 (the footage and speech claims checked before grounding), read only
# to report: Greek narration and an English vlogger's voice over other windows of the film, a
# yoga teacher's card read by her, and a silent road-works card.
SET_11 = {"runs": (("el", GREEK, 100), ("en", VLOG, 213)),
          "narrated": ("stretch_en", "0x2e1f3a", "MORNING STRETCH", "Ten minutes, no equipment",
                       STRETCH),
          "silent": ("road_card", "0x3a3a10", "ROAD CLOSED", "bridge works until May"),
          "rows": (
              ("bbb_brook", BBB_FILE, 340, 400, "film & animation", BBB, BBB_TEXT),
              ("narration_el", "narration_el.mp4", "", "", "film & animation",
               "Ο λαγός και το ποτάμι", "Ελληνικό παραμύθι πάνω σε εικόνες ελεύθερης ταινίας."),
              ("vlog_en", "narration_en.mp4", "", "", "travel & events",
               "Forest walk vlog", "Walking to the biggest tree in the valley."),
              ("stretch_en", "stretch_en.mp4", "", "", "sports", "Morning stretch",
               "Ten minutes, no equipment."),
              ("road", "road_card.mp4", "", "", "autos & vehicles", "Road closed", ""),
          )}  # fmt: skip


ROMANIAN = ("În pădure trăiește un iepure mare. Dimineața miroase florile și se joacă cu un "
            "fluture, dar trei veverițe îi aruncă nuci în cap. Iepurele se supără și se gândește "
            "la un plan.")  # fmt: skip
QUIZ = ("Quiz time! Watch the big rabbit closely. How many squirrels can you count in the trees? "
        "Look at what the rabbit holds in his paws, and tell a grown-up what colour it is. Ready? "
        "Let's count together: one, two, three.")  # fmt: skip
ZOO = ("Hello, I'm Jo, a keeper at the city zoo. Every afternoon at three we feed the penguins "
       "at the big pool. Come early, find a place by the glass, and you can ask me anything "
       "about our birds.")  # fmt: skip
# Set 12, made after the joint batches and r12-3: Romanian narration over the film, a quiz read
# over it, a zoo keeper's narrated card and a silent concert card.
SET_12 = {"runs": (("ro", ROMANIAN, 60), ("en", QUIZ, 150)),
          "narrated": ("zoo_en", "0x10303a", "CITY ZOO", "Penguin feeding at three", ZOO),
          "silent": ("choir_card", "0x2a1a30", "CHOIR CONCERT", "St Mary's hall - Sunday 5 pm"),
          "rows": (
              ("bbb_meadow", BBB_FILE, 90, 150, "film & animation", BBB, BBB_TEXT),
              ("narration_ro", "narration_ro.mp4", "", "", "film & animation",
               "Iepurele și veverițele", "Poveste românească peste imagini dintr-un film liber."),
              ("quiz_en", "narration_en.mp4", "", "", "kids & family",
               "Count with the rabbit", "A counting quiz over scenes of a free film."),
              ("zoo_en", "zoo_en.mp4", "", "", "pets & animals", "City zoo: penguin feeding",
               "Every afternoon at three by the big pool."),
              ("choir", "choir_card.mp4", "", "", "music", "Choir concert", ""),
          )}  # fmt: skip


DANISH = ("En stor kanin sover under et træ. Tre egern kaster med kogler, og kaninen vågner og "
          "ser sig vred omkring.")  # fmt: skip
FILM_CLUB = ("Welcome to film club. Tonight we watch a short animated film made with free "
             "software, and afterwards we talk about how the artists made the fur and the "
             "grass.")  # fmt: skip
MUSEUM = ("Hi, I'm Lena, a guide at the river museum. On Sundays at eleven I take families "
          "through the old boat hall. Bring your questions about the boats.")  # fmt: skip
# Set 13, made after r13 (an action over a clip nothing of its own shows names only its part of
# the video): Danish narration and an English film-club host over the film, a museum guide's
# narrated card, a silent school-fair card, and two windows of the film, one at its end.
SET_13 = {"runs": (("da", DANISH, 250), ("en", FILM_CLUB, 30)),
          "narrated": ("museum_en", "0x1a2e3a", "RIVER MUSEUM", "Family tour - Sundays at 11",
                       MUSEUM),
          "silent": ("fair_card", "0x3a1a1a", "SCHOOL FAIR", "games and cakes - June 12"),
          "rows": (
              ("bbb_hill", BBB_FILE, 380, 440, "film & animation", BBB, BBB_TEXT),
              ("bbb_final", BBB_FILE, 520, 580, "film & animation", BBB, BBB_TEXT),
              ("narration_da", "narration_da.mp4", "", "", "film & animation",
               "Kaninen og egernene", "En dansk fortælling over billeder fra en fri film."),
              ("filmclub_en", "narration_en.mp4", "", "", "film & animation",
               "Film club: an open animated short", "Tonight's film and how it was made."),
              ("museum_en", "museum_en.mp4", "", "", "travel & events",
               "River museum: family tour", "Sundays at eleven in the old boat hall."),
              ("fair", "fair_card.mp4", "", "", "education", "School fair", ""),
          )}  # fmt: skip


CATALAN = ("Al bosc viu un conill gros i tranquil. Un matí tres esquirols li llancen pinyes, i "
           "el conill decideix donar-los una lliçó.")  # fmt: skip
REVIEW_US = ("Hi, I'm Marco, and this is my review of a short open movie. The fur on the big "
             "rabbit looks soft and real, but the story is very simple. I give it four stars out "
             "of five.")  # fmt: skip
BAKERY = ("Hello, I'm Tom, the baker on Mill Street. From Monday we open at seven, and every "
          "Friday there is fresh rye bread. Come and taste it.")  # fmt: skip
BUS = ("Attention please. From the first of March, the number twelve bus leaves every twenty "
       "minutes, and it no longer stops at the old station.")  # fmt: skip
# Set 14, made after r14 (words Whisper was unsure of hidden from the generator; a statement
# broken off, or a verb of presenting with nothing presented, goes back): Catalan narration and
# an American film reviewer over the film, a baker's and a bus company's narrated cards, silent
# lost-cat and yard-sale cards, and a window of the film's first minutes.
SET_14 = {"runs": (("ca", CATALAN, 120), ("en-us", REVIEW_US, 270)),
          "narrated": ("bakery_en", "0x3a2a14", "MILL STREET BAKERY",
                       "Open from 7 - rye on Fridays", BAKERY),
          "silent": ("cat_card", "0x202020", "LOST CAT", "grey, answers to Milo - call 555 0142"),
          "more_cards": ((("bus_en", "0x143a24", "BUS 12", "New timetable from March 1", BUS),
                          ("sale_card", "0x2a2a3a", "YARD SALE", "books, toys, bikes - Saturday"
                           " 9 to 1")),),
          "rows": (
              ("bbb_dawn", BBB_FILE, 30, 90, "film & animation", BBB, BBB_TEXT),
              ("narration_ca", "narration_ca.mp4", "", "", "film & animation",
               "El conill i els esquirols",
               "Un conte català sobre imatges d'una pel·lícula lliure."),
              ("review_us", "narration_en-us.mp4", "", "", "film & animation",
               "Marco reviews: an open animated short", "Four stars out of five."),
              ("bakery_en", "bakery_en.mp4", "", "", "people & blogs", "Mill Street Bakery",
               "New opening hours and Friday rye."),
              ("bus_en", "bus_en.mp4", "", "", "autos & vehicles", "Bus 12: new timetable",
               "From March 1, every twenty minutes."),
              ("cat", "cat_card.mp4", "", "", "pets & animals", "Lost cat", ""),
              ("sale", "sale_card.mp4", "", "", "people & blogs", "Yard sale", ""),
          )}  # fmt: skip


SLOVAK = ("V lese žije veľký zajac. Ráno vyjde z nory, pozrie sa na oblohu a zje jablko pod "
          "stromom.")  # fmt: skip
COMMENTARY = ("And here he comes, out of his burrow, slowly, carefully. Look at that stretch! "
              "The big rabbit takes his time this morning, and the birds are watching every "
              "step.")  # fmt: skip
LIBRARY = ("Hi, I'm Ana, the librarian at Hill Road library. Every Wednesday at four we read "
           "stories for children aged three to six. Bring a cushion and a friend.")  # fmt: skip
STORM = ("This is a weather warning for the north coast. Strong winds and heavy rain are "
         "expected tonight from eight. Please stay away from the harbour walls.")  # fmt: skip
# Set 15, made after r14-2 (a slot speaking of the notes goes back; a still film shot is no card):
# Slovak narration and a British commentator over the film, a librarian's and a weather
# warning's narrated cards, silent open-day and found-bicycle cards, and a window of the film.
SET_15 = {"runs": (("sk", SLOVAK, 170), ("en-gb-x-rp", COMMENTARY, 20)),
          "narrated": ("library_en", "0x24143a", "STORY TIME", "Wednesdays at 4 - ages 3 to 6",
                       LIBRARY),
          "silent": ("openday_card", "0x3a1414", "OPEN DAY", "Fire station - Saturday 10 to 4"),
          "more_cards": ((("storm_en", "0x141e3a", "WEATHER WARNING", "North coast - tonight",
                           STORM),
                          ("bike_card", "0x1e3a14", "FOUND", "blue bicycle near the park")),),
          "rows": (
              ("bbb_river", BBB_FILE, 200, 260, "film & animation", BBB, BBB_TEXT),
              ("narration_sk", "narration_sk.mp4", "", "", "film & animation",
               "Zajac v lese", "Slovenská rozprávka nad zábermi z voľného filmu."),
              ("commentary_gb", "narration_en-gb-x-rp.mp4", "", "", "comedy",
               "Rabbit racing: live commentary", "A mock sports commentary over an open film."),
              ("library_en", "library_en.mp4", "", "", "education", "Story time at Hill Road",
               "Wednesdays at four, ages three to six."),
              ("storm_en", "storm_en.mp4", "", "", "news & politics", "Weather warning",
               "North coast, tonight."),
              ("openday", "openday_card.mp4", "", "", "nonprofits & activism", "Open day", ""),
              ("bike", "bike_card.mp4", "", "", "people & blogs", "Found bicycle", ""),
          )}  # fmt: skip


CROATIAN = ("U šumi živi veliki zec. Jednog jutra tri vjeverice bacaju šišarke na njega, a zec "
            "smišlja plan.")  # fmt: skip
STORY = ("Once upon a time, in a green forest, there lived a big, gentle rabbit. Every morning "
         "he said hello to the butterflies. But three naughty squirrels did not like him at "
         "all.")  # fmt: skip
CHOIR = ("Hi, I'm Mei, and I lead the Riverside choir. We need new voices for our winter concert. "
         "Come and sing with us on Tuesday evening at seven.")  # fmt: skip
POOL = ("Notice to all swimmers. The town pool will be closed on Friday for cleaning. This week's "
        "lessons move to Saturday morning.")  # fmt: skip
# Set 16, made after the protagonist prompt v10 (a speaker acts by speaking): Croatian narration and
# a Scottish storyteller over the film, a choir leader's and a swimming pool's narrated cards,
# silent tree-planting and lost-keys cards, and a window of the film's eighth minute.
SET_16 = {"runs": (("hr", CROATIAN, 330), ("en-gb-scotland", STORY, 140)),
          "narrated": ("choir_en", "0x3a2a2a", "RIVERSIDE CHOIR", "New voices wanted",
                       CHOIR),
          "silent": ("trees_card", "0x143a1a", "TREE PLANTING", "Sunday 10 am - bring gloves"),
          "more_cards": ((("pool_en", "0x14303a", "TOWN POOL", "Closed Friday for cleaning",
                           POOL),
                          ("keys_card", "0x3a3414", "LOST KEYS", "red keyring - at the bakery")),),
          "rows": (
              ("bbb_noon", BBB_FILE, 460, 520, "film & animation", BBB, BBB_TEXT),
              ("narration_hr", "narration_hr.mp4", "", "", "film & animation",
               "Zec i vjeverice", "Hrvatska priča uz prizore iz slobodnog filma."),
              ("story_sc", "narration_en-gb-scotland.mp4", "", "", "kids & family",
               "Bedtime story: the gentle rabbit", "A story read over scenes of an open film."),
              ("choir_en", "choir_en.mp4", "", "", "music", "Riverside choir",
               "New voices for the winter concert."),
              ("pool_en", "pool_en.mp4", "", "", "sports", "Town pool notice",
               "Closed on Friday."),
              ("trees", "trees_card.mp4", "", "", "nonprofits & activism", "Tree planting", ""),
              ("keys", "keys_card.mp4", "", "", "people & blogs", "Lost keys", ""),
          )}  # fmt: skip


SLOVENIAN = ("V gozdu živi velik zajec. Zjutraj se sprehodi do reke in opazuje metulje, potem pa "
             "zaspi pod drevesom.")  # fmt: skip
BIRDS = ("Hi, I'm Rosa, and I'm counting birds in this meadow for the spring survey. So far I have "
         "seen two robins and a woodpecker. Let's keep very quiet.")  # fmt: skip
SEWING = ("Hello, I'm Omar, and I run the sewing club at the community centre. Bring your torn "
          "jackets and old curtains on Thursday, and we mend them together.")  # fmt: skip
CASTLE = ("The castle garden opens for the summer on the first of May. Tickets are half price for "
          "students, and dogs on a lead are welcome.")  # fmt: skip
# Set 17, made after the protagonist prompt v11 (the reply says first what the main character
# says or does): Slovenian narration and a birdwatcher over the film, a sewing club's and a
# castle garden's narrated cards, silent bake-sale and missing-parrot cards, a window of the film.
SET_17 = {"runs": (("sl", SLOVENIAN, 360), ("en-us-nyc", BIRDS, 100)),
          "narrated": ("sewing_en", "0x2a143a", "SEWING CLUB", "Thursdays - community centre",
                       SEWING),
          "silent": ("bake_card", "0x3a2414", "BAKE SALE", "school hall - Friday 3 pm"),
          "more_cards": ((("castle_en", "0x1a3a2a", "CASTLE GARDEN", "Open from May 1",
                           CASTLE),
                          ("parrot_card", "0x143a3a", "MISSING PARROT", "green - says hello")),),
          "rows": (
              ("bbb_grove", BBB_FILE, 250, 310, "film & animation", BBB, BBB_TEXT),
              ("narration_sl", "narration_sl.mp4", "", "", "film & animation",
               "Zajec in metulji", "Slovenska pravljica ob prizorih iz prostega filma."),
              ("birds_us", "narration_en-us-nyc.mp4", "", "", "pets & animals",
               "Spring bird count with Rosa", "Counting birds in the meadow."),
              ("sewing_en", "sewing_en.mp4", "", "", "howto & style", "Sewing club",
               "Thursdays at the community centre."),
              ("castle_en", "castle_en.mp4", "", "", "travel & events", "Castle garden opens",
               "From the first of May."),
              ("bake", "bake_card.mp4", "", "", "people & blogs", "Bake sale", ""),
              ("parrot", "parrot_card.mp4", "", "", "pets & animals", "Missing parrot", ""),
          )}  # fmt: skip

ESTONIAN = ("Metsas elab suur jänes. Hommikul kõnnib ta jõe äärde ja vaatab liblikaid, siis jääb "
            "ta puu alla magama.")  # fmt: skip
RANGER = ("Good morning, I'm Ken, a ranger in this park. Please keep to the paths, because the "
          "rabbits nest in the long grass. Dogs must stay on a lead until the gate.")  # fmt: skip
MARKET = ("Every Saturday the farmers market fills Station Square. This week there are apples, "
          "honey and fresh cheese. Bring your own bag, please.")  # fmt: skip
BINS = ("Hello, I'm Priya from the town council. From June, glass goes in the green bin and "
        "paper in the blue one. Please rinse the jars first.")  # fmt: skip
# Set 18, made after r15 and the protagonist prompt v12 (a speaker's action is their own words,
# quoted): Estonian narration and a park ranger over the film, a farmers market's and a town
# council's narrated cards, silent jazz-night and lost-dog cards, a window of the film's third
# minute.
SET_18 = {"runs": (("et", ESTONIAN, 300), ("en-gb-x-gbclan", RANGER, 410)),
          "narrated": ("market_en", "0x2a3a14", "FARMERS MARKET", "Saturdays - Station Square",
                       MARKET),
          "silent": ("jazz_card", "0x14142a", "JAZZ NIGHT", "Friday 8 pm - Old Mill"),
          "more_cards": ((("bins_en", "0x143a14", "NEW BINS", "from 1 June", BINS),
                          ("dog_card", "0x3a1414", "LOST DOG", "brown terrier - answers to Pip")),),
          "rows": (
              ("bbb_dusk", BBB_FILE, 150, 210, "film & animation", BBB, BBB_TEXT),
              ("narration_et", "narration_et.mp4", "", "", "film & animation",
               "Jänes ja liblikad", "Eesti muinasjutt vaba filmi piltidel."),
              ("ranger_gb", "narration_en-gb-x-gbclan.mp4", "", "", "travel & events",
               "A morning walk with the park ranger", "Ken shows the park at dawn."),
              ("market_en", "market_en.mp4", "", "", "people & blogs", "Farmers market",
               "Saturdays at Station Square."),
              ("bins_en", "bins_en.mp4", "", "", "news & politics", "New bins from June",
               "What goes where."),
              ("jazz", "jazz_card.mp4", "", "", "music", "Jazz night", ""),
              ("dog", "dog_card.mp4", "", "", "pets & animals", "Lost dog", ""),
          )}  # fmt: skip

LATVIAN = ("Mežā dzīvo liels zaķis. No rīta viņš iet uz upi un skatās uz tauriņiem, tad aizmieg "
           "zem koka.")  # fmt: skip
TEACHER = ("Hello class, I'm Mister Green. Today we watch a short film about a rabbit. Look at "
           "how the animals move, and write down three things you notice.")  # fmt: skip
LIBRARY_LATE = ("The library now stays open until nine on Thursdays. You can borrow books, films "
                "and games. Ask at the front desk for a free card.")  # fmt: skip
CLEANUP = ("Hi, I'm Lucy from the surf club. This Sunday we clean North Beach together. Gloves "
           "and bags are free, just bring water.")  # fmt: skip
VET = ("Is your cat or dog due a check-up? In May our clinic on Park Road checks pets for free. "
       "Call us to book a time.")  # fmt: skip
# Set 19, made after r15-5 (read set 18 gave no role B: two speakers' words too doubted to quote,
# one subject "The Town Council"): Latvian narration and a teacher over the film, a library's, a
# beach clean-up's and a vet clinic's narrated cards, silent chess-club, found-keys and fun-run
# cards, a window of the film's fifth minute.
SET_19 = {"runs": (("lv", LATVIAN, 480), ("en-us", TEACHER, 200)),
          "narrated": ("hours_en", "0x1a2a3a", "LIBRARY HOURS", "Open late on Thursdays",
                       LIBRARY_LATE),
          "silent": ("chess_card", "0x202a2a", "CHESS CLUB", "Mondays 6 pm - room 4"),
          "more_cards": ((("cleanup_en", "0x2a3a1a", "BEACH CLEAN-UP", "Sunday 9 am - North Beach",
                           CLEANUP),
                          ("keys_card", "0x2a2a14", "FOUND KEYS", "blue keyring - ask at "
                           "reception")),
                         (("vet_en", "0x3a2a1a", "VET CLINIC", "Free check-ups in May", VET),
                          ("run_card", "0x143a2a", "FUN RUN", "5 km - Saturday 10 am"))),
          "rows": (
              ("bbb_eve", BBB_FILE, 280, 340, "film & animation", BBB, BBB_TEXT),
              ("narration_lv", "narration_lv.mp4", "", "", "film & animation",
               "Zaķis un tauriņi", "Latviešu pasaka par brīvas filmas attēliem."),
              ("teacher_us", "narration_en-us.mp4", "", "", "education",
               "Film lesson with Mr Green", "Watching an open film in class."),
              ("hours_en", "hours_en.mp4", "", "", "people & blogs", "Library hours",
               "Open late on Thursdays."),
              ("cleanup_en", "cleanup_en.mp4", "", "", "nonprofits & activism", "Beach clean-up",
               "Sunday at North Beach."),
              ("vet_en", "vet_en.mp4", "", "", "pets & animals", "Free check-ups",
               "All of May."),
              ("chess", "chess_card.mp4", "", "", "people & blogs", "Chess club", ""),
              ("keys", "keys_card.mp4", "", "", "people & blogs", "Found keys", ""),
              ("run", "run_card.mp4", "", "", "sports", "Fun run", ""),
          )}  # fmt: skip

LITHUANIAN = ("Miške gyvena didelis kiškis. Rytą jis eina prie upės ir žiūri į drugelius, paskui "
              "užmiega po medžiu.")  # fmt: skip
GUIDE = ("Welcome to the old mill museum. I'm Sara, and I'll be your guide today. Please stay "
         "with the group and don't touch the machines.")  # fmt: skip
POOL_SWIM = ("From Monday the swimming pool opens at six in the morning. Early swimmers get a "
             "free coffee at the cafe.")  # fmt: skip
GARDEN = ("Hello, I'm Tom from the garden club. We give away free tomato plants this Saturday. "
          "Come early, there are only fifty.")  # fmt: skip
BIKEFIX = ("Is your bike making strange noises? Bring it to the library car park on Tuesday at "
           "five, and our volunteers fix it for free.")  # fmt: skip
# Set 20, made after intent_uploader v12 (a notice is there to get its readers to act):
# Lithuanian narration and a museum guide over the film, a pool's, a garden club's and a bike
# repair's narrated cards, silent lost-cat, concert and book-sale cards, a window of the
# film's sixth minute.
SET_20 = {"runs": (("lt", LITHUANIAN, 430), ("en-us-nyc", GUIDE, 150)),
          "narrated": ("swim_en", "0x14243a", "POOL HOURS", "From Monday - 6 am", POOL_SWIM),
          "silent": ("tabby_card", "0x2a1a1a", "MISSING CAT", "ginger tabby - Elm Street"),
          "more_cards": ((("garden_en", "0x1a3a1a", "FREE PLANTS", "Saturday - garden club",
                           GARDEN),
                          ("concert_card", "0x1a1a3a", "BRASS BAND CONCERT",
                           "Park bandstand - Sunday 3 pm")),
                         (("bikefix_en", "0x3a3a1a", "FREE BIKE REPAIR",
                           "Library car park - Tuesday 5 pm", BIKEFIX),
                          ("sale_card2", "0x2a1a3a", "BOOK SALE", "all books 1 euro"))),
          "rows": (
              ("bbb_six", BBB_FILE, 330, 390, "film & animation", BBB, BBB_TEXT),
              ("narration_lt", "narration_lt.mp4", "", "", "film & animation",
               "Kiškis ir drugeliai", "Lietuviška pasaka apie laisvo filmo vaizdus."),
              ("guide_us", "narration_en-us-nyc.mp4", "", "", "travel & events",
               "Old mill museum tour", "A guided visit."),
              ("swim_en", "swim_en.mp4", "", "", "sports", "Pool hours", "Early opening."),
              ("garden_en", "garden_en.mp4", "", "", "people & blogs", "Free plants",
               "Garden club giveaway."),
              ("tabby", "tabby_card.mp4", "", "", "pets & animals", "Missing cat", ""),
              ("concert", "concert_card.mp4", "", "", "music", "Brass band concert", ""),
              ("bikefix_en", "bikefix_en.mp4", "", "", "autos & vehicles", "Free bike repair",
               "Volunteers fix bikes."),
              ("books", "sale_card2.mp4", "", "", "people & blogs", "Book sale", ""),
          )}  # fmt: skip

NORWEGIAN = ("En stor kanin bor i skogen. Om morgenen går han til elven og ser på sommerfuglene, "
             "og så sover han under et tre.")  # fmt: skip
CINEMA = ("Good evening and welcome to our outdoor cinema. I'm Maya from the film society. "
          "Tonight's film is short, so please stay for the quiz afterwards. The winner gets two "
          "free tickets.")  # fmt: skip
RECYCLING = ("From next week, recycling is collected on Wednesday instead of Monday. Please put "
             "your bins out before seven in the morning.")  # fmt: skip
BLOOD = ("Hi, I'm Nurse Patel. We are short of blood donors this winter. One hour of your time "
         "can save three lives.")  # fmt: skip
SHELTER = ("Our animal shelter needs volunteers to walk the dogs at weekends. No experience is "
           "needed, just come along on Saturday morning.")  # fmt: skip
# Set 21, made after r15-6 (the quote the intent is about, given names, a group informed):
# Norwegian narration and a film society's host over the film, a council's recycling, a blood
# drive's and an animal shelter's narrated cards, silent road-closed, yoga and lost-wallet cards,
# a window of the film's eighth minute.
SET_21 = {"runs": (("nb", NORWEGIAN, 470), ("en-gb-scotland", CINEMA, 60)),
          "narrated": ("recycling_en", "0x1a3a2a", "RECYCLING DAY", "Now on Wednesdays",
                       RECYCLING),
          "silent": ("road_card", "0x3a1a1a", "ROAD CLOSED", "Mill Lane - until Friday"),
          "more_cards": ((("blood_en", "0x3a1414", "BLOOD DRIVE", "Town hall - Friday 10 to 4",
                           BLOOD),
                          ("yoga_card", "0x143a3a", "YOGA IN THE PARK",
                           "every Tuesday 6 pm - free")),
                         (("shelter_en", "0x2a2a1a", "DOG WALKERS WANTED",
                           "Weekends - Hillside animal shelter", SHELTER),
                          ("wallet_card", "0x1a1a2a", "LOST WALLET",
                           "brown leather - near the station"))),
          "rows": (
              ("bbb_eight", BBB_FILE, 450, 510, "film & animation", BBB, BBB_TEXT),
              ("narration_nb", "narration_nb.mp4", "", "", "film & animation",
               "Kaninen og sommerfuglene", "Et norsk eventyr over bilder fra en fri film."),
              ("cinema_gb", "narration_en-gb-scotland.mp4", "", "", "film & animation",
               "Outdoor cinema night", "Our summer screening."),
              ("recycling_en", "recycling_en.mp4", "", "", "news & politics", "Recycling day",
               "A change from next week."),
              ("blood_en", "blood_en.mp4", "", "", "nonprofits & activism", "Blood drive",
               "Town hall, Friday."),
              ("shelter_en", "shelter_en.mp4", "", "", "pets & animals", "Dog walkers wanted",
               "Hillside animal shelter."),
              ("road", "road_card.mp4", "", "", "autos & vehicles", "Road closed", ""),
              ("yoga", "yoga_card.mp4", "", "", "sports", "Yoga in the park", ""),
              ("wallet", "wallet_card.mp4", "", "", "people & blogs", "Lost wallet", ""),
          )}  # fmt: skip

ICELANDIC = ("Stór kanína býr í skóginum. Á morgnana gengur hún að ánni og horfir á fiðrildin, "
             "og svo sefur hún undir tré.")  # fmt: skip
COACH = ("Good morning, I'm Coach Rivera. Our junior football team trains every Thursday after "
         "school. New players are welcome, just bring boots and water.")  # fmt: skip
FLU = ("Flu jabs are now available at the pharmacy. You do not need an appointment, just walk "
       "in.")  # fmt: skip
REPAIR = ("Hello, I'm Ruth. At our repair cafe, volunteers mend toasters, lamps and clothes for "
          "free. Bring something broken and a little patience.")  # fmt: skip
WATER = ("The water supply on High Street will be switched off on Monday morning for repairs. "
         "Please fill a kettle the night before.")  # fmt: skip
# Set 22, made after r15-7 (no quote that lost its start or has a misheard non-word, "The main
# character" names no one): Icelandic narration and a football coach over the film, a
# pharmacy's, a repair cafe's and a water company's narrated cards, silent found-bicycle,
# bake-sale and no-parking cards, a window of the film's fourth minute. (A card line holds no
# apostrophe or colon: ffmpeg's drawtext reads them.)
SET_22 = {"runs": (("is", ICELANDIC, 200), ("en-gb-x-rp", COACH, 100)),
          "narrated": ("flu_en", "0x1a2a3a", "FLU JABS", "Pharmacy - no appointment", FLU),
          "silent": ("bicycle_card", "0x3a2a14", "FOUND BICYCLE",
                     "red bike - ask the school office"),
          "more_cards": ((("repair_en", "0x2a3a3a", "REPAIR CAFE", "First Saturday of the month",
                           REPAIR),
                          ("bake_card", "0x3a1a2a", "BAKE SALE", "School hall - Friday 3 pm")),
                         (("water_en", "0x14143a", "WATER OFF", "High Street - Monday 9 to 12",
                           WATER),
                          ("parking_card", "0x3a3a3a", "NO PARKING",
                           "street cleaning - Tuesday 7 am"))),
          "rows": (
              ("bbb_four", BBB_FILE, 200, 260, "film & animation", BBB, BBB_TEXT),
              ("narration_is", "narration_is.mp4", "", "", "film & animation",
               "Kanínan og fiðrildin", "Íslenskt ævintýri yfir myndum úr frjálsri kvikmynd."),
              ("coach_gb", "narration_en-gb-x-rp.mp4", "", "", "sports", "Junior football",
               "Training on Thursdays."),
              ("flu_en", "flu_en.mp4", "", "", "howto & style", "Flu jabs",
               "At the pharmacy now."),
              ("repair_en", "repair_en.mp4", "", "", "science & technology", "Repair cafe",
               "Monthly repair cafe."),
              ("water_en", "water_en.mp4", "", "", "news & politics", "Water off",
               "High Street, Monday."),
              ("bicycle", "bicycle_card.mp4", "", "", "people & blogs", "Found bicycle", ""),
              ("bake", "bake_card.mp4", "", "", "people & blogs", "Bake sale", ""),
              ("parking", "parking_card.mp4", "", "", "autos & vehicles", "No parking", ""),
          )}  # fmt: skip

AFRIKAANS = ("'n Groot haas woon in die bos. Soggens loop hy na die rivier en kyk na die "
             "skoenlappers, en dan slaap hy onder 'n boom.")  # fmt: skip
GARDENER = ("Hi, I'm Grace, and I run the community garden. This spring we are planting fruit "
            "trees along the river. Volunteers get lunch and a free apple tree to take "
            "home.")  # fmt: skip
SNOW = ("When it snows, we clear the paths for older neighbours. Sign up at the town hall and "
        "we will call you.")  # fmt: skip
STRIKE = ("There are no buses on Friday because of a strike. Please share lifts or walk if you "
          "can.")  # fmt: skip
SWAP = ("Hello, I'm Omar. Bring the clothes you no longer wear to the swap shop, and take home "
        "something new for free.")  # fmt: skip
# Set 23, made after r15-8 (a notice is no video of what it names): Afrikaans narration and a
# community gardener over the film (a Caribbean voice), a snow-clearing rota's, a bus strike's
# and a swap shop's narrated cards, silent found-phone, open-mic and lost-tortoise cards, a
# window of the film's seventh minute.
SET_23 = {"runs": (("af", AFRIKAANS, 250), ("en-029", GARDENER, 20)),
          "narrated": ("snow_en", "0x2a2a3a", "SNOW CLEARING", "Volunteers needed - 6 am", SNOW),
          "silent": ("phone_card", "0x1a1a1a", "FOUND PHONE", "black phone - ask at the cafe"),
          "more_cards": ((("strike_en", "0x3a1a14", "BUS STRIKE", "No buses on Friday", STRIKE),
                          ("mic_card", "0x2a143a", "OPEN MIC NIGHT",
                           "Thursday 8 pm - The Anchor")),
                         (("swap_en", "0x143a1a", "SWAP SHOP", "Bring clothes - take clothes",
                           SWAP),
                          ("tortoise_card", "0x3a3a14", "LOST TORTOISE",
                           "answers to Henry - Oak Road"))),
          "rows": (
              ("bbb_seven", BBB_FILE, 380, 440, "film & animation", BBB, BBB_TEXT),
              ("narration_af", "narration_af.mp4", "", "", "film & animation",
               "Die haas en die skoenlappers", "'n Afrikaanse storie oor 'n vrye film."),
              ("garden_029", "narration_en-029.mp4", "", "", "nonprofits & activism",
               "Community garden", "Planting fruit trees this spring."),
              ("snow_en", "snow_en.mp4", "", "", "nonprofits & activism", "Snow clearing",
               "Volunteers needed."),
              ("strike_en", "strike_en.mp4", "", "", "news & politics", "Bus strike",
               "No buses on Friday."),
              ("swap_en", "swap_en.mp4", "", "", "howto & style", "Swap shop",
               "Clothes swap."),
              ("phone", "phone_card.mp4", "", "", "people & blogs", "Found phone", ""),
              ("mic", "mic_card.mp4", "", "", "music", "Open mic night", ""),
              ("tortoise", "tortoise_card.mp4", "", "", "pets & animals", "Lost tortoise", ""),
          )}  # fmt: skip

WELSH = ("Mae cwningen fawr yn byw yn y goedwig. Yn y bore mae hi'n cerdded at yr afon ac yn "
         "edrych ar y gloÿnnod byw, ac yna mae hi'n cysgu o dan goeden.")  # fmt: skip
HEAD = ("Good afternoon, I'm Mrs Okafor, the head teacher. Our school fair is on Saturday, and "
        "every stall raises money for new books. Please bring your family and "
        "friends.")  # fmt: skip
TREES = ("Join us this Sunday to plant two hundred trees in Riverside Park. Gloves and spades "
         "are provided, and children are welcome.")  # fmt: skip
POWER = ("There will be a planned power cut on Tuesday afternoon while we replace a cable. "
         "Please switch off sensitive equipment.")  # fmt: skip
LANGUAGE = ("Hi, I'm Lucas. At the language cafe you can practise English with local volunteers "
            "over a cup of tea. Everyone is welcome, whatever your level.")  # fmt: skip
# Set 24, made after r15-9 (a quoted speaker's intent says what they want of their listeners):
# Welsh narration and a head teacher over the film (a West Midlands voice), a tree planting's,
# a power cut's and a language cafe's narrated cards, silent found-umbrella, film-club and
# lost-rabbit cards, a window of the film's second minute.
SET_24 = {"runs": (("cy", WELSH, 90), ("en-gb-x-gbcwmd", HEAD, 520)),
          "narrated": ("trees_en", "0x143a14", "TREE PLANTING", "Sunday 10 am - Riverside Park",
                       TREES),
          "silent": ("umbrella_card", "0x14142a", "FOUND UMBRELLA",
                     "green umbrella - ask at the bakery"),
          "more_cards": ((("power_en", "0x2a2a2a", "POWER CUT", "Tuesday 1 to 3 pm", POWER),
                          ("film_card", "0x3a142a", "FILM CLUB", "Fridays 7 pm - room 2")),
                         (("language_en", "0x1a2a14", "LANGUAGE CAFE",
                           "Practise English - Wednesdays", LANGUAGE),
                          ("rabbit_card", "0x2a1a2a", "LOST RABBIT",
                           "white with grey ears - Park Lane"))),
          "rows": (
              ("bbb_two", BBB_FILE, 100, 160, "film & animation", BBB, BBB_TEXT),
              ("narration_cy", "narration_cy.mp4", "", "", "film & animation",
               "Y gwningen a'r gloÿnnod byw", "Stori Gymraeg dros luniau ffilm rydd."),
              ("head_gb", "narration_en-gb-x-gbcwmd.mp4", "", "", "education", "School fair",
               "A message from the head teacher."),
              ("trees_en", "trees_en.mp4", "", "", "nonprofits & activism", "Tree planting",
               "Riverside Park, Sunday."),
              ("power_en", "power_en.mp4", "", "", "news & politics", "Power cut",
               "Planned work on Tuesday."),
              ("language_en", "language_en.mp4", "", "", "education", "Language cafe",
               "Practise English over tea."),
              ("umbrella", "umbrella_card.mp4", "", "", "people & blogs", "Found umbrella", ""),
              ("filmclub", "film_card.mp4", "", "", "film & animation", "Film club", ""),
              ("lostrabbit", "rabbit_card.mp4", "", "", "pets & animals", "Lost rabbit", ""),
          )}  # fmt: skip

SWAHILI = ("Sungura mkubwa anaishi msituni. Asubuhi anakwenda mtoni na kuwatazama vipepeo, kisha "
           "analala chini ya mti.")  # fmt: skip
CYCLING = ("Hello, I'm Daniel from the cycling club. Every Sunday morning we ride twenty miles "
           "through the countryside. Beginners are welcome, and we always stop for "
           "cake.")  # fmt: skip
BOOT = ("Our car boot sale is back this Saturday at Market Field. Sellers pay five pounds a "
        "pitch, and buyers get in free.")  # fmt: skip
ICE = ("Temperatures will drop below zero tonight, so roads will be icy. Drive slowly and leave "
       "extra space.")  # fmt: skip
KNIT = ("Hi, I'm Joan. Our knitting circle meets every Monday afternoon. We share patterns and "
        "wool, and we are making blankets for the hospital.")  # fmt: skip
# Set 25, made after r15-10 (a message or an event presented to an audience is generic):
# Swahili narration and a cycling club's leader over the film (a Lancaster voice), a car boot
# sale's, an ice warning's and a knitting circle's narrated cards, silent found-glasses,
# quiz-night and lost-hamster cards, a window of the film's third minute.
SET_25 = {"runs": (("sw", SWAHILI, 160), ("en-gb-x-gbclan", CYCLING, 300)),
          "narrated": ("boot_en", "0x2a3a14", "CAR BOOT SALE", "Saturday 8 am - Market Field",
                       BOOT),
          "silent": ("glasses_card", "0x3a2a2a", "FOUND GLASSES",
                     "red frames - ask at the pharmacy"),
          "more_cards": ((("ice_en", "0x14243a", "ICE WARNING", "Roads slippery tonight", ICE),
                          ("quiz_card", "0x2a3a2a", "QUIZ NIGHT", "Wednesday 8 pm - The Swan")),
                         (("knit_en", "0x3a2a3a", "KNITTING CIRCLE", "Mondays 2 pm - library",
                           KNIT),
                          ("hamster_card", "0x1a3a3a", "LOST HAMSTER",
                           "brown and white - Mill Road"))),
          "rows": (
              ("bbb_three", BBB_FILE, 150, 210, "film & animation", BBB, BBB_TEXT),
              ("narration_sw", "narration_sw.mp4", "", "", "film & animation",
               "Sungura na vipepeo", "Hadithi ya Kiswahili juu ya picha za filamu huru."),
              ("cycling_gb", "narration_en-gb-x-gbclan.mp4", "", "", "sports", "Cycling club",
               "Sunday rides."),
              ("boot_en", "boot_en.mp4", "", "", "people & blogs", "Car boot sale",
               "Market Field, Saturday."),
              ("ice_en", "ice_en.mp4", "", "", "news & politics", "Ice warning",
               "Tonight's roads."),
              ("knit_en", "knit_en.mp4", "", "", "howto & style", "Knitting circle",
               "Mondays at the library."),
              ("glasses", "glasses_card.mp4", "", "", "people & blogs", "Found glasses", ""),
              ("quiz", "quiz_card.mp4", "", "", "entertainment", "Quiz night", ""),
              ("hamster", "hamster_card.mp4", "", "", "pets & animals", "Lost hamster", ""),
          )}  # fmt: skip

INDONESIAN = ("Seekor kelinci besar tinggal di hutan. Pagi ini dia mencium bunga, lalu tiga tupai "
              "nakal melempar buah ke kepalanya.")  # fmt: skip
POOL = ("Hello, I'm Grace from the community pool. The pool opens again on Monday after the "
        "repairs. Swimming lessons for children start at four, and adults can swim until "
        "nine.")  # fmt: skip
MARKET = ("Fresh bread, cheese and vegetables from local farms, every Saturday morning at "
          "Station Square. Please bring your own bags.")  # fmt: skip
LIBRARY = ("The library will be closed on Thursday for staff training. You can still return "
           "books through the slot by the door.")  # fmt: skip
FUNRUN = ("Join our five kilometre fun run in City Park this Sunday. All the money we raise goes "
          "to the children's hospital.")  # fmt: skip
# Set 26, made after asr.rescore (a sentence the 0.5B finds unlikely is hidden as misheard):
# Indonesian narration and a swimming pool's attendant over the film (espeak's English with its
# third female variant), a farmers market's, a library closure's and a fun run's narrated cards,
# silent found-keys, chess-club and lost-cat cards, a window of the film's first minutes.
SET_26 = {"runs": (("id", INDONESIAN, 200), ("en-us+f3", POOL, 380)),
          "narrated": ("market_en", "0x2a3a1a", "FARMERS MARKET",
                       "Saturdays 9 to 1 - Station Square", MARKET),
          "silent": ("keys_card", "0x3a2a1a", "FOUND KEYS", "silver keyring - ask at reception"),
          "more_cards": ((("library_en", "0x1a2a3a", "LIBRARY CLOSED", "Thursday - staff training",
                           LIBRARY),
                          ("chess_card", "0x2a2a3a", "CHESS CLUB", "Tuesdays 6 pm - room 4")),
                         (("funrun_en", "0x3a1a2a", "FUN RUN", "Sunday 9 am - City Park", FUNRUN),
                          ("cat_card", "0x1a3a2a", "LOST CAT",
                           "black with white paws - Elm Street"))),
          "rows": (
              ("bbb_one", BBB_FILE, 45, 105, "film & animation", BBB, BBB_TEXT),
              ("narration_id", "narration_id.mp4", "", "", "film & animation",
               "Kelinci dan tupai", "Cerita berbahasa Indonesia di atas gambar film bebas."),
              ("pool_us", "narration_en-us+f3.mp4", "", "", "sports", "Community pool",
               "Opening again on Monday."),
              ("market_en", "market_en.mp4", "", "", "food", "Farmers market",
               "Station Square, Saturdays."),
              ("library_en", "library_en.mp4", "", "", "education", "Library closed",
               "Staff training on Thursday."),
              ("funrun_en", "funrun_en.mp4", "", "", "sports", "Fun run",
               "City Park, Sunday."),
              ("keys", "keys_card.mp4", "", "", "people & blogs", "Found keys", ""),
              ("chess", "chess_card.mp4", "", "", "gaming", "Chess club", ""),
              ("cat", "cat_card.mp4", "", "", "pets & animals", "Lost cat", ""),
          )}  # fmt: skip

VIETNAMESE = ("Một con thỏ lớn sống trong rừng. Buổi sáng nó ngửi hoa, rồi ba con sóc nghịch ngợm "
              "ném quả vào nó.")  # fmt: skip
BAKERY = ("Hi, I'm Priya from the corner bakery. We stay open late on Friday for the street "
          "party. Every loaf we sell that night helps the food bank.")  # fmt: skip
BEACH = ("Help us clear plastic from North Beach this Saturday morning. Gloves and bags are "
         "provided.")  # fmt: skip
CANCELLED = ("Friday's concert in the town hall is cancelled because the singer is ill. Your "
             "tickets will be refunded.")  # fmt: skip
BIKES = ("Bring your bike to the youth club on Wednesday evening, and our volunteers will fix "
         "it for free.")  # fmt: skip
# Set 27, made after r15-12 (over a card that reads FOUND, the thing is not lost): Vietnamese
# narration and a baker over the film (espeak's Scottish English, fifth female variant), a beach
# clean's, a cancelled concert's and a bike repair's narrated cards, silent found-watch,
# lost-dog and choir-practice cards, a window of the film's fifth minute.
SET_27 = {"runs": (("vi", VIETNAMESE, 120), ("en-gb-scotland+f5", BAKERY, 250)),
          "narrated": ("beach_en", "0x1a3a3a", "BEACH CLEAN", "Saturday 10 am - North Beach",
                       BEACH),
          "silent": ("watch_card", "0x3a3a1a", "FOUND WATCH", "gold watch - ask at the library"),
          "more_cards": ((("concert_en", "0x3a1a1a", "CONCERT CANCELLED",
                           "Friday - tickets refunded", CANCELLED),
                          ("dog_card", "0x2a1a3a", "LOST DOG", "small brown terrier - Park Road")),
                         (("bikes_en", "0x1a3a1a", "BIKE REPAIR", "Free - Wednesday evenings",
                           BIKES),
                          ("choir_card", "0x1a1a3a", "CHOIR PRACTICE",
                           "Mondays 7 pm - church hall"))),
          "rows": (
              ("bbb_five", BBB_FILE, 270, 330, "film & animation", BBB, BBB_TEXT),
              ("narration_vi", "narration_vi.mp4", "", "", "film & animation",
               "Con thỏ và những con sóc", "Câu chuyện tiếng Việt trên hình ảnh phim tự do."),
              ("bakery_sc", "narration_en-gb-scotland+f5.mp4", "", "", "food", "Corner bakery",
               "Open late on Friday."),
              ("beach_en", "beach_en.mp4", "", "", "nonprofits & activism", "Beach clean",
               "North Beach, Saturday."),
              ("concert_en", "concert_en.mp4", "", "", "music", "Concert cancelled",
               "Friday's concert."),
              ("bikes_en", "bikes_en.mp4", "", "", "autos & vehicles", "Bike repair",
               "Wednesday evenings at the youth club."),
              ("watch", "watch_card.mp4", "", "", "people & blogs", "Found watch", ""),
              ("dog", "dog_card.mp4", "", "", "pets & animals", "Lost dog", ""),
              ("choir", "choir_card.mp4", "", "", "music", "Choir practice", ""),
          )}  # fmt: skip

MALAY = ("Seekor arnab besar tinggal di dalam hutan. Pada waktu pagi dia menghidu bunga, dan tiga "
         "ekor tupai nakal membaling buah kepadanya.")  # fmt: skip
TENANTS = ("Good evening, I'm Rosa from the tenants association. The lift in block C will be "
           "repaired next week. Until then, please use the stairs on the north side, and call us "
           "if you need help with your shopping.")  # fmt: skip
DRAMA = ("Hello, I'm Ben, and I run the youth drama club at the community centre. We meet on "
         "Tuesday evenings, and this term we are putting on a play about the sea. Everyone aged "
         "ten to sixteen can join.")  # fmt: skip
HOSEPIPE = ("From Monday there is a hosepipe ban. Please water your garden with a watering "
            "can.")  # fmt: skip
MEALS = ("Families can apply for free school meals until Friday. The forms are at the school "
         "office.")  # fmt: skip
CAREHOME = ("Our choir sings for the residents of Willow House this Sunday afternoon. Visitors "
            "are welcome.")  # fmt: skip
# Set 28, made after stop 43's changes, to read more speakers: Malay narration and two speakers
# over the film (a tenants' association in espeak's Caribbean English, second female variant; a
# drama club in its West Midlands English, third male variant), a hosepipe ban's, a free school
# meals' and a care home concert's narrated cards, silent found-scarf, lost-parrot and
# yard-sale cards, a window of the film's sixth minute.
SET_28 = {"runs": (("ms", MALAY, 60), ("en-029+f2", TENANTS, 330), ("en-gb-x-gbcwmd+m3", DRAMA,
                                                                     470)),
          "narrated": ("hosepipe_en", "0x1a2a2a", "HOSEPIPE BAN", "From Monday", HOSEPIPE),
          "silent": ("scarf_card", "0x2a1a1a", "FOUND SCARF", "blue wool - ask at the post office"),
          "more_cards": ((("meals_en", "0x2a2a1a", "FREE SCHOOL MEALS", "Apply by Friday",
                           MEALS),
                          ("parrot_card", "0x1a2a1a", "LOST PARROT",
                           "grey with a red tail - Hill Road")),
                         (("carehome_en", "0x2a1a2a", "CARE HOME CONCERT",
                           "Sunday 3 pm - Willow House", CAREHOME),
                          ("yard_card", "0x3a2a2a", "YARD SALE", "Saturday 8 am - 12 Oak Lane"))),
          "rows": (
              ("bbb_six", BBB_FILE, 330, 390, "film & animation", BBB, BBB_TEXT),
              ("narration_ms", "narration_ms.mp4", "", "", "film & animation",
               "Arnab dan tupai", "Cerita bahasa Melayu di atas gambar filem bebas."),
              ("tenants_029", "narration_en-029+f2.mp4", "", "", "people & blogs",
               "Tenants association", "News about the lift."),
              ("drama_gb", "narration_en-gb-x-gbcwmd+m3.mp4", "", "", "education",
               "Youth drama club", "Tuesday evenings at the community centre."),
              ("hosepipe_en", "hosepipe_en.mp4", "", "", "news & politics", "Hosepipe ban",
               "From Monday."),
              ("meals_en", "meals_en.mp4", "", "", "education", "Free school meals",
               "Apply by Friday."),
              ("carehome_en", "carehome_en.mp4", "", "", "music", "Care home concert",
               "Willow House, Sunday."),
              ("scarf", "scarf_card.mp4", "", "", "people & blogs", "Found scarf", ""),
              ("parrot", "parrot_card.mp4", "", "", "pets & animals", "Lost parrot", ""),
              ("yard", "yard_card.mp4", "", "", "people & blogs", "Yard sale", ""),
          )}  # fmt: skip

# Set 29, made after r15-13, to read more speakers (role B had 9 statements in sets 26-28):
# Albanian narration, two speakers over the film (a school jazz band in espeak's American
# English, fourth male variant; an allotment society in its Scottish English, second male
# variant), a closed road's notice with its speaker, a blood drive's and a new bin day's, each
# beside a silent card (found glasses, a lost tortoise).
ALBANIAN = ("Një lepur i madh jeton në pyll. Në mëngjes ai nuhat lulet, dhe tre ketra të "
            "këqij i hedhin fruta.")  # fmt: skip
BAND = ("Hi, I'm Marcus, and I play drums in the school jazz band. We practise every Thursday "
        "after lunch, and we need a trumpet player for the spring show.")  # fmt: skip
SEEDLINGS = ("Good morning, I'm Fiona from the allotment society. This Saturday we are "
             "sharing spare seedlings at the gate, so bring a box and take what you can "
             "plant.")  # fmt: skip
ROAD = ("Mill Lane is closed until Friday while the water main is replaced. Buses will stop on "
        "Church Street instead.")  # fmt: skip
BLOOD = ("The blood service is at the town hall on Tuesday. If you are healthy and over "
         "eighteen, please come and give blood.")  # fmt: skip
BINS = ("From next week your recycling will be collected on Thursday instead of Tuesday. Please "
        "put your green bin out the night before.")  # fmt: skip
SET_29 = {"runs": (("sq", ALBANIAN, 150), ("en-us+m4", BAND, 470), ("en-gb-scotland+m2",
                                                                     SEEDLINGS, 520)),
          "narrated": ("road_en", "0x2a2a3a", "ROAD CLOSED", "Mill Lane - until Friday", ROAD),
          "silent": ("glasses_card", "0x3a2a1a", "FOUND GLASSES",
                     "red frames - ask at the pharmacy"),
          "more_cards": ((("blood_en", "0x3a1a1a", "BLOOD DONORS", "Town hall - Tuesday", BLOOD),
                          ("tortoise_card", "0x1a3a2a", "LOST TORTOISE",
                           "answers to Shelly - Brook Street")),
                         (("bins_en", "0x1a2a3a", "NEW BIN DAY", "From next week - Thursday",
                           BINS),
                          ("lecture_card", "0x2a3a1a", "PUBLIC LECTURE",
                           "The history of the canal - Friday 7 pm"))),
          "rows": (
              ("bbb_seven", BBB_FILE, 150, 210, "film & animation", BBB, BBB_TEXT),
              ("narration_sq", "narration_sq.mp4", "", "", "film & animation",
               "Lepuri dhe ketrat", "Një histori shqip mbi pamjet e një filmi të lirë."),
              ("band_us", "narration_en-us+m4.mp4", "", "", "music", "School jazz band",
               "Thursday practice."),
              ("seedlings_sc", "narration_en-gb-scotland+m2.mp4", "", "", "howto & style",
               "Allotment society", "Spare seedlings this Saturday."),
              ("road_en", "road_en.mp4", "", "", "news & politics", "Road closed",
               "Mill Lane until Friday."),
              ("blood_en", "blood_en.mp4", "", "", "nonprofits & activism", "Blood donors",
               "Town hall, Tuesday."),
              ("bins_en", "bins_en.mp4", "", "", "news & politics", "New bin day",
               "From next week."),
              ("glasses", "glasses_card.mp4", "", "", "people & blogs", "Found glasses", ""),
              ("tortoise", "tortoise_card.mp4", "", "", "pets & animals", "Lost tortoise", ""),
              ("lecture", "lecture_card.mp4", "", "", "education", "Public lecture", ""),
          )}  # fmt: skip

# Set 30, made after r15-14 and the scorer's reading of gaps, again with more speakers:
# Bulgarian narration, two speakers over the film (a new librarian in espeak's received
# pronunciation, fourth female variant; a swimming coach in its New York English, first male
# variant), a parking change's notice with its speaker, a quiz night's and a litter pick's, each
# beside a silent card (a found phone, a lost bicycle).
BULGARIAN = ("Голям заек живее в гората. Сутрин той мирише цветята, а три палави катерици "
             "хвърлят плодове по него.")  # fmt: skip
READING = ("Good afternoon, I'm Priya, the new librarian at Hill Road library. Our reading group "
           "meets on the first Monday of each month, and new members are always "
           "welcome.")  # fmt: skip
SWIM = ("Hey there, I'm Luis, the coach of the harbour swimming club. Lessons for beginners "
        "start next Tuesday at the leisure centre, so sign up at the front desk.")  # fmt: skip
PARKING = ("From June the station car park will charge two pounds a day. Season tickets can be "
           "bought online.")  # fmt: skip
QUIZ = ("Our quiz night raises money for the children's ward. Teams of up to six can enter at "
        "the bar.")  # fmt: skip
LITTER = ("We are picking litter in Mill Park this Sunday morning. Please meet us at the park "
          "gate, and wear sturdy shoes.")  # fmt: skip
SET_30 = {"runs": (("bg", BULGARIAN, 470), ("en-gb-x-rp+f4", READING, 330), ("en-us-nyc+m1",
                                                                              SWIM, 60)),
          "narrated": ("parking_en", "0x1a1a2a", "PARKING CHANGES", "Station car park - from June",
                       PARKING),
          "silent": ("phone_card", "0x2a1a2a", "FOUND PHONE", "black case - ask at the cafe"),
          "more_cards": ((("quiz_en", "0x3a1a2a", "QUIZ NIGHT", "Friday 8 pm - The Red Lion",
                           QUIZ),
                          ("bicycle_card", "0x1a3a3a", "LOST BICYCLE",
                           "blue frame - Station Road")),
                         (("litter_en", "0x2a3a2a", "LITTER PICK", "Sunday 10 am - Mill Park",
                           LITTER),
                          ("tennis_card", "0x3a3a1a", "TENNIS CLUB",
                           "Open day - Saturday 2 pm"))),
          "rows": (
              ("bbb_eight", BBB_FILE, 90, 150, "film & animation", BBB, BBB_TEXT),
              ("narration_bg", "narration_bg.mp4", "", "", "film & animation",
               "Заекът и катериците", "Българска история върху кадри от свободен филм."),
              ("reading_rp", "narration_en-gb-x-rp+f4.mp4", "", "", "education",
               "Reading group", "Hill Road library."),
              ("swim_nyc", "narration_en-us-nyc+m1.mp4", "", "", "sports",
               "Harbour swimming club", "Beginners' lessons."),
              ("parking_en", "parking_en.mp4", "", "", "autos & vehicles", "Parking changes",
               "Station car park."),
              ("quiz_en", "quiz_en.mp4", "", "", "entertainment", "Quiz night",
               "Friday at The Red Lion."),
              ("litter_en", "litter_en.mp4", "", "", "nonprofits & activism", "Litter pick",
               "Mill Park, Sunday."),
              ("phone", "phone_card.mp4", "", "", "people & blogs", "Found phone", ""),
              ("bicycle", "bicycle_card.mp4", "", "", "people & blogs", "Lost bicycle", ""),
              ("tennis", "tennis_card.mp4", "", "", "sports", "Tennis club", ""),
          )}  # fmt: skip

# Set 31, made after r15-15, again with speakers under categories that are not of teaching:
# Basque narration, two speakers over the film (a gospel choir's leader in espeak's American
# English, second female variant; a village cricket captain in its received pronunciation, fifth
# male variant), a library book sale's notice with its speaker, a repair cafe's and a museum's
# free day, each beside a silent card (a found wallet, a lost rabbit).
BASQUE = ("Untxi handi bat basoan bizi da. Goizean loreak usaintzen ditu, eta hiru urtxintxa "
          "bihurrik fruituak botatzen dizkiote.")  # fmt: skip
GOSPEL = ("Hi, I'm Grace, and I lead the gospel choir at Saint Mark's. We rehearse on Wednesday "
          "nights, and we are looking for tenors for the Easter concert.")  # fmt: skip
CRICKET = ("Good evening, I'm Tom, captain of the village cricket team. Our first match is on "
           "Saturday at the green, and we still need two more players, so come along to the "
           "nets on Thursday.")  # fmt: skip
BOOKSALE = ("Our library is selling old books this Saturday morning. Every book costs fifty "
            "pence, and the money buys new books for children.")  # fmt: skip
REPAIRCAFE = ("Bring your broken toasters, lamps and clothes to the repair cafe. Our volunteers "
              "will try to fix them for free.")  # fmt: skip
MUSEUM = ("On Sunday the town museum is free for everyone. The new dinosaur gallery opens at "
          "noon.")  # fmt: skip
SET_31 = {"runs": (("eu", BASQUE, 470), ("en-us+f2", GOSPEL, 60), ("en-gb-x-rp+m5", CRICKET,
                                                                    330)),
          "narrated": ("booksale_en", "0x2a1a1a", "LIBRARY BOOK SALE", "Saturday 10 am - main hall",
                       BOOKSALE),
          "silent": ("wallet_card", "0x1a2a1a", "FOUND WALLET", "brown leather - ask at the bank"),
          "more_cards": ((("repaircafe_en", "0x1a1a3a", "REPAIR CAFE",
                           "First Sunday - church hall", REPAIRCAFE),
                          ("rabbit_card", "0x3a1a3a", "LOST RABBIT",
                           "white with grey ears - Mill Road")),
                         (("museum_en", "0x3a3a2a", "MUSEUM FREE DAY", "Sunday - all galleries",
                           MUSEUM),
                          ("choirs_card", "0x2a2a3a", "YOUTH ORCHESTRA",
                           "Auditions - 5 March"))),
          "rows": (
              ("bbb_nine", BBB_FILE, 240, 300, "film & animation", BBB, BBB_TEXT),
              ("narration_eu", "narration_eu.mp4", "", "", "film & animation",
               "Untxia eta urtxintxak", "Euskarazko istorioa film libre baten irudien gainean."),
              ("gospel_us", "narration_en-us+f2.mp4", "", "", "music", "Gospel choir",
               "Wednesday rehearsals."),
              ("cricket_rp", "narration_en-gb-x-rp+m5.mp4", "", "", "sports",
               "Village cricket", "First match on Saturday."),
              ("booksale_en", "booksale_en.mp4", "", "", "people & blogs", "Library book sale",
               "Saturday morning."),
              ("repaircafe_en", "repaircafe_en.mp4", "", "", "nonprofits & activism",
               "Repair cafe", "First Sunday of the month."),
              ("museum_en", "museum_en.mp4", "", "", "travel & events", "Museum free day",
               "Sunday."),
              ("wallet", "wallet_card.mp4", "", "", "people & blogs", "Found wallet", ""),
              ("rabbit", "rabbit_card.mp4", "", "", "pets & animals", "Lost rabbit", ""),
              ("orchestra", "choirs_card.mp4", "", "", "music", "Youth orchestra", ""),
          )}  # fmt: skip

# Set 32, made after r15-16, again with speakers: Armenian narration, two speakers over the
# film (a dog rescue's in espeak's Lancashire English, third female variant; an open mic host in
# its American English, sixth male variant), a polling station's notice with its speaker, a
# clothes swap's and a fireworks night's, each beside a silent card (a found ring, a lost
# hamster).
ARMENIAN = ("Մեծ նապաստակը ապրում է անտառում։ Առավոտյան նա հոտոտում է ծաղիկները, իսկ երեք "
            "չարաճճի սկյուռներ նրա վրա պտուղներ են նետում։")  # fmt: skip
RESCUE = ("Hello, I'm Aisha from the dog rescue on Canal Street. This weekend we are holding an "
          "open day, and families who want to adopt a dog can meet them in the yard.")  # fmt: skip
OPENMIC = ("Hi folks, I'm Sam, and I host the open mic night at the Blue Door cafe. Anyone can "
           "sign up for five minutes on stage, so bring your jokes on Friday.")  # fmt: skip
VOTE = ("The polling station is in the school gym on Thursday. Bring your polling card, and "
        "remember that the doors close at ten.")  # fmt: skip
SWAP = ("Bring clothes you no longer wear to the community hall on Saturday, and take home "
        "something new for free.")  # fmt: skip
FIREWORKS = ("Fireworks start at seven in the park. Please leave your dogs at home, and keep "
             "children close to you.")  # fmt: skip
SET_32 = {"runs": (("hy", ARMENIAN, 470), ("en-gb-x-gbclan+f3", RESCUE, 60), ("en-us+m6",
                                                                             OPENMIC, 330)),
          "narrated": ("vote_en", "0x1a2a2a", "POLLING STATION", "Thursday 7 am to 10 pm",
                       VOTE),
          "silent": ("ring_card", "0x2a2a1a", "FOUND RING", "silver - ask at the newsagent"),
          "more_cards": ((("swap_en", "0x2a1a3a", "CLOTHES SWAP", "Saturday - community hall",
                           SWAP),
                          ("hamster_card", "0x3a2a3a", "LOST HAMSTER", "golden - Elm Close")),
                         (("fireworks_en", "0x1a1a1a", "FIREWORKS NIGHT", "5 November - the park",
                           FIREWORKS),
                          ("yoga_card", "0x3a1a2a", "FREE YOGA", "Tuesdays 6 pm - library"))),
          "rows": (
              ("bbb_ten", BBB_FILE, 420, 480, "film & animation", BBB, BBB_TEXT),
              ("narration_hy", "narration_hy.mp4", "", "", "film & animation",
               "Նապաստակը և սկյուռները", "Հայերեն պատմություն ազատ ֆիլմի կադրերի վրա։"),
              ("rescue_lan", "narration_en-gb-x-gbclan+f3.mp4", "", "", "pets & animals",
               "Dog rescue open day", "This weekend on Canal Street."),
              ("openmic_us", "narration_en-us+m6.mp4", "", "", "comedy", "Open mic night",
               "Friday at the Blue Door cafe."),
              ("vote_en", "vote_en.mp4", "", "", "news & politics", "Polling station",
               "Thursday."),
              ("swap_en", "swap_en.mp4", "", "", "people & blogs", "Clothes swap",
               "Saturday at the community hall."),
              ("fireworks_en", "fireworks_en.mp4", "", "", "travel & events", "Fireworks night",
               "In the park."),
              ("ring", "ring_card.mp4", "", "", "people & blogs", "Found ring", ""),
              ("hamster", "hamster_card.mp4", "", "", "pets & animals", "Lost hamster", ""),
              ("yoga", "yoga_card.mp4", "", "", "sports", "Free yoga", ""),
          )}  # fmt: skip

# Set 33, made after r15-17: Georgian narration, two speakers over the film (a swimming pool's
# lifeguard in espeak's West Midlands English, fourth female variant; a bakery owner in its
# Caribbean English, seventh male variant), a bridge closure's notice with its speaker, a
# community choir's and a flu clinic's, each beside a silent card (a found dog, a missing
# cat, a junior chess club).
GEORGIAN = ("დიდი კურდღელი ტყეში ცხოვრობს. დილით ის ყვავილებს ყნოსავს, სამი ცელქი ციყვი კი "
            "მას ხილს ესვრის.")  # fmt: skip
LIFEGUARD = ("Hi, I'm Jess, one of the lifeguards at Riverside pool. From Monday the pool "
             "opens at six in the morning, and children under eight must swim with an "
             "adult.")  # fmt: skip
BAKER = ("Morning, I'm Kofi, and I bake the bread at Hill Street bakery. On Saturday we give "
         "away the day's last loaves at five, so come by before we close.")  # fmt: skip
BRIDGE = ("The footbridge over the river is closed for repairs until the end of May. Please use "
          "the crossing at Station Road.")  # fmt: skip
SINGERS = ("Our community choir meets every Tuesday in the church hall. No auditions, and no "
           "experience needed, just come along.")  # fmt: skip
CLINIC = ("The flu clinic is open at the health centre on Friday morning. Anyone over sixty-five "
          "can come without an appointment.")  # fmt: skip
SET_33 = {"runs": (("ka", GEORGIAN, 200), ("en-gb-x-gbcwmd+f4", LIFEGUARD, 60), ("en-029+m7",
                                                                                 BAKER, 330)),
          "narrated": ("bridge_en", "0x2a1a1a", "FOOTBRIDGE CLOSED", "Until the end of May",
                       BRIDGE),
          "silent": ("dog_found_card", "0x1a2a3a", "FOUND DOG", "black labrador - call the vet"),
          "more_cards": ((("singers_en", "0x3a2a1a", "COMMUNITY CHOIR", "Tuesdays - church hall",
                           SINGERS),
                          ("catseen_card", "0x1a3a1a", "MISSING CAT", "ginger tom - Park Lane")),
                         (("clinic_en", "0x2a3a3a", "FLU CLINIC", "Friday morning - health centre",
                           CLINIC),
                          ("chess_card", "0x3a3a3a", "JUNIOR CHESS", "Saturdays 10 am - library"))),
          "rows": (
              ("bbb_eleven", BBB_FILE, 30, 90, "film & animation", BBB, BBB_TEXT),
              ("narration_ka", "narration_ka.mp4", "", "", "film & animation",
               "კურდღელი და ციყვები", "ქართული ამბავი თავისუფალი ფილმის კადრებზე."),
              ("lifeguard_gb", "narration_en-gb-x-gbcwmd+f4.mp4", "", "", "sports",
               "Riverside pool", "New opening times."),
              ("baker_029", "narration_en-029+m7.mp4", "", "", "food", "Hill Street bakery",
               "Saturday loaves."),
              ("bridge_en", "bridge_en.mp4", "", "", "news & politics", "Footbridge closed",
               "Until the end of May."),
              ("singers_en", "singers_en.mp4", "", "", "music", "Community choir",
               "Tuesdays in the church hall."),
              ("clinic_en", "clinic_en.mp4", "", "", "people & blogs", "Flu clinic",
               "Friday morning."),
              ("dogfound", "dog_found_card.mp4", "", "", "pets & animals", "Found dog", ""),
              ("catseen", "catseen_card.mp4", "", "", "pets & animals", "Missing cat", ""),
              ("chess", "chess_card.mp4", "", "", "education", "Junior chess", ""),
          )}  # fmt: skip

# Set 34, made after stop 45's changes (a credits roll's OCR stated by rule, Whisper decoding with
# a beam of five and the clip's own text as its prompt): Macedonian narration, a toy library's
# organiser and a bell ringer over the film, three narrated and three silent notices.
MACEDONIAN = ("Големиот зајак живее во шумата. Наутро мириса цвеќиња, а три немирни верверички "
              "фрлаат овошје по него.")  # fmt: skip
TOYS = ("Hi, I'm Rosa, and I run the toy library at the community centre. Families can borrow "
        "two toys a week for free, and we need volunteers to clean them on Mondays.")  # fmt: skip
BELLS = ("Good evening, I'm Arthur from the bell ringers at Saint Mary's. We ring every Sunday "
         "morning, and we teach new ringers on Wednesday nights. Anyone over twelve can "
         "learn.")  # fmt: skip
PLOTS = ("Three allotment plots are free this spring. Apply at the town hall before the end of "
         "April.")  # fmt: skip
HEAT = ("A heat warning is in place from Tuesday. Drink plenty of water, and check on older "
        "neighbours.")  # fmt: skip
MARATHON = ("Roads in the city centre will be closed on Sunday morning for the marathon. Please "
            "use the ring road.")  # fmt: skip
SET_34 = {"runs": (("mk", MACEDONIAN, 60), ("en-us+f4", TOYS, 330), ("en-gb-x-rp+m3", BELLS,
                                                                      200)),
          "narrated": ("plots_en", "0x1a2a1a", "ALLOTMENTS FREE", "Apply at the town hall",
                       PLOTS),
          "silent": ("phone_card", "0x2a1a3a", "FOUND PHONE", "blue case - ask at the cafe"),
          "more_cards": ((("heat_en", "0x3a1a1a", "HEAT WARNING", "Drink water - stay in the shade",
                           HEAT),
                          ("parrot_card", "0x1a3a2a", "LOST PARROT", "green wings - Oak Road")),
                         (("marathon_en", "0x2a2a3a", "ROAD CLOSURES", "Sunday - city marathon",
                           MARATHON),
                          ("yoga_card", "0x3a2a3a", "FREE YOGA", "Sundays 9 am - the park"))),
          "rows": (
              ("bbb_twelve", BBB_FILE, 300, 360, "film & animation", BBB, BBB_TEXT),
              ("narration_mk", "narration_mk.mp4", "", "", "film & animation",
               "Зајакот и верверичките", "Македонска приказна врз слики од слободен филм."),
              ("toys_us", "narration_en-us+f4.mp4", "", "", "people & blogs", "Toy library",
               "Borrow toys for free."),
              ("bells_rp", "narration_en-gb-x-rp+m3.mp4", "", "", "music",
               "Saint Mary's bell ringers", "New ringers welcome."),
              ("plots_en", "plots_en.mp4", "", "", "people & blogs", "Allotments free",
               "Apply at the town hall."),
              ("heat_en", "heat_en.mp4", "", "", "news & politics", "Heat warning",
               "From Tuesday."),
              ("marathon_en", "marathon_en.mp4", "", "", "sports", "Road closures",
               "City marathon on Sunday."),
              ("phonefound", "phone_card.mp4", "", "", "people & blogs", "Found phone", ""),
              ("parrot", "parrot_card.mp4", "", "", "pets & animals", "Lost parrot", ""),
              ("yoga", "yoga_card.mp4", "", "", "sports", "Free yoga", ""),
          )}  # fmt: skip

# Set 35, made after r15-18 (what a speaker asks for) and the card's words taken from a second
# hearing (asr.hint): Ukrainian narration, a mountain rescue volunteer and a steel pan teacher
# over the film, three narrated and three silent notices.
UKRAINIAN = ("Великий кролик живе в лісі. Вранці він нюхає квіти, а три пустотливі білки "
             "кидають у нього фрукти.")  # fmt: skip
RESCUE = ("Hello, I'm Callum from the mountain rescue team. We train on the hill every second "
          "Sunday, and we are looking for drivers with a clean licence.")  # fmt: skip
STEELPAN = ("Hi, I'm Grace, and I teach the steel pan class at the youth club. Lessons are free "
            "on Thursday evenings, and the drums stay at the club, so just bring "
            "yourself.")  # fmt: skip
GALA = ("The school swimming gala is on Saturday at the leisure centre. Parents can watch from "
        "the upper gallery.")  # fmt: skip
LIBRARY = ("The library is closed on Monday for staff training. Books can be returned through "
           "the letterbox.")  # fmt: skip
TREES = ("Help us plant fifty trees in Elm Park on Sunday morning. Spades and gloves are "
         "provided.")  # fmt: skip
SET_35 = {"runs": (("uk", UKRAINIAN, 330), ("en-gb-scotland+m4", RESCUE, 60), ("en-029+f4",
                                                                                 STEELPAN, 200)),
          "narrated": ("gala_en", "0x1a1a3a", "SWIMMING GALA", "Saturday - leisure centre",
                       GALA),
          "silent": ("gloves_card", "0x3a3a1a", "FOUND GLOVES", "grey wool - ask at the bakery"),
          "more_cards": ((("library_en", "0x2a3a1a", "LIBRARY CLOSED", "Monday - staff training",
                           LIBRARY),
                          ("tortoise_card", "0x1a2a2a", "MISSING TORTOISE",
                           "answers to Fred - Mill Lane")),
                         (("trees_en", "0x2a1a2a", "TREE PLANTING", "Sunday 10 am - Elm Park",
                           TREES),
                          ("concert_card", "0x3a1a3a", "CHOIR CONCERT",
                           "Friday 7 pm - St John church"))),
          "rows": (
              ("bbb_thirteen", BBB_FILE, 60, 120, "film & animation", BBB, BBB_TEXT),
              ("narration_uk", "narration_uk.mp4", "", "", "film & animation",
               "Кролик і білки", "Українська казка на кадрах вільного фільму."),
              ("rescue_sc", "narration_en-gb-scotland+m4.mp4", "", "", "people & blogs",
               "Mountain rescue team", "Volunteer drivers wanted."),
              ("steelpan_029", "narration_en-029+f4.mp4", "", "", "music", "Steel pan class",
               "Free lessons at the youth club."),
              ("gala_en", "gala_en.mp4", "", "", "sports", "Swimming gala", "Saturday."),
              ("library_en", "library_en.mp4", "", "", "news & politics", "Library closed",
               "Monday."),
              ("trees_en", "trees_en.mp4", "", "", "people & blogs", "Tree planting",
               "Elm Park on Sunday."),
              ("glovesfound", "gloves_card.mp4", "", "", "people & blogs", "Found gloves", ""),
              ("tortoise", "tortoise_card.mp4", "", "", "pets & animals", "Missing tortoise", ""),
              ("concert", "concert_card.mp4", "", "", "music", "Choir concert", ""),
          )}  # fmt: skip

# Set 36, made after r15-19 (nothing lost on a card that says nothing is): Irish narration, a
# food bank volunteer and a basketball coach over the film, three narrated and three silent
# notices.
IRISH = ("Tá coinín mór ina chónaí sa choill. Ar maidin boladh sé na bláthanna, agus caitheann "
         "trí iora dána torthaí air.")  # fmt: skip
FOODBANK = ("Hi, I'm Duncan from the food bank on Bridge Street. We are open on Tuesdays and "
            "Fridays, and we need people to sort donations on Saturday mornings.")  # fmt: skip
TRYOUTS = ("Hey everyone, I'm Tanya, and I coach the girls' basketball team. Tryouts are next "
           "Wednesday in the school gym, so bring your sneakers and a water bottle.")  # fmt: skip
BOOKSWAP = ("Leave a book and take a book at the book swap shelf in the station, every "
            "Friday.")  # fmt: skip
PARKING = ("Parking on Market Street is suspended on Thursday while the trees are trimmed. Please "
           "use the car park behind the library.")  # fmt: skip
POTHOLES = ("Elm Road will have pothole repairs all week. Expect delays between nine and "
            "four.")  # fmt: skip
SET_36 = {"runs": (("ga", IRISH, 200), ("en-gb-x-gbclan+m4", FOODBANK, 60), ("en-us-nyc+f2",
                                                                             TRYOUTS, 330)),
          "narrated": ("bookswap_en", "0x2a2a1a", "BOOK SWAP", "Every Friday - the station",
                       BOOKSWAP),
          "silent": ("watch_card", "0x1a1a2a", "FOUND WATCH", "silver strap - ask at the pharmacy"),
          "more_cards": ((("parking_en", "0x3a2a2a", "PARKING SUSPENDED",
                           "Thursday - Market Street", PARKING),
                          ("rabbit_card", "0x2a3a2a", "MISSING RABBIT",
                           "white and grey - Hill Road")),
                         (("potholes_en", "0x1a3a3a", "POTHOLE REPAIRS", "Elm Road - all week",
                           POTHOLES),
                          ("garden_card", "0x3a3a2a", "OPEN GARDEN", "Sunday 2 pm - 4 Rose Lane"))),
          "rows": (
              ("bbb_fourteen", BBB_FILE, 180, 240, "film & animation", BBB, BBB_TEXT),
              ("narration_ga", "narration_ga.mp4", "", "", "film & animation",
               "An coinín agus na hioraí", "Scéal Gaeilge ar scannán saor."),
              ("foodbank_gb", "narration_en-gb-x-gbclan+m4.mp4", "", "", "people & blogs",
               "Bridge Street food bank", "Volunteers wanted on Saturdays."),
              ("tryouts_nyc", "narration_en-us-nyc+f2.mp4", "", "", "sports",
               "Girls' basketball tryouts", "Next Wednesday."),
              ("bookswap_en", "bookswap_en.mp4", "", "", "people & blogs", "Book swap",
               "Every Friday at the station."),
              ("parking_en", "parking_en.mp4", "", "", "news & politics", "Parking suspended",
               "Market Street, Thursday."),
              ("potholes_en", "potholes_en.mp4", "", "", "news & politics", "Pothole repairs",
               "Elm Road, all week."),
              ("trophyfound", "trophy_card.mp4", "", "", "people & blogs", "Found trophy", ""),
              ("rabbitlost", "rabbit_card.mp4", "", "", "pets & animals", "Missing rabbit", ""),
              ("garden", "garden_card.mp4", "", "", "howto & style", "Open garden", ""),
          )}  # fmt: skip

MALTESE = ("Fil-foresta, fenek kbir joħroġ mill-għar tiegħu u jsellem lil farfett. Imbagħad "
           "joqgħod taħt siġra u jiekol tuffieħa.")  # fmt: skip
CYCLING = ("Hi, I'm Marcus from the Riverside cycling club. We ride every Sunday morning from the "
           "old bridge, and we are looking for a ride leader for the beginners group.")  # fmt: skip
HALL = ("Good morning, this is Owen from the village hall committee. The hall roof is being "
        "repaired, so the Tuesday coffee morning moves to the library until March.")  # fmt: skip
LITTER = "Join our litter pick in Mill Park on Saturday at ten. Gloves and bags are provided."
LIBRARY = ("The library on Church Road is closed on Monday for staff training. Books can be "
           "returned at the town hall.")  # fmt: skip
BUS = ("From Monday the number seven bus will not stop on High Street. Please use the stop "
       "outside the station.")  # fmt: skip
SET_37 = {"runs": (("mt", MALTESE, 60), ("en-us+m3", CYCLING, 200),
                   ("en-gb-x-gbcwmd+m3", HALL, 330)),
          "narrated": ("litter_en", "0x2a3a1a", "LITTER PICK", "Saturday 10 am - Mill Park",
                       LITTER),
          "silent": ("bike_card", "0x1a2a3a", "FOUND BICYCLE",
                     "blue frame - ask at the post office"),
          "more_cards": ((("library_en", "0x3a1a2a", "LIBRARY CLOSED", "Monday - Church Road",
                           LIBRARY),
                          ("kitten_card", "0x2a2a3a", "MISSING KITTEN",
                           "black with white paws - Oak Lane")),
                         (("bus_en", "0x3a3a1a", "BUS DIVERSION", "Route 7 - from Monday", BUS),
                          ("choir_card", "0x1a3a2a", "CHOIR AUDITIONS",
                           "Wednesday 6 pm - the church hall"))),
          "rows": (
              ("bbb_fifteen", BBB_FILE, 90, 150, "film & animation", BBB, BBB_TEXT),
              ("narration_mt", "narration_mt.mp4", "", "", "film & animation",
               "Il-fenek fil-foresta", "Storja bil-Malti fuq film ħieles."),
              ("cycling_us", "narration_en-us+m3.mp4", "", "", "sports",
               "Riverside cycling club", "Sunday rides for everyone."),
              ("hall_cy", "narration_en-gb-x-gbcwmd+m3.mp4", "", "", "people & blogs",
               "Village hall news", "Coffee morning update."),
              ("litter_en", "litter_en.mp4", "", "", "nonprofits & activism", "Litter pick",
               "Mill Park, Saturday."),
              ("library_en", "library_en.mp4", "", "", "news & politics", "Library closed",
               "Church Road, Monday."),
              ("bus_en", "bus_en.mp4", "", "", "news & politics", "Bus diversion",
               "Route 7 from Monday."),
              ("bikefound", "bike_card.mp4", "", "", "people & blogs", "Found bicycle", ""),
              ("kittenlost", "kitten_card.mp4", "", "", "pets & animals", "Missing kitten", ""),
              ("choir", "choir_card.mp4", "", "", "music", "Choir auditions", ""),
          )}  # fmt: skip

SERBIAN = ("У шуми живи велики зец. Ујутру мирише цвеће, а три несташне веверице бацају шишарке "
           "на њега.")  # fmt: skip
ALLOTMENTS = ("Hello, I'm Grace from the Hillside allotments. We have spare tomato plants this "
              "weekend, and we need someone to water the greenhouse in August.")  # fmt: skip
ROWING = ("Good evening, this is Winston from the harbour rowing club. Training moves to six in "
          "the morning next week because of the regatta.")  # fmt: skip
VET = ("Free health checks for cats and dogs on Saturday at the Station Road vets. No booking "
       "needed.")  # fmt: skip
RECYCLING = ("Recycling is now collected on Wednesday in all streets. Put your blue box out by "
             "seven.")  # fmt: skip
MUSEUM = "The town museum stays open until nine on Friday, with free entry after six."
SET_38 = {"runs": (("sr", SERBIAN, 330), ("en-gb-x-rp+m4", ALLOTMENTS, 60),
                   ("en-029+m2", ROWING, 200)),
          "narrated": ("vet_en", "0x1a3a1a", "FREE PET CHECKS", "Saturday - Station Road", VET),
          "silent": ("backpack_card", "0x3a1a1a", "FOUND BACKPACK", "red - ask at the cafe"),
          "more_cards": ((("recycling_en", "0x1a1a3a", "RECYCLING DAY",
                           "now Wednesday - all streets", RECYCLING),
                          ("hamster_card", "0x3a2a1a", "MISSING HAMSTER",
                           "golden - near the school")),
                         (("museum_en", "0x2a1a3a", "MUSEUM LATE OPENING", "Friday until 9 pm",
                           MUSEUM),
                          ("darts_card", "0x1a2a1a", "DARTS LEAGUE",
                           "new players - the Kings Arms"))),
          "rows": (
              ("bbb_sixteen", BBB_FILE, 250, 310, "film & animation", BBB, BBB_TEXT),
              ("narration_sr", "narration_sr.mp4", "", "", "film & animation", "Зец у шуми",
               "Прича на српском о слободном филму."),
              ("allotments_rp", "narration_en-gb-x-rp+m4.mp4", "", "", "people & blogs",
               "Hillside allotments", "Spare plants this weekend."),
              ("rowing_029", "narration_en-029+m2.mp4", "", "", "sports", "Harbour rowing club",
               "Training times next week."),
              ("vet_en", "vet_en.mp4", "", "", "pets & animals", "Free pet checks",
               "Station Road, Saturday."),
              ("recycling_en", "recycling_en.mp4", "", "", "news & politics", "Recycling day",
               "Now on Wednesdays."),
              ("museum_en", "museum_en.mp4", "", "", "travel & events", "Museum late opening",
               "Friday evening."),
              ("backpackfound", "backpack_card.mp4", "", "", "people & blogs", "Found backpack",
               ""),
              ("hamsterlost", "hamster_card.mp4", "", "", "pets & animals", "Missing hamster", ""),
              ("darts", "darts_card.mp4", "", "", "sports", "Darts league", ""),
          )}  # fmt: skip

KAZAKH = ("Орманда үлкен қоян тұрады. Таңертең ол гүлдерді иіскейді, ал үш тиін оған жаңғақ "
          "лақтырады.")  # fmt: skip
LIFEGUARDS = ("Hi, I'm Callum from the Leith swimming club. Our open session is on Sunday "
              "afternoon, and we are looking for two lifeguards to help on the day.")  # fmt: skip
COMPOST = ("Good morning, this is Rosa from the Maple Street community garden. We are giving away "
           "free compost this Saturday, so bring a bag and a spade.")  # fmt: skip
BIKES = ("Bring your bike to the library on Thursday at five, and our volunteers will fix small "
         "problems for free.")  # fmt: skip
STORY = "Story time for children under five is every Saturday at ten in the Park Library."
GAS = "Gas works on Oak Street will close one lane for two weeks. Please allow extra time."
SET_39 = {"runs": (("kk", KAZAKH, 200), ("en-gb-scotland+m2", LIFEGUARDS, 330),
                   ("en-us-nyc+m3", COMPOST, 60)),
          "narrated": ("bikes_en", "0x2a1a2a", "BIKE REPAIR CLINIC", "Thursday 5 pm - the library",
                       BIKES),
          "silent": ("hat_card", "0x1a3a3a", "FOUND HAT", "green wool - ask at the bakery"),
          "more_cards": ((("story_en", "0x3a2a3a", "STORY TIME", "Saturdays 10 am - Park Library",
                           STORY),
                          ("lizard_card", "0x2a3a3a", "MISSING LIZARD", "green gecko - Mill Road")),
                         (("gas_en", "0x3a3a3a", "GAS WORKS", "Oak Street - two weeks", GAS),
                          ("bingo_card", "0x1a1a1a", "BINGO NIGHT",
                           "Friday 7 pm - the social club"))),
          "rows": (
              ("bbb_seventeen", BBB_FILE, 400, 460, "film & animation", BBB, BBB_TEXT),
              ("narration_kk", "narration_kk.mp4", "", "", "film & animation",
               "Ормандағы қоян", "Еркін фильм туралы қазақша ертегі."),
              ("lifeguards_sc", "narration_en-gb-scotland+m2.mp4", "", "", "sports",
               "Leith swimming club", "Open session on Sunday."),
              ("compost_nyc", "narration_en-us-nyc+m3.mp4", "", "", "people & blogs",
               "Maple Street community garden", "Free compost this Saturday."),
              ("bikes_en", "bikes_en.mp4", "", "", "autos & vehicles", "Bike repair clinic",
               "Thursday at the library."),
              ("story_en", "story_en.mp4", "", "", "education", "Story time",
               "Saturdays at Park Library."),
              ("gas_en", "gas_en.mp4", "", "", "news & politics", "Gas works",
               "Oak Street, two weeks."),
              ("hatfound", "hat_card.mp4", "", "", "people & blogs", "Found hat", ""),
              ("lizardlost", "lizard_card.mp4", "", "", "pets & animals", "Missing lizard", ""),
              ("bingo", "bingo_card.mp4", "", "", "entertainment", "Bingo night", ""),
          )}  # fmt: skip


AZERBAIJANI = (
    "Meşədə böyük bir dovşan yaşayır. Səhər o çiçəkləri iyləyir, üç dələ isə ona qoz atır."
)
TABLE_TENNIS = ("Hi, I'm Daniel from the Eastfield table tennis club. We train every Tuesday "
                "evening at the sports hall, and we need a coach for the junior team.")  # fmt: skip
SCHOOL_FAIR = ("Hello, this is Fiona from Greenhill primary school. Our summer fair is on Saturday "
               "afternoon, and we are looking for helpers to run the tombola.")  # fmt: skip
CAROLS = ("Carol singing at the market cross on the twentieth of December. Song sheets and warm "
          "apple juice are free.")  # fmt: skip
FIRST_AID = ("Learn first aid at the fire station on Monday at seven. The course is free and takes "
             "two hours.")  # fmt: skip
BRIDGE = ("The canal bridge is being repainted until Friday. Walkers should use the lock gates to "
          "cross.")  # fmt: skip
SET_40 = {"runs": (("az", AZERBAIJANI, 130), ("en-us+m5", TABLE_TENNIS, 270),
                   ("en-gb-x-gbclan+f2", SCHOOL_FAIR, 420)),
          "narrated": ("carols_en", "0x2a1a1a", "CAROL SINGING", "December 20 - the market cross",
                       CAROLS),
          "silent": ("skateboard_card", "0x1a2a2a", "FOUND SKATEBOARD",
                     "blue deck - ask at the leisure centre"),
          "more_cards": ((("firstaid_en", "0x3a1a3a", "FIRST AID COURSE",
                           "Monday 7 pm - the fire station", FIRST_AID),
                          ("canary_card", "0x2a2a1a", "MISSING CANARY", "yellow - Willow Close")),
                         (("bridge_en", "0x1a1a2a", "BRIDGE REPAINTING",
                           "Canal Street - until Friday", BRIDGE),
                          ("poetry_card", "0x3a2a2a", "POETRY READING",
                           "Wednesday 7 pm - the bookshop"))),
          "rows": (
              ("bbb_eighteen", BBB_FILE, 210, 270, "film & animation", BBB, BBB_TEXT),
              ("narration_az", "narration_az.mp4", "", "", "film & animation", "Meşədə dovşan",
               "Azad film haqqında azərbaycanca nağıl."),
              ("tabletennis_us", "narration_en-us+m5.mp4", "", "", "sports",
               "Eastfield table tennis club", "Tuesday training."),
              ("fair_gb", "narration_en-gb-x-gbclan+f2.mp4", "", "", "education",
               "Greenhill primary school", "Summer fair news."),
              ("carols_en", "carols_en.mp4", "", "", "music", "Carol singing",
               "The market cross, 20 December."),
              ("firstaid_en", "firstaid_en.mp4", "", "", "education", "First aid course",
               "Monday at the fire station."),
              ("bridge_en", "bridge_en.mp4", "", "", "news & politics", "Bridge repainting",
               "Canal Street until Friday."),
              ("skateboardfound", "skateboard_card.mp4", "", "", "people & blogs",
               "Found skateboard", ""),
              ("canarylost", "canary_card.mp4", "", "", "pets & animals", "Missing canary", ""),
              ("poetry", "poetry_card.mp4", "", "", "entertainment", "Poetry reading", ""),
          )}  # fmt: skip

BELARUSIAN = ("У лесе жыве вялікі заяц. Раніцай ён нюхае кветкі, а тры вавёркі кідаюць у яго "
              "шышкі.")  # fmt: skip
FOOD_COOP = ("Good afternoon, I'm Marcia from the Northside food co-op. We deliver vegetable boxes "
             "on Thursdays, and we still need a driver with a van.")  # fmt: skip
HILL_WALK = ("Hi, this is Angus from the Kelvin hill walking group. This Sunday we walk to the old "
             "lighthouse, so meet at the car park at eight and bring waterproofs.")  # fmt: skip
PANTRY = ("The community pantry opens every Friday at four in the church hall. Anyone can take "
          "what they need.")  # fmt: skip
SWEEPING = ("Street sweepers visit on Tuesday. Please park off the road from eight until "
            "noon.")  # fmt: skip
POOL = ("The town pool reopens on Monday at seven after the refit, with new changing "
        "rooms.")  # fmt: skip
SET_41 = {"runs": (("be", BELARUSIAN, 300), ("en-029+f3", FOOD_COOP, 100),
                   ("en-gb-scotland+m6", HILL_WALK, 230)),
          "narrated": ("pantry_en", "0x1a3a2a", "PANTRY OPEN", "Fridays 4 pm - the church hall",
                       PANTRY),
          "silent": ("teddy_card", "0x3a3a2a", "FOUND TEDDY", "brown bear - ask at the library"),
          "more_cards": ((("sweeping_en", "0x2a3a2a", "ROAD SWEEPING",
                           "Tuesday - park off the street", SWEEPING),
                          ("ferret_card", "0x1a2a3a", "MISSING FERRET", "white - Brook Street")),
                         (("pool_en", "0x3a1a1a", "POOL REOPENS",
                           "Monday 7 am - new changing rooms", POOL),
                          ("karaoke_card", "0x2a1a3a", "KARAOKE NIGHT",
                           "Saturday 9 pm - the Crown"))),
          "rows": (
              ("bbb_nineteen", BBB_FILE, 360, 420, "film & animation", BBB, BBB_TEXT),
              ("narration_be", "narration_be.mp4", "", "", "film & animation", "Заяц у лесе",
               "Казка па-беларуску пра вольны фільм."),
              ("coop_029", "narration_en-029+f3.mp4", "", "", "people & blogs",
               "Northside food co-op", "Thursday vegetable boxes."),
              ("walk_sc", "narration_en-gb-scotland+m6.mp4", "", "", "travel & events",
               "Kelvin hill walking group", "Sunday walk."),
              ("pantry_en", "pantry_en.mp4", "", "", "nonprofits & activism", "Pantry open",
               "Fridays at the church hall."),
              ("sweeping_en", "sweeping_en.mp4", "", "", "news & politics", "Road sweeping",
               "Tuesday."),
              ("pool_en", "pool_en.mp4", "", "", "sports", "Pool reopens", "Monday at seven."),
              ("teddyfound", "teddy_card.mp4", "", "", "people & blogs", "Found teddy", ""),
              ("ferretlost", "ferret_card.mp4", "", "", "pets & animals", "Missing ferret", ""),
              ("karaoke", "karaoke_card.mp4", "", "", "entertainment", "Karaoke night", ""),
          )}  # fmt: skip

LUXEMBOURGISH = ("Am Bësch wunnt e grousse Kanéngchen. Moies richt et un de Blummen, an dräi "
                 "Kaweechelcher geheien Nëss op hien.")  # fmt: skip
SHELTER = ("Hey everyone, I'm Tanya from the Bay Ridge dog shelter. We have six puppies ready for "
           "new homes, and we are looking for foster families for the winter.")  # fmt: skip
CRICKET = ("Good evening, this is Robert from the Abbey cricket club. Nets practice moves indoors "
           "to the school gym on Wednesday nights from next week.")  # fmt: skip
STARS = ("Join the astronomy society for stargazing in Hill Park on Friday at nine. Telescopes "
         "are provided.")  # fmt: skip
FLOOD = "A flood warning is in place for River Lane tonight. Move cars to higher ground."
CHARITY_RUN = ("The charity run starts on the seafront on Sunday at ten. Runners raise money for "
               "the hospice.")  # fmt: skip
SET_42 = {"runs": (("lb", LUXEMBOURGISH, 160), ("en-us-nyc+f4", SHELTER, 310),
                   ("en-gb-x-rp+m6", CRICKET, 470)),
          "narrated": ("stars_en", "0x2a2a2a", "STARGAZING", "Friday 9 pm - Hill Park", STARS),
          "silent": ("lunchbox_card", "0x1a3a1a", "FOUND LUNCHBOX",
                     "green lid - ask at the school office"),
          "more_cards": ((("flood_en", "0x3a2a1a", "FLOOD WARNING", "River Lane - tonight", FLOOD),
                          ("goat_card", "0x2a1a2a", "MISSING GOAT", "black and white - Mill Farm")),
                         (("run_en", "0x1a1a3a", "CHARITY RUN", "Sunday 10 am - the seafront",
                           CHARITY_RUN),
                          ("craft_card", "0x3a3a1a", "CRAFT FAIR",
                           "Saturday 11 am - the village hall"))),
          "rows": (
              ("bbb_twenty", BBB_FILE, 230, 290, "film & animation", BBB, BBB_TEXT),
              ("narration_lb", "narration_lb.mp4", "", "", "film & animation",
               "De Kanéngchen am Bësch", "Eng lëtzebuergesch Geschicht iwwer e fräie Film."),
              ("shelter_nyc", "narration_en-us-nyc+f4.mp4", "", "", "pets & animals",
               "Bay Ridge dog shelter", "Puppies and foster homes."),
              ("cricket_rp", "narration_en-gb-x-rp+m6.mp4", "", "", "sports",
               "Abbey cricket club", "Nets practice moves indoors."),
              ("stars_en", "stars_en.mp4", "", "", "science & technology", "Stargazing",
               "Hill Park, Friday."),
              ("flood_en", "flood_en.mp4", "", "", "news & politics", "Flood warning",
               "River Lane tonight."),
              ("run_en", "run_en.mp4", "", "", "sports", "Charity run", "Sunday on the seafront."),
              ("lunchboxfound", "lunchbox_card.mp4", "", "", "people & blogs", "Found lunchbox",
               ""),
              ("goatlost", "goat_card.mp4", "", "", "pets & animals", "Missing goat", ""),
              ("craft", "craft_card.mp4", "", "", "entertainment", "Craft fair", ""),
          )}  # fmt: skip


UZBEK = ("O'rmonda katta quyon yashaydi. Ertalab u gullarni hidlaydi, uchta olmaxon esa unga "
         "yong'oq otadi.")  # fmt: skip
MENS_SHED = ("Hello, I'm Gareth from the Riverside men's shed. We meet on Wednesday mornings in "
             "the old boathouse, and we need someone who can teach woodwork.")  # fmt: skip
SOUP_KITCHEN = ("Hi folks, this is Luis from the Fulton Street soup kitchen. We serve hot meals "
                "every night at six, and anyone who is hungry is welcome.")  # fmt: skip
TOYS = "The toy library at the family centre lends toys for free every Saturday from ten."
TREES = ("Trees on Park Road will be felled on Thursday. The footpath will be closed all "
         "day.")  # fmt: skip
DANCE = ("A free beginners dance class starts on Tuesday at six in the scout hut. No partner "
         "needed.")  # fmt: skip
SET_43 = {"runs": (("uz", UZBEK, 250), ("en-gb-x-gbcwmd+m5", MENS_SHED, 90),
                   ("en-us-nyc+m2", SOUP_KITCHEN, 440)),
          "narrated": ("toys_en", "0x2a3a1a", "TOY LIBRARY", "Saturdays 10 am - the family centre",
                       TOYS),
          "silent": ("scooter_card", "0x1a2a1a", "FOUND SCOOTER", "red - ask at the corner shop"),
          "more_cards": ((("trees_en", "0x3a1a2a", "TREE FELLING", "Park Road - Thursday", TREES),
                          ("turtle_card", "0x2a2a3a", "MISSING TURTLE", "small - Pond Street")),
                         (("dance_en", "0x1a3a3a", "DANCE CLASS", "Tuesday 6 pm - the scout hut",
                           DANCE),
                          ("talent_card", "0x3a3a2a", "TALENT SHOW",
                           "Friday 7 pm - the school hall"))),
          "rows": (
              ("bbb_twentyone", BBB_FILE, 320, 380, "film & animation", BBB, BBB_TEXT),
              ("narration_uz", "narration_uz.mp4", "", "", "film & animation",
               "Quyon va olmaxonlar", "Erkin film haqida o'zbekcha ertak."),
              ("shed_cy", "narration_en-gb-x-gbcwmd+m5.mp4", "", "", "people & blogs",
               "Riverside men's shed", "Wednesday mornings."),
              ("soup_nyc", "narration_en-us-nyc+m2.mp4", "", "", "nonprofits & activism",
               "Fulton Street soup kitchen", "Hot meals every night."),
              ("toys_en", "toys_en.mp4", "", "", "people & blogs", "Toy library",
               "Saturdays at the family centre."),
              ("trees_en", "trees_en.mp4", "", "", "news & politics", "Tree felling",
               "Park Road, Thursday."),
              ("dance_en", "dance_en.mp4", "", "", "howto & style", "Dance class",
               "Tuesday at the scout hut."),
              ("binocularsfound", "binoculars_card.mp4", "", "", "people & blogs",
               "Found binoculars", ""),
              ("turtlelost", "turtle_card.mp4", "", "", "pets & animals", "Missing turtle", ""),
              ("talent", "talent_card.mp4", "", "", "entertainment", "Talent show", ""),
          )}  # fmt: skip


ESPERANTO = ("En la arbaro loĝas granda kuniklo. Matene li flaras la florojn, kaj tri sciuroj "
             "ĵetas nuksojn al li.")  # fmt: skip
RADIO = ("Hello, this is Felix at Harbour FM, the community radio station. We are looking for new "
         "presenters for the Saturday morning show, and no experience is needed.")  # fmt: skip
BEES = ("Hi, I'm Fiona from the Hillside beekeepers. We sell honey outside the station on "
        "Saturday mornings, and we need someone to help with the hives.")  # fmt: skip
SKATE = ("The new skate park on Mill Lane opens on Saturday at noon. Helmets must be "
         "worn.")  # fmt: skip
LANTERNS = ("The lantern parade leaves the town square on Friday at six. Bring a lantern and "
            "warm clothes.")  # fmt: skip
CYCLE_LANE = ("A new cycle lane opens on Bridge Street on Monday. Cars may no longer park "
              "there.")  # fmt: skip
SET_44 = {"runs": (("eo", ESPERANTO, 400), ("en-gb+f5", RADIO, 140), ("en-us+m7", BEES, 530)),
          "narrated": ("skate_en", "0x2a1a3a", "SKATE PARK", "Saturday noon - Mill Lane", SKATE),
          "silent": ("jacket_card", "0x1a2a3a", "FOUND JACKET", "grey - ask at the cafe"),
          "more_cards": ((("lanterns_en", "0x3a2a3a", "LANTERN PARADE",
                           "Friday 6 pm - the town square", LANTERNS),
                          ("duck_card", "0x2a3a3a", "MISSING DUCK", "white - Canal Walk")),
                         (("lane_en", "0x1a3a2a", "NEW CYCLE LANE", "Bridge Street - Monday",
                           CYCLE_LANE),
                          ("games_card", "0x3a1a3a", "GAMES NIGHT",
                           "Thursday 7 pm - the library"))),
          "rows": (
              ("bbb_twentytwo", BBB_FILE, 400, 460, "film & animation", BBB, BBB_TEXT),
              ("narration_eo", "narration_eo.mp4", "", "", "film & animation",
               "La kuniklo en la arbaro", "Rakonto en Esperanto pri libera filmo."),
              ("radio_gb", "narration_en-gb+f5.mp4", "", "", "people & blogs", "Harbour FM",
               "Presenters wanted."),
              ("bees_us", "narration_en-us+m7.mp4", "", "", "pets & animals",
               "Hillside beekeepers", "Honey on Saturday mornings."),
              ("skate_en", "skate_en.mp4", "", "", "sports", "Skate park", "Mill Lane, Saturday."),
              ("lanterns_en", "lanterns_en.mp4", "", "", "entertainment", "Lantern parade",
               "Friday in the town square."),
              ("lane_en", "lane_en.mp4", "", "", "autos & vehicles", "New cycle lane",
               "Bridge Street, Monday."),
              ("jacketfound", "jacket_card.mp4", "", "", "people & blogs", "Found jacket", ""),
              ("ducklost", "duck_card.mp4", "", "", "pets & animals", "Missing duck", ""),
              ("games", "games_card.mp4", "", "", "entertainment", "Games night", ""),
          )}  # fmt: skip

TATAR = ("Урманда зур куян яши. Иртән ул чәчәкләрне иснәп йөри, ә өч тиен аңа чикләвек "
         "ата.")  # fmt: skip
TENANTS_LIFT = ("Good morning, this is Dev from the Northgate tenants association. The lifts are "
                "being repaired this week, so please use the east stairs.")  # fmt: skip
ORCHESTRA = ("Hi, I'm Grace, and I conduct the Westside youth orchestra. Our spring concert is on "
             "the fifth of April, and we still need a cello player.")  # fmt: skip
READING = ("Children can join the summer reading challenge at the library from July. Every book "
           "earns a sticker.")  # fmt: skip
BONFIRE = "The bonfire on the common starts at seven on Saturday. Please keep dogs at home."
PARK_RUN = ("A free five kilometre run takes place in Victoria Park every Saturday at nine. "
            "Everyone is welcome.")  # fmt: skip
SET_45 = {"runs": (("tt", TATAR, 100), ("en-029+m5", TENANTS_LIFT, 360),
                   ("en-gb-x-rp+f5", ORCHESTRA, 250)),
          "narrated": ("reading_en", "0x3a2a2a", "SUMMER READING", "from July - the library",
                       READING),
          "silent": ("camera_card", "0x2a2a1a", "FOUND CAMERA", "black - ask at the library desk"),
          "more_cards": ((("bonfire_en", "0x1a1a2a", "BONFIRE NIGHT",
                           "Saturday 7 pm - the common", BONFIRE),
                          ("snake_card", "0x2a1a1a", "MISSING SNAKE", "green - Elm Road")),
                         (("parkrun_en", "0x1a2a2a", "PARK RUN", "Saturday 9 am - Victoria Park",
                           PARK_RUN),
                          ("pubquiz_card", "0x3a3a3a", "PUB QUIZ", "Tuesday 8 pm - the Anchor"))),
          "rows": (
              ("bbb_twentythree", BBB_FILE, 100, 160, "film & animation", BBB, BBB_TEXT),
              ("narration_tt", "narration_tt.mp4", "", "", "film & animation",
               "Куян һәм тиеннәр", "Ирекле фильм турында татарча әкият."),
              ("lifts_029", "narration_en-029+m5.mp4", "", "", "people & blogs",
               "Northgate tenants association", "Lift repairs this week."),
              ("orchestra_rp", "narration_en-gb-x-rp+f5.mp4", "", "", "music",
               "Westside youth orchestra", "Spring concert."),
              ("reading_en", "reading_en.mp4", "", "", "education", "Summer reading",
               "At the library from July."),
              ("bonfire_en", "bonfire_en.mp4", "", "", "entertainment", "Bonfire night",
               "Saturday on the common."),
              ("parkrun_en", "parkrun_en.mp4", "", "", "sports", "Park run",
               "Victoria Park, Saturday."),
              ("camerafound", "camera_card.mp4", "", "", "people & blogs", "Found camera", ""),
              ("snakelost", "snake_card.mp4", "", "", "pets & animals", "Missing snake", ""),
              ("pubquiz", "pubquiz_card.mp4", "", "", "entertainment", "Pub quiz", ""),
          )}  # fmt: skip

KYRGYZ = ("Токойдо чоң коён жашайт. Эртең менен ал гүлдөрдү жыттайт, ал эми үч тыйын ага "
          "жаңгак ыргытат.")  # fmt: skip
GARDEN_CLUB = ("Hi, I'm Bridget from the Eastside community garden. We meet every Sunday at ten, "
               "and we are looking for volunteers to water the beds in August.")  # fmt: skip
BOOKSHOP = ("Hey, this is Marcus from Corner Books. Our author night is this Thursday at seven, "
            "and tickets are free at the counter.")  # fmt: skip
ROAD_WORKS = "Road works on Station Road start on Monday. Expect delays for two weeks."
SWIM_LESSONS = ("Swim lessons for children start on Saturday at the leisure centre. Places are "
                "limited.")  # fmt: skip
CAFE_CLOSED = "The park cafe is closed on Wednesday for a private event."
SET_46 = {"runs": (("ky", KYRGYZ, 500), ("en-gb-x-gbclan+f5", GARDEN_CLUB, 200),
                   ("en-us-nyc+m4", BOOKSHOP, 30)),
          "narrated": ("roadworks_en", "0x2a3a2a", "ROAD WORKS", "Station Road - from Monday",
                       ROAD_WORKS),
          "silent": ("purse_card", "0x3a2a1a", "FOUND PURSE", "brown - ask at the post office"),
          "more_cards": ((("swim_en", "0x1a2a3a", "SWIM LESSONS", "Saturday - the leisure centre",
                           SWIM_LESSONS),
                          ("pony_card", "0x2a1a3a", "MISSING PONY", "grey - Oak Lane")),
                         (("cafe_en", "0x3a1a1a", "CAFE CLOSED", "Wednesday - the park cafe",
                           CAFE_CLOSED),
                          ("art_card", "0x1a3a1a", "ART SHOW", "Sunday 2 pm - the town hall"))),
          "rows": (
              ("bbb_twentyfour", BBB_FILE, 460, 520, "film & animation", BBB, BBB_TEXT),
              ("narration_ky", "narration_ky.mp4", "", "", "film & animation",
               "Коён жана тыйындар", "Эркин фильм жөнүндө кыргызча жомок."),
              ("garden_gb", "narration_en-gb-x-gbclan+f5.mp4", "", "", "people & blogs",
               "Eastside community garden", "Sundays at ten."),
              ("books_nyc", "narration_en-us-nyc+m4.mp4", "", "", "entertainment", "Corner Books",
               "Author night on Thursday."),
              ("roadworks_en", "roadworks_en.mp4", "", "", "autos & vehicles", "Road works",
               "Station Road from Monday."),
              ("swim_en", "swim_en.mp4", "", "", "sports", "Swim lessons",
               "Saturday at the leisure centre."),
              ("cafe_en", "cafe_en.mp4", "", "", "people & blogs", "Cafe closed",
               "Wednesday at the park cafe."),
              ("pursefound", "purse_card.mp4", "", "", "people & blogs", "Found purse", ""),
              ("ponylost", "pony_card.mp4", "", "", "pets & animals", "Missing pony", ""),
              ("artshow", "art_card.mp4", "", "", "entertainment", "Art show", ""),
          )}  # fmt: skip

GAELIC = ("Anns a' choille tha coineanach mòr a' fuireach. Sa mhadainn bidh e a' fàileadh nam "
          "flùraichean.")  # fmt: skip
STEEL_BAND = ("Good evening, I'm Winston from the Bayside steel band. We play at the harbour "
              "festival on Saturday, and we need two more drummers.")  # fmt: skip
WARDEN = ("Hello, I'm Isla, the warden at Loch Road nature reserve. The bird hide is closed for "
          "repairs until the end of May.")  # fmt: skip
BUS_PASS = "Free bus passes for over sixties are now available at the town hall."
LATE_SHOPPING = ("Shops on the High Street stay open until eight on Thursdays in "
                 "December.")  # fmt: skip
SCHOOL_CLOSED = "Hill Road school is closed on Monday because of the snow."
SET_47 = {"runs": (("gd", GAELIC, 160), ("en-029+m1", STEEL_BAND, 380),
                   ("en-gb-scotland+f3", WARDEN, 540)),
          "narrated": ("buspass_en", "0x1a3a3a", "BUS PASS", "free for over sixties - town hall",
                       BUS_PASS),
          "silent": ("book_card", "0x3a3a1a", "FOUND BOOK", "blue cover - ask at the library"),
          "more_cards": ((("shopping_en", "0x2a2a3a", "LATE NIGHT SHOPPING",
                           "Thursdays in December - High Street", LATE_SHOPPING),
                          ("sheep_card", "0x3a1a2a", "MISSING SHEEP", "two ewes - Top Farm")),
                         (("school_en", "0x1a1a1a", "SCHOOL CLOSED", "Monday - Hill Road school",
                           SCHOOL_CLOSED),
                          ("circus_card", "0x2a3a1a", "CIRCUS SHOW", "Friday 6 pm - the green"))),
          "rows": (
              ("bbb_twentyfive", BBB_FILE, 160, 220, "film & animation", BBB, BBB_TEXT),
              ("narration_gd", "narration_gd.mp4", "", "", "film & animation",
               "An coineanach anns a' choille", "Sgeulachd ann an Gàidhlig mu fhilm an-asgaidh."),
              ("steelband_029", "narration_en-029+m1.mp4", "", "", "music", "Bayside steel band",
               "Harbour festival on Saturday."),
              ("warden_sc", "narration_en-gb-scotland+f3.mp4", "", "", "pets & animals",
               "Loch Road nature reserve", "Bird hide closed."),
              ("buspass_en", "buspass_en.mp4", "", "", "news & politics", "Bus pass",
               "Free for over sixties."),
              ("shopping_en", "shopping_en.mp4", "", "", "people & blogs", "Late night shopping",
               "Thursdays in December."),
              ("school_en", "school_en.mp4", "", "", "education", "School closed",
               "Monday, snow."),
              ("bookfound", "book_card.mp4", "", "", "people & blogs", "Found book", ""),
              ("sheeplost", "sheep_card.mp4", "", "", "pets & animals", "Missing sheep", ""),
              ("circus", "circus_card.mp4", "", "", "entertainment", "Circus show", ""),
          )}  # fmt: skip

PERSIAN = ("در جنگل یک خرگوش بزرگ زندگی می‌کند. صبح‌ها گل‌ها را بو می‌کند و سه سنجاب به او "
           "گردو پرتاب می‌کنند.")  # fmt: skip
TODDLERS = ("Hello, I'm Rachel, and I run the Maple Street toddler group. We meet on Tuesday "
            "mornings in the church hall, and we need someone to help with snacks.")  # fmt: skip
HISTORY_WALK = ("Good afternoon, this is Henry from the Old Town history society. Our next "
                "walk visits the Roman wall on Sunday at two, and it costs nothing to "
                "join.")  # fmt: skip
BINS_MOVED = "Bins will be collected on Saturday instead of Friday this week."
CAR_WASH = "The scouts wash cars at the fire station on Saturday to raise money for camp."
ICE_RINK = "The ice rink in Market Square opens on Friday at five."
SET_48 = {"runs": (("fa", PERSIAN, 280), ("en-us+f1", TODDLERS, 420),
                   ("en-gb-x-rp+m7", HISTORY_WALK, 90)),
          "narrated": ("bins_en", "0x2a1a1a", "BIN COLLECTION", "Saturday this week",
                       BINS_MOVED),
          "silent": ("bracelet_card", "0x1a2a1a", "FOUND BRACELET", "silver - ask at the bakery"),
          "more_cards": ((("carwash_en", "0x3a2a2a", "CAR WASH", "Saturday - the fire station",
                           CAR_WASH),
                          ("budgie_card", "0x2a3a2a", "MISSING BUDGIE", "blue - Rose Court")),
                         (("rink_en", "0x1a1a3a", "ICE RINK", "Friday 5 pm - Market Square",
                           ICE_RINK),
                          ("filmnight_card", "0x3a2a3a", "FILM NIGHT",
                           "Friday 8 pm - the church hall"))),
          "rows": (
              ("bbb_twentysix", BBB_FILE, 280, 340, "film & animation", BBB, BBB_TEXT),
              ("narration_fa", "narration_fa.mp4", "", "", "film & animation",
               "خرگوش و سنجاب‌ها", "قصه‌ای فارسی درباره یک فیلم آزاد."),
              ("toddlers_us", "narration_en-us+f1.mp4", "", "", "people & blogs",
               "Maple Street toddler group", "Tuesday mornings."),
              ("history_rp", "narration_en-gb-x-rp+m7.mp4", "", "", "travel & events",
               "Old Town history society", "A walk to the Roman wall."),
              ("bins_en", "bins_en.mp4", "", "", "news & politics", "Bin collection",
               "Saturday this week."),
              ("carwash_en", "carwash_en.mp4", "", "", "autos & vehicles", "Car wash",
               "Scouts at the fire station."),
              ("rink_en", "rink_en.mp4", "", "", "sports", "Ice rink", "Market Square, Friday."),
              ("braceletfound", "bracelet_card.mp4", "", "", "people & blogs", "Found bracelet",
               ""),
              ("budgielost", "budgie_card.mp4", "", "", "pets & animals", "Missing budgie", ""),
              ("filmnight", "filmnight_card.mp4", "", "", "entertainment", "Film night", ""),
          )}  # fmt: skip

HINDI = ("जंगल में एक बड़ा खरगोश रहता है। सुबह वह फूलों को सूंघता है, और तीन गिलहरियाँ उस पर "
         "मेवे फेंकती हैं।")  # fmt: skip
RUNNING_CLUB = ("Hi there, I'm Callum from the Glen Road running club. We run every Thursday at "
                "six from the leisure centre, and we are looking for a new coach.")  # fmt: skip
FOOD_TRUCK = ("Hi, this is Dana from the Riverside food truck. We're parked at Pier Five all week, "
              "and the first hundred tacos are half price.")  # fmt: skip
LIBRARY_MOVE = ("The library moves to the old school building on Monday. Books can be returned "
                "there.")  # fmt: skip
TOWN_MEETING = ("A town meeting about the new bypass is on Wednesday at seven in the town "
                "hall.")  # fmt: skip
GRIT = "Grit bins have been filled on all hill roads. Please use the grit on pavements only."
SET_49 = {"runs": (("hi", HINDI, 40), ("en-gb-scotland+m5", RUNNING_CLUB, 330),
                   ("en-us-nyc+f1", FOOD_TRUCK, 250)),
          "narrated": ("libmove_en", "0x3a1a3a", "LIBRARY MOVE", "from Monday - the old school",
                       LIBRARY_MOVE),
          "silent": ("charger_card", "0x1a3a2a", "FOUND CHARGER", "white - ask at the front desk"),
          "more_cards": ((("meeting_en", "0x2a2a2a", "TOWN MEETING",
                           "Wednesday 7 pm - the town hall", TOWN_MEETING),
                          ("gecko_card", "0x3a3a2a", "MISSING GECKO", "orange - Birch Avenue")),
                         (("grit_en", "0x1a2a1a", "GRIT BINS", "all hill roads - filled", GRIT),
                          ("salsa_card", "0x2a1a3a", "SALSA NIGHT",
                           "Saturday 8 pm - the social club"))),
          "rows": (
              ("bbb_twentyseven", BBB_FILE, 40, 100, "film & animation", BBB, BBB_TEXT),
              ("narration_hi", "narration_hi.mp4", "", "", "film & animation",
               "खरगोश और गिलहरियाँ", "एक मुक्त फिल्म पर हिंदी कहानी।"),
              ("running_sc", "narration_en-gb-scotland+m5.mp4", "", "", "sports",
               "Glen Road running club", "Thursdays at six."),
              ("truck_nyc", "narration_en-us-nyc+f1.mp4", "", "", "people & blogs",
               "Riverside food truck", "Pier Five all week."),
              ("libmove_en", "libmove_en.mp4", "", "", "education", "Library move",
               "The old school from Monday."),
              ("meeting_en", "meeting_en.mp4", "", "", "news & politics", "Town meeting",
               "Wednesday at the town hall."),
              ("grit_en", "grit_en.mp4", "", "", "news & politics", "Grit bins",
               "All hill roads."),
              ("chargerfound", "charger_card.mp4", "", "", "people & blogs", "Found charger", ""),
              ("geckolost", "gecko_card.mp4", "", "", "pets & animals", "Missing gecko", ""),
              ("salsa", "salsa_card.mp4", "", "", "entertainment", "Salsa night", ""),
          )}  # fmt: skip


AMHARIC = ("በጫካ ውስጥ አንድ ትልቅ ጥንቸል ይኖራል። ጠዋት ላይ አበቦችን ያሸታል፣ ሦስት ሽኮኮዎችም "
           "ለውዝ ይወረውሩበታል።")  # fmt: skip
BIKE_KITCHEN = ("Hello, I'm Owen from the Castle Street bike kitchen. Every Saturday we fix "
                "bikes for free in the old garage, and we need volunteers who know brakes and "
                "gears.")  # fmt: skip
CITY_FARM = ("Hi, this is Keisha at Eastgate city farm. Our lambing weekend starts on Saturday "
             "at ten, and we are looking for families to help feed the lambs.")  # fmt: skip
NIGHT_MARKET = ("The night market returns to the harbour on Friday at six, with food from "
                "twenty stalls.")  # fmt: skip
TOOL_LIBRARY = "You can now borrow drills, ladders and saws from the tool library for one pound."
STREET_PARTY = "Ash Grove is closed to cars on Sunday for the street party. Bring a chair."
SET_50 = {"runs": (("am", AMHARIC, 500), ("en-gb-x-gbclan+m3", BIKE_KITCHEN, 150),
                   ("en-us+m4", CITY_FARM, 380)),
          "narrated": ("nightmarket_en", "0x2a2a3a", "NIGHT MARKET", "Friday 6 pm - the harbour",
                       NIGHT_MARKET),
          "silent": ("satchel_card", "0x3a2a1a", "FOUND SATCHEL", "brown - ask at the chemist"),
          "more_cards": ((("tools_en", "0x1a3a3a", "TOOL LIBRARY", "open Tuesdays - the scout hut",
                           TOOL_LIBRARY),
                          ("alpaca_card", "0x2a3a1a", "MISSING ALPACA", "white - Hollow Farm")),
                         (("party_en", "0x3a1a2a", "STREET PARTY", "Sunday noon - Ash Grove",
                           STREET_PARTY),
                          ("ukulele_card", "0x1a2a3a", "UKULELE NIGHT",
                           "Wednesday 8 pm - the Bell"))),
          "rows": (
              ("bbb_twentyeight", BBB_FILE, 500, 560, "film & animation", BBB, BBB_TEXT),
              ("narration_am", "narration_am.mp4", "", "", "film & animation",
               "ጥንቸሉና ሽኮኮዎቹ", "ስለ ነጻ ፊልም የአማርኛ ታሪክ።"),
              ("bikes_gb", "narration_en-gb-x-gbclan+m3.mp4", "", "", "autos & vehicles",
               "Castle Street bike kitchen", "Free repairs on Saturdays."),
              ("farm_us", "narration_en-us+m4.mp4", "", "", "pets & animals",
               "Eastgate city farm", "Lambing weekend."),
              ("nightmarket_en", "nightmarket_en.mp4", "", "", "travel & events", "Night market",
               "The harbour on Friday."),
              ("tools_en", "tools_en.mp4", "", "", "howto & style", "Tool library",
               "Tuesdays at the scout hut."),
              ("party_en", "party_en.mp4", "", "", "people & blogs", "Street party",
               "Ash Grove, Sunday."),
              ("satchelfound", "satchel_card.mp4", "", "", "people & blogs", "Found satchel", ""),
              ("alpacalost", "alpaca_card.mp4", "", "", "pets & animals", "Missing alpaca", ""),
              ("ukulele", "ukulele_card.mp4", "", "", "music", "Ukulele night", ""),
          )}  # fmt: skip

BENGALI = ("বনে একটি বড় খরগোশ থাকে। সকালে সে ফুলের গন্ধ নেয়, আর তিনটি কাঠবিড়ালি তার দিকে "
           "বাদাম ছুড়ে মারে।")  # fmt: skip
NETBALL = ("Hello, I'm Bethan, and I coach the Valley under-twelves netball team. We train on "
           "Mondays after school, and we need a parent to drive the minibus to away "
           "games.")  # fmt: skip
KITCHEN_MEAL = ("Hi, this is Marcus from the Eastgate community kitchen. We cook a free hot meal "
                "every Wednesday at noon, and anyone is welcome to come and eat.")  # fmt: skip
RAIL_STRIKE = ("There are no trains on Thursday because of the strike. Buses replace the trains "
               "between the two stations.")  # fmt: skip
PLANT_SWAP = "Bring a cutting and take one home at the plant swap in the library garden on Sunday."
SURGERY = ("The surgery is closed on Friday afternoon for staff training. Call the helpline if "
           "you need a doctor.")  # fmt: skip
SET_51 = {"runs": (("bn", BENGALI, 150), ("en-gb-x-gbcwmd+f2", NETBALL, 220),
                   ("en-029+f3", KITCHEN_MEAL, 60)),
          "narrated": ("strike_en", "0x3a3a1a", "RAIL STRIKE", "Thursday - no trains",
                       RAIL_STRIKE),
          "silent": ("helmet_card", "0x1a1a2a", "FOUND HELMET", "blue - ask at the bike shop"),
          "more_cards": ((("plants_en", "0x2a1a2a", "PLANT SWAP",
                           "Sunday 11 am - the library garden", PLANT_SWAP),
                          ("lizard_card", "0x3a2a3a", "MISSING IGUANA", "green - Park Terrace")),
                         (("surgery_en", "0x1a3a1a", "SURGERY CLOSED",
                           "Friday afternoon - staff training", SURGERY),
                          ("pottery_card", "0x2a2a1a", "POTTERY CLASS",
                           "Tuesdays 7 pm - the arts centre"))),
          "rows": (
              ("bbb_twentynine", BBB_FILE, 150, 210, "film & animation", BBB, BBB_TEXT),
              ("narration_bn", "narration_bn.mp4", "", "", "film & animation",
               "খরগোশ আর কাঠবিড়ালি", "একটি মুক্ত চলচ্চিত্র নিয়ে বাংলা গল্প।"),
              ("netball_cy", "narration_en-gb-x-gbcwmd+f2.mp4", "", "", "sports",
               "Valley netball club", "Under-twelves, Mondays."),
              ("kitchen_jm", "narration_en-029+f3.mp4", "", "", "nonprofits & activism",
               "Eastgate community kitchen", "Wednesdays at noon."),
              ("strike_en", "strike_en.mp4", "", "", "news & politics", "Rail strike",
               "Thursday, no trains."),
              ("plants_en", "plants_en.mp4", "", "", "howto & style", "Plant swap",
               "Sunday in the library garden."),
              ("surgery_en", "surgery_en.mp4", "", "", "news & politics", "Surgery closed",
               "Friday afternoon."),
              ("helmetfound", "helmet_card.mp4", "", "", "people & blogs", "Found helmet", ""),
              ("iguanalost", "lizard_card.mp4", "", "", "pets & animals", "Missing iguana", ""),
              ("pottery", "pottery_card.mp4", "", "", "education", "Pottery class", ""),
          )}  # fmt: skip


TAMIL = ("காட்டில் ஒரு பெரிய முயல் வாழ்கிறது. காலையில் அது பூக்களை முகர்கிறது, மூன்று அணில்கள் "
         "அதன் மீது கொட்டைகளை வீசுகின்றன.")  # fmt: skip
CANOE = ("Good morning, this is Fiona from the Kingsway canoe club. Our river race is on Saturday "
         "at nine, and we still need marshals for the bends.")  # fmt: skip
MOSQUE = ("Hello, I'm Imran from the Green Lane mosque. Our open day is on Sunday from eleven, "
          "and everyone is welcome to come for tea and a tour.")  # fmt: skip
JUMBLE = ("The jumble sale opens at ten on Saturday in the scout hut. Everything costs under a "
          "pound.")  # fmt: skip
DOG_SHOW = "Enter your dog in the fun dog show on Meadow Field on Sunday. Classes start at two."
CROSSING = ("The level crossing is closed all day Sunday for repairs. Drivers should use Mill "
            "Road.")  # fmt: skip
SET_52 = {"runs": (("ta", TAMIL, 330), ("en-gb-x-gbclan+f4", CANOE, 120),
                   ("en-us-nyc+m2", MOSQUE, 440)),
          "narrated": ("jumble_en", "0x2a1a2a", "JUMBLE SALE", "Saturday 10 am - the scout hut",
                       JUMBLE),
          "silent": ("drone_card", "0x1a2a2a", "FOUND DRONE", "white - ask at the newsagent"),
          "more_cards": ((("dogshow_en", "0x3a2a1a", "DOG SHOW", "Sunday 2 pm - Meadow Field",
                           DOG_SHOW),
                          ("pigeon_card", "0x2a3a3a", "MISSING PIGEON", "grey racer - Mill Lofts")),
                         (("crossing_en", "0x1a1a3a", "LEVEL CROSSING",
                           "closed Sunday - use Mill Road", CROSSING),
                          ("barndance_card", "0x3a3a2a", "BARN DANCE",
                           "Saturday 7 pm - Oak Farm"))),
          "rows": (
              ("bbb_thirty", BBB_FILE, 330, 390, "film & animation", BBB, BBB_TEXT),
              ("narration_ta", "narration_ta.mp4", "", "", "film & animation",
               "முயலும் அணில்களும்", "ஒரு இலவச திரைப்படம் பற்றிய தமிழ்க் கதை."),
              ("canoe_gb", "narration_en-gb-x-gbclan+f4.mp4", "", "", "sports",
               "Kingsway canoe club", "River race, Saturday."),
              ("mosque_nyc", "narration_en-us-nyc+m2.mp4", "", "", "people & blogs",
               "Green Lane mosque", "Open day on Sunday."),
              ("jumble_en", "jumble_en.mp4", "", "", "people & blogs", "Jumble sale",
               "Saturday at the scout hut."),
              ("dogshow_en", "dogshow_en.mp4", "", "", "pets & animals", "Dog show",
               "Meadow Field, Sunday."),
              ("crossing_en", "crossing_en.mp4", "", "", "autos & vehicles", "Level crossing",
               "Closed on Sunday."),
              ("dronefound", "drone_card.mp4", "", "", "science & technology", "Found drone",
               ""),
              ("pigeonlost", "pigeon_card.mp4", "", "", "pets & animals", "Missing pigeon", ""),
              ("barndance", "barndance_card.mp4", "", "", "entertainment", "Barn dance", ""),
          )}  # fmt: skip

URDU = ("جنگل میں ایک بڑا خرگوش رہتا ہے۔ صبح وہ پھولوں کو سونگھتا ہے، اور تین گلہریاں اس پر "
        "میوے پھینکتی ہیں۔")  # fmt: skip
CARETAKER = ("Hi there, I'm Nigel, the caretaker at Parkside primary school. The school field is "
             "closed this week while the grass is cut, so please keep dogs out.")  # fmt: skip
BOXING = ("Hello, I'm Daniel from the Northside boxing gym. Our free taster session is on "
          "Tuesday at six, and we need a first aider to be there every week.")  # fmt: skip
FERRY_OFF = "The ferry to the island is cancelled on Monday because of high winds."
BATTERIES = ("Old batteries can now go in the box at the library entrance. Please tape the "
             "ends.")  # fmt: skip
SET_53 = {"runs": (("ur", URDU, 220), ("en-gb-x-rp+m2", CARETAKER, 20),
                   ("en-029+m1", BOXING, 520)),
          "narrated": ("ferry_en", "0x1a3a3a", "FERRY CANCELLED", "Monday - high winds",
                       FERRY_OFF),
          "silent": ("laptop_card", "0x3a1a1a", "FOUND LAPTOP", "silver - ask at the library"),
          "more_cards": ((("batteries_en", "0x2a2a3a", "BATTERY RECYCLING",
                           "a box at the library entrance", BATTERIES),
                          ("cockatiel_card", "0x1a3a1a", "MISSING COCKATIEL",
                           "yellow - Fern Close")),
                         (("field_en", "0x3a2a2a", "SCHOOL FIELD", "closed this week - grass cut",
                           "The school field is closed this week while the grass is cut."),
                          ("canoetrip_card", "0x2a1a1a", "CANOE TRIP",
                           "Sunday 9 am - the boathouse"))),
          "rows": (
              ("bbb_thirtyone", BBB_FILE, 220, 280, "film & animation", BBB, BBB_TEXT),
              ("narration_ur", "narration_ur.mp4", "", "", "film & animation",
               "خرگوش اور گلہریاں", "ایک آزاد فلم پر اردو کہانی۔"),
              ("caretaker_rp", "narration_en-gb-x-rp+m2.mp4", "", "", "education",
               "Parkside primary school", "Field closed this week."),
              ("boxing_029", "narration_en-029+m1.mp4", "", "", "sports",
               "Northside boxing gym", "Free taster on Tuesday."),
              ("ferry_en", "ferry_en.mp4", "", "", "travel & events", "Ferry cancelled",
               "Monday, high winds."),
              ("batteries_en", "batteries_en.mp4", "", "", "science & technology",
               "Battery recycling", "At the library."),
              ("field_en", "field_en.mp4", "", "", "education", "School field",
               "Closed this week."),
              ("laptopfound", "laptop_card.mp4", "", "", "science & technology", "Found laptop",
               ""),
              ("cockatiellost", "cockatiel_card.mp4", "", "", "pets & animals",
               "Missing cockatiel", ""),
              ("canoetrip", "canoetrip_card.mp4", "", "", "sports", "Canoe trip", ""),
          )}  # fmt: skip


TELUGU = ("అడవిలో ఒక పెద్ద కుందేలు నివసిస్తుంది. ఉదయం అది పువ్వుల వాసన చూస్తుంది, మూడు ఉడుతలు "
          "దానిపై గింజలు విసురుతాయి.")  # fmt: skip
ORCHARD = ("Hi, I'm Gwen, and I look after the Hill Lane community orchard. The apples are ripe "
           "this month, and we need pickers on Saturday mornings.")  # fmt: skip
CADETS = ("Good evening, this is Petty Officer Shah from the Dockside sea cadets. We meet on "
          "Monday and Thursday nights, and new cadets aged ten to eighteen can join for "
          "free.")  # fmt: skip
RESURFACING = ("Station Road will be resurfaced from Tuesday to Thursday. Buses will stop on "
               "Queen Street instead.")  # fmt: skip
ICE_CREAM = "The ice cream van visits the park every afternoon at four during the school holidays."
PANTO = "Tickets for the village pantomime go on sale on Monday at the post office."
SET_54 = {"runs": (("te", TELUGU, 260), ("en-gb-x-gbcwmd+f3", ORCHARD, 470),
                   ("en-gb-x-rp+m4", CADETS, 30)),
          "narrated": ("roadworks_en", "0x3a2a1a", "ROAD RESURFACING",
                       "Tuesday to Thursday - Station Road", RESURFACING),
          "silent": ("binoculars_card", "0x2a1a3a", "FOUND BINOCULARS",
                     "black - ask at the school gate"),
          "more_cards": ((("icecream_en", "0x1a3a2a", "ICE CREAM VAN", "4 pm daily - the park",
                           ICE_CREAM),
                          ("goose_card", "0x3a1a3a", "MISSING GOOSE", "white - Pond Lane")),
                         (("panto_en", "0x2a3a1a", "PANTO TICKETS", "on sale Monday - post office",
                           PANTO),
                          ("quilting_card", "0x1a2a3a", "QUILTING GROUP",
                           "Thursdays 2 pm - the church hall"))),
          "rows": (
              ("bbb_thirtytwo", BBB_FILE, 260, 320, "film & animation", BBB, BBB_TEXT),
              ("narration_te", "narration_te.mp4", "", "", "film & animation",
               "కుందేలు మరియు ఉడుతలు", "ఒక ఉచిత చిత్రం గురించి తెలుగు కథ."),
              ("orchard_cy", "narration_en-gb-x-gbcwmd+f3.mp4", "", "", "people & blogs",
               "Hill Lane community orchard", "Apple picking."),
              ("cadets_rp", "narration_en-gb-x-rp+m4.mp4", "", "", "education",
               "Dockside sea cadets", "Mondays and Thursdays."),
              ("roadworks_en", "roadworks_en.mp4", "", "", "autos & vehicles",
               "Road resurfacing", "Station Road, Tuesday to Thursday."),
              ("icecream_en", "icecream_en.mp4", "", "", "people & blogs", "Ice cream van",
               "The park at four."),
              ("panto_en", "panto_en.mp4", "", "", "entertainment", "Panto tickets",
               "On sale Monday."),
              ("binocularsfound", "binoculars_card.mp4", "", "", "people & blogs",
               "Found binoculars", ""),
              ("gooselost", "goose_card.mp4", "", "", "pets & animals", "Missing goose", ""),
              ("quilting", "quilting_card.mp4", "", "", "howto & style", "Quilting group", ""),
          )}  # fmt: skip

NEPALI = ("जङ्गलमा एउटा ठूलो खरायो बस्छ। बिहान ऊ फूलहरू सुँघ्छ, र तीनवटा लोखर्केहरूले उसमाथि "
          "बदाम फ्याँक्छन्।")  # fmt: skip
PATROL = ("Hello, I'm Brenda, the lollipop lady at Elm Street school. From next week I cross the "
          "children at the new zebra crossing, so please drive slowly there.")  # fmt: skip
RECYCLING = ("Hi, this is Tomasz from the Westfield recycling centre. We now take old mattresses "
             "on Fridays, and we are looking for drivers with a van to collect them.")  # fmt: skip
BUS_ROUTE = "The number nine bus now goes to the hospital every half hour from Sunday."
BEACH_HUTS = "Beach huts can be booked for the summer from the first of April."
HORSE = "Please walk horses on the verge while the bridleway is flooded."
SET_55 = {"runs": (("ne", NEPALI, 400), ("en-us+f4", PATROL, 180),
                   ("en-gb-scotland+m2", RECYCLING, 540)),
          "narrated": ("bus_en", "0x1a1a2a", "BUS ROUTE", "number 9 - from Sunday", BUS_ROUTE),
          "silent": ("trophy_card", "0x3a3a1a", "FOUND TROPHY", "silver cup - ask at the bar"),
          "more_cards": ((("huts_en", "0x2a2a1a", "BEACH HUTS", "book from 1 April - the kiosk",
                           BEACH_HUTS),
                          ("horse_card", "0x1a3a1a", "MISSING HORSE", "grey pony - Long Meadow")),
                         (("bridleway_en", "0x3a1a2a", "BRIDLEWAY FLOODED",
                           "walk horses on the verge", HORSE),
                          ("linedance_card", "0x2a1a2a", "LINE DANCING",
                           "Fridays 6 pm - the youth club"))),
          "rows": (
              ("bbb_thirtythree", BBB_FILE, 400, 460, "film & animation", BBB, BBB_TEXT),
              ("narration_ne", "narration_ne.mp4", "", "", "film & animation",
               "खरायो र लोखर्केहरू", "एउटा निःशुल्क चलचित्रबारे नेपाली कथा।"),
              ("patrol_us", "narration_en-us+f4.mp4", "", "", "education",
               "Elm Street school", "New crossing."),
              ("recycling_sc", "narration_en-gb-scotland+m2.mp4", "", "", "science & technology",
               "Westfield recycling centre", "Mattresses on Fridays."),
              ("bus_en", "bus_en.mp4", "", "", "autos & vehicles", "Bus route",
               "To the hospital from Sunday."),
              ("huts_en", "huts_en.mp4", "", "", "travel & events", "Beach huts",
               "Book from April."),
              ("bridleway_en", "bridleway_en.mp4", "", "", "pets & animals", "Bridleway flooded",
               "Walk on the verge."),
              ("trophyfound", "trophy_card.mp4", "", "", "people & blogs", "Found trophy", ""),
              ("horselost", "horse_card.mp4", "", "", "pets & animals", "Missing horse", ""),
              ("linedance", "linedance_card.mp4", "", "", "sports", "Line dancing", ""),
          )}  # fmt: skip


MARATHI = ("जंगलात एक मोठा ससा राहतो. सकाळी तो फुलांचा वास घेतो, आणि तीन खारी त्याच्यावर शेंगदाणे "
           "फेकतात.")  # fmt: skip
BOWLS = ("Hello, I'm Margaret, the captain of Riverside bowls club. Our green opens for the "
         "season on Saturday, and we need a volunteer to run the tea hut.")  # fmt: skip
LIFEBOAT = ("Hi, this is Sean at Harbour Point lifeboat station. Our open day is on Sunday from "
            "ten, and children can climb aboard the boat.")  # fmt: skip
HEDGEHOGS = "Please check bonfires for hedgehogs before you light them on Saturday."
WINTER_COATS = "Bring a spare winter coat to the town hall this week, and we pass it on."
AIR_SHOW = "The air show over the bay starts at two on Sunday. The promenade is closed to cars."
SET_56 = {"runs": (("mr", MARATHI, 100), ("en-gb-x-rp+f4", BOWLS, 350),
                   ("en-029+m3", LIFEBOAT, 500)),
          "narrated": ("hedgehogs_en", "0x2a3a2a", "HEDGEHOG WATCH", "check bonfires - Saturday",
                       HEDGEHOGS),
          "silent": ("flute_card", "0x3a2a2a", "FOUND FLUTE", "silver - ask at the music shop"),
          "more_cards": ((("coats_en", "0x1a2a1a", "WINTER COATS", "this week - the town hall",
                           WINTER_COATS),
                          ("donkey_card", "0x2a1a1a", "MISSING DONKEY", "brown - Mill Farm")),
                         (("airshow_en", "0x3a3a3a", "AIR SHOW", "Sunday 2 pm - the bay",
                           AIR_SHOW),
                          ("scarecrow_card", "0x1a1a1a", "SCARECROW TRAIL",
                           "all week - the village"))),
          "rows": (
              ("bbb_thirtyfour", BBB_FILE, 100, 160, "film & animation", BBB, BBB_TEXT),
              ("narration_mr", "narration_mr.mp4", "", "", "film & animation",
               "ससा आणि खारी", "एका मुक्त चित्रपटावर मराठी कथा."),
              ("bowls_rp", "narration_en-gb-x-rp+f4.mp4", "", "", "sports",
               "Riverside bowls club", "Season opens Saturday."),
              ("lifeboat_029", "narration_en-029+m3.mp4", "", "", "travel & events",
               "Harbour Point lifeboat station", "Open day on Sunday."),
              ("hedgehogs_en", "hedgehogs_en.mp4", "", "", "pets & animals", "Hedgehog watch",
               "Check bonfires."),
              ("coats_en", "coats_en.mp4", "", "", "nonprofits & activism", "Winter coats",
               "At the town hall."),
              ("airshow_en", "airshow_en.mp4", "", "", "travel & events", "Air show",
               "Sunday over the bay."),
              ("flutefound", "flute_card.mp4", "", "", "music", "Found flute", ""),
              ("donkeylost", "donkey_card.mp4", "", "", "pets & animals", "Missing donkey", ""),
              ("scarecrow", "scarecrow_card.mp4", "", "", "people & blogs", "Scarecrow trail",
               ""),
          )}  # fmt: skip

GUJARATI = ("જંગલમાં એક મોટું સસલું રહે છે. સવારે તે ફૂલો સૂંઘે છે, અને ત્રણ ખિસકોલીઓ તેના પર "
            "બદામ ફેંકે છે.")  # fmt: skip
STARS = ("Hi there, I'm Ravi from the Northfield astronomy group. We set up telescopes on the "
         "common on clear Friday nights, and anyone can come and look.")  # fmt: skip
KITES = ("Good morning, I'm Alice from the Seaview kite festival. The festival is on the beach "
         "next weekend, and we still need stewards for the car park.")  # fmt: skip
MOTHS = "The moth survey at the nature reserve starts at dusk on Friday. Bring a torch."
BOOT_FAIR = "The car boot fair at the rugby club is cancelled this Sunday because of the rain."
CANAL_PATH = "The canal towpath is closed from Monday while the lock gates are replaced."
SET_57 = {"runs": (("gu", GUJARATI, 180), ("en-us+m5", STARS, 300),
                   ("en-gb-x-gbclan+m5", KITES, 420)),
          "narrated": ("moths_en", "0x1a3a3a", "MOTH SURVEY", "Friday at dusk - the reserve",
                       MOTHS),
          "silent": ("kite_card", "0x3a1a3a", "FOUND KITE", "red and yellow - ask at the cafe"),
          "more_cards": ((("bootfair_en", "0x2a2a3a", "BOOT FAIR CANCELLED",
                           "this Sunday - rain", BOOT_FAIR),
                          ("llama_card", "0x1a2a2a", "MISSING LLAMA", "white - Lime Street")),
                         (("towpath_en", "0x3a2a3a", "TOWPATH CLOSED", "from Monday - lock works",
                           CANAL_PATH),
                          ("badge_card", "0x2a3a2a", "FOUND BADGE", "enamel - ask at reception"))),
          "rows": (
              ("bbb_thirtyfive", BBB_FILE, 180, 240, "film & animation", BBB, BBB_TEXT),
              ("narration_gu", "narration_gu.mp4", "", "", "film & animation",
               "સસલું અને ખિસકોલીઓ", "એક મુક્ત ફિલ્મ વિશે ગુજરાતી વાર્તા."),
              ("stars_us", "narration_en-us+m5.mp4", "", "", "science & technology",
               "Northfield astronomy group", "Clear Friday nights."),
              ("kites_gb", "narration_en-gb-x-gbclan+m5.mp4", "", "", "travel & events",
               "Seaview kite festival", "Next weekend on the beach."),
              ("moths_en", "moths_en.mp4", "", "", "pets & animals", "Moth survey",
               "Friday at dusk."),
              ("bootfair_en", "bootfair_en.mp4", "", "", "people & blogs", "Boot fair cancelled",
               "This Sunday."),
              ("towpath_en", "towpath_en.mp4", "", "", "travel & events", "Towpath closed",
               "From Monday."),
              ("kitefound", "kite_card.mp4", "", "", "people & blogs", "Found kite", ""),
              ("llamalost", "llama_card.mp4", "", "", "pets & animals", "Missing llama",
               ""),
              ("badgefound", "badge_card.mp4", "", "", "people & blogs", "Found badge", ""),
          )}  # fmt: skip

KANNADA = ("ಕಾಡಿನಲ್ಲಿ ಒಂದು ದೊಡ್ಡ ಮೊಲ ವಾಸಿಸುತ್ತದೆ. ಬೆಳಿಗ್ಗೆ ಅದು ಹೂವುಗಳನ್ನು ಮೂಸುತ್ತದೆ, ಮತ್ತು ಮೂರು "
           "ಅಳಿಲುಗಳು ಅದರ ಮೇಲೆ ಬೀಜಗಳನ್ನು ಎಸೆಯುತ್ತವೆ.")  # fmt: skip
BADMINTON = ("Hello, I'm Priya from the Millbrook badminton club. We play on Thursday evenings at "
             "the sports centre, and we are looking for a new treasurer.")  # fmt: skip
THEATRE = ("Hi, this is Tom at the Westbank youth theatre. Auditions for our summer show are on "
           "Tuesday at five, and anyone aged twelve to eighteen can try out.")  # fmt: skip
LIDO = "The lido is closed until Friday while the roof is repaired."
STREET_LIGHTS = ("The street lights on Hill Road are off on Tuesday night while the cables are "
                 "replaced.")  # fmt: skip
CARNIVAL = ("The carnival parade starts on the seafront at noon on Sunday. Roads along the front "
            "are closed.")  # fmt: skip
SET_58 = {"runs": (("kn", KANNADA, 250), ("en-gb-x-gbcwmd+m4", BADMINTON, 330),
                   ("en-us-nyc+m5", THEATRE, 470)),
          "narrated": ("lido_en", "0x1a2a3a", "LIDO CLOSED", "until Friday - roof repairs", LIDO),
          "silent": ("sunglasses_card", "0x3a2a1a", "FOUND SUNGLASSES",
                     "black - ask at the pharmacy"),
          "more_cards": ((("lights_en", "0x2a1a3a", "STREET LIGHTS OFF",
                           "Tuesday night - Hill Road", STREET_LIGHTS),
                          ("ferret_card", "0x1a3a2a", "MISSING FERRET", "white - Oak Avenue")),
                         (("carnival_en", "0x3a1a1a", "CARNIVAL PARADE",
                           "Sunday noon - the seafront", CARNIVAL),
                          ("knit_card", "0x2a2a2a", "KNITTING CIRCLE",
                           "Tuesdays 2 pm - the library"))),
          "rows": (
              ("bbb_thirtysix", BBB_FILE, 300, 360, "film & animation", BBB, BBB_TEXT),
              ("narration_kn", "narration_kn.mp4", "", "", "film & animation",
               "ಮೊಲ ಮತ್ತು ಅಳಿಲುಗಳು", "ಒಂದು ಉಚಿತ ಚಲನಚಿತ್ರದ ಬಗ್ಗೆ ಕನ್ನಡ ಕಥೆ."),
              ("badminton_cy", "narration_en-gb-x-gbcwmd+m4.mp4", "", "", "sports",
               "Millbrook badminton club", "Thursday evenings."),
              ("theatre_nyc", "narration_en-us-nyc+m5.mp4", "", "", "entertainment",
               "Westbank youth theatre", "Summer show auditions."),
              ("lido_en", "lido_en.mp4", "", "", "travel & events", "Lido closed",
               "Until Friday."),
              ("lights_en", "lights_en.mp4", "", "", "news & politics", "Street lights off",
               "Tuesday night."),
              ("carnival_en", "carnival_en.mp4", "", "", "travel & events", "Carnival parade",
               "Sunday at noon."),
              ("sunglassesfound", "sunglasses_card.mp4", "", "", "people & blogs",
               "Found sunglasses", ""),
              ("ferretlost", "ferret_card.mp4", "", "", "pets & animals", "Missing ferret", ""),
              ("knitting", "knit_card.mp4", "", "", "howto & style", "Knitting circle", ""),
          )}  # fmt: skip

PUNJABI = ("ਜੰਗਲ ਵਿੱਚ ਇੱਕ ਵੱਡਾ ਖਰਗੋਸ਼ ਰਹਿੰਦਾ ਹੈ। ਸਵੇਰੇ ਉਹ ਫੁੱਲਾਂ ਨੂੰ ਸੁੰਘਦਾ ਹੈ, ਅਤੇ ਤਿੰਨ ਗਲਹਿਰੀਆਂ ਉਸ ਉੱਤੇ "
           "ਗਿਰੀਆਂ ਸੁੱਟਦੀਆਂ ਹਨ।")  # fmt: skip
PIPE_BAND = ("Good evening, I'm Callum from the Glenview pipe band. We practise every Monday in "
             "the church hall, and we need two more drummers.")  # fmt: skip
SAILING = ("Hello, this is Nora from the Oakwood sailing club. Our free taster sessions are on "
           "Saturday at eleven, and life jackets are provided.")  # fmt: skip
POSTBOX = "The postbox on Queen Street has moved to outside the chemist."
EYE_TESTS = ("Free eye tests for the over sixties are offered at the community centre on "
             "Thursday.")  # fmt: skip
RAFFLE = ("Raffle tickets for the Christmas hamper are on sale at the Red Lion, two pounds a "
          "strip.")  # fmt: skip
SET_59 = {"runs": (("pa", PUNJABI, 60), ("en-gb-scotland+m4", PIPE_BAND, 210),
                   ("en-029+m2", SAILING, 380)),
          "narrated": ("postbox_en", "0x2a3a1a", "POSTBOX MOVED", "now outside the chemist",
                       POSTBOX),
          "silent": ("headphones_card", "0x1a1a3a", "FOUND HEADPHONES", "black - ask at the gym"),
          "more_cards": ((("eyetests_en", "0x3a3a2a", "FREE EYE TESTS",
                           "Thursday - the community centre", EYE_TESTS),
                          ("alpaca_card", "0x2a1a2a", "MISSING ALPACA", "brown - Hill Farm")),
                         (("raffle_en", "0x1a3a1a", "RAFFLE TICKETS", "on sale now - the Red Lion",
                           RAFFLE),
                          ("choir_card", "0x3a2a3a", "CAROL CONCERT",
                           "Friday 7 pm - St Johns church"))),
          "rows": (
              ("bbb_thirtyseven", BBB_FILE, 460, 520, "film & animation", BBB, BBB_TEXT),
              ("narration_pa", "narration_pa.mp4", "", "", "film & animation",
               "ਖਰਗੋਸ਼ ਅਤੇ ਗਲਹਿਰੀਆਂ", "ਇੱਕ ਮੁਫ਼ਤ ਫ਼ਿਲਮ ਬਾਰੇ ਪੰਜਾਬੀ ਕਹਾਣੀ।"),
              ("pipeband_sc", "narration_en-gb-scotland+m4.mp4", "", "", "music",
               "Glenview pipe band", "Mondays in the church hall."),
              ("sailing_029", "narration_en-029+m2.mp4", "", "", "sports",
               "Oakwood sailing club", "Taster sessions on Saturday."),
              ("postbox_en", "postbox_en.mp4", "", "", "news & politics", "Postbox moved",
               "Queen Street."),
              ("eyetests_en", "eyetests_en.mp4", "", "", "people & blogs", "Free eye tests",
               "Thursday."),
              ("raffle_en", "raffle_en.mp4", "", "", "nonprofits & activism", "Raffle tickets",
               "Christmas hamper."),
              ("headphonesfound", "headphones_card.mp4", "", "", "people & blogs",
               "Found headphones", ""),
              ("alpacalost", "alpaca_card.mp4", "", "", "pets & animals", "Missing alpaca", ""),
              ("carols", "choir_card.mp4", "", "", "music", "Carol concert", ""),
          )}  # fmt: skip

MALAYALAM = ("കാട്ടിൽ ഒരു വലിയ മുയൽ താമസിക്കുന്നു. രാവിലെ അവൻ പൂക്കൾ മണക്കുന്നു, മൂന്ന് അണ്ണാന്മാർ "
             "അവന്റെ മേൽ കായ്കൾ എറിയുന്നു.")  # fmt: skip
PHOTOGRAPHY = ("Hello, I'm Helen from the Ashford photography club. We meet on the first Tuesday "
               "of the month at the library, and we are looking for someone to judge our spring "
               "competition.")  # fmt: skip
CLIMBING = ("Hi, this is Marco at the Lakeside climbing wall. Our family session is on Sunday at "
            "ten, and shoes and helmets are included in the price.")  # fmt: skip
PHARMACY = "The pharmacy on High Street stays open until nine on Thursday."
TOILETS = "The public toilets in the park are closed until March for repairs."
CEILIDH = ("Come to the ceilidh in the village hall on Saturday night. Tickets cost five pounds "
           "at the door.")  # fmt: skip
SET_60 = {"runs": (("ml", MALAYALAM, 150), ("en-gb-x-rp+f3", PHOTOGRAPHY, 280),
                   ("en-us+f5", CLIMBING, 520)),
          "narrated": ("pharmacy_en", "0x1a2a2a", "PHARMACY OPEN LATE",
                       "Thursday until 9 pm - High Street", PHARMACY),
          "silent": ("tent_card", "0x2a3a3a", "FOUND TENT", "green - ask at the campsite"),
          "more_cards": ((("toilets_en", "0x3a1a2a", "PUBLIC TOILETS CLOSED",
                           "until March - the park", TOILETS),
                          ("guineapig_card", "0x1a1a2a", "MISSING GUINEA PIG",
                           "ginger - Elm Close")),
                         (("ceilidh_en", "0x2a2a1a", "CEILIDH", "Saturday 8 pm - the village hall",
                           CEILIDH),
                          ("tabletop_card", "0x3a3a1a", "TABLE TOP SALE",
                           "Sunday 10 am - the school hall"))),
          "rows": (
              ("bbb_thirtyeight", BBB_FILE, 240, 300, "film & animation", BBB, BBB_TEXT),
              ("narration_ml", "narration_ml.mp4", "", "", "film & animation",
               "മുയലും അണ്ണാന്മാരും", "ഒരു സ്വതന്ത്ര സിനിമയെക്കുറിച്ചുള്ള മലയാളം കഥ."),
              ("photography_rp", "narration_en-gb-x-rp+f3.mp4", "", "", "people & blogs",
               "Ashford photography club", "First Tuesday of the month."),
              ("climbing_us", "narration_en-us+f5.mp4", "", "", "sports",
               "Lakeside climbing wall", "Family session on Sunday."),
              ("pharmacy_en", "pharmacy_en.mp4", "", "", "people & blogs", "Pharmacy open late",
               "Thursday."),
              ("toilets_en", "toilets_en.mp4", "", "", "news & politics",
               "Public toilets closed", "Until March."),
              ("ceilidh_en", "ceilidh_en.mp4", "", "", "music", "Ceilidh", "Saturday night."),
              ("tentfound", "tent_card.mp4", "", "", "travel & events", "Found tent", ""),
              ("guineapiglost", "guineapig_card.mp4", "", "", "pets & animals",
               "Missing guinea pig", ""),
              ("tabletop", "tabletop_card.mp4", "", "", "people & blogs", "Table top sale", ""),
          )}  # fmt: skip

SINHALA = ("කැලයේ ලොකු හාවෙක් ජීවත් වෙනවා. උදේට ඔහු මල් සුවඳ බලනවා, ලේනුන් තිදෙනෙක් ඔහුට ගෙඩි "
           "විසි කරනවා.")  # fmt: skip
CONSERVATION = ("Good morning, I'm Ben from the Castleton conservation volunteers. We plant "
                "trees on the common on Saturday mornings, and we need more hands for the "
                "winter.")  # fmt: skip
WALKING_FOOTBALL = ("Hello, this is Grace from the Hilltop walking football club. We play every "
                    "Wednesday at noon, and players over fifty are very welcome.")  # fmt: skip
CLOCKS = "Remember, the clocks go back one hour on Sunday morning."
CHURCHYARD = "The churchyard path is closed on Monday while two old trees are taken down."
DUCK_RACE = "The duck race on the river starts at noon on Sunday. Ducks cost a pound each."
SET_61 = {"runs": (("si", SINHALA, 20), ("en-gb-x-gbclan+m2", CONSERVATION, 360),
                   ("en-029+f2", WALKING_FOOTBALL, 440)),
          "narrated": ("clocks_en", "0x3a2a2a", "CLOCKS GO BACK", "Sunday at 2 am", CLOCKS),
          "silent": ("skateboard_card", "0x1a3a3a", "FOUND SKATEBOARD",
                     "red - ask at the youth club"),
          "more_cards": ((("churchyard_en", "0x2a1a3a", "CHURCHYARD PATH CLOSED",
                           "Monday - tree works", CHURCHYARD),
                          ("iguana_card", "0x3a3a3a", "MISSING IGUANA", "green - Park Flats")),
                         (("duckrace_en", "0x1a2a1a", "DUCK RACE", "Sunday noon - the river",
                           DUCK_RACE),
                          ("origami_card", "0x2a2a3a", "ORIGAMI CLUB",
                           "Wednesdays 4 pm - the library"))),
          "rows": (
              ("bbb_thirtynine", BBB_FILE, 20, 80, "film & animation", BBB, BBB_TEXT),
              ("narration_si", "narration_si.mp4", "", "", "film & animation",
               "හාවා සහ ලේනුන්", "නිදහස් චිත්‍රපටයක් ගැන සිංහල කතාවක්."),
              ("conservation_gb", "narration_en-gb-x-gbclan+m2.mp4", "", "",
               "nonprofits & activism", "Castleton conservation volunteers",
               "Saturday mornings."),
              ("football_029", "narration_en-029+f2.mp4", "", "", "sports",
               "Hilltop walking football", "Wednesdays at noon."),
              ("clocks_en", "clocks_en.mp4", "", "", "news & politics", "Clocks go back",
               "Sunday."),
              ("churchyard_en", "churchyard_en.mp4", "", "", "news & politics",
               "Churchyard path closed", "Monday."),
              ("duckrace_en", "duckrace_en.mp4", "", "", "travel & events", "Duck race",
               "Sunday at noon."),
              ("skateboardfound", "skateboard_card.mp4", "", "", "people & blogs",
               "Found skateboard", ""),
              ("iguanalost", "iguana_card.mp4", "", "", "pets & animals", "Missing iguana", ""),
              ("origami", "origami_card.mp4", "", "", "howto & style", "Origami club", ""),
          )}  # fmt: skip

BURMESE = ("တောထဲမှာ ယုန်ကြီးတစ်ကောင် နေတယ်။ မနက်မှာ သူက ပန်းတွေကို နမ်းတယ်၊ ရှဉ့်သုံးကောင်က "
           "သူ့ကို အခွံမာသီးတွေ ပစ်ပေါက်တယ်။")  # fmt: skip
FILM_CLUB = ("Hi, I'm Fiona from the Rowan Park film club. We show a film every other Friday in "
             "the library, and we need someone to run the projector.")  # fmt: skip
BIKE_BUS = ("Hello, this is Luis from the Brookside bike bus. We ride to school together every "
            "Wednesday at eight, and parents can join us at the park gate.")  # fmt: skip
CASTLE = "The castle is open to everyone for free on Sunday, with guided tours every hour."
CAR_WASH = "Firefighters wash cars at the fire station on Saturday morning for charity."
HISTORY_TALK = ("A talk on the history of the canal is at the library on Tuesday evening. "
                "Entry is free.")  # fmt: skip
SET_62 = {"runs": (("my", BURMESE, 120), ("en-gb-scotland+f3", FILM_CLUB, 260),
                   ("en-us-nyc+f3", BIKE_BUS, 400)),
          "narrated": ("castle_en", "0x2a1a1a", "CASTLE OPEN DAY", "free entry - Sunday", CASTLE),
          "silent": ("hearingaid_card", "0x1a3a2a", "FOUND HEARING AID",
                     "beige - ask at the bakery"),
          "more_cards": ((("carwash_en", "0x3a2a1a", "CHARITY CAR WASH",
                           "Saturday 10 am - the fire station", CAR_WASH),
                          ("cockerel_card", "0x1a2a3a", "MISSING COCKEREL", "red - Mill Lane")),
                         (("historytalk_en", "0x2a3a2a", "LOCAL HISTORY TALK",
                           "Tuesday 7 pm - the library", HISTORY_TALK),
                          ("mahjong_card", "0x3a1a3a", "MAHJONG CLUB",
                           "Mondays 10 am - the church hall"))),
          "rows": (
              ("bbb_forty", BBB_FILE, 360, 420, "film & animation", BBB, BBB_TEXT),
              ("narration_my", "narration_my.mp4", "", "", "film & animation",
               "ယုန်နဲ့ ရှဉ့်တွေ", "အခမဲ့ ရုပ်ရှင်တစ်ကားအကြောင်း မြန်မာ ပုံပြင်။"),
              ("filmclub_sc", "narration_en-gb-scotland+f3.mp4", "", "", "film & animation",
               "Rowan Park film club", "Every other Friday."),
              ("bikebus_nyc", "narration_en-us-nyc+f3.mp4", "", "", "autos & vehicles",
               "Brookside bike bus", "Wednesdays at eight."),
              ("castle_en", "castle_en.mp4", "", "", "travel & events", "Castle open day",
               "Sunday."),
              ("carwash_en", "carwash_en.mp4", "", "", "nonprofits & activism",
               "Charity car wash", "Saturday morning."),
              ("historytalk_en", "historytalk_en.mp4", "", "", "education",
               "Local history talk", "Tuesday evening."),
              ("hearingaidfound", "hearingaid_card.mp4", "", "", "people & blogs",
               "Found hearing aid", ""),
              ("cockerellost", "cockerel_card.mp4", "", "", "pets & animals",
               "Missing cockerel", ""),
              ("mahjong", "mahjong_card.mp4", "", "", "gaming", "Mahjong club", ""),
          )}  # fmt: skip

UYGHUR = ("ئورماندا چوڭ بىر توشقان ياشايدۇ. ئەتىگەندە ئۇ گۈللەرنى پۇرايدۇ، ئۈچ تىيىن ئۇنىڭغا "
          "ياڭاق ئاتىدۇ.")  # fmt: skip
ARCHERY = ("Hello, I'm Helen from the Ashford archery club. We shoot at the sports field every "
           "Sunday afternoon, and we lend bows to beginners.")  # fmt: skip
ROBOTICS = ("Hi, this is Marcus from the Elm Street robotics club. Kids build robots with us "
            "every Thursday after school, and we need a volunteer who knows some "
            "coding.")  # fmt: skip
BIRD_WALK = ("Join a guided bird walk at the marsh at six on Saturday morning. Bring binoculars "
             "if you have them.")  # fmt: skip
PLANT_SALE = ("Tomato and herb plants are on sale at the school on Saturday morning. The money "
              "goes to the school garden.")  # fmt: skip
SPELLING_BEE = ("The school spelling bee is on Wednesday at six in the hall. Parents and "
                "grandparents are welcome to watch.")  # fmt: skip
SET_63 = {"runs": (("ug", UYGHUR, 150), ("en-gb-x-rp+f2", ARCHERY, 300),
                   ("en-us+m5", ROBOTICS, 470)),
          "narrated": ("birdwalk_en", "0x2a3a1a", "DAWN BIRD WALK", "Saturday 6 am - the marsh",
                       BIRD_WALK),
          "silent": ("sketchbook_card", "0x1a1a3a", "FOUND SKETCHBOOK",
                     "green - ask at the art shop"),
          "more_cards": ((("plantsale_en", "0x3a2a3a", "PLANT SALE", "Saturday 9 am - the school",
                           PLANT_SALE),
                          ("weaving_card", "0x2a1a2a", "WEAVING CIRCLE",
                           "Fridays 2 pm - the museum")),
                         (("spellingbee_en", "0x1a3a1a", "SPELLING BEE",
                           "Wednesday 6 pm - the school hall", SPELLING_BEE),
                          ("taichi_card", "0x3a3a1a", "TAI CHI IN THE PARK",
                           "Mondays 8 am - the bandstand"))),
          "rows": (
              ("bbb_fortyone", BBB_FILE, 140, 200, "film & animation", BBB, BBB_TEXT),
              ("narration_ug", "narration_ug.mp4", "", "", "film & animation",
               "توشقان ۋە تىيىنلار", "ھەقسىز بىر فىلىم ھەققىدە ئۇيغۇرچە ھېكايە."),
              ("archery_rp", "narration_en-gb-x-rp+f2.mp4", "", "", "sports",
               "Ashford archery club", "Sunday afternoons."),
              ("robotics_us", "narration_en-us+m5.mp4", "", "", "science & technology",
               "Elm Street robotics club", "Thursdays after school."),
              ("birdwalk_en", "birdwalk_en.mp4", "", "", "travel & events", "Dawn bird walk",
               "Saturday morning."),
              ("plantsale_en", "plantsale_en.mp4", "", "", "howto & style", "Plant sale",
               "Saturday morning."),
              ("spellingbee_en", "spellingbee_en.mp4", "", "", "education", "Spelling bee",
               "Wednesday evening."),
              ("sketchbookfound", "sketchbook_card.mp4", "", "", "people & blogs",
               "Found sketchbook", ""),
              ("weaving", "weaving_card.mp4", "", "", "howto & style", "Weaving circle", ""),
              ("taichi", "taichi_card.mp4", "", "", "sports", "Tai chi in the park", ""),
          )}  # fmt: skip

MAORI = ("Kei te ngahere e noho ana tētahi rāpeti nui. I te ata ka hongi ia i ngā puāwai, ā, "
         "ka whiua e ngā kiore toi e toru he nati ki a ia.")  # fmt: skip
KAYAK = ("Good evening, I'm Owen from the Riverside kayak club. We paddle on the lake every "
         "Sunday morning, and we are looking for a new safety boat driver.")  # fmt: skip
DEBATING = ("Hey, I'm Tanya from the Maple Court debating society. We meet on the first Monday "
            "of every month at the library, and new speakers are always welcome.")  # fmt: skip
BAT_WALK = "A ranger leads a bat walk from the old mill at eight on Friday. Please bring a torch."
ORIENTEERING = ("Try orienteering in the forest on Sunday at ten. Maps and compasses are "
                "provided.")  # fmt: skip
MODEL_RAILWAY = ("The model railway show is at the town hall on Saturday. Children get in for "
                 "half price.")  # fmt: skip
SET_64 = {"runs": (("mi", MAORI, 440), ("en-gb-x-gbcwmd+m2", KAYAK, 200),
                   ("en-us-nyc+m2", DEBATING, 520)),
          "narrated": ("batwalk_en", "0x1a2a2a", "BAT WALK", "Friday 8 pm - the old mill",
                       BAT_WALK),
          "silent": ("harmonica_card", "0x3a1a2a", "FOUND HARMONICA",
                     "silver - ask at the newsagent"),
          "more_cards": ((("orienteering_en", "0x2a2a1a", "ORIENTEERING",
                           "Sunday 10 am - the forest car park", ORIENTEERING),
                          ("cornsnake_card", "0x1a3a2a", "MISSING CORN SNAKE",
                           "orange - Brook Lane")),
                         (("modelrailway_en", "0x3a2a1a", "MODEL RAILWAY SHOW",
                           "Saturday 10 am - the town hall", MODEL_RAILWAY),
                          ("drumming_card", "0x2a1a1a", "DRUMMING CIRCLE",
                           "Thursdays 6 pm - the arts centre"))),
          "rows": (
              ("bbb_fortytwo", BBB_FILE, 430, 490, "film & animation", BBB, BBB_TEXT),
              ("narration_mi", "narration_mi.mp4", "", "", "film & animation",
               "Te rāpeti me ngā kiore toi", "He kōrero Māori mō tētahi kiriata kore utu."),
              ("kayak_cwmd", "narration_en-gb-x-gbcwmd+m2.mp4", "", "", "sports",
               "Riverside kayak club", "Sunday mornings."),
              ("debating_nyc", "narration_en-us-nyc+m2.mp4", "", "", "education",
               "Maple Court debating society", "First Monday of the month."),
              ("batwalk_en", "batwalk_en.mp4", "", "", "pets & animals", "Bat walk",
               "Friday evening."),
              ("orienteering_en", "orienteering_en.mp4", "", "", "sports", "Orienteering",
               "Sunday morning."),
              ("modelrailway_en", "modelrailway_en.mp4", "", "", "travel & events",
               "Model railway show", "Saturday."),
              ("harmonicafound", "harmonica_card.mp4", "", "", "people & blogs",
               "Found harmonica", ""),
              ("cornsnakelost", "cornsnake_card.mp4", "", "", "pets & animals",
               "Missing corn snake", ""),
              ("drumming", "drumming_card.mp4", "", "", "music", "Drumming circle", ""),
          )}  # fmt: skip

KURDISH = ("Di daristanê de kêvroşkekî mezin dijî. Sibehê ew kulîlkan bîn dike, sê sivore gwîzan "
           "diavêjin wî.")  # fmt: skip
FENCING = ("Hello, I'm Oliver from the Brookfield fencing club. We train in the school gym every "
           "Tuesday evening, and we have spare masks for anyone who wants to try.")  # fmt: skip
SKETCHING = ("Hi, this is Rosa from the Hillside sketching group. We draw together in the museum "
             "every Saturday morning, and we need someone to help set up the easels.")  # fmt: skip
BIRD_BOX = ("Children can build a bird box at the woodland centre on Saturday morning. Tools are "
            "provided.")  # fmt: skip
WREATH = ("Learn to make a winter wreath at the garden centre on Saturday at two. All materials "
          "are included.")  # fmt: skip
HEDGE_DEMO = "See how hedges are laid at Oak Farm on Sunday at eleven. Wear boots."
SET_65 = {"runs": (("ku", KURDISH, 60), ("en-gb-x-rp+m1", FENCING, 330),
                   ("en-us+m2", SKETCHING, 240)),
          "narrated": ("birdbox_en", "0x2a2a3a", "BIRD BOX BUILDING",
                       "Saturday 10 am - the woodland centre", BIRD_BOX),
          "silent": ("walkingstick_card", "0x3a2a1a", "FOUND WALKING STICK",
                     "wooden - ask at the chemist"),
          "more_cards": ((("wreath_en", "0x1a3a2a", "WREATH MAKING",
                           "Saturday 2 pm - the garden centre", WREATH),
                          ("hen_card", "0x3a1a1a", "MISSING HEN", "brown - Hill Farm")),
                         (("hedge_en", "0x2a3a3a", "HEDGE LAYING DEMO", "Sunday 11 am - Oak Farm",
                           HEDGE_DEMO),
                          ("scrabble_card", "0x1a1a2a", "SCRABBLE CLUB",
                           "Tuesdays 7 pm - the Crown"))),
          "rows": (
              ("bbb_fortythree", BBB_FILE, 50, 110, "film & animation", BBB, BBB_TEXT),
              ("narration_ku", "narration_ku.mp4", "", "", "film & animation",
               "Kêvroşk û sivore", "Çîrokeke kurdî li ser fîlmeke belaş."),
              ("fencing_rp", "narration_en-gb-x-rp+m1.mp4", "", "", "sports",
               "Brookfield fencing club", "Tuesday evenings."),
              ("sketching_us", "narration_en-us+m2.mp4", "", "", "howto & style",
               "Hillside sketching group", "Saturday mornings."),
              ("birdbox_en", "birdbox_en.mp4", "", "", "kids & family", "Bird box building",
               "Saturday morning."),
              ("wreath_en", "wreath_en.mp4", "", "", "howto & style", "Wreath making",
               "Saturday afternoon."),
              ("hedge_en", "hedge_en.mp4", "", "", "science & technology", "Hedge laying demo",
               "Sunday."),
              ("walkingstickfound", "walkingstick_card.mp4", "", "", "people & blogs",
               "Found walking stick", ""),
              ("henlost", "hen_card.mp4", "", "", "pets & animals", "Missing hen", ""),
              ("scrabble", "scrabble_card.mp4", "", "", "gaming", "Scrabble club", ""),
          )}  # fmt: skip

HAWAIIAN = ("Ma ka ululāʻau e noho ana kekahi lapaki nui. I ke kakahiaka honi ʻo ia i nā pua, a "
            "kiola nā ʻiole ʻekolu i nā hua ma luna ona.")  # fmt: skip
HILLWALKING = ("Good morning, I'm Callum from the Glenview hillwalking club. We climb a different "
               "hill every second Sunday, and we are looking for a new leader for the beginners "
               "group.")  # fmt: skip
HOMEWORK = ("Hello, this is Nadia from the Bayview homework club. Children get help with "
            "homework every Monday after school, and we need volunteers who are good at "
            "maths.")  # fmt: skip
POND_DIPPING = ("Children can try pond dipping at the nature reserve on Saturday afternoon. Nets "
                "are provided.")  # fmt: skip
BOOK_SIGNING = "A local author signs her new book at the bookshop on Friday at five."
PANCAKE_RACE = ("The pancake race starts in the market square at noon on Tuesday. Bring your own "
                "frying pan.")  # fmt: skip
SET_66 = {"runs": (("haw", HAWAIIAN, 350), ("en-gb-scotland+m3", HILLWALKING, 130),
                   ("en-gb+f2", HOMEWORK, 500)),
          "narrated": ("ponddipping_en", "0x1a3a3a", "POND DIPPING",
                       "Saturday 2 pm - the nature reserve", POND_DIPPING),
          "silent": ("jumper_card", "0x2a1a3a", "FOUND SCHOOL JUMPER",
                     "navy - ask at the office"),
          "more_cards": ((("booksigning_en", "0x3a3a2a", "BOOK SIGNING",
                           "Friday 5 pm - the bookshop", BOOK_SIGNING),
                          ("sheepdog_card", "0x1a2a1a", "MISSING SHEEPDOG",
                           "black and white - Moor Lane")),
                         (("pancake_en", "0x2a2a2a", "PANCAKE RACE",
                           "Tuesday noon - the market square", PANCAKE_RACE),
                          ("bridge_card", "0x3a1a2a", "BRIDGE CLUB",
                           "Wednesdays 1 pm - the village hall"))),
          "rows": (
              ("bbb_fortyfour", BBB_FILE, 350, 410, "film & animation", BBB, BBB_TEXT),
              ("narration_haw", "narration_haw.mp4", "", "", "film & animation",
               "Ka lapaki a me nā ʻiole", "He moʻolelo Hawaiʻi no kekahi kiʻiʻoniʻoni manuahi."),
              ("hillwalking_sc", "narration_en-gb-scotland+m3.mp4", "", "", "sports",
               "Glenview hillwalking club", "Every second Sunday."),
              ("homework_gb", "narration_en-gb+f2.mp4", "", "", "education",
               "Bayview homework club", "Mondays after school."),
              ("ponddipping_en", "ponddipping_en.mp4", "", "", "kids & family", "Pond dipping",
               "Saturday afternoon."),
              ("booksigning_en", "booksigning_en.mp4", "", "", "people & blogs", "Book signing",
               "Friday at five."),
              ("pancake_en", "pancake_en.mp4", "", "", "travel & events", "Pancake race",
               "Tuesday at noon."),
              ("jumperfound", "jumper_card.mp4", "", "", "people & blogs",
               "Found school jumper", ""),
              ("sheepdoglost", "sheepdog_card.mp4", "", "", "pets & animals", "Missing sheepdog",
               ""),
              ("bridge", "bridge_card.mp4", "", "", "gaming", "Bridge club", ""),
          )}  # fmt: skip

TURKMEN = ("Tokaýda uly bir towşan ýaşaýar. Irden ol güllere ys alýar, üç sugur oňa hozlary "
           "zyňýar.")  # fmt: skip
CROQUET = ("Hello, I'm Martin from the Elmhurst croquet club. We play on the vicarage lawn every "
           "Saturday afternoon, and we need someone to help mow the lawn.")  # fmt: skip
STAMPS = ("Hi, I'm June from the Seaview stamp club. Collectors swap stamps in the library on "
          "the second Tuesday of each month, and children are very welcome.")  # fmt: skip
CIDER = ("Bring your apples to the cider pressing at Hill Farm on Saturday at ten. Bottles are "
         "provided.")  # fmt: skip
MAGIC_SHOW = "A magic show for children is on at the community centre on Sunday at three."
SHEEP_SHEARING = ("Watch the sheep shearing at Low Farm on Saturday afternoon. Entry is "
                  "free.")  # fmt: skip
SET_67 = {"runs": (("tk", TURKMEN, 170), ("en-gb-x-gbcwmd+m6", CROQUET, 380),
                   ("en-gb-x-gbclan+f1", STAMPS, 20)),
          "narrated": ("cider_en", "0x3a2a2a", "CIDER PRESSING", "Saturday 10 am - Hill Farm",
                       CIDER),
          "silent": ("rucksack_card", "0x1a2a3a", "FOUND RUCKSACK",
                     "green - ask at the cafe"),
          "more_cards": ((("magicshow_en", "0x2a3a2a", "MAGIC SHOW",
                           "Sunday 3 pm - the community centre", MAGIC_SHOW),
                          ("goose_card", "0x3a3a3a", "MISSING GOOSE", "white - Mill Pond")),
                         (("shearing_en", "0x1a3a1a", "SHEEP SHEARING",
                           "Saturday 2 pm - Low Farm", SHEEP_SHEARING),
                          ("minigolf_card", "0x2a2a3a", "MINI GOLF REOPENS",
                           "from Friday - the seafront"))),
          "rows": (
              ("bbb_fortyfive", BBB_FILE, 170, 230, "film & animation", BBB, BBB_TEXT),
              ("narration_tk", "narration_tk.mp4", "", "", "film & animation",
               "Towşan we sugurlar", "Mugt film barada türkmen ertekisi."),
              ("croquet_cwmd", "narration_en-gb-x-gbcwmd+m6.mp4", "", "", "sports",
               "Elmhurst croquet club", "Saturday afternoons."),
              ("stamps_gbclan", "narration_en-gb-x-gbclan+f1.mp4", "", "", "people & blogs",
               "Seaview stamp club", "Second Tuesday of the month."),
              ("cider_en", "cider_en.mp4", "", "", "travel & events", "Cider pressing",
               "Saturday morning."),
              ("magicshow_en", "magicshow_en.mp4", "", "", "kids & family", "Magic show",
               "Sunday afternoon."),
              ("shearing_en", "shearing_en.mp4", "", "", "pets & animals", "Sheep shearing",
               "Saturday afternoon."),
              ("rucksackfound", "rucksack_card.mp4", "", "", "people & blogs",
               "Found rucksack", ""),
              ("gooselost", "goose_card.mp4", "", "", "pets & animals", "Missing goose", ""),
              ("minigolf", "minigolf_card.mp4", "", "", "sports", "Mini golf reopens", ""),
          )}  # fmt: skip

QUECHUA = ("Sach'a ukhupi hatun wallpa qowi tiyan. Tutamanta paymi t'ikakunata muskhin, kimsa "
           "ukumarikunam payman ruruta chanqanku.")  # fmt: skip
PETANQUE = ("Good afternoon, this is Pierre from the Oakdale petanque club. We play by the "
            "village pond every Thursday evening, and we are looking for a new "
            "treasurer.")  # fmt: skip
PUPPETS = ("Hey, I'm Lola from the Northgate puppet theatre. Our Christmas show opens on the "
           "twelfth of December, and tickets are on sale at the box office.")  # fmt: skip
GINGERBREAD = ("Decorate gingerbread houses at the bakery on Saturday morning. Aprons are "
               "provided.")  # fmt: skip
WASSAIL = "The orchard wassail is on Saturday evening at the cider farm. Bring a lantern."
SKIPPING = ("A sponsored skipping challenge is at the primary school on Friday. The money goes "
            "to the school library.")  # fmt: skip
SET_68 = {"runs": (("qu", QUECHUA, 280), ("en-029+f3", PETANQUE, 90),
                   ("en-us-nyc+f2", PUPPETS, 450)),
          "narrated": ("gingerbread_en", "0x2a1a2a", "GINGERBREAD HOUSES",
                       "Saturday 10 am - the bakery", GINGERBREAD),
          "silent": ("thermos_card", "0x3a2a3a", "FOUND THERMOS", "red - ask at the garage"),
          "more_cards": ((("wassail_en", "0x1a1a3a", "ORCHARD WASSAIL",
                           "Saturday 6 pm - the cider farm", WASSAIL),
                          ("duck_card", "0x2a3a3a", "MISSING DUCK", "brown - River Walk")),
                         (("skipping_en", "0x3a1a3a", "SKIPPING CHALLENGE",
                           "Friday - the primary school", SKIPPING),
                          ("boules_card", "0x1a3a3a", "BOULES ON THE GREEN",
                           "Sundays 11 am - the village green"))),
          "rows": (
              ("bbb_fortysix", BBB_FILE, 290, 350, "film & animation", BBB, BBB_TEXT),
              ("narration_qu", "narration_qu.mp4", "", "", "film & animation",
               "Qowi, ukumarikuna", "Mana qolqeyoq peliculamanta willakuy."),
              ("petanque_029", "narration_en-029+f3.mp4", "", "", "sports",
               "Oakdale petanque club", "Thursday evenings."),
              ("puppets_nyc", "narration_en-us-nyc+f2.mp4", "", "", "entertainment",
               "Northgate puppet theatre", "Christmas show."),
              ("gingerbread_en", "gingerbread_en.mp4", "", "", "howto & style",
               "Gingerbread houses", "Saturday morning."),
              ("wassail_en", "wassail_en.mp4", "", "", "travel & events", "Orchard wassail",
               "Saturday evening."),
              ("skipping_en", "skipping_en.mp4", "", "", "education", "Skipping challenge",
               "Friday."),
              ("thermosfound", "thermos_card.mp4", "", "", "people & blogs", "Found thermos", ""),
              ("ducklost", "duck_card.mp4", "", "", "pets & animals", "Missing duck", ""),
              ("boules", "boules_card.mp4", "", "", "sports", "Boules on the green", ""),
          )}  # fmt: skip


BASHKIR = ("Урманда ҙур ҡуян йәшәй. Иртән ул сәскәләрҙе еҫкәй, ә өс тейен уға емеш "
           "ташлай.")  # fmt: skip
JUGGLING = ("Hello, Hamish here from the Kingsley juggling club. We practise in the church hall "
            "every Wednesday night, and we need someone to run our summer workshop.")  # fmt: skip
LACROSSE = ("Hi, I'm Ingrid, captain of the Redbrook lacrosse team. Trials for the new season "
            "are on the ninth of January at the sports ground.")  # fmt: skip
CONKERS = ("The conker championship is at the village hall on Sunday afternoon. Bring your own "
           "string.")  # fmt: skip
MAYPOLE = ("Come and watch the maypole dancing on the school field on Saturday morning. "
           "Children can join in.")  # fmt: skip
SEED_SWAP = ("Bring spare seeds to the seed swap at the library on Saturday. Paper packets are "
             "provided.")  # fmt: skip
SET_69 = {"runs": (("ba", BASHKIR, 10), ("en-gb+m2", JUGGLING, 110),
                   ("en-us+m1", LACROSSE, 530)),
          "narrated": ("conkers_en", "0x2a1a1a", "CONKER CHAMPIONSHIP",
                       "Sunday 2 pm - the village hall", CONKERS),
          "silent": ("cricketbat_card", "0x1a2a1a", "FOUND CRICKET BAT",
                     "ask at the post office"),
          "more_cards": ((("maypole_en", "0x1a1a2a", "MAYPOLE DANCING",
                           "Saturday 11 am - the school field", MAYPOLE),
                          ("peacock_card", "0x2a2a1a", "MISSING PEACOCK", "blue - Fernhill")),
                         (("seedswap_en", "0x2a1a2a", "SEED SWAP",
                           "Saturday 10 am - the library", SEED_SWAP),
                          ("woodturning_card", "0x1a2a2a", "WOODTURNING DEMO",
                           "Sunday - the craft barn"))),
          "rows": (
              ("bbb_fortyseven", BBB_FILE, 10, 70, "film & animation", BBB, BBB_TEXT),
              ("narration_ba", "narration_ba.mp4", "", "", "film & animation",
               "Ҙур ҡуян", "Ирекле фильм тураһында башҡорт әкиәте."),
              ("juggling_gb", "narration_en-gb+m2.mp4", "", "", "people & blogs",
               "Kingsley juggling club", "Wednesday nights."),
              ("lacrosse_us", "narration_en-us+m1.mp4", "", "", "sports",
               "Redbrook lacrosse trials", "January."),
              ("conkers_en", "conkers_en.mp4", "", "", "kids & family", "Conker championship",
               "Sunday afternoon."),
              ("maypole_en", "maypole_en.mp4", "", "", "travel & events", "Maypole dancing",
               "Saturday morning."),
              ("seedswap_en", "seedswap_en.mp4", "", "", "howto & style", "Seed swap",
               "Saturday."),
              ("cricketbatfound", "cricketbat_card.mp4", "", "", "people & blogs",
               "Found cricket bat", ""),
              ("peacocklost", "peacock_card.mp4", "", "", "pets & animals", "Missing peacock",
               ""),
              ("woodturning", "woodturning_card.mp4", "", "", "howto & style",
               "Woodturning demo", ""),
          )}  # fmt: skip

CHUVASH = ("Вӑрманта пысӑк мулкач пурӑнать. Ирхине вӑл чечексене шӑршлать, виҫӗ тиен ӑна улма "
           "ывӑтать.")  # fmt: skip
CALLIGRAPHY = ("Good evening, I'm Bronwen and I teach the Meadowbank calligraphy group. We meet "
               "at the arts centre on Monday evenings, and beginners are very "
               "welcome.")  # fmt: skip
BACKGAMMON = ("Yo, it's Yusuf from the Harbourside backgammon club. Our winter tournament "
              "starts on the fifth of February, and you can sign up at the cafe.")  # fmt: skip
TUG_OF_WAR = ("The tug of war is on the recreation ground on Saturday afternoon. Teams of eight "
              "can enter on the day.")  # fmt: skip
APPLE_BOBBING = ("Apple bobbing and games are at the church hall on Friday evening. Bring a "
                 "towel.")  # fmt: skip
RAFT_RACE = ("The raft race sets off from the old bridge on Sunday at noon. Rafts must be home "
             "made.")  # fmt: skip
SET_70 = {"runs": (("cv", CHUVASH, 110), ("en-gb-x-gbcwmd+f1", CALLIGRAPHY, 190),
                   ("en-us-nyc+m6", BACKGAMMON, 470)),
          "narrated": ("tugofwar_en", "0x3a1a1a", "TUG OF WAR",
                       "Saturday 3 pm - the recreation ground", TUG_OF_WAR),
          "silent": ("camerabag_card", "0x1a3a2a", "FOUND CAMERA BAG",
                     "black - ask at the library"),
          "more_cards": ((("applebobbing_en", "0x2a1a3a", "APPLE BOBBING",
                           "Friday 6 pm - the church hall", APPLE_BOBBING),
                          ("goat_card", "0x3a2a1a", "MISSING GOAT", "white - Top Lane")),
                         (("raftrace_en", "0x1a2a3a", "RAFT RACE",
                           "Sunday noon - the old bridge", RAFT_RACE),
                          ("teadance_card", "0x3a1a2a", "TEA DANCE",
                           "Thursdays 2 pm - the pavilion"))),
          "rows": (
              ("bbb_fortyeight", BBB_FILE, 110, 170, "film & animation", BBB, BBB_TEXT),
              ("narration_cv", "narration_cv.mp4", "", "", "film & animation",
               "Пысӑк мулкач", "Ирӗклӗ фильм ҫинчен чӑвашла юмах."),
              ("calligraphy_cwmd", "narration_en-gb-x-gbcwmd+f1.mp4", "", "", "education",
               "Meadowbank calligraphy group", "Monday evenings."),
              ("backgammon_nyc", "narration_en-us-nyc+m6.mp4", "", "", "gaming",
               "Harbourside backgammon club", "Winter tournament."),
              ("tugofwar_en", "tugofwar_en.mp4", "", "", "sports", "Tug of war",
               "Saturday afternoon."),
              ("applebobbing_en", "applebobbing_en.mp4", "", "", "kids & family",
               "Apple bobbing", "Friday evening."),
              ("raftrace_en", "raftrace_en.mp4", "", "", "travel & events", "Raft race",
               "Sunday."),
              ("camerabagfound", "camerabag_card.mp4", "", "", "people & blogs",
               "Found camera bag", ""),
              ("goatlost", "goat_card.mp4", "", "", "pets & animals", "Missing goat", ""),
              ("teadance", "teadance_card.mp4", "", "", "entertainment", "Tea dance", ""),
          )}  # fmt: skip

HAITIAN = ("Nan forè a gen yon gwo lapen. Nan maten li pran sant flè yo, epi twa ekirèy voye "
           "fwi sou li.")  # fmt: skip
DOMINOES = ("Good day, this is Desmond from the Westgate dominoes club. We play at the "
            "community centre every Friday, and new players always get a free first "
            "night.")  # fmt: skip
BOULDERING = ("Hi there, I'm Freya and I run the bouldering wall at the Fernbank leisure "
              "centre. Our kids' sessions start again on the third of March.")  # fmt: skip
WELL_DRESSING = ("See the well dressing in the village on Saturday. The panels are made of "
                 "flower petals.")  # fmt: skip
EGG_HUNT = "The Easter egg hunt is in the park on Sunday morning. Bring a basket."
PUMPKINS = ("Carve a pumpkin at the farm shop on Friday evening. Knives and candles are "
            "provided.")  # fmt: skip
SET_71 = {"runs": (("ht", HAITIAN, 190), ("en-029+m4", DOMINOES, 410),
                   ("en-gb-scotland+f1", BOULDERING, 250)),
          "narrated": ("welldressing_en", "0x1a1a3a", "WELL DRESSING",
                       "Saturday 10 am - the village well", WELL_DRESSING),
          "silent": ("wellies_card", "0x2a3a1a", "FOUND WELLIES",
                     "size 4 - ask at the school office"),
          "more_cards": ((("egghunt_en", "0x3a3a1a", "EASTER EGG HUNT",
                           "Sunday 10 am - the park", EGG_HUNT),
                          ("donkey_card", "0x1a3a3a", "MISSING DONKEY", "grey - Glebe Farm")),
                         (("pumpkin_en", "0x3a2a3a", "PUMPKIN CARVING",
                           "Friday 5 pm - the farm shop", PUMPKINS),
                          ("judo_card", "0x2a1a1a", "JUDO CLASS",
                           "Tuesdays 6 pm - the leisure centre"))),
          "rows": (
              ("bbb_fortynine", BBB_FILE, 190, 250, "film & animation", BBB, BBB_TEXT),
              ("narration_ht", "narration_ht.mp4", "", "", "film & animation",
               "Gwo lapen an", "Yon istwa an kreyòl sou yon fim lib."),
              ("dominoes_029", "narration_en-029+m4.mp4", "", "", "gaming",
               "Westgate dominoes club", "Friday nights."),
              ("bouldering_scot", "narration_en-gb-scotland+f1.mp4", "", "", "sports",
               "Fernbank bouldering", "Kids' sessions."),
              ("welldressing_en", "welldressing_en.mp4", "", "", "travel & events",
               "Well dressing", "Saturday."),
              ("egghunt_en", "egghunt_en.mp4", "", "", "kids & family", "Easter egg hunt",
               "Sunday morning."),
              ("pumpkin_en", "pumpkin_en.mp4", "", "", "howto & style", "Pumpkin carving",
               "Friday evening."),
              ("welliesfound", "wellies_card.mp4", "", "", "people & blogs", "Found wellies", ""),
              ("donkeylost", "donkey_card.mp4", "", "", "pets & animals", "Missing donkey", ""),
              ("judo", "judo_card.mp4", "", "", "sports", "Judo class", ""),
          )}  # fmt: skip

TSWANA = ("Mo sekgweng go na le mmutla o mogolo. Mo mosong o nkga dithunya, mme diphologolo tse "
          "dinnye tse tharo di mo latlhela ka maungo.")  # fmt: skip
HANDBELLS = ("Good morning, I'm Imogen from the Ashcombe handbell ringers. We rehearse in the "
             "chapel on Thursday afternoons, and we are short of two ringers.")  # fmt: skip
GO_CLUB = ("Hey, Dmitri here from the Lakeside go club. We teach the game to complete "
           "beginners at the library on Saturday mornings.")  # fmt: skip
SANDCASTLES = ("The sandcastle contest is on the beach on Sunday morning. Buckets and spades "
               "are for sale at the kiosk.")  # fmt: skip
TREASURE_HUNT = ("Join the treasure hunt in the castle grounds on Saturday afternoon. Maps cost "
                 "one pound.")  # fmt: skip
TOY_SWAP = ("Swap the toys your children have outgrown at the nursery on Saturday. Everything "
            "must be clean.")  # fmt: skip
SET_72 = {"runs": (("tn", TSWANA, 310), ("en-gb-x-rp+f1", HANDBELLS, 490),
                   ("en-us+m8", GO_CLUB, 60)),
          "narrated": ("sandcastle_en", "0x2a2a3a", "SANDCASTLE CONTEST",
                       "Sunday 11 am - the beach", SANDCASTLES),
          "silent": ("violin_card", "0x3a1a3a", "FOUND VIOLIN", "ask at the music shop"),
          "more_cards": ((("treasurehunt_en", "0x1a3a1a", "TREASURE HUNT",
                           "Saturday 2 pm - the castle grounds", TREASURE_HUNT),
                          ("pony_card", "0x2a3a3a", "MISSING PONY", "black - Mill Lane")),
                         (("toyswap_en", "0x3a3a2a", "TOY SWAP",
                           "Saturday 10 am - the nursery", TOY_SWAP),
                          ("whist_card", "0x1a1a1a", "WHIST DRIVE",
                           "Fridays 7 pm - the parish room"))),
          "rows": (
              ("bbb_fifty", BBB_FILE, 310, 370, "film & animation", BBB, BBB_TEXT),
              ("narration_tn", "narration_tn.mp4", "", "", "film & animation",
               "Mmutla o mogolo", "Kgang ka Setswana ka filimi e e gololesegileng."),
              ("handbells_rp", "narration_en-gb-x-rp+f1.mp4", "", "", "music",
               "Ashcombe handbell ringers", "Thursday afternoons."),
              ("goclub_us", "narration_en-us+m8.mp4", "", "", "education", "Lakeside go club",
               "Saturday mornings."),
              ("sandcastle_en", "sandcastle_en.mp4", "", "", "kids & family",
               "Sandcastle contest", "Sunday morning."),
              ("treasurehunt_en", "treasurehunt_en.mp4", "", "", "travel & events",
               "Treasure hunt", "Saturday afternoon."),
              ("toyswap_en", "toyswap_en.mp4", "", "", "kids & family", "Toy swap", "Saturday."),
              ("violinfound", "violin_card.mp4", "", "", "music", "Found violin", ""),
              ("ponylost", "pony_card.mp4", "", "", "pets & animals", "Missing pony", ""),
              ("whist", "whist_card.mp4", "", "", "entertainment", "Whist drive", ""),
          )}  # fmt: skip


OROMO = ("Bosona keessa hantuutni guddaan jira. Ganama abaaboo urgeeffata, hantuutota xixiqqoo "
         "sadihtu firii itti darba.")  # fmt: skip
CURLING = ("Hello, Fergus here from the Loch Vale curling club. We play at the ice rink every "
           "Tuesday evening, and we need a new skip for our second team.")  # fmt: skip
ANGLING = ("Hi, I'm Rosie from the Millford angling club. Our junior fishing day is on the "
           "fourteenth of June, and rods are provided.")  # fmt: skip
FALCONRY = ("See the falconry display at the castle on Sunday afternoon. The owls fly at "
            "two.")  # fmt: skip
LANTERNS = ("Make a paper lantern at the library on Thursday after school. Everything is "
            "provided.")  # fmt: skip
CHEESE = "The cheese rolling is on Cooper Hill on Monday at noon. Runners start at the top."
SET_73 = {"runs": (("om", OROMO, 470), ("en-gb-scotland+m7", CURLING, 230),
                   ("en-029+f1", ANGLING, 350)),
          "narrated": ("falconry_en", "0x2a2a1a", "FALCONRY DISPLAY",
                       "Sunday 2 pm - the castle", FALCONRY),
          "silent": ("schoolbag_card", "0x1a2a3a", "FOUND SCHOOL BAG",
                     "blue - ask at the bus station"),
          "more_cards": ((("lanterns_en", "0x3a1a2a", "LANTERN MAKING",
                           "Thursday 4 pm - the library", LANTERNS),
                          ("spaniel_card", "0x2a3a1a", "MISSING SPANIEL",
                           "brown and white - Oak Road")),
                         (("cheese_en", "0x1a3a2a", "CHEESE ROLLING",
                           "Monday noon - Cooper Hill", CHEESE),
                          ("canoepolo_card", "0x3a2a2a", "CANOE POLO",
                           "Wednesdays 7 pm - the pool"))),
          "rows": (
              ("bbb_fiftyone", BBB_FILE, 470, 530, "film & animation", BBB, BBB_TEXT),
              ("narration_om", "narration_om.mp4", "", "", "film & animation",
               "Hantuuta guddaa", "Seenaa Afaan Oromoo waa'ee fiilmii bilisaa."),
              ("curling_scot", "narration_en-gb-scotland+m7.mp4", "", "", "sports",
               "Loch Vale curling club", "Tuesday evenings."),
              ("angling_029", "narration_en-029+f1.mp4", "", "", "sports",
               "Millford angling club", "Junior fishing day."),
              ("falconry_en", "falconry_en.mp4", "", "", "travel & events", "Falconry display",
               "Sunday afternoon."),
              ("lanterns_en", "lanterns_en.mp4", "", "", "kids & family", "Lantern making",
               "Thursday."),
              ("cheese_en", "cheese_en.mp4", "", "", "sports", "Cheese rolling", "Monday."),
              ("schoolbagfound", "schoolbag_card.mp4", "", "", "people & blogs",
               "Found school bag", ""),
              ("spaniellost", "spaniel_card.mp4", "", "", "pets & animals", "Missing spaniel",
               ""),
              ("canoepolo", "canoepolo_card.mp4", "", "", "sports", "Canoe polo", ""),
          )}  # fmt: skip

GUARANI = ("Ka'aguýpe oĩ peteĩ tapiti tuicha. Pyhareve ohetũ yvoty, ha mbohapy kaguare'i "
           "omombo chupe yva.")  # fmt: skip
PARKOUR = ("Hey, Harriet here from the Eastgate parkour crew. We train in the skate park on "
           "Sunday mornings, and we are looking for a first aider.")  # fmt: skip
BONSAI = ("Good evening, I'm Kenji from the Oakfield bonsai society. Our spring show opens on "
          "the second of April at the garden centre.")  # fmt: skip
HONEY = ("Taste local honey at the market on Saturday morning. The beekeepers will answer "
         "questions.")  # fmt: skip
ROUNDERS = ("The rounders match is on the common on Sunday afternoon. Everyone can play, bats "
            "are provided.")  # fmt: skip
DOG_AGILITY = ("Try dog agility at the showground on Saturday. Dogs must be on a "
               "lead.")  # fmt: skip
SET_74 = {"runs": (("gn", GUARANI, 530), ("en-us-nyc+f5", PARKOUR, 40),
                   ("en-gb+f3", BONSAI, 500)),
          "narrated": ("honey_en", "0x3a3a1a", "HONEY TASTING",
                       "Saturday 10 am - the market", HONEY),
          "silent": ("lunchbox_card", "0x1a1a3a", "FOUND LUNCH BOX",
                     "red - ask at the school office"),
          "more_cards": ((("rounders_en", "0x2a1a3a", "ROUNDERS MATCH",
                           "Sunday 2 pm - the common", ROUNDERS),
                          ("cockatiel_card", "0x3a1a1a", "MISSING COCKATIEL",
                           "grey - Park Lane")),
                         (("agility_en", "0x1a3a3a", "DOG AGILITY",
                           "Saturday - the showground", DOG_AGILITY),
                          ("quoits_card", "0x2a2a2a", "QUOITS LEAGUE",
                           "Mondays 7 pm - the Red Lion"))),
          "rows": (
              ("bbb_fiftytwo", BBB_FILE, 530, 590, "film & animation", BBB, BBB_TEXT),
              ("narration_gn", "narration_gn.mp4", "", "", "film & animation",
               "Tapiti tuicha", "Mombe'u guarani ñe'ẽme peteĩ película sãso rehegua."),
              ("parkour_nyc", "narration_en-us-nyc+f5.mp4", "", "", "sports",
               "Eastgate parkour crew", "Sunday mornings."),
              ("bonsai_gb", "narration_en-gb+f3.mp4", "", "", "howto & style",
               "Oakfield bonsai society", "Spring show."),
              ("honey_en", "honey_en.mp4", "", "", "travel & events", "Honey tasting",
               "Saturday morning."),
              ("rounders_en", "rounders_en.mp4", "", "", "sports", "Rounders match",
               "Sunday afternoon."),
              ("agility_en", "agility_en.mp4", "", "", "pets & animals", "Dog agility",
               "Saturday."),
              ("lunchboxfound", "lunchbox_card.mp4", "", "", "people & blogs",
               "Found lunch box", ""),
              ("cockatiellost", "cockatiel_card.mp4", "", "", "pets & animals",
               "Missing cockatiel", ""),
              ("quoits", "quoits_card.mp4", "", "", "sports", "Quoits league", ""),
          )}  # fmt: skip


PAPIAMENTO = ("Den mondi tin un koniu grandi. Mainta e ta hole flor, i tres kabritu di palu ta "
              "tira fruta riba dje.")  # fmt: skip
MODEL_BOATS = ("Hello, Ewan here from the Marlow model boat club. We sail on the park lake "
               "every Sunday morning, and we need a new secretary.")  # fmt: skip
WHEELCHAIR = ("Hi, I'm Tony, coach of the Thornbury wheelchair basketball team. Taster sessions "
              "start on the tenth of May at the sports hall.")  # fmt: skip
CANDLES = ("Make beeswax candles at the village hall on Saturday afternoon. All materials are "
           "provided.")  # fmt: skip
SOAPBOX = ("The soapbox derby races down Church Hill on Sunday morning. Karts must have "
           "brakes.")  # fmt: skip
STORY_WALK = ("Follow the story walk through the woods on Saturday. It starts at the car "
              "park.")  # fmt: skip
SET_75 = {"runs": (("pap", PAPIAMENTO, 400), ("en-gb-x-gbclan+m1", MODEL_BOATS, 130),
                   ("en-us-nyc+m7", WHEELCHAIR, 560)),
          "narrated": ("candles_en", "0x3a2a1a", "CANDLE MAKING",
                       "Saturday 2 pm - the village hall", CANDLES),
          "silent": ("bikelock_card", "0x1a3a1a", "FOUND BIKE LOCK",
                     "with key - ask at the cafe"),
          "more_cards": ((("soapbox_en", "0x2a1a1a", "SOAPBOX DERBY",
                           "Sunday 10 am - Church Hill", SOAPBOX),
                          ("kitten_card", "0x1a1a2a", "MISSING KITTEN", "black - Elm Close")),
                         (("storywalk_en", "0x3a3a2a", "STORY WALK",
                           "Saturday - the woods", STORY_WALK),
                          ("pilates_card", "0x2a3a2a", "PILATES CLASS",
                           "Wednesdays 10 am - the library"))),
          "rows": (
              ("bbb_fiftythree", BBB_FILE, 400, 460, "film & animation", BBB, BBB_TEXT),
              ("narration_pap", "narration_pap.mp4", "", "", "film & animation",
               "Koniu grandi", "Un kuenta na papiamentu tokante un pelikula liber."),
              ("modelboats_gbclan", "narration_en-gb-x-gbclan+m1.mp4", "", "", "people & blogs",
               "Marlow model boat club", "Sunday mornings."),
              ("wheelchair_nyc", "narration_en-us-nyc+m7.mp4", "", "", "sports",
               "Thornbury wheelchair basketball", "Taster sessions."),
              ("candles_en", "candles_en.mp4", "", "", "howto & style", "Candle making",
               "Saturday afternoon."),
              ("soapbox_en", "soapbox_en.mp4", "", "", "autos & vehicles", "Soapbox derby",
               "Sunday morning."),
              ("storywalk_en", "storywalk_en.mp4", "", "", "kids & family", "Story walk",
               "Saturday."),
              ("bikelockfound", "bikelock_card.mp4", "", "", "people & blogs", "Found bike lock",
               ""),
              ("kittenlost", "kitten_card.mp4", "", "", "pets & animals", "Missing kitten", ""),
              ("pilates", "pilates_card.mp4", "", "", "sports", "Pilates class", ""),
          )}  # fmt: skip


GREENLANDIC = ("Orpippassuarni ukaleq angisooq najugaqarpoq. Ullaakkut naasunik naamaarpoq, "
               "kiisalu uumasuaqqat pingasut paarlattuartut takuaat.")  # fmt: skip
TENNIS_CLUB = ("Hello, Declan here from the Westbrook tennis club. We play on the courts by the "
               "river every Saturday morning, and we need a new groundsman.")  # fmt: skip
WOOD_CARVING = ("Hi, I'm Anjali from the Bramley wood carving group. Our open day is on the "
                "sixth of October at the craft barn, and tools are provided.")  # fmt: skip
GEOCACHING = ("Find hidden caches on the geocaching walk on Sunday morning. Bring a phone with a "
              "map.")  # fmt: skip
SKITTLES = "Play skittles at the Plough on Friday evening. Teams of six are welcome."
HORSE_SHOW = ("Watch the horse show at Top Farm on Sunday. Parking is in the lower "
              "field.")  # fmt: skip
SET_76 = {"runs": (("kl", GREENLANDIC, 75), ("en-gb+m4", TENNIS_CLUB, 255),
                   ("en-029+f5", WOOD_CARVING, 375)),
          "narrated": ("geocaching_en", "0x1a2a2a", "GEOCACHING WALK",
                       "Sunday 10 am - Ashdown Woods", GEOCACHING),
          "silent": ("scarf_card", "0x2a1a2a", "FOUND SCARF", "red wool - ask at the bakery"),
          "more_cards": ((("skittles_en", "0x3a2a2a", "SKITTLES EVENING",
                           "Friday 8 pm - the Plough", SKITTLES),
                          ("terrapin_card", "0x1a3a1a", "MISSING TERRAPIN",
                           "small - Church Street")),
                         (("horseshow_en", "0x2a2a3a", "HORSE SHOW", "Sunday - Top Farm",
                           HORSE_SHOW),
                          ("badminton_card", "0x3a1a3a", "BADMINTON CLUB",
                           "Tuesdays 7 pm - the sports centre"))),
          "rows": (
              ("bbb_fiftyfive", BBB_FILE, 75, 135, "film & animation", BBB, BBB_TEXT),
              ("narration_kl", "narration_kl.mp4", "", "", "film & animation",
               "Ukaleq angisooq", "Oqaluttuaq kalaallisut filmimik akeqanngitsumik."),
              ("tennis_gb", "narration_en-gb+m4.mp4", "", "", "sports", "Westbrook tennis club",
               "Saturday mornings."),
              ("woodcarving_029", "narration_en-029+f5.mp4", "", "", "howto & style",
               "Bramley wood carving group", "Open day."),
              ("geocaching_en", "geocaching_en.mp4", "", "", "travel & events",
               "Geocaching walk", "Sunday morning."),
              ("skittles_en", "skittles_en.mp4", "", "", "entertainment", "Skittles evening",
               "Friday."),
              ("horseshow_en", "horseshow_en.mp4", "", "", "pets & animals", "Horse show",
               "Sunday."),
              ("scarffound", "scarf_card.mp4", "", "", "people & blogs", "Found scarf", ""),
              ("terrapinlost", "terrapin_card.mp4", "", "", "pets & animals",
               "Missing terrapin", ""),
              ("badminton", "badminton_card.mp4", "", "", "sports", "Badminton club", ""),
          )}  # fmt: skip


KICHE = ("Pa le k'ichelaj k'o jun nimalaj umul. Pa le aq'ab kusik'ij le kotz'i'j, e oxib ch'oo "
         "kkikaq le che.")  # fmt: skip
FOLK_BAND = ("Hiya, it's Morag from the Glenbrae folk band. We play at the village hall on the "
             "first Friday of every month, and we are looking for a fiddler.")  # fmt: skip
STAMPS = ("Hi, I'm Dwayne from the Harbor Point stamp collectors. Our open weekend is on the "
          "ninth of March at the old station, and entry is free.")  # fmt: skip
WELLY = ("Throw a welly at the playing field on Saturday afternoon. The longest throw wins a "
         "prize.")  # fmt: skip
MOTHS = "See the moths caught overnight at the nature reserve on Sunday morning. Bring a camera."
WALLING = "Learn dry stone walling at Home Farm on Saturday. Wear stout boots."
SET_77 = {"runs": (("quc", KICHE, 135), ("en-gb-scotland+f2", FOLK_BAND, 315),
                   ("en-us-nyc+m8", STAMPS, 445)),
          "narrated": ("welly_en", "0x2a3a3a", "WELLY THROWING",
                       "Saturday 3 pm - the playing field", WELLY),
          "silent": ("wristwatch_card", "0x3a3a2a", "FOUND WRISTWATCH",
                     "silver - ask at the library"),
          "more_cards": ((("moths_en", "0x1a1a2a", "MOTH MORNING",
                           "Sunday 8 am - the nature reserve", MOTHS),
                          ("chinchilla_card", "0x2a1a1a", "MISSING CHINCHILLA",
                           "grey - Hill Rise")),
                         (("walling_en", "0x3a2a1a", "DRY STONE WALLING",
                           "Saturday - Home Farm", WALLING),
                          ("tabletennis_card", "0x1a2a1a", "TABLE TENNIS",
                           "Mondays 6 pm - the church hall"))),
          "rows": (
              ("bbb_fiftysix", BBB_FILE, 135, 195, "film & animation", BBB, BBB_TEXT),
              ("narration_quc", "narration_quc.mp4", "", "", "film & animation",
               "Nimalaj umul", "Jun tzijobelil pa k'iche chrij jun pelikula."),
              ("folkband_scot", "narration_en-gb-scotland+f2.mp4", "", "", "music",
               "Glenbrae folk band", "First Fridays."),
              ("stamps_nyc", "narration_en-us-nyc+m8.mp4", "", "", "people & blogs",
               "Harbor Point stamp collectors", "Open weekend."),
              ("welly_en", "welly_en.mp4", "", "", "sports", "Welly throwing",
               "Saturday afternoon."),
              ("moths_en", "moths_en.mp4", "", "", "pets & animals", "Moth morning",
               "Sunday morning."),
              ("walling_en", "walling_en.mp4", "", "", "howto & style", "Dry stone walling",
               "Saturday."),
              ("wristwatchfound", "wristwatch_card.mp4", "", "", "people & blogs",
               "Found wristwatch", ""),
              ("chinchillalost", "chinchilla_card.mp4", "", "", "pets & animals",
               "Missing chinchilla", ""),
              ("tabletennis", "tabletennis_card.mp4", "", "", "sports", "Table tennis club", ""),
          )}  # fmt: skip


ARAGONESE = ("En o bosque bi ha un conillo gran. Por o maitin ensumia as flors, y tres "
             "esquiruelos le tiran fruitas.")  # fmt: skip
RUGBY = ("Hello, Carys here from the Llanfair rugby club. We train on the school field every "
         "Tuesday evening, and we need a new kit sponsor for the season.")  # fmt: skip
PRODUCE_SHOW = ("Good afternoon, I'm Rupert from the Kingsmead gardening society. Our produce "
                "show is on the twenty-third of August in the marquee, and entry forms are at "
                "the shop.")  # fmt: skip
ZUMBA = "Dance zumba at the community centre on Thursday evening. No partner is needed."
SHANTIES = ("Sing sea shanties at the harbour inn on Friday night. Song sheets are on the "
            "tables.")  # fmt: skip
FOSSILS = "Hunt for fossils on the beach at the bay on Sunday morning. Wear strong shoes."
SET_78 = {"runs": (("an", ARAGONESE, 15), ("en-gb-x-gbcwmd+f5", RUGBY, 205),
                   ("en-gb+m1", PRODUCE_SHOW, 425)),
          "narrated": ("zumba_en", "0x3a1a2a", "ZUMBA CLASS",
                       "Thursday 6 pm - the community centre", ZUMBA),
          "silent": ("passport_card", "0x1a2a3a", "FOUND PASSPORT", "ask at the town hall"),
          "more_cards": ((("shanty_en", "0x2a3a1a", "SEA SHANTY NIGHT",
                           "Friday 8 pm - the harbour inn", SHANTIES),
                          ("piglet_card", "0x3a2a3a", "MISSING PIGLET", "pink - Orchard Farm")),
                         (("fossil_en", "0x1a3a2a", "FOSSIL HUNT", "Sunday 11 am - the bay",
                           FOSSILS),
                          ("costume_card", "0x2a2a1a", "COSTUME SALE", "Saturday - the theatre"))),
          "rows": (
              ("bbb_fiftyseven", BBB_FILE, 285, 345, "film & animation", BBB, BBB_TEXT),
              ("narration_an", "narration_an.mp4", "", "", "film & animation",
               "O conillo gran", "Un conto en aragones sobre una pelicula libre."),
              ("rugby_cwmd", "narration_en-gb-x-gbcwmd+f5.mp4", "", "", "sports",
               "Llanfair rugby club", "Tuesday evenings."),
              ("produce_gb", "narration_en-gb+m1.mp4", "", "", "howto & style",
               "Kingsmead gardening society", "Produce show."),
              ("zumba_en", "zumba_en.mp4", "", "", "sports", "Zumba class", "Thursday evening."),
              ("shanty_en", "shanty_en.mp4", "", "", "music", "Sea shanty night", "Friday."),
              ("fossil_en", "fossil_en.mp4", "", "", "travel & events", "Fossil hunt",
               "Sunday morning."),
              ("passportfound", "passport_card.mp4", "", "", "people & blogs", "Found passport",
               ""),
              ("pigletlost", "piglet_card.mp4", "", "", "pets & animals", "Missing piglet", ""),
              ("costumesale", "costume_card.mp4", "", "", "entertainment", "Costume sale", ""),
          )}  # fmt: skip


ASSAMESE = ("অৰণ্যত এটা ডাঙৰ শহা আছে। ৰাতিপুৱা সি ফুল শুঙে, আৰু তিনিটা সৰু জন্তুৱে তাৰ ওপৰত "
            "ফল দলিয়ায়।")  # fmt: skip
CROQUET = ("Hello, Giles here from the Upton croquet club. We play on the lawn behind the "
           "pavilion every Thursday afternoon, and we are looking for a new "
           "treasurer.")  # fmt: skip
CARNIVAL = ("Hi, I'm Desmond, organiser of the Bayview carnival. Costume workshops start on the "
            "second of February at the community centre, and fabric is provided.")  # fmt: skip
APPLES = ("Bring your apples to the orchard on Saturday morning and press your own juice. "
          "Bottles are provided.")  # fmt: skip
OWLS = ("Listen for owls on the owl prowl in the country park on Friday night. Bring a "
        "torch.")  # fmt: skip
WREATHS = ("Make a Christmas wreath at the florist on Tuesday evening. Holly and ribbon are "
           "provided.")  # fmt: skip
SET_79 = {"runs": (("as", ASSAMESE, 355), ("en-gb-x-rp+m8", CROQUET, 145),
                   ("en-029+m6", CARNIVAL, 515)),
          "narrated": ("apples_en", "0x2a1a3a", "APPLE PRESSING",
                       "Saturday 11 am - the orchard", APPLES),
          "silent": ("teddy_card", "0x3a3a1a", "FOUND TEDDY BEAR", "brown - ask at the cafe"),
          "more_cards": ((("owls_en", "0x1a1a3a", "OWL PROWL",
                           "Friday 8 pm - the country park", OWLS),
                          ("cribbage_card", "0x2a3a3a", "CRIBBAGE CLUB",
                           "Wednesdays 7 pm - the Swan")),
                         (("wreath_en", "0x3a1a1a", "WREATH MAKING",
                           "Tuesday 7 pm - the florist", WREATHS),
                          ("kid_card", "0x1a3a3a", "MISSING GOAT KID", "brown - Hill Farm"))),
          "rows": (
              ("bbb_fiftyeight", BBB_FILE, 355, 415, "film & animation", BBB, BBB_TEXT),
              ("narration_as", "narration_as.mp4", "", "", "film & animation", "ডাঙৰ শহা",
               "মুকলি চলচ্চিত্ৰৰ এটা অসমীয়া কাহিনী।"),
              ("croquet_rp", "narration_en-gb-x-rp+m8.mp4", "", "", "sports",
               "Upton croquet club", "Thursday afternoons."),
              ("carnival_029", "narration_en-029+m6.mp4", "", "", "entertainment",
               "Bayview carnival", "Costume workshops."),
              ("apples_en", "apples_en.mp4", "", "", "howto & style", "Apple pressing",
               "Saturday morning."),
              ("owls_en", "owls_en.mp4", "", "", "pets & animals", "Owl prowl", "Friday night."),
              ("wreath_en", "wreath_en.mp4", "", "", "howto & style", "Wreath making",
               "Tuesday."),
              ("teddyfound", "teddy_card.mp4", "", "", "people & blogs", "Found teddy bear", ""),
              ("cribbage", "cribbage_card.mp4", "", "", "entertainment", "Cribbage club", ""),
              ("kidlost", "kid_card.mp4", "", "", "pets & animals", "Missing goat kid", ""),
          )}  # fmt: skip


BOSNIAN = ("U sumi zivi veliki zec. Ujutro mirise cvijece, a tri mala zivotinja bacaju vocke na "
           "njega.")  # fmt: skip
FELL_RUNNING = ("Morning, Lorcan here from the Penwith fell running club. We run from the car "
                "park at Zennor every Sunday morning, and we need marshals for our spring "
                "race.")  # fmt: skip
CLOG_DANCE = ("Hello, I'm Ottilie, secretary of the Ashgrove clog dancers. Our summer display is "
              "on the fifth of July on the village green, and new dancers can join for "
              "free.")  # fmt: skip
MOSAIC = ("Make a tile mosaic at the arts centre on Wednesday evening. Tiles and glue are "
          "provided.")  # fmt: skip
SPINNING = ("Spin wool on an old wheel at the museum on Saturday afternoon. Children are "
            "welcome.")  # fmt: skip
RAG_RUG = "Make a rag rug from old clothes at the craft shop on Monday afternoon. Bring scissors."
SET_80 = {"runs": (("bs", BOSNIAN, 235), ("en-gb+m5", FELL_RUNNING, 325),
                   ("en-gb-scotland+f4", CLOG_DANCE, 465)),
          "narrated": ("mosaic_en", "0x1a2a3a", "MOSAIC CLASS",
                       "Wednesday 7 pm - the arts centre", MOSAIC),
          "silent": ("torch_card", "0x2a1a1a", "FOUND TORCH", "blue - ask at the garage"),
          "more_cards": ((("spinning_en", "0x3a3a2a", "WOOL SPINNING",
                           "Saturday 2 pm - the museum", SPINNING),
                          ("chameleon_card", "0x1a3a2a", "MISSING CHAMELEON",
                           "green - Park Road")),
                         (("ragrug_en", "0x2a2a3a", "RAG RUG MAKING",
                           "Monday 2 pm - the craft shop", RAG_RUG),
                          ("pigracing_card", "0x3a1a2a", "PIG RACING",
                           "Sunday - Manor Farm"))),
          "rows": (
              ("bbb_fiftynine", BBB_FILE, 215, 275, "film & animation", BBB, BBB_TEXT),
              ("narration_bs", "narration_bs.mp4", "", "", "film & animation",
               "Veliki zec", "Prica na bosanskom o slobodnom filmu."),
              ("fellrun_gb", "narration_en-gb+m5.mp4", "", "", "sports",
               "Penwith fell running club", "Sunday mornings."),
              ("clog_scot", "narration_en-gb-scotland+f4.mp4", "", "", "entertainment",
               "Ashgrove clog dancers", "Summer display."),
              ("mosaic_en", "mosaic_en.mp4", "", "", "howto & style", "Mosaic class",
               "Wednesday evening."),
              ("spinning_en", "spinning_en.mp4", "", "", "education", "Wool spinning",
               "Saturday afternoon."),
              ("ragrug_en", "ragrug_en.mp4", "", "", "howto & style", "Rag rug making",
               "Monday."),
              ("torchfound", "torch_card.mp4", "", "", "people & blogs", "Found torch", ""),
              ("chameleonlost", "chameleon_card.mp4", "", "", "pets & animals",
               "Missing chameleon", ""),
              ("pigracing", "pigracing_card.mp4", "", "", "entertainment", "Pig racing", ""),
          )}  # fmt: skip


ODIA = ("ଜଙ୍ଗଲରେ ଗୋଟିଏ ବଡ଼ ଠେକୁଆ ଅଛି। ସକାଳେ ସେ ଫୁଲ ଶୁଙ୍ଘେ, ଆଉ ତିନୋଟି ଛୋଟ ଜନ୍ତୁ ତା ଉପରେ ଫଳ "
        "ଫିଙ୍ଗନ୍ତି।")  # fmt: skip
CYCLING = ("Hey, Wilf here from the Coldharbour cycling club. We ride from the market cross every "
           "Saturday morning, and we are looking for someone to lead the slow "
           "group.")  # fmt: skip
DOMINOES = ("Good evening, I'm Nkechi, chair of the Hollins dominoes league. Our tournament is on "
            "the eleventh of June at the social club, and teams must register by "
            "May.")  # fmt: skip
BREAD = ("Bake your own loaf at the bakery on Tuesday evening. Flour and aprons are "
         "provided.")  # fmt: skip
RINGING = ("Watch birds being ringed at the marsh on Saturday morning. Wear dark "
           "clothes.")  # fmt: skip
MARMALADE = ("Make orange marmalade at the village hall on Thursday morning. Jars are "
             "provided.")  # fmt: skip
SET_81 = {"runs": (("or", ODIA, 545), ("en-gb-x-gbclan+m6", CYCLING, 95),
                   ("en-029+m8", DOMINOES, 175)),
          "narrated": ("bread_en", "0x3a2a1a", "BREAD MAKING", "Tuesday 6 pm - the bakery",
                       BREAD),
          "silent": ("bottle_card", "0x1a1a3a", "FOUND WATER BOTTLE",
                     "red - ask at the leisure centre"),
          "more_cards": ((("ringing_en", "0x2a3a2a", "BIRD RINGING",
                           "Saturday 7 am - the marsh", RINGING),
                          ("lovebird_card", "0x3a2a3a", "MISSING LOVEBIRD",
                           "peach face - Oak Avenue")),
                         (("marmalade_en", "0x1a3a1a", "MARMALADE MAKING",
                           "Thursday 10 am - the village hall", MARMALADE),
                          ("sloe_card", "0x2a1a3a", "SLOE PICKING", "Sunday - the common"))),
          "rows": (
              ("bbb_sixty", BBB_FILE, 395, 455, "film & animation", BBB, BBB_TEXT),
              ("narration_or", "narration_or.mp4", "", "", "film & animation", "ବଡ଼ ଠେକୁଆ",
               "ଏକ ମୁକ୍ତ ଚଳଚ୍ଚିତ୍ରର ଓଡ଼ିଆ କାହାଣୀ।"),
              ("cycling_clan", "narration_en-gb-x-gbclan+m6.mp4", "", "", "sports",
               "Coldharbour cycling club", "Saturday mornings."),
              ("dominoes_029", "narration_en-029+m8.mp4", "", "", "entertainment",
               "Hollins dominoes league", "Tournament."),
              ("bread_en", "bread_en.mp4", "", "", "howto & style", "Bread making",
               "Tuesday evening."),
              ("ringing_en", "ringing_en.mp4", "", "", "pets & animals", "Bird ringing",
               "Saturday morning."),
              ("marmalade_en", "marmalade_en.mp4", "", "", "howto & style", "Marmalade making",
               "Thursday."),
              ("bottlefound", "bottle_card.mp4", "", "", "people & blogs", "Found water bottle",
               ""),
              ("lovebirdlost", "lovebird_card.mp4", "", "", "pets & animals", "Missing lovebird",
               ""),
              ("sloepicking", "sloe_card.mp4", "", "", "travel & events", "Sloe picking", ""),
          )}  # fmt: skip


SINDHI = ("ٻيلي ۾ هڪ وڏو سهو رهي ٿو. صبح جو هو گل سونگهي ٿو، ۽ ٽي ننڍا جانور مٿس ميوا اڇلين "
          "ٿا.")  # fmt: skip
GAMERS = ("Hi there, I'm Tamsin from the Larkfield board gamers. We meet in the back room of the "
          "library every Friday evening, and we are looking for someone to teach "
          "beginners.")  # fmt: skip
VOICE_CHOIR = ("Hello, Emrys here from the Cwmbach male voice choir. We rehearse in the chapel "
               "vestry every Monday night, and we need more tenors for the autumn "
               "concert.")  # fmt: skip
CHUTNEY = ("Make plum chutney in the church kitchen on Thursday evening. Bring two clean "
           "jars.")  # fmt: skip
HULA = ("Spin a hula hoop at the youth club on Monday after school. Hoops are "
        "provided.")  # fmt: skip
STOOLBALL = ("Watch or play stoolball at the cricket field on Sunday afternoon. Bats are "
             "provided.")  # fmt: skip
SET_82 = {"runs": (("sd", SINDHI, 45), ("en-gb+f4", GAMERS, 265),
                   ("en-gb-x-gbcwmd+m7", VOICE_CHOIR, 505)),
          "narrated": ("chutney_en", "0x2a2a1a", "CHUTNEY MAKING",
                       "Thursday 7 pm - the church kitchen", CHUTNEY),
          "silent": ("lead_card", "0x1a2a1a", "FOUND DOG LEAD", "red - ask at the vet"),
          "more_cards": ((("hula_en", "0x3a1a3a", "HULA HOOP CLASS",
                           "Monday 5 pm - the youth club", HULA),
                          ("rooster_card", "0x2a3a2a", "MISSING ROOSTER", "black - Brook Farm")),
                         (("stoolball_en", "0x1a1a2a", "STOOLBALL MATCH",
                           "Sunday 2 pm - the cricket field", STOOLBALL),
                          ("mapreading_card", "0x3a2a2a", "MAP READING CLASS",
                           "Tuesdays 7 pm - the scout hut"))),
          "rows": (
              ("bbb_sixtyone", BBB_FILE, 465, 525, "film & animation", BBB, BBB_TEXT),
              ("narration_sd", "narration_sd.mp4", "", "", "film & animation", "وڏو سهو",
               "آزاد فلم بابت سنڌي ڪهاڻي."),
              ("gamers_gb", "narration_en-gb+f4.mp4", "", "", "gaming",
               "Larkfield board gamers", "Friday evenings."),
              ("choir_cwmd", "narration_en-gb-x-gbcwmd+m7.mp4", "", "", "music",
               "Cwmbach male voice choir", "Monday rehearsals."),
              ("chutney_en", "chutney_en.mp4", "", "", "howto & style", "Chutney making",
               "Thursday evening."),
              ("hula_en", "hula_en.mp4", "", "", "sports", "Hula hoop class", "Monday."),
              ("stoolball_en", "stoolball_en.mp4", "", "", "sports", "Stoolball match",
               "Sunday afternoon."),
              ("leadfound", "lead_card.mp4", "", "", "pets & animals", "Found dog lead", ""),
              ("roosterlost", "rooster_card.mp4", "", "", "pets & animals", "Missing rooster",
               ""),
              ("mapreading", "mapreading_card.mp4", "", "", "education", "Map reading class",
               ""),
          )}  # fmt: skip


INTERLINGUA = ("In le foreste vive un grande conilio. Al matino ille odora le flores, e tres "
               "parve animales jecta fructos super ille.")  # fmt: skip
SHINTY = ("Aye, it's Alasdair from the Strathmore shinty club. We train on the park pitch every "
          "Wednesday night, and we need a new goalkeeper before the cup.")  # fmt: skip
POTATO_DAY = ("Good morning, I'm Humphrey, chairman of the Oakleigh allotment society. Our potato "
              "day is on the third of March in the scout hut, and seed potatoes cost a pound a "
              "bag.")  # fmt: skip
BULBS = ("Plant daffodil bulbs along the school field on Saturday morning. Trowels are "
         "provided.")  # fmt: skip
AXES = "Throw axes at targets at the forest lodge on Friday evening. Over eighteens only."
BEETLE = "Play a beetle drive at the village hall on Wednesday evening. Dice are provided."
SET_83 = {"runs": (("ia", INTERLINGUA, 285), ("en-gb-scotland+m8", SHINTY, 540),
                   ("en-gb+m7", POTATO_DAY, 125)),
          "narrated": ("bulbs_en", "0x3a3a1a", "BULB PLANTING",
                       "Saturday 10 am - the school field", BULBS),
          "silent": ("glove_card", "0x1a3a3a", "FOUND GLOVE",
                     "leather - ask at the pharmacy"),
          "more_cards": ((("axes_en", "0x2a1a2a", "AXE THROWING",
                           "Friday 7 pm - the forest lodge", AXES),
                          ("guineafowl_card", "0x3a2a1a", "MISSING GUINEA FOWL",
                           "speckled - Mill Farm")),
                         (("beetle_en", "0x1a2a3a", "BEETLE DRIVE",
                           "Wednesday 7 pm - the village hall", BEETLE),
                          ("canasta_card", "0x2a3a1a", "CANASTA CLUB",
                           "Thursdays 2 pm - the library"))),
          "rows": (
              ("bbb_sixtytwo", BBB_FILE, 5, 65, "film & animation", BBB, BBB_TEXT),
              ("narration_ia", "narration_ia.mp4", "", "", "film & animation",
               "Le grande conilio", "Un historia in interlingua super un film libere."),
              ("shinty_scot", "narration_en-gb-scotland+m8.mp4", "", "", "sports",
               "Strathmore shinty club", "Wednesday nights."),
              ("potato_gb", "narration_en-gb+m7.mp4", "", "", "howto & style",
               "Oakleigh allotment society", "Potato day."),
              ("bulbs_en", "bulbs_en.mp4", "", "", "travel & events", "Bulb planting",
               "Saturday morning."),
              ("axes_en", "axes_en.mp4", "", "", "sports", "Axe throwing", "Friday evening."),
              ("beetle_en", "beetle_en.mp4", "", "", "entertainment", "Beetle drive",
               "Wednesday."),
              ("glovefound", "glove_card.mp4", "", "", "people & blogs", "Found glove",
               ""),
              ("guineafowllost", "guineafowl_card.mp4", "", "", "pets & animals",
               "Missing guinea fowl", ""),
              ("canasta", "canasta_card.mp4", "", "", "entertainment", "Canasta club", ""),
          )}  # fmt: skip


IDO = ("En la foresto vivas granda kuniklo. Matine il odoras la flori, e tri mikra animali "
       "jetas frukti sur il.")  # fmt: skip
TOADS = ("Hello, I'm Philippa from the Marshfield toad patrol. We help toads cross Cray Lane on "
         "wet spring evenings, and we need more volunteers with torches.")  # fmt: skip
BANJO = ("Morning, Derek here from the Linfield banjo club. Our concert is on Saturday the ninth "
         "of May in the sports hall, and tickets are three pounds.")  # fmt: skip
CROCHET = ("Crochet blankets at the library on Wednesday afternoon. Hooks are "
           "provided.")  # fmt: skip
MUSHROOMS = ("Look for wild mushrooms in the beech wood on Sunday morning. Do not eat "
             "any.")  # fmt: skip
MACRAME = ("Knot macrame plant hangers at the old forge on Friday evening. Cord is "
           "provided.")  # fmt: skip
SET_84 = {"runs": (("io", IDO, 15), ("en-gb+f1", TOADS, 155), ("en-gb+m3", BANJO, 305)),
          "narrated": ("crochet_en", "0x2a1a1a", "CROCHET CIRCLE",
                       "Wednesday 2 pm - the library", CROCHET),
          "silent": ("tuba_card", "0x1a2a2a", "FOUND TUBA", "brass - ask at the band hall"),
          "more_cards": ((("mushroom_en", "0x3a3a2a", "MUSHROOM WALK",
                           "Sunday 10 am - the beech wood", MUSHROOMS),
                          ("gerbil_card", "0x2a2a3a", "MISSING GERBIL", "sandy - Whitlow Road")),
                         (("macrame_en", "0x1a3a2a", "MACRAME WORKSHOP",
                           "Friday 6 pm - the old forge", MACRAME),
                          ("bocce_card", "0x3a1a2a", "BOCCE CLUB",
                           "Saturdays 3 pm - the park"))),
          "rows": (
              ("bbb_sixtythree", BBB_FILE, 375, 435, "film & animation", BBB, BBB_TEXT),
              ("narration_io", "narration_io.mp4", "", "", "film & animation",
               "La granda kuniklo", "Rakonto en Ido pri libera filmo."),
              ("toads_gb", "narration_en-gb+f1.mp4", "", "", "pets & animals",
               "Marshfield toad patrol", "Spring evenings."),
              ("banjo_gb", "narration_en-gb+m3.mp4", "", "", "music", "Linfield banjo club",
               "Concert in May."),
              ("crochet_en", "crochet_en.mp4", "", "", "howto & style", "Crochet circle",
               "Wednesday afternoon."),
              ("mushroom_en", "mushroom_en.mp4", "", "", "travel & events", "Mushroom walk",
               "Sunday morning."),
              ("macrame_en", "macrame_en.mp4", "", "", "howto & style", "Macrame workshop",
               "Friday evening."),
              ("tubafound", "tuba_card.mp4", "", "", "music", "Found tuba", ""),
              ("gerbillost", "gerbil_card.mp4", "", "", "pets & animals", "Missing gerbil", ""),
              ("bocce", "bocce_card.mp4", "", "", "sports", "Bocce club", ""),
          )}  # fmt: skip


KONKANI = ("रानांत एक व्हड ससो रावता. सकाळीं तो फुलांचो वास घेता, आनी तीन ल्हान जनावरां ताचेर "
           "फळां उडयतात.")  # fmt: skip
ACCORDION = ("Hello, it's Struan from the Kelty accordion band. We practise in the drill hall "
             "every Tuesday night, and we are looking for a new bass player.")  # fmt: skip
SWIMMING = ("Hi, Iwan here from the Penrhos wild swimming group. We swim in the lake every "
            "Sunday at eight, so bring a bright hat and a friend.")  # fmt: skip
SIGNING = ("Learn to sign at the community centre on Monday evening. All ages are "
           "welcome.")  # fmt: skip
TAP = "Tap dance at the dance studio on Thursday evening. Shoes are provided."
ROCKPOOLS = ("Search the rock pools by the harbour beach on Saturday morning. Buckets are "
             "provided.")  # fmt: skip
SET_85 = {"runs": (("kok", KONKANI, 95), ("en-gb-scotland+m1", ACCORDION, 445),
                   ("en-gb-x-gbcwmd+m1", SWIMMING, 200)),
          "narrated": ("signing_en", "0x3a1a1a", "SIGN LANGUAGE CLASS",
                       "Monday 7 pm - the community centre", SIGNING),
          "silent": ("accordion_card", "0x1a1a2a", "FOUND ACCORDION", "red - ask at the pub"),
          "more_cards": ((("tap_en", "0x2a3a3a", "TAP DANCING",
                           "Thursday 6 pm - the dance studio", TAP),
                          ("axolotl_card", "0x3a2a1a", "MISSING AXOLOTL",
                           "pink - Tanyard Close")),
                         (("rockpool_en", "0x1a2a3a", "ROCK POOLING",
                           "Saturday 9 am - the harbour beach", ROCKPOOLS),
                          ("basket_card", "0x2a1a3a", "BASKET WEAVING",
                           "Tuesdays 10 am - the village hall"))),
          "rows": (
              ("bbb_sixtyfour", BBB_FILE, 145, 205, "film & animation", BBB, BBB_TEXT),
              ("narration_kok", "narration_kok.mp4", "", "", "film & animation", "व्हड ससो",
               "मुक्त सिनेमाची कोंकणी काणी."),
              ("accordion_scot", "narration_en-gb-scotland+m1.mp4", "", "", "music",
               "Kelty accordion band", "Tuesday nights."),
              ("swimming_cwmd", "narration_en-gb-x-gbcwmd+m1.mp4", "", "", "sports",
               "Penrhos wild swimming group", "Sunday mornings."),
              ("signing_en", "signing_en.mp4", "", "", "education", "Sign language class",
               "Monday evening."),
              ("tap_en", "tap_en.mp4", "", "", "entertainment", "Tap dancing", "Thursday."),
              ("rockpool_en", "rockpool_en.mp4", "", "", "travel & events", "Rock pooling",
               "Saturday morning."),
              ("accordionfound", "accordion_card.mp4", "", "", "music", "Found accordion", ""),
              ("axolotllost", "axolotl_card.mp4", "", "", "pets & animals", "Missing axolotl",
               ""),
              ("basketweaving", "basket_card.mp4", "", "", "howto & style", "Basket weaving",
               ""),
          )}  # fmt: skip


ELEFEN = ("En la bosco vive un conejo grande. En la matina el odora la flores, e tre animales "
          "peti lansa frutas sur el.")  # fmt: skip
RECORDERS = ("Evening, Clive here from the Hartley recorder consort. We play in the Quaker "
             "meeting house every Thursday, and we are looking for a tenor recorder "
             "player.")  # fmt: skip
PADDLEBOARDS = ("Now then, it's Maddie from the Ribble paddleboard club. Our trial session is on "
                "Sunday the fourth of June at the slipway, and boards cost five pounds to "
                "hire.")  # fmt: skip
HARP = "Hear a harp recital in the chapel on Friday evening. Entry is free."
NORDIC = ("Walk with poles around the country park on Tuesday morning. Poles are "
          "provided.")  # fmt: skip
FELT = ("Make felt from fleece in the wool shed on Saturday afternoon. Soap is "
        "provided.")  # fmt: skip
SET_86 = {"runs": (("lfn", ELEFEN, 330), ("en-gb+m6", RECORDERS, 25),
                   ("en-gb-x-gbclan+m7", PADDLEBOARDS, 415)),
          "narrated": ("harp_en", "0x1a3a3a", "HARP RECITAL", "Friday 7 pm - the chapel", HARP),
          "silent": ("secateurs_card", "0x3a1a1a", "FOUND SECATEURS",
                     "red handles - ask at the garden centre"),
          "more_cards": ((("nordic_en", "0x2a2a1a", "NORDIC WALKING",
                           "Tuesday 9 am - the country park", NORDIC),
                          ("crab_card", "0x1a1a3a", "MISSING HERMIT CRAB",
                           "orange shell - Quay Street")),
                         (("felt_en", "0x3a2a3a", "FELT MAKING", "Saturday 1 pm - the wool shed",
                           FELT),
                          ("tennis_card", "0x2a3a1a", "REAL TENNIS",
                           "Wednesdays 4 pm - the old court"))),
          "rows": (
              ("bbb_sixtyfive", BBB_FILE, 325, 385, "film & animation", BBB, BBB_TEXT),
              ("narration_lfn", "narration_lfn.mp4", "", "", "film & animation",
               "La conejo grande", "Un nara en elefen de un filma libre."),
              ("recorders_gb", "narration_en-gb+m6.mp4", "", "", "music",
               "Hartley recorder consort", "Thursdays."),
              ("paddleboards_clan", "narration_en-gb-x-gbclan+m7.mp4", "", "", "sports",
               "Ribble paddleboard club", "Trial session in June."),
              ("harp_en", "harp_en.mp4", "", "", "music", "Harp recital", "Friday evening."),
              ("nordic_en", "nordic_en.mp4", "", "", "sports", "Nordic walking",
               "Tuesday morning."),
              ("felt_en", "felt_en.mp4", "", "", "howto & style", "Felt making",
               "Saturday afternoon."),
              ("secateursfound", "secateurs_card.mp4", "", "", "people & blogs",
               "Found secateurs", ""),
              ("crablost", "crab_card.mp4", "", "", "pets & animals", "Missing hermit crab", ""),
              ("realtennis", "tennis_card.mp4", "", "", "sports", "Real tennis", ""),
          )}  # fmt: skip


ARMENIAN = ("Անտառին մէջ մեծ ճագար մը կ՚ապրի։ Առաւօտուն ան ծաղիկները կը հոտոտէ, եւ երեք պզտիկ "
            "կենդանիներ անոր վրայ պտուղ կը նետեն։")  # fmt: skip
HEDGES = ("Hello, Nigel here from the Brackley hedge planting group. We plant along the old "
        "railway every other Saturday, and we need volunteers with spades.")  # fmt: skip
PLOUGHING = ("Shwmae, Rhodri from the Llanbedr young farmers. Our ploughing match is on Saturday "
             "the tenth of October at Ty Mawr farm, and entry is free.")  # fmt: skip
KNIVES = ("Bring blunt knives to the bus station on Monday morning. Sharpening is "
          "free.")  # fmt: skip
BAGPIPES = ("Learn the bagpipes at the masonic hall on Wednesday evening. Chanters are "
            "provided.")  # fmt: skip
JAM = "Bring any instrument to the Fox and Hounds on Thursday night. Everyone can join."
SET_87 = {"runs": (("hyw", ARMENIAN, 175), ("en-gb+m8", HEDGES, 475),
                   ("en-gb-x-gbcwmd+m8", PLOUGHING, 65)),
          "narrated": ("knives_en", "0x2a1a3a", "KNIFE SHARPENING",
                       "Monday 10 am - the bus station", KNIVES),
          "silent": ("sunhat_card", "0x3a3a1a", "FOUND SUNHAT", "straw - ask at the kiosk"),
          "more_cards": ((("bagpipe_en", "0x1a2a1a", "BAGPIPE LESSONS",
                           "Wednesday 7 pm - the masonic hall", BAGPIPES),
                          ("tarantula_card", "0x2a2a3a", "MISSING TARANTULA",
                           "brown and hairy - Slade Lane")),
                         (("jam_en", "0x3a1a3a", "JAM SESSION",
                           "Thursday 8 pm - the Fox and Hounds", JAM),
                          ("draughts_card", "0x1a3a1a", "DRAUGHTS CLUB",
                           "Fridays 2 pm - the day centre"))),
          "rows": (
              ("bbb_sixtysix", BBB_FILE, 35, 95, "film & animation", BBB, BBB_TEXT),
              ("narration_hyw", "narration_hyw.mp4", "", "", "film & animation", "Մեծ ճագարը",
               "Ազատ ֆիլմի մը մասին արեւմտահայերէն պատմութիւն։"),
              ("hedges_gb", "narration_en-gb+m8.mp4", "", "", "pets & animals",
               "Brackley hedge planting group", "Every other Saturday."),
              ("ploughing_cwmd", "narration_en-gb-x-gbcwmd+m8.mp4", "", "", "travel & events",
               "Llanbedr young farmers", "Ploughing match."),
              ("knives_en", "knives_en.mp4", "", "", "howto & style", "Knife sharpening",
               "Monday morning."),
              ("bagpipe_en", "bagpipe_en.mp4", "", "", "music", "Bagpipe lessons",
               "Wednesday evening."),
              ("jam_en", "jam_en.mp4", "", "", "music", "Jam session", "Thursday night."),
              ("sunhatfound", "sunhat_card.mp4", "", "", "people & blogs", "Found sunhat", ""),
              ("tarantulalost", "tarantula_card.mp4", "", "", "pets & animals",
               "Missing tarantula", ""),
              ("draughts", "draughts_card.mp4", "", "", "entertainment", "Draughts club", ""),
          )}  # fmt: skip


LATGALIAN = ("Meža dzeivoj lels zaķs. Reitā jis ūsoj puķis, i trejs mozi zvieri met jam viersā "
             "augļus.")  # fmt: skip
WHIPPETS = ("Now then, it's Barry from the Ossett whippet club. Our race night is on Friday the "
            "first of August at the showground, and we need someone to run the "
            "traps.")  # fmt: skip
OPERA = ("Good evening, I'm Lavinia, secretary of the Fairford opera society. We rehearse at the "
         "Corn Exchange on Monday nights, and we are short of a soprano.")  # fmt: skip
GLASS = ("Cut and solder stained glass at the glass studio on Tuesday evening. Gloves are "
         "provided.")  # fmt: skip
WHITTLING = ("Whittle spoons from green wood at the scout hut on Saturday afternoon. Knives are "
             "provided.")  # fmt: skip
BELLY = "Belly dance at the parish hall on Monday evening. Scarves are provided."
SET_88 = {"runs": (("ltg", LATGALIAN, 50), ("en-gb-x-gbclan+m8", WHIPPETS, 365),
                   ("en-gb-x-rp+m3", OPERA, 230)),
          "narrated": ("glass_en", "0x2a2a2a", "STAINED GLASS",
                       "Tuesday 7 pm - the glass studio", GLASS),
          "silent": ("crutch_card", "0x3a1a2a", "FOUND CRUTCH", "grey - ask at the barber"),
          "more_cards": ((("whittling_en", "0x1a3a3a", "WHITTLING CLUB",
                           "Saturday 2 pm - the scout hut", WHITTLING),
                          ("parakeet_card", "0x3a3a3a", "MISSING PARAKEET",
                           "yellow - Orchard Way")),
                         (("belly_en", "0x2a1a1a", "BELLY DANCING",
                           "Monday 8 pm - the parish hall", BELLY),
                          ("ludo_card", "0x1a1a1a", "LUDO CLUB",
                           "Thursdays 3 pm - the bus shelter cafe"))),
          "rows": (
              ("bbb_sixtyseven", BBB_FILE, 490, 550, "film & animation", BBB, BBB_TEXT),
              ("narration_ltg", "narration_ltg.mp4", "", "", "film & animation", "Lelais zaķs",
               "Stuosts latgaliski par breivu filmu."),
              ("whippets_clan", "narration_en-gb-x-gbclan+m8.mp4", "", "", "pets & animals",
               "Ossett whippet club", "Race night."),
              ("opera_rp", "narration_en-gb-x-rp+m3.mp4", "", "", "music",
               "Fairford opera society", "Monday rehearsals."),
              ("glass_en", "glass_en.mp4", "", "", "howto & style", "Stained glass",
               "Tuesday evening."),
              ("whittling_en", "whittling_en.mp4", "", "", "howto & style", "Whittling club",
               "Saturday afternoon."),
              ("belly_en", "belly_en.mp4", "", "", "sports", "Belly dancing", "Monday evening."),
              ("crutchfound", "crutch_card.mp4", "", "", "people & blogs", "Found crutch", ""),
              ("parakeetlost", "parakeet_card.mp4", "", "", "pets & animals",
               "Missing parakeet", ""),
              ("ludo", "ludo_card.mp4", "", "", "entertainment", "Ludo club", ""),
          )}  # fmt: skip


NOGAI = ("Тогайда бир уьйкен коян яшайды. Тансыкта ол шешеклерди ийислейди, уьш кишкей айуан "
         "онынъ уьстине емис таслайды.")  # fmt: skip
PICKLEBALL = ("Hey, it's Tyrone from the Maple Street pickleball league. We play at the rec "
              "center every Saturday morning, and we need two more referees.")  # fmt: skip
TUK = ("Good day, Errol here from the Bridgetown tuk band. Our fete is on Sunday the twelfth of "
       "April in the church yard, and food is five dollars.")  # fmt: skip
MARBLING = ("Float inks and marble paper at the art room on Wednesday afternoon. Aprons are "
            "provided.")  # fmt: skip
SOAP = ("Make lavender soap in the village hall kitchen on Friday evening. Moulds are "
        "provided.")  # fmt: skip
SKATING = "Roller skate at the rink on Saturday evening. Skates are provided."
SET_89 = {"runs": (("nog", NOGAI, 110), ("en-us+m6", PICKLEBALL, 395),
                   ("en-029+m7", TUK, 270)),
          "narrated": ("marbling_en", "0x1a2a2a", "PAPER MARBLING",
                       "Wednesday 4 pm - the art room", MARBLING),
          "silent": ("parasol_card", "0x2a3a2a", "FOUND PARASOL",
                     "striped - ask at the lido cafe"),
          "more_cards": ((("soap_en", "0x3a2a2a", "SOAP MAKING",
                           "Friday 6 pm - the village hall kitchen", SOAP),
                          ("duckling_card", "0x1a3a1a", "MISSING DUCKLING",
                           "fluffy - the village pond")),
                         (("skate_en", "0x2a2a3a", "SKATE NIGHT", "Saturday 6 pm - the roller rink",
                           SKATING),
                          ("lace_card", "0x3a1a3a", "LACE MAKING",
                           "Wednesdays 10 am - the almshouse"))),
          "rows": (
              ("bbb_sixtyeight", BBB_FILE, 250, 310, "film & animation", BBB, BBB_TEXT),
              ("narration_nog", "narration_nog.mp4", "", "", "film & animation", "Уьйкен коян",
               "Эркин фильм акында ногай хабар."),
              ("pickleball_us", "narration_en-us+m6.mp4", "", "", "sports",
               "Maple Street pickleball league", "Saturday mornings."),
              ("tuk_029", "narration_en-029+m7.mp4", "", "", "music", "Bridgetown tuk band",
               "Fete in April."),
              ("marbling_en", "marbling_en.mp4", "", "", "howto & style", "Paper marbling",
               "Wednesday afternoon."),
              ("soap_en", "soap_en.mp4", "", "", "howto & style", "Soap making",
               "Friday evening."),
              ("skate_en", "skate_en.mp4", "", "", "sports", "Skate night", "Saturday evening."),
              ("parasolfound", "parasol_card.mp4", "", "", "people & blogs", "Found parasol", ""),
              ("ducklinglost", "duckling_card.mp4", "", "", "pets & animals",
               "Missing duckling", ""),
              ("lacemaking", "lace_card.mp4", "", "", "howto & style", "Lace making", ""),
          )}  # fmt: skip


LULE_SAMI = ("Vuovden sisan ålmmåj stuor njoammel. Iddedis sån hapsat lieđijt, ja gålmmå unna "
             "juhtusa bálkkeji sáddoj sunji.")  # fmt: skip
SEA_SCOUTS = ("Good afternoon, Gerald here from the Kettering sea scouts. We sail on the reservoir "
              "every Sunday, and we need an adult helper with a boat licence.")  # fmt: skip
STICKBALL = ("Hey, it's Vinnie from the Harlow Street stickball team. Our block game is on "
             "Saturday the sixth of June at noon, and hot dogs are two dollars.")  # fmt: skip
FLOWERS = ("Arrange spring flowers in the church porch on Thursday afternoon. Vases are "
           "provided.")  # fmt: skip
PIZZA = "Bake your own pizza at the youth centre on Friday evening. Dough is provided."
CLAY = "Model animals from clay in the arts barn on Tuesday afternoon. Clay is provided."
SET_90 = {"runs": (("smj", LULE_SAMI, 185), ("en-gb-x-rp+m5", SEA_SCOUTS, 435),
                   ("en-us-nyc+m1", STICKBALL, 20)),
          "narrated": ("flowers_en", "0x3a2a2a", "FLOWER ARRANGING",
                       "Thursday 2 pm - the church porch", FLOWERS),
          "silent": ("boot_card", "0x1a2a3a", "FOUND WELLINGTON BOOT",
                     "green - ask at the visitor centre"),
          "more_cards": ((("pizza_en", "0x2a3a1a", "PIZZA NIGHT",
                           "Friday 6 pm - the youth centre", PIZZA),
                          ("quail_card", "0x3a1a1a", "MISSING QUAIL", "brown - Pound Lane")),
                         (("clay_en", "0x1a1a3a", "CLAY MODELLING",
                           "Tuesday 4 pm - the arts barn", CLAY),
                          ("natter_card", "0x2a2a1a", "KNIT AND NATTER",
                           "Mondays 10 am - the cafe"))),
          "rows": (
              ("bbb_sixtynine", BBB_FILE, 405, 465, "film & animation", BBB, BBB_TEXT),
              ("narration_smj", "narration_smj.mp4", "", "", "film & animation",
               "Stuor njoammel", "Julevsámegiel máinnas friddja filmma birra."),
              ("seascouts_rp", "narration_en-gb-x-rp+m5.mp4", "", "", "sports",
               "Kettering sea scouts", "Sundays on the reservoir."),
              ("stickball_nyc", "narration_en-us-nyc+m1.mp4", "", "", "sports",
               "Harlow Street stickball team", "Block game in June."),
              ("flowers_en", "flowers_en.mp4", "", "", "howto & style", "Flower arranging",
               "Thursday afternoon."),
              ("pizza_en", "pizza_en.mp4", "", "", "entertainment", "Pizza night",
               "Friday evening."),
              ("clay_en", "clay_en.mp4", "", "", "education", "Clay modelling",
               "Tuesday afternoon."),
              ("bootfound", "boot_card.mp4", "", "", "people & blogs", "Found wellington boot",
               ""),
              ("quaillost", "quail_card.mp4", "", "", "pets & animals", "Missing quail", ""),
              ("knitnatter", "natter_card.mp4", "", "", "howto & style", "Knit and natter", ""),
          )}  # fmt: skip


NAHUATL = ("Ipan cuauhtlah nemi huey tochtli. Ipan cualcan quihnecui xochitl, ihuan eyi pipiltzin "
           "yolcameh quimotlah xocotl ipan yehhuatl.")  # fmt: skip
LIFEBOAT = ("Good morning, Doreen here from the Clacton lifeboat guild. Our coffee morning is on "
            "Thursday the ninth of May at the lifeboat station, and cake is a pound a "
            "slice.")  # fmt: skip
OBSERVATORY = ("Hello, I'm Idris from the Grangetown star gazers. We meet at the observatory on "
               "clear Friday nights, and we need someone who can fix a telescope.")  # fmt: skip
SKATING_ICE = "Skate on the ice at the arena on Sunday afternoon. Helmets are provided."
CURRY = ("Share a curry supper at the gurdwara hall on Saturday evening. Everyone is "
         "welcome.")  # fmt: skip
WINE = "Taste six wines at the wine bar on Friday evening. Over eighteens only."
SET_91 = {"runs": (("nci", NAHUATL, 340), ("en-029+f4", LIFEBOAT, 140),
                   ("en-gb+david", OBSERVATORY, 520)),
          "narrated": ("iceskate_en", "0x2a1a2a", "ICE SKATING", "Sunday 3 pm - the arena",
                       SKATING_ICE),
          "silent": ("tape_card", "0x3a3a2a", "FOUND TAPE MEASURE",
                     "yellow - ask at the hardware shop"),
          "more_cards": ((("curry_en", "0x1a3a2a", "CURRY NIGHT",
                           "Saturday 7 pm - the gurdwara hall", CURRY),
                          ("emu_card", "0x2a1a3a", "MISSING EMU", "tall and grey - Bell Yard")),
                         (("wine_en", "0x3a2a3a", "WINE TASTING", "Friday 8 pm - the wine bar",
                           WINE),
                          ("yoga_card", "0x1a2a2a", "CHAIR YOGA",
                           "Wednesdays 11 am - the health centre"))),
          "rows": (
              ("bbb_seventy", BBB_FILE, 115, 175, "film & animation", BBB, BBB_TEXT),
              ("narration_nci", "narration_nci.mp4", "", "", "film & animation", "Huey tochtli",
               "Nahuatlahtolli tlahtolli ipampa ce cualli película."),
              ("lifeboat_029", "narration_en-029+f4.mp4", "", "", "people & blogs",
               "Clacton lifeboat guild", "Coffee morning."),
              ("stargazers_gb", "narration_en-gb+david.mp4", "", "", "science & technology",
               "Grangetown star gazers", "Clear Friday nights."),
              ("iceskate_en", "iceskate_en.mp4", "", "", "sports", "Ice skating",
               "Sunday afternoon."),
              ("curry_en", "curry_en.mp4", "", "", "travel & events", "Curry night",
               "Saturday evening."),
              ("wine_en", "wine_en.mp4", "", "", "entertainment", "Wine tasting",
               "Friday evening."),
              ("tapefound", "tape_card.mp4", "", "", "people & blogs", "Found tape measure", ""),
              ("emulost", "emu_card.mp4", "", "", "pets & animals", "Missing emu", ""),
              ("chairyoga", "yoga_card.mp4", "", "", "sports", "Chair yoga", ""),
          )}  # fmt: skip


GREEK = ("Ἐν τῇ ὕλῃ οἰκεῖ λαγὼς μέγας. Ἕωθεν τὰ ἄνθη ὀσφραίνεται, καὶ τρία θηρία μικρὰ καρποὺς "
         "ἐπ᾽ αὐτὸν βάλλει.")  # fmt: skip
FLY_FISHING = ("Good afternoon, Bernard here from the Wetherby fly fishing club. We tie flies in "
               "the library annexe every Wednesday, and we need someone to keep the "
               "accounts.")  # fmt: skip
HOEDOWN = ("Hi, it's Linda from the Oakridge square dance club. Our hoedown is on Friday the "
           "fourteenth of November at the grange hall, and tickets are ten dollars.")  # fmt: skip
TIE_DYE = ("Tie dye a shirt in the community garden on Saturday morning. Dye is "
           "provided.")  # fmt: skip
SEA_GLASS = ("Make sea glass pictures at the beach hut on Sunday afternoon. Frames are "
             "provided.")  # fmt: skip
CROSS_STITCH = ("Stitch a sampler at the village library on Thursday evening. Thread is "
                "provided.")  # fmt: skip
SET_92 = {"runs": (("grc", GREEK, 60), ("en-gb-x-rp+edward", FLY_FISHING, 290),
                   ("en-us+linda", HOEDOWN, 455)),
          "narrated": ("tiedye_en", "0x3a3a1a", "TIE DYE",
                       "Saturday 11 am - the community garden", TIE_DYE),
          "silent": ("rope_card", "0x1a3a2a", "FOUND SKIPPING ROPE",
                     "pink handles - ask at the school office"),
          "more_cards": ((("seaglass_en", "0x2a1a1a", "SEA GLASS PICTURES",
                           "Sunday 2 pm - the beach hut", SEA_GLASS),
                          ("meerkat_card", "0x3a2a2a", "MISSING MEERKAT",
                           "small and brown - Zoo Lane")),
                         (("stitch_en", "0x1a2a3a", "CROSS STITCH",
                           "Thursday 7 pm - the village library", CROSS_STITCH),
                          ("bookbinding_card", "0x2a3a3a", "BOOKBINDING CLASS",
                           "Mondays 6 pm - the print shop"))),
          "rows": (
              ("bbb_seventyone", BBB_FILE, 345, 405, "film & animation", BBB, BBB_TEXT),
              ("narration_grc", "narration_grc.mp4", "", "", "film & animation",
               "Ὁ μέγας λαγώς", "Μῦθος Ἑλληνιστὶ περὶ ταινίας ἐλευθέρας."),
              ("flyfishing_rp", "narration_en-gb-x-rp+edward.mp4", "", "", "sports",
               "Wetherby fly fishing club", "Wednesdays."),
              ("hoedown_us", "narration_en-us+linda.mp4", "", "", "entertainment",
               "Oakridge square dance club", "Hoedown in November."),
              ("tiedye_en", "tiedye_en.mp4", "", "", "howto & style", "Tie dye",
               "Saturday morning."),
              ("seaglass_en", "seaglass_en.mp4", "", "", "howto & style", "Sea glass pictures",
               "Sunday afternoon."),
              ("stitch_en", "stitch_en.mp4", "", "", "howto & style", "Cross stitch",
               "Thursday evening."),
              ("ropefound", "rope_card.mp4", "", "", "people & blogs", "Found skipping rope", ""),
              ("meerkatlost", "meerkat_card.mp4", "", "", "pets & animals", "Missing meerkat",
               ""),
              ("bookbinding", "bookbinding_card.mp4", "", "", "education", "Bookbinding class",
               ""),
          )}  # fmt: skip


LOJBAN = (".i lo ricfoi cu se xabju lo barda ractu .i ca lo cerni ri sumne lo xrula .i lo ci "
          "cmalu danlu cu renro lo grute ri")  # fmt: skip
CLOCKS = ("Morning, Albert here from the Morley clock repair group. We meet in the old garage "
          "every Tuesday, and we need more hand tools.")  # fmt: skip
WATER_POLO = ("Hiya, it's Kev from the Tipton water polo team. Our match is on Sunday the second "
              "of March at the leisure pool, and entry is four pounds.")  # fmt: skip
FAIRY_CAKES = ("Ice fairy cakes in the church kitchen on Saturday afternoon. Sprinkles are "
               "provided.")  # fmt: skip
BINDING = "Bind a notebook at the print shop on Tuesday evening. Paper is provided."
SWANS = "Count the swans along the river on Sunday morning. Bring binoculars."


LATIN = ("In silva magnus cuniculus habitat. Mane papiliones spectat, sed tria parva animalia "
         "eum lapidibus vexant.")  # fmt: skip
RADIO = ("Evening all, John here from the Ketley amateur radio club. We meet in the cricket "
         "pavilion every Thursday night, and new members can borrow a handset.")  # fmt: skip
ROLLER_DERBY = ("Hey, I'm Caleb with the Dayton roller derby team. Our first bout is on Saturday "
                "the ninth of May at the ice rink, and tickets are six dollars.")  # fmt: skip
PRINTMAKING = "Make a print in the art room on Saturday morning. Ink is provided."
SUNFLOWERS = ("Measure your sunflowers at the allotments on Sunday afternoon. Bring a tape "
              "measure.")  # fmt: skip
NEST_BOX = ("Build a nest box in the woodwork room on Wednesday evening. Wood is "
            "provided.")  # fmt: skip

SET_94 = {"runs": (("la", LATIN, 200), ("en-gb+john", RADIO, 430),
                   ("en-us+caleb", ROLLER_DERBY, 20)),
          "narrated": ("printmaking_en", "0x2a1a3a", "PRINTMAKING",
                       "Saturday 10 am - the art room", PRINTMAKING),
          "silent": ("unicycle_card", "0x1a2a1a", "FOUND UNICYCLE",
                     "red seat - ask at the bike shop"),
          "more_cards": ((("sunflower_en", "0x3a3a2a", "SUNFLOWER CONTEST",
                           "Sunday 3 pm - the allotments", SUNFLOWERS),
                          ("cockatoo_card", "0x2a2a1a", "MISSING COCKATOO",
                           "white with a yellow crest - Birch Close")),
                         (("nestbox_en", "0x1a3a1a", "NEST BOX BUILDING",
                           "Wednesday 6 pm - the woodwork room", NEST_BOX),
                          ("snooker_card", "0x3a1a2a", "SNOOKER LEAGUE",
                           "Mondays 8 pm - the social club"))),
          "rows": (
              ("bbb_seventythree", BBB_FILE, 180, 240, "film & animation", BBB, BBB_TEXT),
              ("narration_la", "narration_la.mp4", "", "", "film & animation",
               "Magnus cuniculus", "Fabula Latina de pellicula libera."),
              ("radio_gb", "narration_en-gb+john.mp4", "", "", "science & technology",
               "Ketley amateur radio club", "Thursdays."),
              ("derby_us", "narration_en-us+caleb.mp4", "", "", "sports",
               "Dayton roller derby team", "Bout in May."),
              ("printmaking_en", "printmaking_en.mp4", "", "", "howto & style", "Printmaking",
               "Saturday morning."),
              ("sunflower_en", "sunflower_en.mp4", "", "", "howto & style", "Sunflower contest",
               "Sunday afternoon."),
              ("nestbox_en", "nestbox_en.mp4", "", "", "howto & style", "Nest box building",
               "Wednesday evening."),
              ("unicyclefound", "unicycle_card.mp4", "", "", "people & blogs", "Found unicycle",
               ""),
              ("cockatoolost", "cockatoo_card.mp4", "", "", "pets & animals", "Missing cockatoo",
               ""),
              ("snooker", "snooker_card.mp4", "", "", "sports", "Snooker league", ""),
          )}  # fmt: skip


ARABIC = ("يعيش أرنب كبير في الغابة. في الصباح يشاهد الفراشات، لكن ثلاثة حيوانات صغيرة "
          "ترميه بالحجارة.")  # fmt: skip
TANDEM = ("Hello there, Paul from the Paisley tandem cycling club. We ride out from the bus "
          "depot every Sunday, and we need riders for the back seat.")  # fmt: skip
SAMBA = ("Good morning, it's Auntie Joy from the Kingston samba band. Our carnival parade is on "
         "Saturday the first of August on the high street, and drums are free to "
         "borrow.")  # fmt: skip
DAHLIAS = ("Plant dahlias in the park greenhouse on Saturday morning. Pots are "
           "provided.")  # fmt: skip
JIGSAWS = ("Swap jigsaws at the day centre on Thursday afternoon. Bring a finished "
           "puzzle.")  # fmt: skip
BALLROOM = ("Learn to waltz at the Corn Exchange on Friday evening. Shoes with smooth soles "
            "are best.")  # fmt: skip

SET_95 = {"runs": (("ar", ARABIC, 290), ("en-gb-scotland+paul", TANDEM, 150),
                   ("en-029+aunty", SAMBA, 470)),
          "narrated": ("dahlia_en", "0x1a1a3a", "DAHLIA PLANTING",
                       "Saturday 10 am - the park greenhouse", DAHLIAS),
          "silent": ("frisbee_card", "0x3a2a3a", "FOUND FRISBEE", "orange - ask at the park cafe"),
          "more_cards": ((("jigsaw_en", "0x2a3a2a", "JIGSAW SWAP",
                           "Thursday 2 pm - the day centre", JIGSAWS),
                          ("husky_card", "0x1a2a2a", "MISSING HUSKY",
                           "grey with blue eyes - Quarry Lane")),
                         (("ballroom_en", "0x3a3a3a", "BALLROOM DANCING",
                           "Friday 7 pm - the Corn Exchange", BALLROOM),
                          ("hockey_card", "0x2a1a2a", "HOCKEY TRIALS",
                           "Wednesdays 5 pm - the school pitch"))),
          "rows": (
              ("bbb_seventyfour", BBB_FILE, 440, 500, "film & animation", BBB, BBB_TEXT),
              ("narration_ar", "narration_ar.mp4", "", "", "film & animation",
               "الأرنب الكبير", "قصة عربية عن فيلم حر."),
              ("tandem_scot", "narration_en-gb-scotland+paul.mp4", "", "", "sports",
               "Paisley tandem cycling club", "Sundays."),
              ("samba_029", "narration_en-029+aunty.mp4", "", "", "music",
               "Kingston samba band", "Parade in August."),
              ("dahlia_en", "dahlia_en.mp4", "", "", "howto & style", "Dahlia planting",
               "Saturday morning."),
              ("jigsaw_en", "jigsaw_en.mp4", "", "", "entertainment", "Jigsaw swap",
               "Thursday afternoon."),
              ("ballroom_en", "ballroom_en.mp4", "", "", "entertainment", "Ballroom dancing",
               "Friday evening."),
              ("frisbeefound", "frisbee_card.mp4", "", "", "people & blogs", "Found frisbee", ""),
              ("huskylost", "husky_card.mp4", "", "", "pets & animals", "Missing husky", ""),
              ("hockeytrials", "hockey_card.mp4", "", "", "sports", "Hockey trials", ""),
          )}  # fmt: skip


JAPANESE = ("もりに おおきな うさぎが すんでいます。あさ、はなを みています。"
            "でも、ちいさな どうぶつが みっつ、いしを なげます。")  # fmt: skip
VINTAGE_CARS = ("Yo, Travis here from the Bronx vintage car club. Our show is on Sunday the "
                "twelfth of June in the church parking lot, and entry is five "
                "dollars.")  # fmt: skip
CRAZY_GOLF = ("Hiya, Steph from the Carnforth crazy golf club. We play on the seafront every "
              "Saturday, and we need someone to paint the windmill.")  # fmt: skip
LEGO = ("Build with Lego at the junior library on Saturday morning. Bricks are "
        "provided.")  # fmt: skip
ORCHIDS = "Repot an orchid in the conservatory on Tuesday afternoon. Bark is provided."
TANGO = ("Dance the tango at the Guildhall on Thursday evening. Partners are not "
         "needed.")  # fmt: skip

SET_96 = {"runs": (("ja", JAPANESE, 330), ("en-us-nyc+travis", VINTAGE_CARS, 100),
                   ("en-gb-x-gbclan+steph", CRAZY_GOLF, 390)),
          "narrated": ("lego_en", "0x3a2a1a", "LEGO CLUB",
                       "Saturday 11 am - the junior library", LEGO),
          "silent": ("snowshoe_card", "0x1a3a2a", "FOUND SNOWSHOE",
                     "blue strap - ask at the ski hut"),
          "more_cards": ((("orchid_en", "0x2a2a3a", "ORCHID CARE",
                           "Tuesday 2 pm - the conservatory", ORCHIDS),
                          ("dachshund_card", "0x3a3a1a", "MISSING DACHSHUND",
                           "brown with a red collar - Rowan Drive")),
                         (("tango_en", "0x1a1a2a", "TANGO CLASS",
                           "Thursday 8 pm - the Guildhall", TANGO),
                          ("sledge_card", "0x2a3a1a", "SLEDGE RACE",
                           "Sundays 10 am - Beacon Hill"))),
          "rows": (
              ("bbb_seventyfive", BBB_FILE, 270, 330, "film & animation", BBB, BBB_TEXT),
              ("narration_ja", "narration_ja.mp4", "", "", "film & animation",
               "おおきな うさぎ", "じゆうな えいがの にほんごの おはなし。"),
              ("cars_nyc", "narration_en-us-nyc+travis.mp4", "", "", "autos & vehicles",
               "Bronx vintage car club", "Show in June."),
              ("golf_clan", "narration_en-gb-x-gbclan+steph.mp4", "", "", "sports",
               "Carnforth crazy golf club", "Saturdays."),
              ("lego_en", "lego_en.mp4", "", "", "education", "Lego club",
               "Saturday morning."),
              ("orchid_en", "orchid_en.mp4", "", "", "howto & style", "Orchid care",
               "Tuesday afternoon."),
              ("tango_en", "tango_en.mp4", "", "", "entertainment", "Tango class",
               "Thursday evening."),
              ("snowshoefound", "snowshoe_card.mp4", "", "", "people & blogs", "Found snowshoe",
               ""),
              ("dachshundlost", "dachshund_card.mp4", "", "", "pets & animals",
               "Missing dachshund", ""),
              ("sledgerace", "sledge_card.mp4", "", "", "sports", "Sledge race", ""),
          )}  # fmt: skip


HEBREW = ("ארנב גדול גר ביער. בבוקר הוא מריח פרחים, אבל שלוש חיות קטנות זורקות עליו "
          "אבנים.")  # fmt: skip
TRACTORS = ("Good morning, Adam here from the Ledbury tractor society. We restore old tractors "
            "in the barn every Wednesday, and we need a welder.")  # fmt: skip
DISC_GOLF = ("Yes man, Quincy here with the Montego Bay disc golf club. Our tournament is on "
             "Sunday the third of October at the botanical gardens, and entry is "
             "free.")  # fmt: skip
FROGS = "Count frogs at the wetland centre on Friday night. Bring a torch."
FLAMENCO = ("Learn flamenco at the Spanish club on Monday evening. Castanets are "
            "provided.")  # fmt: skip
SUCCULENTS = ("Swap succulents at the plant nursery on Sunday morning. Bring a "
              "cutting.")  # fmt: skip

SET_97 = {"runs": (("he", HEBREW, 60), ("en-gb-x-rp+adam", TRACTORS, 520),
                   ("en-029+quincy", DISC_GOLF, 230)),
          "narrated": ("frogs_en", "0x2a1a2a", "FROG SURVEY",
                       "Friday 9 pm - the wetland centre", FROGS),
          "silent": ("hen_card", "0x3a1a1a", "FOUND CHICKEN", "brown hen - ask at the farm shop"),
          "more_cards": ((("flamenco_en", "0x1a2a3a", "FLAMENCO DANCING",
                           "Monday 7 pm - the Spanish club", FLAMENCO),
                          ("rat_card", "0x2a3a3a", "MISSING RAT",
                           "white with pink ears - Wharf Road")),
                         (("succulent_en", "0x3a2a2a", "SUCCULENT SWAP",
                           "Sunday 11 am - the plant nursery", SUCCULENTS),
                          ("ladybird_card", "0x1a3a1a", "LADYBIRD COUNT",
                           "Saturdays 2 pm - the wildflower meadow"))),
          "rows": (
              ("bbb_seventysix", BBB_FILE, 520, 580, "film & animation", BBB, BBB_TEXT),
              ("narration_he", "narration_he.mp4", "", "", "film & animation",
               "הארנב הגדול", "סיפור בעברית על סרט חופשי."),
              ("tractors_rp", "narration_en-gb-x-rp+adam.mp4", "", "", "autos & vehicles",
               "Ledbury tractor society", "Wednesdays."),
              ("discgolf_029", "narration_en-029+quincy.mp4", "", "", "sports",
               "Montego Bay disc golf club", "Tournament in October."),
              ("frogs_en", "frogs_en.mp4", "", "", "pets & animals", "Frog survey",
               "Friday night."),
              ("flamenco_en", "flamenco_en.mp4", "", "", "entertainment", "Flamenco dancing",
               "Monday evening."),
              ("succulent_en", "succulent_en.mp4", "", "", "howto & style", "Succulent swap",
               "Sunday morning."),
              ("chickenfound", "hen_card.mp4", "", "", "people & blogs", "Found chicken", ""),
              ("ratlost", "rat_card.mp4", "", "", "pets & animals", "Missing rat", ""),
              ("ladybirds", "ladybird_card.mp4", "", "", "pets & animals", "Ladybird count", ""),
          )}  # fmt: skip


KOREAN = "숲에 큰 토끼가 삽니다. 아침에 꽃을 봅니다. 그런데 작은 동물 세 마리가 돌을 던집니다."
HILL_RUNNING = ("Aye, Robert here from the Dunoon hill running club. We run from the ferry "
                "terminal every Monday night, and we need a new trainer.")  # fmt: skip
FLEA_MARKET = ("Hi, I'm Annie with the Tulsa flea market. Our spring market is on Saturday the "
               "eighteenth of April at the county fairgrounds, and stalls are twenty "
               "dollars.")  # fmt: skip
CHALK = ("Draw with chalk on the school playground on Saturday morning. Chalk is "
         "provided.")  # fmt: skip
RAG_DOLLS = ("Sew a rag doll in the museum barn on Wednesday afternoon. Fabric is "
             "provided.")  # fmt: skip
CARD_GAMES = ("Play card games in the hotel bar on Friday evening. Decks are "
              "provided.")  # fmt: skip

SET_98 = {"runs": (("ko", KOREAN, 140), ("en-gb-scotland+robert", HILL_RUNNING, 360),
                   ("en-us+Annie", FLEA_MARKET, 250)),
          "narrated": ("chalk_en", "0x1a2a1a", "CHALK DRAWING",
                       "Saturday 10 am - the school playground", CHALK),
          "silent": ("trombone_card", "0x3a1a3a", "FOUND TROMBONE",
                     "silver case - ask at the band room"),
          "more_cards": ((("ragdoll_en", "0x2a3a2a", "RAG DOLL MAKING",
                           "Wednesday 2 pm - the museum barn", RAG_DOLLS),
                          ("lurcher_card", "0x1a1a3a", "MISSING LURCHER",
                           "grey and thin - Tanner Street")),
                         (("cards_en", "0x3a2a3a", "CARD GAMES NIGHT",
                           "Friday 7 pm - the hotel bar", CARD_GAMES),
                          ("aerobics_card", "0x2a1a1a", "WATER AEROBICS",
                           "Tuesdays 9 am - the swimming baths"))),
          "rows": (
              ("bbb_seventyseven", BBB_FILE, 390, 450, "film & animation", BBB, BBB_TEXT),
              ("narration_ko", "narration_ko.mp4", "", "", "film & animation",
               "큰 토끼", "자유 영화에 대한 한국어 이야기."),
              ("hillrun_scot", "narration_en-gb-scotland+robert.mp4", "", "", "sports",
               "Dunoon hill running club", "Mondays."),
              ("flea_us", "narration_en-us+Annie.mp4", "", "", "travel & events",
               "Tulsa flea market", "Market in April."),
              ("chalk_en", "chalk_en.mp4", "", "", "education", "Chalk drawing",
               "Saturday morning."),
              ("ragdoll_en", "ragdoll_en.mp4", "", "", "howto & style", "Rag doll making",
               "Wednesday afternoon."),
              ("cards_en", "cards_en.mp4", "", "", "entertainment", "Card games night",
               "Friday evening."),
              ("trombonefound", "trombone_card.mp4", "", "", "people & blogs", "Found trombone",
               ""),
              ("lurcherlost", "lurcher_card.mp4", "", "", "pets & animals", "Missing lurcher", ""),
              ("aerobics", "aerobics_card.mp4", "", "", "sports", "Water aerobics", ""),
          )}  # fmt: skip


THAI = ("กระต่ายตัวใหญ่อาศัยอยู่ในป่า ตอนเช้ามันดูดอกไม้ แต่สัตว์ตัวเล็กสามตัว"
        "ขว้างก้อนหินใส่มัน")  # fmt: skip
MODEL_AIRCRAFT = ("Alright, Zac here from the Hartlepool model aircraft club. We fly at the old "
                  "airfield every Saturday, and we need someone who can fix engines.")  # fmt: skip
STREET_FAIR = ("Hey, it's Iven from the Queens street fair committee. Our fair is on Sunday the "
               "seventh of September on Jackson Avenue, and parking is free.")  # fmt: skip
TERRARIUMS = ("Make a terrarium in the garden shed on Wednesday evening. Jars are "
              "provided.")  # fmt: skip
BUNTING = "Sew bunting in the church hall on Thursday morning. Thread is provided."
SWING = "Learn the lindy hop at the bowling club on Saturday night. No partner is needed."

SET_99 = {"runs": (("th", THAI, 40), ("en-gb+zac", MODEL_AIRCRAFT, 300),
                   ("en-us-nyc+iven", STREET_FAIR, 480)),
          "narrated": ("terrarium_en", "0x2a2a1a", "TERRARIUM MAKING",
                       "Wednesday 6 pm - the garden shed", TERRARIUMS),
          "silent": ("scooter_card", "0x1a3a3a", "FOUND SCOOTER",
                     "green handlebars - ask at the corner shop"),
          "more_cards": ((("bunting_en", "0x3a3a2a", "BUNTING SEWING",
                           "Thursday 10 am - the church hall", BUNTING),
                          ("poodle_card", "0x2a1a3a", "MISSING POODLE",
                           "apricot and fluffy - Cedar Court")),
                         (("swing_en", "0x1a2a2a", "SWING DANCING",
                           "Saturday 8 pm - the bowling club", SWING),
                          ("dating_card", "0x3a1a2a", "SPEED DATING",
                           "Thursdays 8 pm - the hotel lounge"))),
          "rows": (
              ("bbb_seventyeight", BBB_FILE, 10, 70, "film & animation", BBB, BBB_TEXT),
              ("narration_th", "narration_th.mp4", "", "", "film & animation",
               "กระต่ายตัวใหญ่", "นิทานภาษาไทยเกี่ยวกับภาพยนตร์เสรี"),
              ("aircraft_gb", "narration_en-gb+zac.mp4", "", "", "autos & vehicles",
               "Hartlepool model aircraft club", "Saturdays."),
              ("streetfair_nyc", "narration_en-us-nyc+iven.mp4", "", "", "travel & events",
               "Queens street fair committee", "Fair in September."),
              ("terrarium_en", "terrarium_en.mp4", "", "", "howto & style", "Terrarium making",
               "Wednesday evening."),
              ("bunting_en", "bunting_en.mp4", "", "", "howto & style", "Bunting sewing",
               "Thursday morning."),
              ("swing_en", "swing_en.mp4", "", "", "entertainment", "Swing dancing",
               "Saturday night."),
              ("scooterfound", "scooter_card.mp4", "", "", "people & blogs", "Found scooter", ""),
              ("poodlelost", "poodle_card.mp4", "", "", "pets & animals", "Missing poodle", ""),
              ("speeddating", "dating_card.mp4", "", "", "people & blogs", "Speed dating", ""),
          )}  # fmt: skip


MANDARIN = "一只大兔子住在森林里。早上它看花。但是三只小动物向它扔石头。"
SEA_SWIMMING = ("Hello, Alex here from the Whitby sea swimming club. We swim from the harbour "
                "steps every Sunday morning, and we need a safety kayaker.")  # fmt: skip
BIKE_SWAP = ("Hi, this is Andrea with the Eugene bike swap. Our swap is on Saturday the second "
             "of May at the fire hall, and kids' bikes are free.")  # fmt: skip
PRESSED_FLOWERS = ("Press flowers at the village museum on Monday afternoon. Books are "
                   "provided.")  # fmt: skip
ROCK_PAINTING = ("Paint rocks on the scout field on Saturday morning. Brushes are "
                 "provided.")  # fmt: skip
BOAT_RACE = ("Sail a model yacht on the boating lake on Sunday morning. Bring a remote "
             "control.")  # fmt: skip

SET_100 = {"runs": (("cmn", MANDARIN, 120), ("en-gb+Alex", SEA_SWIMMING, 410),
                    ("en-us+Andrea", BIKE_SWAP, 280)),
           "narrated": ("flowers_en", "0x3a2a2a", "PRESSED FLOWERS",
                        "Monday 2 pm - the village museum", PRESSED_FLOWERS),
           "silent": ("sleepingbag_card", "0x1a2a3a", "FOUND SLEEPING BAG",
                      "blue and rolled up - ask at the campsite office"),
           "more_cards": ((("rocks_en", "0x2a3a1a", "ROCK PAINTING",
                            "Saturday 10 am - the scout field", ROCK_PAINTING),
                           ("bantam_card", "0x3a1a1a", "MISSING BANTAM",
                            "red and gold - Hollow Lane")),
                          (("yacht_en", "0x1a3a2a", "MODEL YACHT SAILING",
                            "Sunday 11 am - the boating lake", BOAT_RACE),
                           ("karate_card", "0x2a2a2a", "KARATE CLUB",
                            "Mondays 6 pm - the sports hall"))),
           "rows": (
               ("bbb_seventynine", BBB_FILE, 300, 360, "film & animation", BBB, BBB_TEXT),
               ("narration_cmn", "narration_cmn.mp4", "", "", "film & animation",
                "大兔子", "关于自由电影的中文故事。"),
               ("swim_gb", "narration_en-gb+Alex.mp4", "", "", "sports",
                "Whitby sea swimming club", "Sunday mornings."),
               ("bikeswap_us", "narration_en-us+Andrea.mp4", "", "", "travel & events",
                "Eugene bike swap", "Swap in May."),
               ("flowers_en", "flowers_en.mp4", "", "", "howto & style", "Pressed flowers",
                "Monday afternoon."),
               ("rocks_en", "rocks_en.mp4", "", "", "howto & style", "Rock painting",
                "Saturday morning."),
               ("yacht_en", "yacht_en.mp4", "", "", "sports", "Model yacht sailing",
                "Sunday morning."),
               ("sleepingbagfound", "sleepingbag_card.mp4", "", "", "people & blogs",
                "Found sleeping bag", ""),
               ("bantamlost", "bantam_card.mp4", "", "", "pets & animals", "Missing bantam", ""),
               ("karate", "karate_card.mp4", "", "", "sports", "Karate club", ""),
           )}  # fmt: skip


CANTONESE = "一隻大兔仔住喺森林度。朝早佢睇花。但係三隻細動物掟石頭落佢度。"
VOLLEYBALL = ("Hello, Ben here from the Llandudno beach volleyball club. We play on the north "
              "shore every Thursday evening, and we need a new net.")  # fmt: skip
CALYPSO = ("Respect, Mike here with the Spanish Town calypso contest. Our contest is on "
           "Saturday the fifth of June at the parish square, and entry is free.")  # fmt: skip
BEE_HOTELS = ("Build a bee hotel at the allotment shed on Sunday morning. Canes are "
              "provided.")  # fmt: skip
STORIES = ("Write a short story at the town library on Tuesday evening. Notebooks are "
           "provided.")  # fmt: skip
MUGS = "Paint a mug at the craft cafe on Friday afternoon. Glaze is provided."

SET_101 = {"runs": (("yue", CANTONESE, 480), ("en-gb-x-gbcwmd+benjamin", VOLLEYBALL, 30),
                    ("en-029+Mike", CALYPSO, 200)),
           "narrated": ("beehotel_en", "0x2a1a1a", "BEE HOTEL BUILDING",
                        "Sunday 10 am - the allotment shed", BEE_HOTELS),
           "silent": ("goggles_card", "0x3a3a1a", "FOUND GOGGLES",
                      "yellow strap - ask at the pool desk"),
           "more_cards": ((("stories_en", "0x1a1a1a", "STORY WRITING",
                            "Tuesday 6 pm - the town library", STORIES),
                           ("mynah_card", "0x2a3a3a", "MISSING MYNAH BIRD",
                            "black with a yellow beak - Palm Street")),
                          (("mugs_en", "0x3a2a1a", "MUG PAINTING",
                            "Friday 2 pm - the craft cafe", MUGS),
                           ("quartet_card", "0x1a3a3a", "STRING QUARTET",
                            "Wednesdays 7 pm - the music centre"))),
           "rows": (
               ("bbb_eighty", BBB_FILE, 460, 520, "film & animation", BBB, BBB_TEXT),
               ("narration_yue", "narration_yue.mp4", "", "", "film & animation",
                "大兔仔", "關於自由電影嘅廣東話故事。"),
               ("volleyball_cwmd", "narration_en-gb-x-gbcwmd+benjamin.mp4", "", "", "sports",
                "Llandudno beach volleyball club", "Thursdays."),
               ("calypso_029", "narration_en-029+Mike.mp4", "", "", "music",
                "Spanish Town calypso contest", "Contest in June."),
               ("beehotel_en", "beehotel_en.mp4", "", "", "pets & animals", "Bee hotel building",
                "Sunday morning."),
               ("stories_en", "stories_en.mp4", "", "", "education", "Story writing",
                "Tuesday evening."),
               ("mugs_en", "mugs_en.mp4", "", "", "howto & style", "Mug painting",
                "Friday afternoon."),
               ("gogglesfound", "goggles_card.mp4", "", "", "people & blogs", "Found goggles",
                ""),
               ("mynahlost", "mynah_card.mp4", "", "", "pets & animals", "Missing mynah bird",
                ""),
               ("quartet", "quartet_card.mp4", "", "", "music", "String quartet", ""),
           )}  # fmt: skip


QUENYA = ("Alta celva mare tauressë. Arinessë tiris lóti, mal neldë pityë celvar hatir ondor "
          "senna.")  # fmt: skip
SOURDOUGH = ("Hello, Belinda here from the Carlisle sourdough club. We bake in the church "
             "kitchen every Friday, and we need a bigger oven.")  # fmt: skip
RODEO = ("Hey, Michael with the Boise rodeo club. Our rodeo is on Saturday the tenth of July at "
         "the county arena, and kids get in free.")  # fmt: skip
CHILLIES = ("Sow chilli seeds in the school greenhouse on Tuesday morning. Pots are "
            "provided.")  # fmt: skip
FEEDERS = ("Make a bird feeder at the nature hut on Saturday afternoon. Seeds are "
           "provided.")  # fmt: skip
BOXERCISE = ("Try boxercise at the church gym on Thursday evening. Gloves are "
             "provided.")  # fmt: skip

SET_102 = {"runs": (("qya", QUENYA, 90), ("en-gb-x-gbclan+belinda", SOURDOUGH, 340),
                    ("en-us+Michael", RODEO, 430)),
           "narrated": ("chilli_en", "0x3a1a2a", "CHILLI SEED SOWING",
                        "Tuesday 10 am - the school greenhouse", CHILLIES),
           "silent": ("keyboard_card", "0x1a3a1a", "FOUND KEYBOARD",
                      "black with a stand - ask at the church office"),
           "more_cards": ((("feeder_en", "0x2a2a3a", "BIRD FEEDER MAKING",
                            "Saturday 2 pm - the nature hut", FEEDERS),
                           ("collie_card", "0x3a3a2a", "MISSING BORDER COLLIE",
                            "black and white - Vicarage Lane")),
                          (("boxercise_en", "0x1a2a3a", "BOXERCISE",
                            "Thursday 7 pm - the church gym", BOXERCISE),
                           ("tablefootball_card", "0x2a1a2a", "TABLE FOOTBALL",
                            "Fridays 6 pm - the youth cafe"))),
           "rows": (
               ("bbb_eightyone", BBB_FILE, 230, 290, "film & animation", BBB, BBB_TEXT),
               ("narration_qya", "narration_qya.mp4", "", "", "film & animation",
                "Alta celva", "Quenya quentalë pa lérima filmë."),
               ("sourdough_clan", "narration_en-gb-x-gbclan+belinda.mp4", "", "",
                "howto & style", "Carlisle sourdough club", "Fridays."),
               ("rodeo_us", "narration_en-us+Michael.mp4", "", "", "sports",
                "Boise rodeo club", "Rodeo in July."),
               ("chilli_en", "chilli_en.mp4", "", "", "howto & style", "Chilli seed sowing",
                "Tuesday morning."),
               ("feeder_en", "feeder_en.mp4", "", "", "pets & animals", "Bird feeder making",
                "Saturday afternoon."),
               ("boxercise_en", "boxercise_en.mp4", "", "", "sports", "Boxercise",
                "Thursday evening."),
               ("keyboardfound", "keyboard_card.mp4", "", "", "people & blogs", "Found keyboard",
                ""),
               ("collielost", "collie_card.mp4", "", "", "pets & animals",
                "Missing border collie", ""),
               ("tablefootball", "tablefootball_card.mp4", "", "", "entertainment",
                "Table football", ""),
           )}  # fmt: skip


HAKKA = "一隻大兔仔住在樹林肚。朝晨佢看花。毋過三隻細動物摎石頭打佢。"
LEEKS = ("Evening, Rob here from the Morpeth leek growers. We meet in the Kings Head every "
         "Tuesday, and we need someone to judge the show.")  # fmt: skip
BLOCK_PARTY = ("Hi, it's Shelby from the Brooklyn block party committee. Our block party is on "
               "Sunday the ninth of August on Dean Street, and the food is free.")  # fmt: skip
SEED_BOMBS = ("Make seed bombs at the eco centre on Wednesday afternoon. Clay is "
              "provided.")  # fmt: skip
LAVENDER = ("Sew lavender bags at the Quaker meeting house on Monday afternoon. Lavender is "
            "provided.")  # fmt: skip
GHOST_WALK = ("Take the ghost walk from the castle gate on Tuesday night. Bring a "
              "torch.")  # fmt: skip

SET_103 = {"runs": (("hak", HAKKA, 160), ("en-gb+rob", LEEKS, 500),
                    ("en-us-nyc+shelby", BLOCK_PARTY, 60)),
           "narrated": ("seedbomb_en", "0x2a3a2a", "SEED BOMB MAKING",
                        "Wednesday 2 pm - the eco centre", SEED_BOMBS),
           "silent": ("trumpet_card", "0x3a2a3a", "FOUND TRUMPET",
                      "gold with a dent - ask at the school office"),
           "more_cards": ((("lavender_en", "0x1a1a3a", "LAVENDER BAGS",
                            "Monday 2 pm - the meeting house", LAVENDER),
                           ("pekin_card", "0x2a2a1a", "MISSING PEKIN DUCK",
                            "white with an orange bill - Orchard Row")),
                          (("ghost_en", "0x3a1a3a", "GHOST WALK",
                            "Tuesday 9 pm - the castle gate", GHOST_WALK),
                           ("disco_card", "0x1a3a2a", "ROLLER DISCO",
                            "Saturdays 4 pm - the ice hall"))),
           "rows": (
               ("bbb_eightytwo", BBB_FILE, 130, 190, "film & animation", BBB, BBB_TEXT),
               ("narration_hak", "narration_hak.mp4", "", "", "film & animation",
                "大兔", "客家話講自由電影个故事。"),
               ("leeks_gb", "narration_en-gb+rob.mp4", "", "", "howto & style",
                "Morpeth leek growers", "Tuesdays."),
               ("blockparty_nyc", "narration_en-us-nyc+shelby.mp4", "", "", "travel & events",
                "Brooklyn block party committee", "Party in August."),
               ("seedbomb_en", "seedbomb_en.mp4", "", "", "howto & style", "Seed bomb making",
                "Wednesday afternoon."),
               ("lavender_en", "lavender_en.mp4", "", "", "howto & style", "Lavender bags",
                "Monday afternoon."),
               ("ghost_en", "ghost_en.mp4", "", "", "travel & events", "Ghost walk",
                "Tuesday night."),
               ("trumpetfound", "trumpet_card.mp4", "", "", "people & blogs", "Found trumpet", ""),
               ("pekinlost", "pekin_card.mp4", "", "", "pets & animals", "Missing Pekin duck",
                ""),
               ("rollerdisco", "disco_card.mp4", "", "", "entertainment", "Roller disco", ""),
           )}  # fmt: skip


SINDARIN = ("Lhaw veleg dortha vi eryn. Aur tiro lotheg, dan neledh lhaw dithen hadar gonn "
            "ned ven.")  # fmt: skip
KORFBALL = ("Good evening, Victor here from the Harrogate korfball club. We train in the sports "
            "barn every Wednesday, and we need a new physio.")  # fmt: skip
DOG_PARADE = ("Hi, Lee with the Austin dog parade. Our parade is on Saturday the twelfth of "
              "October on South Lamar, and entry is five dollars.")  # fmt: skip
STRING_ART = ("Make string art in the library room on Monday evening. Nails are "
              "provided.")  # fmt: skip
PAPER_PLANES = ("Fold paper planes in the school hall on Friday afternoon. Paper is "
                "provided.")  # fmt: skip
JIVE = "Learn to jive at the Conservative club on Thursday evening. No partner is needed."

SET_104 = {"runs": (("sjn", SINDARIN, 20), ("en-gb-x-rp+victor", KORFBALL, 380),
                    ("en-us+Lee", DOG_PARADE, 170)),
           "narrated": ("stringart_en", "0x1a2a1a", "STRING ART",
                        "Monday 6 pm - the library room", STRING_ART),
           "silent": ("tablet_card", "0x3a1a2a", "FOUND TABLET",
                      "silver case - ask at the chemist"),
           "more_cards": ((("planes_en", "0x2a3a3a", "PAPER PLANES",
                            "Friday 2 pm - the school hall", PAPER_PLANES),
                           ("mouse_card", "0x1a1a2a", "MISSING HARVEST MOUSE",
                            "small and ginger - Mill Row")),
                          (("jive_en", "0x3a3a3a", "JIVE CLASS",
                            "Thursday 8 pm - the Conservative club", JIVE),
                           ("shuffleboard_card", "0x2a1a3a", "SHUFFLEBOARD LEAGUE",
                            "Tuesdays 7 pm - the sailing club"))),
           "rows": (
               ("bbb_eightythree", BBB_FILE, 40, 100, "film & animation", BBB, BBB_TEXT),
               ("narration_sjn", "narration_sjn.mp4", "", "", "film & animation",
                "Lhaw veleg", "Narn Edhellen o film lain."),
               ("korfball_rp", "narration_en-gb-x-rp+victor.mp4", "", "", "sports",
                "Harrogate korfball club", "Wednesdays."),
               ("dogparade_us", "narration_en-us+Lee.mp4", "", "", "pets & animals",
                "Austin dog parade", "Parade in October."),
               ("stringart_en", "stringart_en.mp4", "", "", "howto & style", "String art",
                "Monday evening."),
               ("planes_en", "planes_en.mp4", "", "", "education", "Paper planes",
                "Friday afternoon."),
               ("jive_en", "jive_en.mp4", "", "", "entertainment", "Jive class",
                "Thursday evening."),
               ("tabletfound", "tablet_card.mp4", "", "", "people & blogs", "Found tablet", ""),
               ("mouselost", "mouse_card.mp4", "", "", "pets & animals",
                "Missing harvest mouse", ""),
               ("shuffleboard", "shuffleboard_card.mp4", "", "", "sports",
                "Shuffleboard league", ""),
           )}  # fmt: skip


KLINGON = ("Sa'Qo' vIghro' tIn DaH ngem Daq yIn. po' Dat 'ej wej ghot mach nagh DIr bach "
           "chaH.")  # fmt: skip
SPEEDWAY = ("Alright, Andy here from the Stirling cycle speedway club. We race at the cinder "
            "track every Thursday, and we need a starter.")  # fmt: skip
FISH_FRY = ("Hello, Anika with the Castries fish fry. Our fish fry is on Friday the tenth of "
            "May at the harbour front, and plates are ten dollars.")  # fmt: skip
BATH_BOMBS = ("Make bath bombs at the nursery school on Thursday afternoon. Moulds are "
              "provided.")  # fmt: skip
POMPOMS = "Make pompoms in the village hall on Saturday morning. Wool is provided."
WHISTLE = ("Play the tin whistle at the folk club on Wednesday evening. Whistles are "
           "provided.")  # fmt: skip

SET_105 = {"runs": (("piqd", KLINGON, 350), ("en-gb-scotland+Andy", SPEEDWAY, 110),
                    ("en-029+anika", FISH_FRY, 260)),
           "narrated": ("bathbomb_en", "0x2a2a1a", "BATH BOMB MAKING",
                        "Thursday 2 pm - the nursery school", BATH_BOMBS),
           "silent": ("phone_card", "0x1a3a3a", "FOUND PHONE",
                      "blue cover - ask at the tourist office"),
           "more_cards": ((("pompom_en", "0x3a2a1a", "POMPOM MAKING",
                            "Saturday 10 am - the village hall", POMPOMS),
                           ("dragon_card", "0x2a1a1a", "MISSING BEARDED DRAGON",
                            "orange and spiky - Elder Close")),
                          (("whistle_en", "0x1a2a2a", "TIN WHISTLE CLASS",
                            "Wednesday 7 pm - the folk club", WHISTLE),
                           ("nets_card", "0x3a3a1a", "CRICKET NETS",
                            "Tuesdays 6 pm - the cricket ground"))),
           "rows": (
               ("bbb_eightyfour", BBB_FILE, 410, 470, "film & animation", BBB, BBB_TEXT),
               ("narration_piqd", "narration_piqd.mp4", "", "", "film & animation",
                "Sa'Qo' vIghro' tIn", "tlhIngan Hol lut."),
               ("speedway_scot", "narration_en-gb-scotland+Andy.mp4", "", "", "sports",
                "Stirling cycle speedway club", "Thursdays."),
               ("fishfry_029", "narration_en-029+anika.mp4", "", "", "travel & events",
                "Castries fish fry", "Fish fry in May."),
               ("bathbomb_en", "bathbomb_en.mp4", "", "", "howto & style", "Bath bomb making",
                "Thursday afternoon."),
               ("pompom_en", "pompom_en.mp4", "", "", "howto & style", "Pompom making",
                "Saturday morning."),
               ("whistle_en", "whistle_en.mp4", "", "", "music", "Tin whistle class",
                "Wednesday evening."),
               ("phonefound", "phone_card.mp4", "", "", "people & blogs", "Found phone", ""),
               ("dragonlost", "dragon_card.mp4", "", "", "pets & animals",
                "Missing bearded dragon", ""),
               ("cricketnets", "nets_card.mp4", "", "", "sports", "Cricket nets", ""),
           )}  # fmt: skip
SET_93 = {"runs": (("jbo", LOJBAN, 160), ("en-gb+grandpa", CLOCKS, 510),
                   ("en-gb-x-gbcwmd+norbert", WATER_POLO, 240)),
          "narrated": ("fairycakes_en", "0x2a2a3a", "FAIRY CAKES",
                       "Saturday 3 pm - the church kitchen", FAIRY_CAKES),
          "silent": ("pram_card", "0x3a1a3a", "FOUND PRAM", "navy blue - ask at the surgery"),
          "more_cards": ((("binding_en", "0x1a1a2a", "NOTEBOOK BINDING",
                           "Tuesday 6 pm - the print shop", BINDING),
                          ("peahen_card", "0x2a3a1a", "MISSING PEAHEN",
                           "brown - Abbey Farm")),
                         (("swans_en", "0x3a2a1a", "SWAN COUNT", "Sunday 8 am - the river path",
                           SWANS),
                          ("quilting_card", "0x1a3a3a", "QUILTING BEE",
                           "Fridays 1 pm - the chapel vestry"))),
          "rows": (
              ("bbb_seventytwo", BBB_FILE, 70, 130, "film & animation", BBB, BBB_TEXT),
              ("narration_jbo", "narration_jbo.mp4", "", "", "film & animation",
               "lo barda ractu", "lo lojbo lisri be lo zifre skina"),
              ("clocks_gb", "narration_en-gb+grandpa.mp4", "", "", "howto & style",
               "Morley clock repair group", "Tuesdays."),
              ("waterpolo_cwmd", "narration_en-gb-x-gbcwmd+norbert.mp4", "", "", "sports",
               "Tipton water polo team", "Match in March."),
              ("fairycakes_en", "fairycakes_en.mp4", "", "", "howto & style", "Fairy cakes",
               "Saturday afternoon."),
              ("binding_en", "binding_en.mp4", "", "", "education", "Notebook binding",
               "Tuesday evening."),
              ("swans_en", "swans_en.mp4", "", "", "pets & animals", "Swan count",
               "Sunday morning."),
              ("pramfound", "pram_card.mp4", "", "", "people & blogs", "Found pram", ""),
              ("peahenlost", "peahen_card.mp4", "", "", "pets & animals", "Missing peahen", ""),
              ("quiltingbee", "quilting_card.mp4", "", "", "howto & style", "Quilting bee", ""),
          )}  # fmt: skip


def tsv(rows: tuple[tuple, ...], bbb: Path, media: Path) -> str:
    """A manifest of ``rows`` (id, file, start, end, category, title, description): a file is
    ``BBB_FILE`` (the demo's film) or a name in ``media``."""
    lines = ["id\tpath\tstart\tend\tcategory\ttitle\tdescription"]
    for sid, file, *rest in rows:
        path = bbb if file == BBB_FILE else media / file
        lines.append("\t".join(str(x) for x in (sid, path, *rest)))
    return "\n".join(lines) + "\n"


SETS = {
    2: SET_2,
    3: SET_3,
    4: SET_4,
    5: SET_5,
    6: SET_6,
    7: SET_7,
    8: SET_8,
    9: SET_9,
    10: SET_10,
    11: SET_11,
    12: SET_12,
    13: SET_13,
    14: SET_14,
    15: SET_15,
    16: SET_16,
    17: SET_17,
    18: SET_18,
    19: SET_19,
    20: SET_20,
    21: SET_21,
    22: SET_22,
    23: SET_23,
    24: SET_24,
    25: SET_25,
    26: SET_26,
    27: SET_27,
    28: SET_28,
    29: SET_29,
    30: SET_30,
    31: SET_31,
    32: SET_32,
    33: SET_33,
    34: SET_34,
    35: SET_35,
    36: SET_36,
    37: SET_37,
    38: SET_38,
    39: SET_39,
    40: SET_40,
    41: SET_41,
    42: SET_42,
    43: SET_43,
    44: SET_44,
    45: SET_45,
    46: SET_46,
    47: SET_47,
    48: SET_48,
    49: SET_49,
    50: SET_50,
    51: SET_51,
    52: SET_52,
    53: SET_53,
    54: SET_54,
    55: SET_55,
    56: SET_56,
    57: SET_57,
    58: SET_58,
    59: SET_59,
    60: SET_60,
    61: SET_61,
    62: SET_62,
    63: SET_63,
    64: SET_64,
    65: SET_65,
    66: SET_66,
    67: SET_67,
    68: SET_68,
    69: SET_69,
    70: SET_70,
    71: SET_71,
    72: SET_72,
    73: SET_73,
    74: SET_74,
    75: SET_75,
    76: SET_76,
    77: SET_77,
    78: SET_78,
    79: SET_79,
    80: SET_80,
    81: SET_81,
    82: SET_82,
    83: SET_83,
    84: SET_84,
    85: SET_85,
    86: SET_86,
    87: SET_87,
    88: SET_88,
    89: SET_89,
    90: SET_90,
    91: SET_91,
    92: SET_92,
    93: SET_93,
    94: SET_94,
    95: SET_95,
    96: SET_96,
    97: SET_97,
    98: SET_98,
    99: SET_99,
    100: SET_100,
    101: SET_101,
    102: SET_102,
    103: SET_103,
    104: SET_104,
    105: SET_105,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=int, choices=(1, *SETS), default=1,
                    help="1: the first held-back part; 2: a second one, made after reading "
                    "the first (bench/quality.py --part heldback2); 3: a third, made after "
                    "the intent grammar's verbs (--part heldback3); 4: a fourth, made after "
                    "the revise rules r8 (--part heldback4); 5: a fifth, made after r9 "
                    "(--part heldback5); 6: a sixth, after r10 (--part heldback6); 7: a seventh, "
                    "after r11 (--part heldback7); 8: an eighth, after english_only "
                    "(--part heldback8); 9: a ninth, after withholding "
                    "(--part heldback9); 10: a tenth, after r12 (--part heldback10); "
                    "11: an eleventh, after r12-3 (--part heldback11); 12: a twelfth, after the "
                    "joint batches (--part heldback12); 13: a thirteenth, after r13 "
                    "(--part heldback13); 14: a fourteenth, after r14 "
                    "(--part heldback14); 15: a fifteenth, after r14-2 "
                    "(--part heldback15); 16: a sixteenth, after the protagonist "
                    "prompt v10 (--part heldback16); 17: a seventeenth, after v11 "
                    "(--part heldback17); 18: an eighteenth, after r15 and v12 "
                    "(--part heldback18); 19: a nineteenth, after r15-5 "
                    "(--part heldback19); 20: a twentieth, after intent_uploader v12 "
                    "(--part heldback20); 21: a twenty-first, after r15-6 "
                    "(--part heldback21); 22: a twenty-second, after r15-7 "
                    "(--part heldback22); 23: a twenty-third, after r15-8 "
                    "(--part heldback23); 24: a twenty-fourth, after r15-9 "
                    "(--part heldback24); 25: a twenty-fifth, after r15-10 "
                    "(--part heldback25); 26: a twenty-sixth, after asr.rescore "
                    "(--part heldback26); 27: a twenty-seventh, after r15-12 "
                    "(--part heldback27); 28: a twenty-eighth, with two speakers, after "
                    "stop 43's changes (--part heldback28); 29: a twenty-ninth, with more "
                    "speakers, after r15-13 (--part heldback29); 30: a thirtieth, after r15-14 "
                    "and the scorer's reading of gaps (--part heldback30); 31: a thirty-first, "
                    "after r15-15 (--part heldback31); 32: a thirty-second, after r15-16 "
                    "(--part heldback32); 33: a thirty-third, after r15-17 "
                    "(--part heldback33); 34: a thirty-fourth, after stop 45's credits rule "
                    "and the ASR's beam and prompt (--part heldback34); 35: a thirty-fifth, "
                    "after r15-18 and the card's words from a second hearing "
                    "(--part heldback35); 36: a thirty-sixth, after r15-19 "
                    "(--part heldback36); 37: a thirty-seventh, after the factual elements "
                    "held to their input's words (--part heldback37); 38: a thirty-eighth, "
                    "after the text element quoted, the speaker's subject and a-2 "
                    "(--part heldback38); 39: a thirty-ninth, after r15-20's quote rules, the "
                    "FOUND note and r15-21 (--part heldback39); 40-42: after r15-22 and the "
                    "abstract prompt v5 (--part heldback40 .. heldback42); 43: after role A's "
                    "kept answers need the clip's own words (--part heldback43); 44-45: after "
                    "the who clause of an ask (--part heldback44, heldback45); 46-47: after r15-23 "
                    "(--part heldback46, heldback47); 48-49: after r15-24 (--part heldback48, "
                    "heldback49); 50-51: after r15-25 (--part heldback50, heldback51); "
                    "52-53: after the summary told of the uploader's text goes back "
                    "(--part heldback52, heldback53); 54-55: after r15-26 (--part "
                    "heldback54, heldback55); 56-57: after r15-27 (--part heldback56, "
                    "heldback57); 58-59: after r15-28 (--part heldback58, heldback59); "
                    "60-61: after r15-28b and the summary rule read only where the clip has "
                    "its own words (--part heldback60, heldback61); 62: after the example-copy "
                    "fallback of the abstract layer (--part heldback62); 63-64: after a word's "
                    "combining marks (--part heldback63, heldback64); 65-66: after "
                    "r15-30 (--part heldback65, heldback66); 67-68: after r15-31 (--part "
                    "heldback67, heldback68); 69-72: after r15-32 (--part heldback69 .. "
                    "heldback72); 73-74: after r15-32c (--part heldback73, "
                    "heldback74); 75: after r15-32e (--part heldback75); 76-77: after stop 52 "
                    "(--part heldback76, heldback77); 78-79: after r15-33 (--part heldback78, "
                    "heldback79); 80-81: after r15-34 (--part heldback80, heldback81); "
                    "82-83: after the protagonist prompt v14 (--part heldback82, "
                    "heldback83); 84-85: after r15-35 (--part heldback84, "
                    "heldback85); 86-87: after r15-36b (--part heldback86, "
                    "heldback87); 88-89: after r15-37 (--part heldback88, "
                    "heldback89); 90-91: after r15-38 (--part heldback90, "
                    "heldback91); 92-93: after r15-39 (--part heldback92, "
                    "heldback93); 94-95: after r15-40 (--part heldback94, "
                    "heldback95); 96-97: after r15-41 (--part heldback96, "
                    "heldback97); 98-99: after r15-42 (--part heldback98, "
                    "heldback99); 100-101: after r15-43 (--part heldback100, "
                    "heldback101); 102-103: after r15-44 (--part heldback102, "
                    "heldback103); 104-105: after stop 56's review, rules unchanged (--part "
                    "heldback104, heldback105)")  # fmt: skip
    ap.add_argument("--out", type=Path, help="default: bench/out/heldback (set N: heldbackN)")
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()
    name = "heldback" if args.set == 1 else f"heldback{args.set}"
    out = (args.out or ROOT / "bench" / "out" / name).resolve()
    bbb = ROOT / "resources" / "demo" / "bbb.mp4"
    if not bbb.exists():
        sys.exit(f"{bbb} does not exist: run the demo (or rule demo_corpus) first")
    if args.set == 1:
        build_media(out / "media", bbb)
        rows = SET_1_ROWS
    else:  # sets 2 and later differ only in their material
        material = dict(SETS[args.set])
        rows = material.pop("rows")
        build_narrated(out / "media", bbb, **material)
    (out / "manifest.tsv").write_text(tsv(rows, bbb, out / "media"))
    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text())
    config.update(manifest=str(out / "manifest.tsv"), shards=1)
    (out / "config.yaml").write_text(yaml.safe_dump(config))
    shard = "results/shards/shard00000"
    run([str(ROOT / ".venv/bin/snakemake"), "-s", str(ROOT / "Snakefile"), "--directory",
         str(out), "--configfile", str(out / "config.yaml"), "--cores", str(args.cores),
         f"{shard}/samples.parquet", f"{shard}/screen.parquet"])  # fmt: skip
    # where bench/quality.py --part heldback reads them (media paths are relative to out)
    shutil.copy(out / shard / "samples.parquet", out / "results" / "samples.parquet")
    shutil.copy(out / shard / "screen.parquet", out / "results" / "screen.parquet")
    print(f"held-back samples: {out / 'results' / 'samples.parquet'}")


if __name__ == "__main__":
    main()
